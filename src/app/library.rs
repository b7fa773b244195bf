//! Every bundled scenario with its texts, reloaded when a trainer saves a file. A scenario
//! that breaks keeps its last good version playable; its diagnostics are shown instead.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::SystemTime;

use bevy::prelude::Resource;

use crate::catalogue;
use crate::diagnostic::Diagnostic;
use crate::i18n::{Catalog, Lang};
use crate::scenario::{self, LoadedScenario, message};

pub struct Entry {
    pub path: PathBuf,
    /// The last version that loaded without errors.
    pub scenario: Option<Arc<LoadedScenario>>,
    /// Problems of the file as it is now on disk.
    pub diagnostics: Vec<Diagnostic>,
    stamp: Vec<Option<SystemTime>>,
}

impl Entry {
    pub fn is_broken(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

#[derive(Resource)]
pub struct Library {
    pub entries: Vec<Entry>,
    texts: Vec<Catalog>,
    pub text_diagnostics: Vec<Diagnostic>,
    text_stamp: Vec<Option<SystemTime>>,
}

fn watched_files(path: &std::path::Path) -> Vec<PathBuf> {
    let mut files = vec![path.to_path_buf()];
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    for lang in Lang::ALL {
        files.push(
            scenario::locales_dir(path)
                .join(lang.tag())
                .join(format!("{stem}.ftl")),
        );
    }
    files
}

fn app_text_files() -> Vec<PathBuf> {
    Lang::ALL
        .iter()
        .flat_map(|&l| catalogue::app_text_paths(l))
        .collect()
}

fn stamp(files: &[PathBuf]) -> Vec<Option<SystemTime>> {
    files
        .iter()
        .map(|f| std::fs::metadata(f).and_then(|m| m.modified()).ok())
        .collect()
}

impl Library {
    pub fn load() -> Library {
        let mut library = Library {
            entries: Vec::new(),
            texts: Lang::ALL.iter().map(|&l| Catalog::new(l)).collect(),
            text_diagnostics: Vec::new(),
            text_stamp: Vec::new(),
        };
        library.reload_texts();
        for path in catalogue::bundled() {
            library.entries.push(Library::load_entry(path, None));
        }
        library
    }

    fn load_entry(path: PathBuf, previous: Option<Arc<LoadedScenario>>) -> Entry {
        let outcome = scenario::load(&path);
        Entry {
            stamp: stamp(&watched_files(&path)),
            scenario: outcome.scenario.map(Arc::new).or(previous),
            diagnostics: outcome.diagnostics,
            path,
        }
    }

    fn reload_texts(&mut self) {
        let files = app_text_files();
        self.text_stamp = stamp(&files);
        self.text_diagnostics.clear();
        for lang in &Lang::ALL {
            match catalogue::app_texts(*lang) {
                Ok(c) => {
                    if let Some(slot) = self.texts.iter_mut().find(|t| t.lang() == *lang) {
                        *slot = c;
                    }
                }
                Err(d) => self.text_diagnostics.extend(d),
            }
        }
    }

    /// Reloads what changed on disk since the last look; returns whether anything did.
    pub fn reload_changed(&mut self) -> bool {
        let mut changed = false;
        if stamp(&app_text_files()) != self.text_stamp {
            self.reload_texts();
            changed = true;
        }
        for entry in &mut self.entries {
            if stamp(&watched_files(&entry.path)) != entry.stamp {
                let previous = entry.scenario.take();
                *entry = Library::load_entry(entry.path.clone(), previous);
                changed = true;
            }
        }
        let known: Vec<PathBuf> = self.entries.iter().map(|e| e.path.clone()).collect();
        for path in catalogue::bundled() {
            if !known.contains(&path) {
                self.entries.push(Library::load_entry(path, None));
                changed = true;
            }
        }
        changed
    }

    pub fn texts(&self, lang: Lang) -> &Catalog {
        self.texts
            .iter()
            .find(|c| c.lang() == lang)
            .expect("one catalogue per language")
    }

    pub fn playable(&self) -> impl Iterator<Item = &Arc<LoadedScenario>> {
        self.entries.iter().filter_map(|e| e.scenario.as_ref())
    }

    pub fn find(&self, id: &str) -> Option<Arc<LoadedScenario>> {
        self.playable().find(|s| s.id() == id).cloned()
    }

    pub fn title(&self, id: &str, lang: Lang) -> String {
        self.find(id)
            .map(|s| s.texts(lang).text(message::TITLE))
            .unwrap_or_else(|| id.to_string())
    }
}

/// Looks for saved scenario and text files twice a second. Polling the few files involved is
/// simpler and sturdier than a watcher, and works the same on every platform.
pub struct HotReloadPlugin;

#[derive(Resource)]
struct ReloadTimer(bevy::time::Timer);

impl bevy::app::Plugin for HotReloadPlugin {
    fn build(&self, app: &mut bevy::app::App) {
        use bevy::prelude::*;
        app.insert_resource(ReloadTimer(Timer::from_seconds(0.5, TimerMode::Repeating)))
            .add_systems(Update, reload_saved_files);
    }
}

fn reload_saved_files(
    time: bevy::prelude::Res<bevy::time::Time>,
    mut timer: bevy::prelude::ResMut<ReloadTimer>,
    mut library: bevy::prelude::ResMut<Library>,
    state: bevy::prelude::Res<bevy::prelude::State<super::screens::Screen>>,
    mut next: bevy::prelude::ResMut<bevy::prelude::NextState<super::screens::Screen>>,
    selected: Option<bevy::prelude::ResMut<super::session::Selected>>,
) {
    use super::screens::Screen;
    if !timer.0.tick(time.delta()).just_finished() || !library.reload_changed() {
        return;
    }
    for entry in library.entries.iter().filter(|e| e.is_broken()) {
        bevy::log::warn!(
            "{} has errors; the last good version stays playable:\n{}",
            entry.path.display(),
            entry
                .diagnostics
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
    if let Some(mut selected) = selected
        && let Some(fresh) = library.find(selected.0.id())
    {
        selected.0 = fresh;
    }
    // A call in progress keeps the version it started with; other screens show the new one.
    if matches!(state.get(), Screen::Home | Screen::Briefing) {
        next.set(*state.get());
    }
}
