use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostic::{Diagnostic, SourceText};
use crate::i18n::{Catalog, Lang};

use super::model::Scenario;
use super::validate;

/// A scenario with its texts in every language, ready to play.
#[derive(Debug)]
pub struct LoadedScenario {
    pub scenario: Arc<Scenario>,
    pub path: PathBuf,
    texts: Vec<Catalog>,
}

impl LoadedScenario {
    pub fn texts(&self, lang: Lang) -> &Catalog {
        self.texts
            .iter()
            .find(|c| c.lang() == lang)
            .expect("a loaded scenario has a catalogue for every language")
    }
    pub fn id(&self) -> &str {
        &self.scenario.id
    }
}

/// What loading found: the scenario when nothing blocks playing it, and every diagnostic.
pub struct LoadOutcome {
    pub scenario: Option<LoadedScenario>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Where the `.ftl` files of a scenario live: `locales/` beside the `scenarios/` folder
/// (the bundled layout), or inside the scenario's own folder.
pub fn locales_dir(scenario_path: &Path) -> PathBuf {
    let dir = scenario_path.parent().unwrap_or(Path::new(""));
    let above = match dir.parent() {
        Some(p) => p.to_path_buf(),
        None => dir.join(".."),
    };
    let sibling = above.join("locales");
    if sibling.is_dir() {
        sibling
    } else {
        dir.join("locales")
    }
}

pub fn ftl_path(scenario_path: &Path, lang: Lang) -> PathBuf {
    let stem = scenario_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    locales_dir(scenario_path)
        .join(lang.tag())
        .join(format!("{stem}.ftl"))
}

/// Reads a scenario's structure from RON text, unvalidated: for tools and tests that build
/// scenarios in memory. `load` is the way in for files.
pub fn parse(text: &str) -> Result<Scenario, ron::error::SpannedError> {
    // `Talk(id: …)` instead of `Talk((id: …))`, and `plan: (…)` instead of `Some((…))`:
    // trainers should not have to write what the format can infer.
    let options = ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::UNWRAP_VARIANT_NEWTYPES)
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut scenario: Scenario = options.from_str(text)?;
    scenario.reindex();
    Ok(scenario)
}

pub fn load(path: &Path) -> LoadOutcome {
    let mut diagnostics = Vec::new();
    let src = match SourceText::read(path) {
        Ok(src) => src,
        Err(d) => {
            return LoadOutcome {
                scenario: None,
                diagnostics: vec![d],
            };
        }
    };
    let scenario = match parse(&src.text) {
        Ok(s) => s,
        Err(e) => {
            let location = crate::diagnostic::Location {
                path: path.to_path_buf(),
                line: e.span.start.line.max(1),
                col: e.span.start.col.max(1),
            };
            return LoadOutcome {
                scenario: None,
                diagnostics: vec![Diagnostic::error(location, format!("RON: {}", e.code))],
            };
        }
    };
    diagnostics.extend(validate::structure(&src, &scenario));

    let mut texts = Vec::new();
    for lang in Lang::ALL {
        let ftl = ftl_path(path, lang);
        let mut catalog = Catalog::new(lang);
        match SourceText::read(&ftl) {
            Ok(ftl_src) => diagnostics.extend(catalog.add(&ftl_src)),
            Err(mut d) => {
                d.message = format!("no {} translation: {}", lang.tag(), d.message);
                diagnostics.push(d);
            }
        }
        diagnostics.extend(validate::texts(&src, &scenario, &catalog));
        texts.push(catalog);
    }

    diagnostics.extend(validate::same_variables(&texts));
    diagnostics.extend(validate::stale_translations(&texts));
    let blocked = diagnostics.iter().any(Diagnostic::is_error);
    LoadOutcome {
        scenario: (!blocked).then(|| LoadedScenario {
            scenario: Arc::new(scenario),
            path: path.to_path_buf(),
            texts,
        }),
        diagnostics,
    }
}
