//! The call: the debtor's portrait and mood, the 4 C step, the clock, the transcript, and the
//! trainee's answers. Debtor lines appear at reading pace; answers open once the line is said.

use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;
use fluent_bundle::FluentValue;

use crate::engine::{Mood, Step};
use crate::i18n::Catalog;
use crate::scenario::{Phase, message};

use super::Screen;
use crate::app::Prefs;
use crate::app::actions::UiAction;
use crate::app::audio::Sfx;
use crate::app::library::Library;
use crate::app::session::Session;
use crate::app::theme::*;

pub struct CallPlugin;

/// Shows the line being revealed in full at once.
#[derive(Message, Clone, Copy, Debug)]
pub struct RevealNow;

impl Plugin for CallPlugin {
    fn build(&self, app: &mut App) {
        app.add_message::<RevealNow>()
            .add_systems(OnEnter(Screen::Call), build)
            .add_systems(
                Update,
                (ring, sync_turns, reveal, clock, focus_free_input, send_free)
                    .chain()
                    .run_if(in_state(Screen::Call)),
            );
    }
}

/// Where the call screen is: ringing, then lines and answers.
#[derive(Resource, Default)]
pub struct CallUi {
    /// Seconds of ringing left before the debtor picks up.
    pub ringing: f32,
    /// Turns already drawn in the transcript, and requests to rephrase at the current
    /// decision (`None`: nothing drawn yet).
    shown_turns: Option<(usize, usize)>,
    /// The current debtor line and how many of its characters are shown.
    line: String,
    shown_chars: f32,
    pub line_done: bool,
    /// Seconds since pick-up, and since the current decision opened.
    pub elapsed: f32,
    pub decision_elapsed: f32,
}

/// The trainee may answer once the debtor's line has been said in full.
pub fn answers_open(session: &Session) -> bool {
    session.line_revealed && !session.conversation.is_over()
}

#[derive(Component)]
struct Transcript;
#[derive(Component)]
struct Answers;
#[derive(Component)]
struct CurrentLine;
#[derive(Component)]
struct Portrait;
#[derive(Component)]
struct MoodLabel;
#[derive(Component)]
struct PhasePill(Phase);
/// The trainer-mode line: node id and the debtor's state.
#[derive(Component)]
pub struct TrainerInfo;
/// The text field of a free answer.
#[derive(Component)]
pub struct FreeInput;
#[derive(Component)]
struct Clock;
#[derive(Component)]
struct Countdown;

fn build(
    mut commands: Commands,
    fonts: Res<Fonts>,
    prefs: Res<Prefs>,
    library: Res<Library>,
    session: Option<Res<Session>>,
    mut next: ResMut<NextState<Screen>>,
    mut sfx: MessageWriter<Sfx>,
    mut focus: ResMut<InputFocus>,
    assets: Option<Res<AssetServer>>,
) {
    let Some(session) = session else {
        next.set(Screen::Home);
        return;
    };
    focus.clear();
    let (lang, scale) = prefs.look();
    let app = library.texts(lang);
    let texts = session.scenario.texts(lang);
    let f = &*fonts;
    let fresh = session.conversation.transcript().turns.is_empty() && !session.line_revealed;
    let instant = prefs.settings.reading_speed == 0;
    commands.insert_resource(CallUi {
        ringing: if fresh && !instant { 2.5 } else { 0.0 },
        ..default()
    });
    if fresh && !instant {
        sfx.write(Sfx::Ring);
    }

    commands
        .spawn(screen_root(Screen::Call))
        .with_children(|root| {
            root.spawn(Node {
                justify_content: JustifyContent::SpaceBetween,
                align_items: AlignItems::Center,
                column_gap: px(16.0),
                ..default()
            })
            .with_children(|bar| {
                bar.spawn(text(
                    f,
                    scale,
                    texts.text(message::TITLE),
                    20.0,
                    Weight::Bold,
                    INK,
                ));
                bar.spawn(Node {
                    column_gap: px(6.0),
                    ..default()
                })
                .with_children(|pills| {
                    for phase in Phase::ALL {
                        pills
                            .spawn((
                                PhasePill(phase),
                                Node {
                                    padding: UiRect::axes(px(12.0), px(5.0)),
                                    border: UiRect::all(px(1.0)),
                                    border_radius: BorderRadius::all(px(14.0)),
                                    ..default()
                                },
                                BackgroundColor(CARD),
                                BorderColor::all(LINE),
                            ))
                            .with_children(|p| {
                                p.spawn(text(
                                    f,
                                    scale,
                                    app.text(&format!("phase-{}", phase.id())),
                                    14.0,
                                    Weight::Bold,
                                    MUTED,
                                ));
                            });
                    }
                });
                bar.spawn(Node {
                    column_gap: px(14.0),
                    ..default()
                })
                .with_children(|clocks| {
                    clocks.spawn((Clock, text(f, scale, "00:00", 18.0, Weight::Bold, INK)));
                    clocks.spawn((Countdown, text(f, scale, "", 18.0, Weight::Bold, WARN)));
                });
            });
            root.spawn(Node {
                flex_grow: 1.0,
                min_height: px(0.0),
                column_gap: px(24.0),
                ..default()
            })
            .with_children(|main| {
                main.spawn(Node {
                    width: px(260.0),
                    flex_shrink: 0.0,
                    flex_direction: FlexDirection::Column,
                    align_items: AlignItems::Center,
                    row_gap: px(10.0),
                    ..default()
                })
                .with_children(|left| {
                    let calm = format!(
                        "portraits/{}/calm.png",
                        session.scenario.scenario.portrait.id()
                    );
                    left.spawn((
                        Portrait,
                        ImageNode::new(assets.as_ref().map(|a| a.load(calm)).unwrap_or_default()),
                        Node {
                            width: px(240.0),
                            height: px(240.0),
                            ..default()
                        },
                    ));
                    left.spawn((MoodLabel, text(f, scale, "", 16.0, Weight::Italic, MUTED)));
                    left.spawn(text(
                        f,
                        scale,
                        app.text(if prefs.settings.free_answers {
                            "call-keys-hint-free"
                        } else {
                            "call-keys-hint"
                        }),
                        13.0,
                        Weight::Regular,
                        MUTED,
                    ));
                });
                main.spawn(Node {
                    flex_grow: 1.0,
                    min_width: px(0.0),
                    flex_direction: FlexDirection::Column,
                    row_gap: px(12.0),
                    ..default()
                })
                .with_children(|right| {
                    // Replaced by the transcript once the debtor picks up.
                    let ringing = if fresh && !instant {
                        app.text("call-ringing")
                    } else {
                        String::new()
                    };
                    right.spawn((
                        Transcript,
                        ScrollArea,
                        Node {
                            flex_direction: FlexDirection::Column,
                            flex_grow: 1.0,
                            min_height: px(0.0),
                            row_gap: px(8.0),
                            overflow: Overflow::scroll_y(),
                            ..default()
                        },
                        children![text(f, scale, ringing, 18.0, Weight::Italic, MUTED)],
                    ));
                    right.spawn((
                        Answers,
                        Node {
                            flex_direction: FlexDirection::Column,
                            row_gap: px(8.0),
                            flex_shrink: 0.0,
                            ..default()
                        },
                    ));
                });
            });
        });
}

fn ring(
    time: Res<Time>,
    mut ui: ResMut<CallUi>,
    mut reveal: MessageReader<RevealNow>,
    mut sfx: MessageWriter<Sfx>,
) {
    if ui.ringing <= 0.0 {
        return;
    }
    let skip = reveal.read().count() > 0;
    ui.ringing -= time.delta_secs();
    if skip || ui.ringing <= 0.0 {
        ui.ringing = 0.0;
        sfx.write(Sfx::Pickup);
    }
}

fn bubble(f: &Fonts, scale: Scale, words: String, debtor: bool) -> impl Bundle {
    (
        Node {
            max_width: percent(85.0),
            align_self: if debtor {
                AlignSelf::Start
            } else {
                AlignSelf::End
            },
            padding: UiRect::axes(px(14.0), px(9.0)),
            border_radius: BorderRadius::all(px(12.0)),
            ..default()
        },
        BackgroundColor(if debtor {
            DEBTOR_BUBBLE
        } else {
            TRAINEE_BUBBLE
        }),
        children![text(f, scale, words, 16.0, Weight::Regular, INK)],
    )
}

/// Redraws the transcript and the answers whenever a turn is played.
#[allow(clippy::too_many_arguments)]
fn sync_turns(
    mut commands: Commands,
    fonts: Res<Fonts>,
    prefs: Res<Prefs>,
    library: Res<Library>,
    assets: Option<Res<AssetServer>>,
    mut session: ResMut<Session>,
    mut ui: ResMut<CallUi>,
    transcript: Single<(Entity, &mut ScrollPosition), With<Transcript>>,
    answers: Single<Entity, With<Answers>>,
    mut portrait: Single<&mut ImageNode, With<Portrait>>,
    mut mood: Single<&mut Text, With<MoodLabel>>,
    mut pills: Query<(&PhasePill, &mut BackgroundColor, &mut BorderColor)>,
    mut sfx: MessageWriter<Sfx>,
    learner: Res<crate::app::learner::Learner>,
) {
    let practice = learner.mode == crate::record::Mode::Practice;
    let turns = session.conversation.transcript().turns.len();
    let drawn = (turns, session.rephrasing.len());
    if ui.ringing > 0.0 || ui.shown_turns == Some(drawn) {
        return;
    }
    let first_draw = ui.shown_turns.is_none();
    // A request to rephrase redraws the same decision: its line was already said.
    let same_decision = ui.shown_turns.is_some_and(|(t, _)| t == turns);
    ui.shown_turns = Some(drawn);
    let (lang, scale) = prefs.look();
    let app: &Catalog = library.texts(lang);
    let texts = session.scenario.texts(lang);
    let f = &*fonts;
    let (transcript_entity, mut scroll) = transcript.into_inner();
    commands
        .entity(transcript_entity)
        .despawn_related::<Children>();
    commands.entity(*answers).despawn_related::<Children>();

    for t in &session.conversation.transcript().turns {
        let line = texts
            .variant(&t.node, t.line_pick)
            .unwrap_or_else(|| texts.text(&t.node));
        let said = match &t.free {
            Some(free) => free.text.clone(),
            None => texts.text(&message::option(&t.node, &t.option)),
        };
        commands.entity(transcript_entity).with_children(|c| {
            c.spawn(bubble(f, scale, line, true));
            if let Some(free) = &t.free {
                for (words, request) in free.rephrased.iter().zip(rephrase_lines(app)) {
                    c.spawn(bubble(f, scale, words.clone(), false));
                    c.spawn(bubble(f, scale, request, true));
                }
            }
            c.spawn(bubble(f, scale, said, false));
            if let Some(free) = &t.free {
                c.spawn(understood_caption(f, scale, app, free));
            }
            // Practice comments each answer as it is given; an exam keeps that for the end.
            if practice
                && let Some(comment) =
                    texts.attr(&message::option(&t.node, &t.option), message::FEEDBACK)
            {
                c.spawn(practice_note(
                    f,
                    scale,
                    format!("{} {comment}", app.text("feedback-header")),
                    AlignSelf::End,
                ));
            }
        });
    }
    let step = session.conversation.step();
    let (current_id, pick, phase, talk) = match &step {
        Ok(Step::Decision { talk, line_pick }) => {
            (talk.id.clone(), *line_pick, talk.phase, Some(*talk))
        }
        Ok(Step::Ended { end, line_pick }) => (end.id.clone(), *line_pick, Phase::Conclure, None),
        Err(_) => return,
    };
    let full = texts
        .variant(&current_id, pick)
        .unwrap_or_else(|| texts.text(&current_id));
    let instant = prefs.settings.reading_speed == 0;
    // Coming back to a call already under way (language change) shows the line at once.
    let already_said = (first_draw || same_decision) && session.line_revealed;
    commands.entity(transcript_entity).with_children(|c| {
        c.spawn((
            Node {
                max_width: percent(85.0),
                align_self: AlignSelf::Start,
                padding: UiRect::axes(px(14.0), px(9.0)),
                border_radius: BorderRadius::all(px(12.0)),
                border: UiRect::all(px(2.0)),
                ..default()
            },
            BackgroundColor(DEBTOR_BUBBLE),
            BorderColor::all(ACCENT),
        ))
        .with_children(|b| {
            b.spawn((
                CurrentLine,
                text(
                    f,
                    scale,
                    if instant || already_said {
                        full.clone()
                    } else {
                        String::new()
                    },
                    17.0,
                    Weight::Regular,
                    INK,
                ),
            ));
        });
    });
    ui.line = full;
    ui.shown_chars = if instant || already_said {
        f32::MAX
    } else {
        0.0
    };
    ui.line_done = instant || already_said;
    if !same_decision {
        ui.decision_elapsed = 0.0;
    }
    let line_done = ui.line_done;
    scroll.0.y = f32::MAX;
    for (words, request) in &session.rephrasing {
        commands.entity(transcript_entity).with_children(|c| {
            c.spawn(bubble(f, scale, words.clone(), false));
            c.spawn(bubble(f, scale, request.clone(), true));
        });
    }

    let trainer = prefs.settings.trainer_mode;
    if trainer {
        let state = session.conversation.state();
        let g = state.gauges;
        let flags: Vec<&str> = state.flags.iter().map(String::as_str).collect();
        let info = format!(
            "{} · tension {} · trust {} · willingness {} · flags [{}]",
            app.text_args(
                "call-trainer-node",
                &[("node", FluentValue::from(current_id.clone()))]
            ),
            g.tension,
            g.trust,
            g.willingness,
            flags.join(", ")
        );
        commands.entity(transcript_entity).with_children(|c| {
            c.spawn((
                TrainerInfo,
                text(f, scale, info, 13.0, Weight::Italic, ACCENT),
            ));
        });
    }
    let visibility = if ui.line_done {
        Visibility::Inherited
    } else {
        Visibility::Hidden
    };
    let free = prefs.settings.free_answers;
    if practice && let Some(talk) = talk {
        commands.entity(*answers).with_children(|a| {
            for cue in &talk.cues {
                let hint = format!(
                    "{} {}",
                    app.text("hint-header"),
                    app.text(&format!("hint-{}", cue.id()))
                );
                a.spawn((
                    PracticeHint,
                    practice_note(f, scale, hint, AlignSelf::Start),
                    visibility,
                ));
            }
        });
    }
    commands.entity(*answers).with_children(|a| match talk {
        Some(talk) if free && talk.free_text => {
            a.spawn((
                text(
                    f,
                    scale,
                    app.text("free-placeholder"),
                    14.0,
                    Weight::Italic,
                    MUTED,
                ),
                visibility,
            ));
            a.spawn((free_input(f, scale), visibility));
        }
        Some(talk) => {
            for (i, option) in talk.options.iter().enumerate() {
                let mut said = texts.text(&message::option(&talk.id, &option.id));
                if trainer {
                    let tags: Vec<&str> = option.tags.iter().map(|t| t.id()).collect();
                    let value = crate::scoring::choice_value(talk, option);
                    said = format!("{said}\n[{}] {} · {value:.2}", option.id, tags.join(", "));
                }
                a.spawn((answer_button(f, scale, i, said), visibility));
            }
        }
        None => {
            a.spawn((
                button(
                    f,
                    scale,
                    app.text("call-see-debrief"),
                    UiAction::ShowDebrief,
                    true,
                ),
                visibility,
                bevy::input_focus::AutoFocus,
            ));
        }
    });
    if talk.is_none() && !first_draw {
        sfx.write(Sfx::HangUp);
    }

    let state = session.conversation.state();
    let current_mood = Mood::of(state, talk);
    mood.0 = app.text_args(
        "call-mood",
        &[(
            "mood",
            FluentValue::from(app.text(&format!("mood-{}", current_mood.id()))),
        )],
    );
    if let Some(assets) = assets {
        let set = session.scenario.scenario.portrait.id();
        portrait.image = assets.load(format!("portraits/{set}/{}.png", current_mood.id()));
    }
    for (pill, mut bg, mut border) in &mut pills {
        let on = pill.0 == phase;
        bg.0 = if on { ACCENT_SOFT } else { CARD };
        *border = BorderColor::all(if on { ACCENT } else { LINE });
    }
    session.line_revealed = line_done;
}

/// A hint before answering, shown in practice only; tests look for it.
#[derive(Component)]
pub struct PracticeHint;

/// A practice hint (before answering) or comment (after), in the muted voice of a coach.
fn practice_note(f: &Fonts, scale: Scale, words: String, side: AlignSelf) -> impl Bundle {
    (
        Node {
            max_width: percent(85.0),
            align_self: side,
            ..default()
        },
        children![text(f, scale, words, 13.0, Weight::Italic, ACCENT)],
    )
}

/// The debtor's requests to rephrase, in order.
fn rephrase_lines(app: &Catalog) -> impl Iterator<Item = String> + '_ {
    (0u32..).map(|i| app.variant("free-rephrase", i).unwrap_or_default())
}

/// Under a free answer: what was detected and how it was understood.
fn understood_caption(
    f: &Fonts,
    scale: Scale,
    app: &Catalog,
    free: &crate::engine::FreeAnswer,
) -> impl Bundle {
    let names: Vec<String> = free
        .techniques()
        .into_iter()
        .map(|t| crate::assessment::technique_name(t, app))
        .collect();
    let detected = if names.is_empty() {
        app.text("free-detected-none")
    } else {
        names.join(", ")
    };
    let mut caption = format!("{} {detected}", app.text("free-detected"));
    if free.resolution != crate::engine::Resolution::Understood {
        let id = match free.resolution {
            crate::engine::Resolution::Unclear => "free-unclear",
            _ => "free-closest",
        };
        let percent = FluentValue::from((free.confidence * 100.0).round() as i64);
        caption.push_str(" · ");
        caption.push_str(&app.text_args(
            id,
            &[
                ("percent", percent),
                ("tries", FluentValue::from(free.rephrased.len())),
            ],
        ));
    }
    (
        Node {
            max_width: percent(85.0),
            align_self: AlignSelf::End,
            ..default()
        },
        children![text(f, scale, caption, 13.0, Weight::Italic, MUTED)],
    )
}

/// The text field where the trainee types an answer; Enter sends it.
fn free_input(f: &Fonts, scale: Scale) -> impl Bundle {
    let mut field = bevy::text::EditableText {
        max_characters: Some(crate::engine::free_text::MAX_FREE_CHARS),
        ..default()
    };
    field.visible_lines = Some(1.0);
    (
        FreeInput,
        field,
        TextFont {
            font: f.regular.clone().into(),
            font_size: FontSize::Px(17.0 * scale.0),
            ..default()
        },
        TextColor(INK),
        bevy::input_focus::tab_navigation::TabIndex(0),
        Node {
            width: percent(100.0),
            padding: UiRect::axes(px(14.0), px(10.0)),
            border: UiRect::all(px(2.0)),
            border_radius: BorderRadius::all(px(8.0)),
            ..default()
        },
        BackgroundColor(CARD),
        BorderColor::all(ACCENT),
    )
}

/// Puts the keyboard in the text field as soon as it opens.
fn focus_free_input(
    ui: Res<CallUi>,
    mut focus: ResMut<InputFocus>,
    input: Query<Entity, With<FreeInput>>,
) {
    if !ui.line_done || focus.get().is_some() {
        return;
    }
    if let Some(e) = input.iter().next() {
        focus.set(e, bevy::input_focus::FocusCause::Navigated);
    }
}

/// Enter sends the typed answer.
fn send_free(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    focus: Res<InputFocus>,
    mut input: Query<(Entity, &mut bevy::text::EditableText), With<FreeInput>>,
    mut out: MessageWriter<UiAction>,
) {
    let Some(keys) = keys else { return };
    if !keys.any_just_pressed([KeyCode::Enter, KeyCode::NumpadEnter]) {
        return;
    }
    for (e, mut field) in &mut input {
        if focus.get() != Some(e) {
            continue;
        }
        let words = field.value().to_string();
        if words.trim().is_empty() {
            continue;
        }
        field.clear();
        out.write(UiAction::SendFree(words));
    }
}

/// An answer as a wide button: its number (the key that plays it) and its words.
fn answer_button(f: &Fonts, scale: Scale, index: usize, said: String) -> impl Bundle {
    (
        bevy::ui_widgets::Button,
        bevy::input_focus::tab_navigation::TabIndex(0),
        bevy::picking::hover::Hovered::default(),
        UiAction::Choose(index),
        ButtonLook { normal: CARD },
        Node {
            width: percent(100.0),
            padding: UiRect::axes(px(14.0), px(9.0)),
            column_gap: px(10.0),
            border: UiRect::all(px(1.0)),
            border_radius: BorderRadius::all(px(8.0)),
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(CARD),
        BorderColor::all(ACCENT),
        children![
            text(
                f,
                scale,
                format!("{}", index + 1),
                18.0,
                Weight::Bold,
                ACCENT
            ),
            (
                Node {
                    flex_grow: 1.0,
                    flex_shrink: 1.0,
                    min_width: px(0.0),
                    ..default()
                },
                children![text(f, scale, said, 16.0, Weight::Regular, INK)]
            ),
        ],
    )
}

/// Shows the debtor's line a few characters at a time, then opens the answers.
fn reveal(
    time: Res<Time>,
    prefs: Res<Prefs>,
    mut ui: ResMut<CallUi>,
    mut session: ResMut<Session>,
    mut now: MessageReader<RevealNow>,
    mut line: Query<&mut Text, With<CurrentLine>>,
    answers: Query<&Children, With<Answers>>,
    mut visibility: Query<&mut Visibility>,
) {
    let skip = now.read().count() > 0;
    if ui.line_done || ui.ringing > 0.0 {
        return;
    }
    let total = ui.line.chars().count() as f32;
    ui.shown_chars = if skip {
        total
    } else {
        ui.shown_chars + prefs.settings.reading_speed as f32 * time.delta_secs()
    };
    let shown: String = ui.line.chars().take(ui.shown_chars as usize).collect();
    for mut t in &mut line {
        t.0 = shown.clone();
    }
    if ui.shown_chars >= total {
        ui.line_done = true;
        session.line_revealed = true;
        for children in &answers {
            for child in children.iter() {
                if let Ok(mut v) = visibility.get_mut(child) {
                    *v = Visibility::Inherited;
                }
            }
        }
    }
}

/// The call clock, and the response timer when the trainee practises against the clock.
fn clock(
    time: Res<Time>,
    prefs: Res<Prefs>,
    learner: Res<crate::app::learner::Learner>,
    library: Res<Library>,
    mut ui: ResMut<CallUi>,
    mut session: ResMut<Session>,
    mut clock: Query<&mut Text, (With<Clock>, Without<Countdown>)>,
    mut countdown: Query<&mut Text, (With<Countdown>, Without<Clock>)>,
) {
    if session.conversation.is_over() {
        for mut t in &mut countdown {
            t.0.clear();
        }
        return;
    }
    if ui.ringing > 0.0 {
        return;
    }
    ui.elapsed += time.delta_secs();
    let secs = ui.elapsed as u32;
    for mut t in &mut clock {
        t.0 = format!("{:02}:{:02}", secs / 60, secs % 60);
    }
    let Some(limit) = learner.response_timer(prefs.settings.response_timer) else {
        return;
    };
    if !ui.line_done {
        return;
    }
    ui.decision_elapsed += time.delta_secs();
    let left = (limit as f32 - ui.decision_elapsed).max(0.0).ceil() as u32;
    let app = library.texts(prefs.settings.lang());
    for mut t in &mut countdown {
        t.0 = app.text_args("call-countdown", &[("seconds", FluentValue::from(left))]);
    }
    if ui.decision_elapsed >= limit as f32 {
        let _ = session.time_out();
    }
}
