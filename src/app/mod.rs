//! The desktop app: a thin Bevy front end over the domain core. One plugin per screen or
//! concern; screens are states; buttons and keys become `UiAction` messages.

pub mod actions;
pub mod audio;
pub mod capture;
pub mod learner;
pub mod library;
pub mod screens;
pub mod session;
pub mod settings;
pub mod theme;

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use bevy::prelude::*;
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;
use rand::{RngExt, SeedableRng};

use crate::i18n::Lang;

use self::capture::CaptureRequest;
use self::library::Library;
use self::session::Session;
use self::settings::Settings;

/// The trainee's settings, where they are saved, and best scores seen this session.
#[derive(Resource)]
pub struct Prefs {
    pub settings: Settings,
    path: Option<PathBuf>,
    pub warning: Option<String>,
    pub best: HashMap<String, u8>,
}

impl Prefs {
    pub fn in_memory(settings: Settings) -> Prefs {
        Prefs {
            settings,
            path: None,
            warning: None,
            best: HashMap::new(),
        }
    }

    pub fn from_disk() -> Prefs {
        let path = settings::settings_path();
        let loaded = path.as_deref().map(settings::load);
        let (settings, warning) = match loaded {
            Some(l) => (l.settings, l.warning),
            None => (Settings::default(), None),
        };
        if let Some(w) = &warning {
            warn!("{w}");
        }
        Prefs {
            settings,
            path,
            warning,
            best: HashMap::new(),
        }
    }

    pub fn save(&self) {
        if let Some(path) = &self.path
            && let Err(e) = settings::save(path, &self.settings)
        {
            warn!("cannot save settings to {}: {e}", path.display());
        }
    }

    /// The language and text scale every screen is built with.
    pub fn look(&self) -> (Lang, theme::Scale) {
        (
            self.settings.lang(),
            theme::Scale(self.settings.text_size.scale()),
        )
    }

    pub fn record_best(&mut self, session: &Session) {
        if let Some(a) = &session.assessment {
            let best = self
                .best
                .entry(session.scenario.id().to_string())
                .or_insert(0);
            *best = (*best).max(a.overall);
        }
    }
}

/// Seeds for new calls: random, unless a seed was asked for (capture, reproducible demos).
#[derive(Resource)]
pub struct SeedSource {
    fixed: Option<u64>,
    rng: rand::rngs::Xoshiro256PlusPlus,
}

impl SeedSource {
    pub fn new(fixed: Option<u64>) -> SeedSource {
        SeedSource {
            fixed,
            rng: rand::rngs::Xoshiro256PlusPlus::seed_from_u64(rand::rng().random()),
        }
    }
    pub fn next(&mut self) -> u64 {
        self.fixed.take().unwrap_or_else(|| self.rng.random())
    }
}

/// Everything but the window, renderer and sound: what headless tests run.
pub struct CorePlugins {
    pub prefs_from_disk: bool,
}

impl Plugin for CorePlugins {
    fn build(&self, app: &mut App) {
        let prefs = if self.prefs_from_disk {
            Prefs::from_disk()
        } else {
            Prefs::in_memory(Settings::default())
        };
        app.insert_resource(prefs)
            .insert_resource(Library::load())
            .insert_resource(SeedSource::new(None))
            .add_plugins((
                theme::ThemePlugin,
                actions::ActionsPlugin,
                audio::SfxPlugin,
                screens::ScreensPlugin,
                learner::LearnerPlugin {
                    records: None,
                    // Tests and captures play calls that are nobody's attempts.
                    record_calls: self.prefs_from_disk,
                },
            ));
    }
}

pub struct Options {
    pub lang: Option<Lang>,
    pub capture: Option<CaptureRequest>,
}

/// When the process started, for `AMIABLE_REPORT_FIRST_FRAME` (the startup benchmark).
#[derive(Resource)]
struct Started(std::time::Instant);

fn report_first_frame(frames: Res<bevy::diagnostic::FrameCount>, started: Res<Started>) {
    if frames.0 == 1 {
        println!("first-frame-ms {}", started.0.elapsed().as_millis());
    }
}

fn display_available() -> bool {
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()))
}

const NO_DISPLAY: &str = "no display is available to open Amiable's window.\n\
    Play in the terminal instead:  amiable play <scenario>   (see `amiable list`)";

/// Opens the window and runs until it closes. Without a display, or when the window or the
/// graphics cannot start, explains and returns exit code 2 instead of a panic trace.
pub fn run(options: Options) -> ExitCode {
    let started = std::time::Instant::now();
    if !display_available() {
        eprintln!("amiable: {NO_DISPLAY}");
        return ExitCode::from(2);
    }
    let size = options.capture.as_ref().map_or((1280, 800), |c| c.size);
    let title = "Amiable".to_string();
    let message = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let caught = message.clone();
    let previous_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let text = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        if let Ok(mut m) = caught.lock() {
            *m = text;
        }
    }));
    let built = std::panic::catch_unwind(move || {
        let mut app = App::new();
        app.add_plugins(
            DefaultPlugins
                .set(WindowPlugin {
                    primary_window: Some(Window {
                        title,
                        resolution: WindowResolution::new(size.0, size.1),
                        resizable: true,
                        ..default()
                    }),
                    ..default()
                })
                .set(AssetPlugin {
                    file_path: crate::catalogue::root()
                        .join("assets")
                        .display()
                        .to_string(),
                    ..default()
                }),
        );
        app
    });
    std::panic::set_hook(previous_hook);
    let mut app = match built {
        Ok(app) => app,
        Err(_) => {
            let why = message.lock().map(|m| m.clone()).unwrap_or_default();
            eprintln!("amiable: the window could not be opened ({why}).\n{NO_DISPLAY}");
            return ExitCode::from(2);
        }
    };
    let capturing = options.capture.is_some();
    if std::env::var_os("AMIABLE_REPORT_FIRST_FRAME").is_some() {
        app.insert_resource(Started(started))
            .add_systems(Last, report_first_frame);
    }
    app.add_plugins(bevy::input_focus::tab_navigation::TabNavigationPlugin)
        .add_plugins(CorePlugins {
            prefs_from_disk: !capturing,
        })
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
        });
    if let Some(lang) = options.lang {
        app.world_mut().resource_mut::<Prefs>().settings.lang = Some(lang.code().to_string());
    }
    match options.capture {
        Some(request) => {
            app.insert_resource(WinitSettings::continuous());
            app.add_plugins(capture::CapturePlugin(request));
        }
        None => {
            app.add_plugins(library::HotReloadPlugin);
            if audio::sound_device_present() {
                app.add_plugins((bevy_kira_audio::AudioPlugin, audio::SoundPlugin));
            } else {
                warn!("no sound device found: Amiable runs silently");
            }
        }
    }
    let exit = app.run();
    match exit {
        AppExit::Success => ExitCode::SUCCESS,
        AppExit::Error(code) => ExitCode::from(code.get()),
    }
}
