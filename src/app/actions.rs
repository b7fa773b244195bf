//! Everything the trainee can do, whether by click, Enter on a focused button, or a key.
//! Screens only say which action a button carries; `apply` does the work in one place.

use bevy::input_focus::InputFocus;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::ui_widgets::{Activate, Button as WidgetButton};

use crate::i18n::Lang;

use super::audio::Sfx;
use super::library::Library;
use super::screens::Screen;
use super::session::{Selected, Session, suggest_next};
use super::settings::TextSize;
use super::{Prefs, SeedSource};

#[derive(Component, Message, Clone, Debug, PartialEq)]
pub enum UiAction {
    OpenScenario(String),
    StartCall,
    Choose(usize),
    /// Shows the debtor's line at once instead of at reading pace.
    RevealLine,
    ShowDebrief,
    Replay,
    Back,
    SetLang(Lang),
    SetTextSize(TextSize),
    VolumeDown,
    VolumeUp,
    ToggleMute,
    ToggleTimer,
    ToggleTrainer,
    ToggleFree,
    /// An answer typed in the trainee's own words.
    SendFree(String),
}

pub struct ActionsPlugin;

impl Plugin for ActionsPlugin {
    fn build(&self, app: &mut App) {
        app.add_message::<UiAction>()
            .add_observer(on_activate)
            .add_systems(Update, (keyboard, arrow_navigation, apply, refocus).chain());
    }
}

fn on_activate(ev: On<Activate>, actions: Query<&UiAction>, mut out: MessageWriter<UiAction>) {
    if let Ok(action) = actions.get(ev.entity) {
        out.write(action.clone());
    }
}

/// A settings button rebuilds its screen; keyboard focus comes back to the same button.
#[derive(Resource)]
struct Refocus(UiAction);

fn refocus(
    mut commands: Commands,
    wanted: Option<Res<Refocus>>,
    buttons: Query<(Entity, &UiAction), With<WidgetButton>>,
    mut focus: ResMut<InputFocus>,
) {
    let Some(wanted) = wanted else { return };
    if let Some((e, _)) = buttons
        .iter()
        .find(|(e, a)| **a == wanted.0 && focus.get() != Some(*e))
    {
        focus.set(e, bevy::input_focus::FocusCause::Navigated);
        commands.remove_resource::<Refocus>();
    }
}

/// Number keys pick answers; Escape goes back; Space shows the line at once.
fn keyboard(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    state: Res<State<Screen>>,
    focus: Res<InputFocus>,
    typing: Query<(), With<bevy::text::EditableText>>,
    mut out: MessageWriter<UiAction>,
) {
    let Some(keys) = keys else { return };
    // While the trainee types an answer, digits and Space are words, not shortcuts.
    let typing = focus.get().is_some_and(|e| typing.contains(e));
    const DIGITS: [(KeyCode, KeyCode); 9] = [
        (KeyCode::Digit1, KeyCode::Numpad1),
        (KeyCode::Digit2, KeyCode::Numpad2),
        (KeyCode::Digit3, KeyCode::Numpad3),
        (KeyCode::Digit4, KeyCode::Numpad4),
        (KeyCode::Digit5, KeyCode::Numpad5),
        (KeyCode::Digit6, KeyCode::Numpad6),
        (KeyCode::Digit7, KeyCode::Numpad7),
        (KeyCode::Digit8, KeyCode::Numpad8),
        (KeyCode::Digit9, KeyCode::Numpad9),
    ];
    if *state.get() == Screen::Call && !typing {
        for (i, (a, b)) in DIGITS.iter().enumerate() {
            if keys.just_pressed(*a) || keys.just_pressed(*b) {
                out.write(UiAction::Choose(i));
            }
        }
        if keys.just_pressed(KeyCode::Space) {
            out.write(UiAction::RevealLine);
        }
    }
    if keys.just_pressed(KeyCode::Escape) && *state.get() != Screen::Home {
        out.write(UiAction::Back);
    }
}

/// Arrow keys move the focus between buttons in reading order, as Tab does.
fn arrow_navigation(
    keys: Option<Res<ButtonInput<KeyCode>>>,
    mut focus: ResMut<InputFocus>,
    buttons: Query<
        (
            Entity,
            &ComputedNode,
            &UiGlobalTransform,
            &InheritedVisibility,
        ),
        (With<WidgetButton>, With<TabIndex>),
    >,
) {
    let Some(keys) = keys else { return };
    let forward = keys.any_just_pressed([KeyCode::ArrowDown, KeyCode::ArrowRight]);
    let backward = keys.any_just_pressed([KeyCode::ArrowUp, KeyCode::ArrowLeft]);
    if !forward && !backward {
        return;
    }
    let mut order: Vec<(Entity, Vec2)> = buttons
        .iter()
        .filter(|(_, node, _, vis)| vis.get() && node.size().x > 0.0)
        .map(|(e, _, t, _)| (e, t.translation))
        .collect();
    if order.is_empty() {
        return;
    }
    order.sort_by(|a, b| {
        (a.1.y, a.1.x)
            .partial_cmp(&(b.1.y, b.1.x))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let current = focus
        .get()
        .and_then(|f| order.iter().position(|(e, _)| *e == f));
    let next = match (current, forward) {
        (None, true) => 0,
        (None, false) => order.len() - 1,
        (Some(i), true) => (i + 1) % order.len(),
        (Some(i), false) => (i + order.len() - 1) % order.len(),
    };
    focus.set(order[next].0, bevy::input_focus::FocusCause::Navigated);
}

#[allow(clippy::too_many_arguments)]
fn apply(
    mut actions: MessageReader<UiAction>,
    mut commands: Commands,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    library: Res<Library>,
    mut prefs: ResMut<Prefs>,
    selected: Option<Res<Selected>>,
    mut session: Option<ResMut<Session>>,
    mut seeds: ResMut<SeedSource>,
    mut sfx: MessageWriter<Sfx>,
    mut reveal: MessageWriter<super::screens::call::RevealNow>,
    focus: Res<InputFocus>,
) {
    for action in actions.read() {
        let lang = prefs.settings.lang();
        if matches!(
            action,
            UiAction::SetLang(_)
                | UiAction::SetTextSize(_)
                | UiAction::VolumeDown
                | UiAction::VolumeUp
                | UiAction::ToggleMute
                | UiAction::ToggleTimer
                | UiAction::ToggleTrainer
                | UiAction::ToggleFree
        ) && focus.get().is_some()
        {
            commands.insert_resource(Refocus(action.clone()));
        }
        match action {
            UiAction::OpenScenario(id) => {
                if let Some(s) = library.find(id) {
                    commands.insert_resource(Selected(s));
                    sfx.write(Sfx::Click);
                    next.set(Screen::Briefing);
                }
            }
            UiAction::StartCall => {
                if let Some(sel) = &selected {
                    commands.insert_resource(Session::new(sel.0.clone(), seeds.next()));
                    next.set(Screen::Call);
                }
            }
            UiAction::Choose(i) => {
                if *state.get() != Screen::Call {
                    continue;
                }
                if let Some(session) = session.as_deref_mut() {
                    // Answers wait until the debtor has finished speaking; out-of-range keys do nothing.
                    if super::screens::call::answers_open(session) && session.choose(*i).is_ok() {
                        sfx.write(Sfx::Click);
                    }
                }
            }
            UiAction::RevealLine => {
                reveal.write(super::screens::call::RevealNow);
            }
            UiAction::ShowDebrief => {
                if let Some(session) = session.as_deref_mut()
                    && session.conversation.is_over()
                {
                    session.assess(lang, library.texts(lang));
                    prefs.record_best(session);
                    sfx.write(Sfx::Confirm);
                    next.set(Screen::Debrief);
                }
            }
            UiAction::Replay => {
                if let Some(session) = &session {
                    let scenario = library
                        .find(session.scenario.id())
                        .unwrap_or_else(|| session.scenario.clone());
                    commands.insert_resource(Selected(scenario.clone()));
                    commands.insert_resource(Session::new(scenario, seeds.next()));
                    next.set(Screen::Call);
                }
            }
            UiAction::Back => {
                sfx.write(Sfx::Click);
                next.set(match state.get() {
                    Screen::Call if session.as_ref().is_some_and(|s| !s.conversation.is_over()) => {
                        Screen::Briefing
                    }
                    _ => Screen::Home,
                });
            }
            UiAction::SetLang(l) => {
                prefs.settings.lang = Some(l.code().to_string());
                prefs.save();
                next.set(*state.get());
            }
            UiAction::SetTextSize(t) => {
                prefs.settings.text_size = *t;
                prefs.save();
                next.set(*state.get());
            }
            UiAction::VolumeDown | UiAction::VolumeUp | UiAction::ToggleMute => {
                let s = &mut prefs.settings;
                match action {
                    UiAction::VolumeDown => s.volume = s.volume.saturating_sub(10),
                    UiAction::VolumeUp => s.volume = (s.volume + 10).min(100),
                    _ => s.muted = !s.muted,
                }
                prefs.save();
                sfx.write(Sfx::Click);
                next.set(*state.get());
            }
            UiAction::ToggleTrainer => {
                prefs.settings.trainer_mode = !prefs.settings.trainer_mode;
                prefs.save();
                next.set(*state.get());
            }
            UiAction::ToggleFree => {
                prefs.settings.free_answers = !prefs.settings.free_answers;
                prefs.save();
                next.set(*state.get());
            }
            UiAction::SendFree(words) => {
                if *state.get() != Screen::Call {
                    continue;
                }
                if let Some(session) = session.as_deref_mut()
                    && super::screens::call::answers_open(session)
                    && session
                        .answer_free(words, lang, library.texts(lang))
                        .is_ok()
                {
                    sfx.write(Sfx::Click);
                }
            }
            UiAction::ToggleTimer => {
                let s = &mut prefs.settings;
                s.response_timer = if s.response_timer.is_some() {
                    None
                } else {
                    Some(20)
                };
                prefs.save();
                next.set(*state.get());
            }
        }
    }
}

/// The scenario to suggest after a debrief.
pub fn next_suggestion(library: &Library, session: &Session) -> Option<String> {
    let assessment = session.assessment.as_ref()?;
    suggest_next(session.scenario.id(), assessment, library.playable()).map(|s| s.id().to_string())
}
