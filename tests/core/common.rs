#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use amiable::scenario::{self, LoadedScenario, Scenario};

pub fn fixture_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/scenarios")
        .join(format!("{name}.ron"))
}

pub fn load(path: &Path) -> LoadedScenario {
    let outcome = scenario::load(path);
    match outcome.scenario {
        Some(s) => s,
        None => {
            let lines: Vec<String> = outcome
                .diagnostics
                .iter()
                .map(ToString::to_string)
                .collect();
            panic!("{} does not load:\n{}", path.display(), lines.join("\n"))
        }
    }
}

pub fn mini() -> LoadedScenario {
    load(&fixture_path("mini-call"))
}

pub fn mini_scenario() -> Arc<Scenario> {
    mini().scenario
}

/// Writes a scenario and its two translations into a fresh folder laid out like the bundle.
pub struct Workspace {
    pub dir: PathBuf,
}

impl Workspace {
    pub fn new(name: &str) -> Workspace {
        let dir = std::env::temp_dir().join(format!("amiable-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("scenarios")).unwrap();
        std::fs::create_dir_all(dir.join("locales/fr-FR")).unwrap();
        std::fs::create_dir_all(dir.join("locales/en-US")).unwrap();
        Workspace { dir }
    }

    /// Copies the mini-call fixture under `id`, applying `edit` to the RON text.
    pub fn mini_variant(&self, id: &str, edit: impl Fn(&str) -> String) -> PathBuf {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let ron = std::fs::read_to_string(root.join("scenarios/mini-call.ron")).unwrap();
        let ron = edit(&ron.replace("\"mini-call\"", &format!("\"{id}\"")));
        let path = self.dir.join("scenarios").join(format!("{id}.ron"));
        std::fs::write(&path, ron).unwrap();
        for lang in ["fr-FR", "en-US"] {
            let ftl =
                std::fs::read_to_string(root.join("locales").join(lang).join("mini-call.ftl"))
                    .unwrap();
            std::fs::write(
                self.dir
                    .join("locales")
                    .join(lang)
                    .join(format!("{id}.ftl")),
                ftl,
            )
            .unwrap();
        }
        path
    }

    pub fn write(&self, relative: &str, text: &str) {
        std::fs::write(self.dir.join(relative), text).unwrap();
    }
}

impl Drop for Workspace {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
