//! The assertiveness self-positioning questionnaire: one statement at a time, four answers,
//! then the profile across the four positions with what each means.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;

use super::Screen;
use crate::app::Prefs;
use crate::app::actions::UiAction;
use crate::app::learner::Learner;
use crate::app::library::Library;
use crate::app::theme::*;
use crate::record::quiz::{self, Position, QuizResult};

pub struct QuizPlugin;

impl Plugin for QuizPlugin {
    fn build(&self, app: &mut App) {
        app.init_resource::<QuizState>()
            .add_observer(on_answer)
            .add_systems(OnEnter(Screen::Quiz), build);
    }
}

/// The answers given so far, and the result once every statement is answered.
#[derive(Resource, Default)]
pub struct QuizState {
    pub answers: Vec<u8>,
    pub result: Option<QuizResult>,
}

/// An answer button: the step of the scale, 0 (never) to 3 (always).
#[derive(Component, Clone, Copy, Debug, PartialEq)]
pub struct QuizAnswer(pub u8);

fn on_answer(
    ev: On<bevy::ui_widgets::Activate>,
    buttons: Query<&QuizAnswer>,
    mut state: ResMut<QuizState>,
    mut learner: ResMut<Learner>,
    prefs: Res<Prefs>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Ok(answer) = buttons.get(ev.entity) else {
        return;
    };
    state.answers.push(answer.0);
    if state.answers.len() == quiz::STATEMENTS.len() {
        match quiz::score(&state.answers, prefs.settings.lang(), chrono::Utc::now()) {
            Ok(result) => {
                if let Some(p) = &learner.profile
                    && let Err(e) = p.save_quiz(&result)
                {
                    learner.warning = Some(e.to_string());
                }
                state.result = Some(result);
            }
            Err(e) => learner.warning = Some(e.to_string()),
        }
    }
    next.set(Screen::Quiz);
}

fn build(
    mut commands: Commands,
    fonts: Res<Fonts>,
    prefs: Res<Prefs>,
    library: Res<Library>,
    state: Res<QuizState>,
) {
    let (lang, scale) = prefs.look();
    let app = library.texts(lang);
    let f = &*fonts;
    commands
        .spawn(screen_root(Screen::Quiz))
        .with_children(|root| {
            root.spawn(text(
                f,
                scale,
                app.text("quiz-assertiveness-title"),
                24.0,
                Weight::Bold,
                INK,
            ));
            if let Some(result) = &state.result {
                results(root, f, scale, app, result);
                root.spawn(Node::default()).with_children(|row| {
                    row.spawn((
                        button(f, scale, app.text("progress-back"), UiAction::Back, true),
                        AutoFocus,
                    ));
                });
                return;
            }
            let index = state.answers.len();
            root.spawn(text(
                f,
                scale,
                app.text("quiz-assertiveness-intro"),
                15.0,
                Weight::Regular,
                MUTED,
            ));
            root.spawn(card(percent(100.0), 18.0)).with_children(|c| {
                c.spawn(text(
                    f,
                    scale,
                    format!("{} / {}", index + 1, quiz::STATEMENTS.len()),
                    14.0,
                    Weight::Bold,
                    MUTED,
                ));
                c.spawn(text(
                    f,
                    scale,
                    app.text(&quiz::statement_id(index)),
                    20.0,
                    Weight::Regular,
                    INK,
                ));
            });
            root.spawn(Node {
                column_gap: px(10.0),
                ..default()
            })
            .with_children(|row| {
                for step in 0..quiz::SCALE {
                    let label = app.text(&format!("quiz-scale-{}", step + 1));
                    let mut b = row.spawn(button(f, scale, label, QuizAnswer(step), false));
                    if step == 0 {
                        b.insert(AutoFocus);
                    }
                }
            });
            root.spawn(Node::default()).with_children(|row| {
                row.spawn(button(
                    f,
                    scale,
                    app.text("progress-back"),
                    UiAction::Back,
                    false,
                ));
            });
        });
}

fn results(
    root: &mut ChildSpawnerCommands,
    f: &Fonts,
    scale: Scale,
    app: &crate::i18n::Catalog,
    result: &QuizResult,
) {
    // Every leading position is highlighted and named: a tie is a shared profile, as in
    // the reports.
    let leading = result.leading();
    let (verdict, explained) = crate::report::quiz_verdict(app, result);
    root.spawn(card(percent(100.0), 18.0)).with_children(|c| {
        c.spawn(text(
            f,
            scale,
            app.text("quiz-result-header"),
            18.0,
            Weight::Bold,
            INK,
        ));
        for p in Position::ALL {
            let s = result.scores.get(&p).copied().unwrap_or(0);
            let lead = leading.contains(&p);
            c.spawn(text(
                f,
                scale,
                format!("{} — {s}/100", app.text(&format!("position-{}", p.id()))),
                16.0,
                if lead { Weight::Bold } else { Weight::Regular },
                if lead { ACCENT } else { INK },
            ));
        }
        c.spawn(text(f, scale, verdict, 17.0, Weight::Bold, INK));
        for e in explained {
            c.spawn(text(f, scale, e, 15.0, Weight::Regular, INK));
        }
    });
}
