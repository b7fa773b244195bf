//! Where Amiable's bundled files live, and how a scenario named on the command line is found.

use std::path::{Path, PathBuf};

use crate::diagnostic::Diagnostic;
use crate::i18n::{Catalog, Lang};

/// The folder holding `scenarios/` and `locales/`: `AMIABLE_ROOT` when set, else the nearest
/// ancestor of the executable that has them (an unpacked release or `target/debug`), else the
/// source tree the binary was built from.
pub fn root() -> PathBuf {
    if let Some(dir) = std::env::var_os("AMIABLE_ROOT") {
        return PathBuf::from(dir);
    }
    installed_root()
}

/// Where Amiable itself is installed, whatever `AMIABLE_ROOT` says.
fn installed_root() -> PathBuf {
    let has_files = |d: &Path| d.join("scenarios").is_dir() && d.join("locales").is_dir();
    if let Ok(exe) = std::env::current_exe()
        && let Some(found) = exe.ancestors().skip(1).find(|d| has_files(d))
    {
        return found.to_path_buf();
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn scenarios_dir() -> PathBuf {
    root().join("scenarios")
}

/// The bundled scenario files, sorted by name so listings are stable.
pub fn bundled() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(scenarios_dir())
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "ron"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    // Shown in diagnostics: relative to where the trainer stands when that is shorter.
    let cwd = std::env::current_dir().unwrap_or_default();
    paths
        .into_iter()
        .map(|p| p.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or(p))
        .collect()
}

/// A path as given, or the bundled scenario of that id.
pub fn resolve(name: &str) -> PathBuf {
    let as_path = Path::new(name);
    if as_path.exists() || name.ends_with(".ron") || name.contains('/') {
        as_path.to_path_buf()
    } else {
        scenarios_dir().join(format!("{name}.ron"))
    }
}

/// The files of Amiable's own texts in each `locales/<tag>/` folder: the call and its
/// assessment, then the learning record (profiles, progress, questionnaire, reports).
pub const APP_TEXT_FILES: [&str; 2] = ["amiable.ftl", "learning.ftl"];

/// A trainer's own folder (`AMIABLE_ROOT`) may hold only scenarios: Amiable's texts then come
/// from where Amiable is installed.
pub fn app_text_paths(lang: Lang) -> Vec<PathBuf> {
    APP_TEXT_FILES
        .iter()
        .map(|f| {
            let own = root().join("locales").join(lang.tag()).join(f);
            if own.exists() {
                own
            } else {
                installed_root().join("locales").join(lang.tag()).join(f)
            }
        })
        .collect()
}

/// Amiable's own texts (labels, explanations, course objectives) in one language.
pub fn app_texts(lang: Lang) -> Result<Catalog, Vec<Diagnostic>> {
    let paths = app_text_paths(lang);
    let refs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    Catalog::load(lang, &refs)
}
