//! After the call: outcome and relational experience first, then every competency as a bar,
//! the points to work on, and the call turn by turn with feedback and better answers.

use bevy::input_focus::{AutoFocus, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;
use fluent_bundle::FluentValue;

use crate::assessment::{Assessment, Speaker};

use super::Screen;
use crate::app::Prefs;
use crate::app::actions::{UiAction, next_suggestion};
use crate::app::library::Library;
use crate::app::session::Session;
use crate::app::theme::*;

pub struct DebriefPlugin;

impl Plugin for DebriefPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(OnEnter(Screen::Debrief), build);
    }
}

/// A competency bar, for tests to read.
#[derive(Component)]
pub struct CompetencyBar(pub crate::scenario::Competency);

fn build(
    mut commands: Commands,
    fonts: Res<Fonts>,
    prefs: Res<Prefs>,
    library: Res<Library>,
    mut session: Option<ResMut<Session>>,
    mut next: ResMut<NextState<Screen>>,
    mut focus: ResMut<InputFocus>,
    learner: Res<crate::app::learner::Learner>,
) {
    let lang = prefs.settings.lang();
    let app = library.texts(lang);
    let Some(session) = session.as_deref_mut() else {
        next.set(Screen::Home);
        return;
    };
    // A language change re-enters this screen: write the assessment again in the new language.
    if session.assessment.as_ref().is_none_or(|a| a.lang != lang) && session.conversation.is_over()
    {
        session.assess(lang, app);
    }
    // The exam's answer-by-answer detail is kept in the record for the trainer, not shown.
    if learner.mode == crate::record::Mode::Exam
        && let Some(a) = session.assessment.as_mut()
    {
        a.feedback.clear();
    }
    let Some(a) = session.assessment.clone() else {
        next.set(Screen::Home);
        return;
    };
    focus.clear();
    let (_, scale) = prefs.look();
    let f = &*fonts;
    let suggestion = next_suggestion(&library, session);

    commands
        .spawn(screen_root(Screen::Debrief))
        .with_children(|root| {
            root.spawn(text(
                f,
                scale,
                format!("{} — {}", app.text("report-heading"), a.title),
                24.0,
                Weight::Bold,
                INK,
            ));
            root.spawn(Node {
                column_gap: px(10.0),
                flex_wrap: FlexWrap::Wrap,
                row_gap: px(8.0),
                ..default()
            })
            .with_children(|b| {
                // An exam is not restarted: the attempt stands as played.
                if learner.mode != crate::record::Mode::Exam {
                    b.spawn((
                        button(f, scale, app.text("debrief-replay"), UiAction::Replay, true),
                        AutoFocus,
                    ));
                }
                if let Some(id) = &suggestion {
                    let label = app.text_args(
                        "debrief-next",
                        &[("title", FluentValue::from(library.title(id, lang)))],
                    );
                    b.spawn(button(
                        f,
                        scale,
                        label,
                        UiAction::OpenScenario(id.clone()),
                        false,
                    ));
                }
                b.spawn(button(
                    f,
                    scale,
                    app.text("debrief-catalogue"),
                    UiAction::Back,
                    false,
                ));
            });
            root.spawn((
                ScrollArea,
                Node {
                    flex_direction: FlexDirection::Column,
                    flex_grow: 1.0,
                    min_height: px(0.0),
                    row_gap: px(14.0),
                    overflow: Overflow::scroll_y(),
                    ..default()
                },
            ))
            .with_children(|body| {
                summary_row(body, f, scale, &a, app);
                competencies(body, f, scale, &a, app);
                work_on(body, f, scale, &a, app);
                turns(body, f, scale, &a, app);
            });
        });
}

fn summary_row(
    body: &mut ChildSpawnerCommands,
    f: &Fonts,
    scale: Scale,
    a: &Assessment,
    app: &crate::i18n::Catalog,
) {
    let o = &a.outcome;
    let r = &a.relational_experience;
    let outcome_color = match o.agreement {
        crate::scoring::Agreement::Full => GOOD,
        crate::scoring::Agreement::Partial => WARN,
        crate::scoring::Agreement::None => BAD,
    };
    body.spawn(Node {
        column_gap: px(14.0),
        width: percent(100.0),
        ..default()
    })
    .with_children(|row| {
        row.spawn(card(percent(44.0), 14.0)).with_children(|c| {
            c.spawn(text(
                f,
                scale,
                app.text("report-outcome"),
                14.0,
                Weight::Bold,
                MUTED,
            ));
            c.spawn(text(
                f,
                scale,
                o.result_label.clone(),
                22.0,
                Weight::Bold,
                outcome_color,
            ));
            if let Some(s) = &o.schedule {
                c.spawn(text(f, scale, s.clone(), 15.0, Weight::Bold, INK));
            }
            if !o.summary.is_empty() {
                c.spawn(text(
                    f,
                    scale,
                    o.summary.clone(),
                    14.0,
                    Weight::Regular,
                    INK,
                ));
            }
            c.spawn(text(
                f,
                scale,
                o.explanation.clone(),
                14.0,
                Weight::Italic,
                MUTED,
            ));
        });
        row.spawn(card(percent(34.0), 14.0)).with_children(|c| {
            c.spawn(text(
                f,
                scale,
                app.text("report-relational"),
                14.0,
                Weight::Bold,
                MUTED,
            ));
            c.spawn(text(
                f,
                scale,
                format!("{}/100", r.score),
                26.0,
                Weight::Bold,
                score_color(r.score),
            ));
            for (key, value) in [
                ("relational-courtesy", r.courtesy),
                ("relational-listening", r.listening),
                ("relational-solution", r.adapted_solution),
            ] {
                bar(c, f, scale, app.text(key), Some(value), 140.0, false);
            }
            for note in &r.notes {
                c.spawn(text(f, scale, note.clone(), 13.0, Weight::Italic, MUTED));
            }
        });
        row.spawn(card(percent(20.0), 14.0)).with_children(|c| {
            c.spawn(text(
                f,
                scale,
                app.text("report-overall"),
                14.0,
                Weight::Bold,
                MUTED,
            ));
            c.spawn(text(
                f,
                scale,
                format!("{}/100", a.overall),
                30.0,
                Weight::Bold,
                score_color(a.overall),
            ));
            if a.compliance_breaches > 0 {
                c.spawn(text(
                    f,
                    scale,
                    app.text("debrief-breach"),
                    13.0,
                    Weight::Bold,
                    BAD,
                ));
            }
            c.spawn(text(
                f,
                scale,
                app.text_args(
                    "debrief-seed",
                    &[("seed", FluentValue::from(a.seed.to_string()))],
                ),
                12.0,
                Weight::Regular,
                MUTED,
            ));
        });
    });
}

/// A labelled horizontal bar: the label, the bar, the score (or "not assessed").
fn bar(
    parent: &mut ChildSpawnerCommands,
    f: &Fonts,
    scale: Scale,
    label: String,
    score: Option<u8>,
    label_width: f32,
    target: bool,
) -> Entity {
    parent
        .spawn(Node {
            align_items: AlignItems::Center,
            column_gap: px(10.0),
            width: percent(100.0),
            ..default()
        })
        .with_children(|row| {
            row.spawn(Node {
                width: px(label_width * scale.0),
                flex_shrink: 0.0,
                ..default()
            })
            .with_children(|l| {
                let mark = if target { "• " } else { "" };
                l.spawn(text(
                    f,
                    scale,
                    format!("{mark}{label}"),
                    14.0,
                    if target {
                        Weight::Bold
                    } else {
                        Weight::Regular
                    },
                    INK,
                ));
            });
            row.spawn((
                Node {
                    flex_grow: 1.0,
                    height: px(14.0),
                    border_radius: BorderRadius::all(px(7.0)),
                    ..default()
                },
                BackgroundColor(Color::srgb(0.90, 0.89, 0.86)),
            ))
            .with_children(|track| {
                if let Some(s) = score {
                    track.spawn((
                        Node {
                            width: percent(f32::from(s)),
                            height: percent(100.0),
                            border_radius: BorderRadius::all(px(7.0)),
                            ..default()
                        },
                        BackgroundColor(score_color(s)),
                    ));
                }
            });
            row.spawn(Node {
                width: px(44.0 * scale.0),
                flex_shrink: 0.0,
                justify_content: JustifyContent::End,
                ..default()
            })
            .with_children(|n| {
                let shown = score.map_or("—".to_string(), |s| s.to_string());
                n.spawn(text(
                    f,
                    scale,
                    shown,
                    14.0,
                    Weight::Bold,
                    score.map_or(MUTED, score_color),
                ));
            });
        })
        .id()
}

fn competencies(
    body: &mut ChildSpawnerCommands,
    f: &Fonts,
    scale: Scale,
    a: &Assessment,
    app: &crate::i18n::Catalog,
) {
    body.spawn(card(percent(100.0), 14.0)).with_children(|c| {
        c.spawn(text(
            f,
            scale,
            app.text("report-competencies"),
            17.0,
            Weight::Bold,
            INK,
        ));
        for comp in &a.competencies.0 {
            let e = bar(
                c,
                f,
                scale,
                comp.name.clone(),
                comp.score,
                240.0,
                comp.target,
            );
            c.commands()
                .entity(e)
                .insert(CompetencyBar(comp.competency));
        }
        c.spawn(text(
            f,
            scale,
            format!(
                "• {} · — {}",
                app.text("report-target-legend"),
                app.text("report-not-assessed")
            ),
            13.0,
            Weight::Italic,
            MUTED,
        ));
    });
}

fn work_on(
    body: &mut ChildSpawnerCommands,
    f: &Fonts,
    scale: Scale,
    a: &Assessment,
    app: &crate::i18n::Catalog,
) {
    if a.to_work_on.is_empty() && a.strengths.is_empty() {
        return;
    }
    body.spawn(card(percent(100.0), 14.0)).with_children(|c| {
        if !a.strengths.is_empty() {
            let list: Vec<String> = a
                .strengths
                .iter()
                .map(|s| format!("{} ({})", s.name, s.score))
                .collect();
            c.spawn(text(
                f,
                scale,
                format!("{} {}", app.text("report-strengths"), list.join(", ")),
                15.0,
                Weight::Regular,
                GOOD,
            ));
        }
        if !a.to_work_on.is_empty() {
            c.spawn(text(
                f,
                scale,
                app.text("report-to-work-on"),
                17.0,
                Weight::Bold,
                INK,
            ));
            for w in &a.to_work_on {
                c.spawn(text(
                    f,
                    scale,
                    format!("{} ({}) — {}", w.name, w.score, w.objectives.join(" · ")),
                    15.0,
                    Weight::Bold,
                    BAD,
                ));
                c.spawn(text(f, scale, w.advice.clone(), 14.0, Weight::Regular, INK));
            }
        }
    });
}

fn turns(
    body: &mut ChildSpawnerCommands,
    f: &Fonts,
    scale: Scale,
    a: &Assessment,
    app: &crate::i18n::Catalog,
) {
    body.spawn(card(percent(100.0), 14.0)).with_children(|c| {
        c.spawn(text(
            f,
            scale,
            app.text("report-feedback"),
            17.0,
            Weight::Bold,
            INK,
        ));
        if a.feedback.is_empty() {
            c.spawn(text(
                f,
                scale,
                app.text("mode-exam-feedback-withheld"),
                14.0,
                Weight::Italic,
                MUTED,
            ));
        }
        for fb in &a.feedback {
            let debtor = a
                .transcript
                .iter()
                .find(|l| l.turn == fb.turn && l.speaker == Speaker::Debtor)
                .map(|l| l.text.clone())
                .unwrap_or_default();
            let good = fb.better.is_none();
            c.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(3.0),
                padding: UiRect::vertical(px(6.0)),
                border: UiRect::top(px(1.0)),
                ..default()
            })
            .insert(BorderColor::all(LINE))
            .with_children(|t| {
                t.spawn(text(
                    f,
                    scale,
                    format!(
                        "{} {} — {}",
                        app.text("report-turn"),
                        fb.turn,
                        a.lang.quote(&debtor)
                    ),
                    14.0,
                    Weight::Italic,
                    MUTED,
                ));
                let verdict = app.text(if good {
                    "debrief-good-answer"
                } else {
                    "debrief-could-do-better"
                });
                t.spawn(text(
                    f,
                    scale,
                    verdict,
                    13.0,
                    Weight::Bold,
                    if good { GOOD } else { BAD },
                ));
                if let Some(free) = &fb.free {
                    t.spawn(text(
                        f,
                        scale,
                        format!(
                            "{} {}",
                            app.text("free-your-words"),
                            a.lang.quote(&free.text)
                        ),
                        15.0,
                        Weight::Bold,
                        INK,
                    ));
                    t.spawn(text(
                        f,
                        scale,
                        format!(
                            "{} {}",
                            app.text("free-detected"),
                            free.detected_summary(a.lang, app)
                        ),
                        14.0,
                        Weight::Regular,
                        INK,
                    ));
                    t.spawn(text(
                        f,
                        scale,
                        app.text_args(
                            "free-understood",
                            &[("answer", FluentValue::from(a.lang.quote(&fb.said)))],
                        ),
                        14.0,
                        Weight::Regular,
                        MUTED,
                    ));
                    t.spawn(text(
                        f,
                        scale,
                        free.explanation.clone(),
                        13.0,
                        Weight::Italic,
                        MUTED,
                    ));
                } else {
                    t.spawn(text(f, scale, fb.said.clone(), 15.0, Weight::Bold, INK));
                }
                t.spawn(text(
                    f,
                    scale,
                    fb.feedback.clone(),
                    14.0,
                    Weight::Regular,
                    INK,
                ));
                if let Some(b) = &fb.better {
                    t.spawn(text(
                        f,
                        scale,
                        format!(
                            "{} {}",
                            app.text(if fb.free.is_some() {
                                "free-better"
                            } else {
                                "report-better"
                            }),
                            b.said
                        ),
                        14.0,
                        Weight::Regular,
                        ACCENT,
                    ));
                }
            });
        }
        if let Some(end) = a.transcript.last().filter(|l| l.speaker == Speaker::Debtor) {
            c.spawn(text(
                f,
                scale,
                a.lang.quote(&end.text),
                14.0,
                Weight::Italic,
                MUTED,
            ));
        }
    });
}
