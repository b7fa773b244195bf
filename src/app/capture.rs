//! `amiable capture`: opens the real window, brings it to one screen, saves a screenshot and
//! exits. For tests, the README and trainers' slides.

use std::path::PathBuf;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};

use super::Prefs;
use super::library::Library;
use super::screens::Screen;
use super::session::{Selected, Session};
use super::settings::TextSize;
use super::theme::Fonts;

#[derive(Clone, Debug)]
pub struct CaptureRequest {
    pub screen: Screen,
    pub scenario: Option<String>,
    /// 1-based, as `amiable play --choices`.
    pub choices: Vec<usize>,
    pub seed: u64,
    pub out: PathBuf,
    pub size: (u32, u32),
    pub text_size: TextSize,
    /// Free-answer mode, and answers typed in one's own words after `choices`.
    pub free: bool,
    pub say: Vec<String>,
}

pub struct CapturePlugin(pub CaptureRequest);

#[derive(Resource)]
struct Capture {
    request: CaptureRequest,
    stage: Stage,
    frames: u32,
}

#[derive(PartialEq, Eq, Debug)]
enum Stage {
    Loading,
    Settling,
    Shooting,
}

/// Frames given to layout, text shaping and images after the screen is built.
const SETTLE_FRAMES: u32 = 20;
/// Past this many frames, something is stuck: give up with an error rather than hang CI.
const WATCHDOG_FRAMES: u32 = 3000;

impl Plugin for CapturePlugin {
    fn build(&self, app: &mut App) {
        {
            let mut prefs = app.world_mut().resource_mut::<Prefs>();
            // The screenshot shows the screen as it settles, not mid-animation.
            prefs.settings.reading_speed = 0;
            prefs.settings.text_size = self.0.text_size;
            prefs.settings.muted = true;
            prefs.settings.free_answers = self.0.free;
        }
        app.insert_resource(Capture {
            request: self.0.clone(),
            stage: Stage::Loading,
            frames: 0,
        })
        .add_systems(Update, drive);
    }
}

fn fail(exit: &mut MessageWriter<AppExit>, message: String) {
    eprintln!("amiable capture: {message}");
    exit.write(AppExit::from_code(2));
}

#[allow(clippy::too_many_arguments)]
fn drive(
    mut commands: Commands,
    mut capture: ResMut<Capture>,
    assets: Res<AssetServer>,
    fonts: Res<Fonts>,
    library: Res<Library>,
    prefs: Res<Prefs>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    images: Query<&ImageNode>,
    mut exit: MessageWriter<AppExit>,
) {
    capture.frames += 1;
    if capture.frames > WATCHDOG_FRAMES {
        fail(
            &mut exit,
            format!(
                "the {:?} screen did not settle; no screenshot taken",
                capture.request.screen
            ),
        );
        return;
    }
    match capture.stage {
        Stage::Loading => {
            let loaded = [&fonts.regular, &fonts.bold, &fonts.italic]
                .iter()
                .all(|h| assets.is_loaded_with_dependencies(*h));
            if !loaded || capture.frames < 3 {
                return;
            }
            let request = capture.request.clone();
            if request.screen != Screen::Home {
                let scenario = match &request.scenario {
                    Some(id) => library.find(id),
                    None => library.playable().next().cloned(),
                };
                let Some(scenario) = scenario else {
                    let known: Vec<String> =
                        library.playable().map(|s| s.id().to_string()).collect();
                    fail(
                        &mut exit,
                        format!(
                            "no playable scenario `{}` (known: {})",
                            request.scenario.unwrap_or_default(),
                            known.join(", ")
                        ),
                    );
                    return;
                };
                commands.insert_resource(Selected(scenario.clone()));
                if matches!(request.screen, Screen::Call | Screen::Debrief) {
                    let mut session = Session::new(scenario, request.seed);
                    for (i, &c) in request.choices.iter().enumerate() {
                        if c == 0 || session.choose(c - 1).is_err() {
                            fail(
                                &mut exit,
                                format!("choice {c} at decision {} cannot be played", i + 1),
                            );
                            return;
                        }
                    }
                    let lang = prefs.settings.lang();
                    for words in &request.say {
                        if let Err(e) = session.answer_free(words, lang, library.texts(lang)) {
                            fail(&mut exit, format!("“{words}” cannot be played: {e}"));
                            return;
                        }
                    }
                    if request.screen == Screen::Debrief {
                        if let Err(e) = session.finish_with_best() {
                            fail(&mut exit, e.to_string());
                            return;
                        }
                        let lang = prefs.settings.lang();
                        session.assess(lang, library.texts(lang));
                    } else {
                        session.line_revealed = true;
                    }
                    commands.insert_resource(session);
                }
                next.set(request.screen);
            }
            capture.stage = Stage::Settling;
            capture.frames = 0;
        }
        Stage::Settling => {
            let images_ready = images.iter().all(|i| {
                assets.is_loaded_with_dependencies(&i.image) || i.image == Handle::default()
            });
            if *state.get() != capture.request.screen
                || capture.frames < SETTLE_FRAMES
                || !images_ready
            {
                return;
            }
            let out = capture.request.out.clone();
            commands.spawn(Screenshot::primary_window()).observe(
                move |captured: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
                    let saved = captured
                        .image
                        .clone()
                        .try_into_dynamic()
                        .map_err(|e| e.to_string())
                        .and_then(|img| img.to_rgb8().save(&out).map_err(|e| e.to_string()));
                    match saved {
                        Ok(()) => {
                            println!("{}", out.display());
                            exit.write(AppExit::Success);
                        }
                        Err(e) => {
                            eprintln!("amiable capture: cannot save {}: {e}", out.display());
                            exit.write(AppExit::from_code(3));
                        }
                    }
                },
            );
            capture.stage = Stage::Shooting;
        }
        Stage::Shooting => {}
    }
}
