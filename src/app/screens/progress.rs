//! What the active profile learned across attempts: per competency where the trainee
//! started, their latest and best scores and the trend; each course objective's state; the
//! next scenario to practise; the latest questionnaire profile.

use bevy::input_focus::AutoFocus;
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;
use fluent_bundle::FluentValue;

use super::Screen;
use crate::app::Prefs;
use crate::app::actions::UiAction;
use crate::app::learner::{Learner, LearnerAction};
use crate::app::library::Library;
use crate::app::theme::*;
use crate::record::progress::Acquisition;
use crate::record::quiz::Position;
use crate::record::{self, ScenarioInfo};
use crate::scenario::message;

pub struct ProgressPlugin;

impl Plugin for ProgressPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(OnEnter(Screen::Progress), build);
    }
}

/// Height of a trend chart, in pixels at medium text size.
const CHART_HEIGHT: f32 = 34.0;

fn build(
    mut commands: Commands,
    fonts: Res<Fonts>,
    prefs: Res<Prefs>,
    library: Res<Library>,
    learner: Res<Learner>,
) {
    let (lang, scale) = prefs.look();
    let app = library.texts(lang);
    let f = &*fonts;
    let root = commands.spawn(screen_root(Screen::Progress)).id();
    let Some(profile) = &learner.profile else {
        commands.entity(root).with_children(|r| {
            r.spawn(text(
                f,
                scale,
                app.text("progress-choose-profile"),
                17.0,
                Weight::Regular,
                INK,
            ));
            r.spawn((
                button(f, scale, app.text("progress-back"), UiAction::Back, true),
                AutoFocus,
            ));
        });
        return;
    };
    let history = profile.history();
    let scenarios: Vec<ScenarioInfo> = library
        .playable()
        .map(|s| ScenarioInfo {
            id: s.id().to_string(),
            title: s.texts(lang).text(message::TITLE),
            competencies: s.scenario.competencies.clone(),
        })
        .collect();
    let progress = record::progress(&history, &scenarios);
    let (quizzes, _) = profile.quizzes();

    commands.entity(root).with_children(|r| {
        r.spawn(Node {
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            column_gap: px(12.0),
            ..default()
        })
        .with_children(|h| {
            h.spawn(Node {
                flex_direction: FlexDirection::Column,
                ..default()
            })
            .with_children(|t| {
                t.spawn(text(
                    f,
                    scale,
                    app.text_args(
                        "progress-title",
                        &[
                            ("name", FluentValue::from(profile.name.clone())),
                            (
                                "elide",
                                FluentValue::from(crate::report::elide(&profile.name)),
                            ),
                        ],
                    ),
                    24.0,
                    Weight::Bold,
                    INK,
                ));
                t.spawn(text(
                    f,
                    scale,
                    app.text_args(
                        "progress-summary",
                        &[
                            ("attempts", FluentValue::from(progress.attempts)),
                            ("exams", FluentValue::from(progress.exams)),
                            ("minutes", FluentValue::from(progress.total_ms / 60_000)),
                        ],
                    ),
                    14.0,
                    Weight::Regular,
                    MUTED,
                ));
            });
            h.spawn(Node {
                column_gap: px(8.0),
                ..default()
            })
            .with_children(|b| {
                if let Some(next) = &progress.next {
                    b.spawn(button(
                        f,
                        scale,
                        app.text_args(
                            "progress-practise",
                            &[("title", FluentValue::from(next.title.clone()))],
                        ),
                        UiAction::OpenScenario(next.scenario.clone()),
                        true,
                    ));
                }
                b.spawn(button(
                    f,
                    scale,
                    app.text("learn-save"),
                    LearnerAction::SaveReport,
                    false,
                ));
                b.spawn((
                    button(f, scale, app.text("progress-back"), UiAction::Back, false),
                    AutoFocus,
                ));
            });
        });
        if let Some(notice) = &learner.report_notice {
            r.spawn(text(f, scale, notice.clone(), 13.0, Weight::Regular, MUTED));
        }
        r.spawn((
            Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(12.0),
                overflow: Overflow::scroll_y(),
                flex_grow: 1.0,
                ..default()
            },
            ScrollArea::default(),
        ))
        .with_children(|body| {
            if progress.finished == 0 {
                body.spawn(text(
                    f,
                    scale,
                    app.text("progress-empty"),
                    16.0,
                    Weight::Italic,
                    MUTED,
                ));
            }
            body.spawn(card(percent(100.0), 14.0)).with_children(|c| {
                c.spawn(text(
                    f,
                    scale,
                    app.text("progress-header"),
                    17.0,
                    Weight::Bold,
                    INK,
                ));
                c.spawn(text(
                    f,
                    scale,
                    format!(
                        "{} · {} · {}",
                        app.text("progress-positioning"),
                        app.text("progress-latest"),
                        app.text("progress-best")
                    ),
                    13.0,
                    Weight::Italic,
                    MUTED,
                ));
                for cp in &progress.competencies {
                    competency_row(c, f, scale, app, cp);
                }
            });
            body.spawn(card(percent(100.0), 14.0)).with_children(|c| {
                c.spawn(text(
                    f,
                    scale,
                    app.text("progress-objectives"),
                    17.0,
                    Weight::Bold,
                    INK,
                ));
                for o in &progress.objectives {
                    let color = match o.state {
                        Acquisition::Acquired => GOOD,
                        Acquisition::InProgress => WARN,
                        Acquisition::NotYet => MUTED,
                    };
                    c.spawn(Node {
                        column_gap: px(10.0),
                        ..default()
                    })
                    .with_children(|row| {
                        row.spawn((
                            Node {
                                width: px(120.0 * scale.0),
                                ..default()
                            },
                            children![text(
                                f,
                                scale,
                                app.text(&format!("acquisition-{}", o.state.id())),
                                14.0,
                                Weight::Bold,
                                color
                            )],
                        ));
                        row.spawn(text(
                            f,
                            scale,
                            app.text(&format!("objective-{}", o.objective.id())),
                            14.0,
                            Weight::Regular,
                            INK,
                        ));
                    });
                }
                c.spawn(text(
                    f,
                    scale,
                    app.text("acquisition-rule"),
                    12.0,
                    Weight::Italic,
                    MUTED,
                ));
            });
            if let Some(q) = quizzes.last() {
                body.spawn(card(percent(100.0), 14.0)).with_children(|c| {
                    c.spawn(text(
                        f,
                        scale,
                        app.text("quiz-assertiveness-title"),
                        17.0,
                        Weight::Bold,
                        INK,
                    ));
                    for p in Position::ALL {
                        let s = q.scores.get(&p).copied().unwrap_or(0);
                        bar_row(c, f, scale, app.text(&format!("position-{}", p.id())), s);
                    }
                    // A tie is a shared profile, named and explained as in the reports.
                    let (verdict, explained) = crate::report::quiz_verdict(app, q);
                    c.spawn(text(f, scale, verdict, 15.0, Weight::Bold, INK));
                    for e in explained {
                        c.spawn(text(f, scale, e, 14.0, Weight::Regular, INK));
                    }
                });
            }
        });
    });
}

fn competency_row(
    c: &mut ChildSpawnerCommands,
    f: &Fonts,
    scale: Scale,
    app: &crate::i18n::Catalog,
    cp: &record::CompetencyProgress,
) {
    let name = app.text(&format!("competency-{}", cp.competency.id()));
    let figure = |s: Option<u8>| s.map_or("—".to_string(), |s| s.to_string());
    c.spawn(Node {
        column_gap: px(12.0),
        align_items: AlignItems::End,
        ..default()
    })
    .with_children(|row| {
        row.spawn((
            Node {
                width: px(230.0 * scale.0),
                ..default()
            },
            children![text(f, scale, name, 14.0, Weight::Regular, INK)],
        ));
        row.spawn((
            Node {
                width: px(150.0 * scale.0),
                ..default()
            },
            children![text(
                f,
                scale,
                if cp.trend.is_empty() {
                    app.text("progress-not-yet-assessed")
                } else {
                    format!(
                        "{} · {} · {}",
                        figure(cp.positioning),
                        figure(cp.latest),
                        figure(cp.best)
                    )
                },
                14.0,
                Weight::Bold,
                cp.latest.map_or(MUTED, score_color),
            )],
        ));
        // The trend: one column per call that assessed it, oldest on the left.
        row.spawn(Node {
            height: px(CHART_HEIGHT * scale.0),
            column_gap: px(3.0),
            align_items: AlignItems::End,
            border: UiRect::bottom(px(1.0)),
            ..default()
        })
        .insert(BorderColor::all(LINE))
        .with_children(|chart| {
            for point in cp.trend.iter().rev().take(30).rev() {
                chart.spawn((
                    Node {
                        width: px(8.0 * scale.0),
                        height: percent(f32::from(point.score.max(3))),
                        ..default()
                    },
                    BackgroundColor(score_color(point.score)),
                ));
            }
        });
    });
}

fn bar_row(c: &mut ChildSpawnerCommands, f: &Fonts, scale: Scale, label: String, score: u8) {
    c.spawn(Node {
        column_gap: px(10.0),
        align_items: AlignItems::Center,
        ..default()
    })
    .with_children(|row| {
        row.spawn((
            Node {
                width: px(150.0 * scale.0),
                ..default()
            },
            children![text(f, scale, label, 14.0, Weight::Regular, INK)],
        ));
        row.spawn((
            Node {
                width: px(200.0 * scale.0),
                height: px(12.0 * scale.0),
                ..default()
            },
            BackgroundColor(LINE),
        ))
        .with_children(|b| {
            b.spawn((
                Node {
                    width: percent(f32::from(score)),
                    height: percent(100.0),
                    ..default()
                },
                BackgroundColor(ACCENT),
            ));
        });
        row.spawn(text(f, scale, score.to_string(), 14.0, Weight::Bold, INK));
    });
}
