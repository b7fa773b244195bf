//! The learning record's controls on other screens: who is training (catalogue) and how the
//! call will be played (briefing).

use bevy::prelude::*;
use fluent_bundle::FluentValue;

use super::{Screen, briefing, home};
use crate::app::Prefs;
use crate::app::learner::{Learner, LearnerAction};
use crate::app::library::Library;
use crate::app::theme::*;
use crate::record::{EXAM_RESPONSE_SECONDS, Mode};

pub struct RecordBarPlugin;

impl Plugin for RecordBarPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(OnEnter(Screen::Home), profile_bar.after(home::build))
            .add_systems(OnEnter(Screen::Briefing), mode_bar.after(briefing::build));
    }
}

/// The root of the screen just built.
fn screen_root_of(
    roots: &Query<(Entity, &DespawnOnExit<Screen>)>,
    screen: Screen,
) -> Option<Entity> {
    roots.iter().find(|(_, d)| d.0 == screen).map(|(e, _)| e)
}

/// Most profiles shown as buttons; a course room rarely shares one machine among more.
const SHOWN_PROFILES: usize = 8;

fn profile_bar(
    mut commands: Commands,
    roots: Query<(Entity, &DespawnOnExit<Screen>)>,
    fonts: Res<Fonts>,
    prefs: Res<Prefs>,
    library: Res<Library>,
    learner: Res<Learner>,
) {
    let Some(root) = screen_root_of(&roots, Screen::Home) else {
        return;
    };
    let (lang, scale) = prefs.look();
    let app = library.texts(lang);
    let f = &*fonts;
    let profiles = learner.records.list().profiles;
    let active = learner.profile.as_ref().map(|p| p.name.clone());
    let pending = learner.pending();
    let bar = commands
        .spawn(Node {
            flex_direction: FlexDirection::Column,
            row_gap: px(6.0),
            ..default()
        })
        .with_children(|bar| {
            bar.spawn(Node {
                column_gap: px(8.0),
                row_gap: px(6.0),
                flex_wrap: FlexWrap::Wrap,
                align_items: AlignItems::Center,
                ..default()
            })
            .with_children(|row| {
                row.spawn(text(
                    f,
                    scale,
                    app.text("record-profile"),
                    15.0,
                    Weight::Bold,
                    INK,
                ));
                for p in profiles.iter().take(SHOWN_PROFILES) {
                    row.spawn(button(
                        f,
                        scale,
                        p.name.clone(),
                        LearnerAction::Pick(Some(p.name.clone())),
                        active.as_deref() == Some(p.name.as_str()),
                    ));
                }
                row.spawn(button(
                    f,
                    scale,
                    app.text("record-no-profile"),
                    LearnerAction::Pick(None),
                    active.is_none(),
                ));
                match &learner.typing {
                    Some(typed) => {
                        row.spawn(text(
                            f,
                            scale,
                            app.text_args(
                                "record-type-name",
                                &[("name", FluentValue::from(typed.clone()))],
                            ),
                            15.0,
                            Weight::Bold,
                            ACCENT,
                        ));
                    }
                    None => {
                        row.spawn(button(
                            f,
                            scale,
                            app.text("record-new-profile"),
                            LearnerAction::NewProfile,
                            false,
                        ));
                    }
                }
                if active.is_some() {
                    row.spawn(button(
                        f,
                        scale,
                        app.text("record-show-progress"),
                        LearnerAction::ShowProgress,
                        false,
                    ));
                }
                row.spawn(button(
                    f,
                    scale,
                    app.text("record-quiz"),
                    LearnerAction::StartQuiz,
                    false,
                ));
                if let Some(p) = &pending {
                    let title = library.title(&p.header.scenario, lang);
                    row.spawn(button(
                        f,
                        scale,
                        app.text_args("record-resume", &[("title", FluentValue::from(title))]),
                        LearnerAction::Resume,
                        true,
                    ));
                }
            });
            if active.is_none() {
                bar.spawn(text(
                    f,
                    scale,
                    app.text("record-not-recorded"),
                    13.0,
                    Weight::Italic,
                    MUTED,
                ));
            }
            if let Some(w) = &learner.warning {
                bar.spawn(text(f, scale, w.clone(), 13.0, Weight::Regular, BAD));
            }
        })
        .id();
    commands.entity(root).insert_children(1, &[bar]);
}

fn mode_bar(
    mut commands: Commands,
    roots: Query<(Entity, &DespawnOnExit<Screen>)>,
    fonts: Res<Fonts>,
    prefs: Res<Prefs>,
    library: Res<Library>,
    learner: Res<Learner>,
) {
    let Some(root) = screen_root_of(&roots, Screen::Briefing) else {
        return;
    };
    // After the heading, the title and the summary: the mode is chosen once the case is read.
    const AFTER_SUMMARY: usize = 3;
    let (lang, scale) = prefs.look();
    let app = library.texts(lang);
    let f = &*fonts;
    let bar = commands
        .spawn(Node {
            column_gap: px(8.0),
            row_gap: px(6.0),
            flex_wrap: FlexWrap::Wrap,
            align_items: AlignItems::Center,
            ..default()
        })
        .with_children(|row| {
            row.spawn(text(
                f,
                scale,
                app.text("record-mode"),
                15.0,
                Weight::Bold,
                INK,
            ));
            for mode in [Mode::Practice, Mode::Exam] {
                row.spawn(button(
                    f,
                    scale,
                    app.text(&format!("mode-{}", mode.id())),
                    LearnerAction::SetMode(mode),
                    learner.mode == mode,
                ));
            }
            if learner.mode == Mode::Exam {
                row.spawn(text(
                    f,
                    scale,
                    app.text_args(
                        "mode-exam-rules",
                        &[("seconds", FluentValue::from(EXAM_RESPONSE_SECONDS))],
                    ),
                    13.0,
                    Weight::Italic,
                    MUTED,
                ));
            }
        })
        .id();
    commands.entity(root).insert_children(AFTER_SUMMARY, &[bar]);
}
