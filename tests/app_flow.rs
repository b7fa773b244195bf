//! A whole call driven through the app's ECS without a window: clicks (button activation),
//! number keys, state transitions, and the assessment at the end.
#![cfg(feature = "desktop")]

use std::time::Duration;

use amiable::app::actions::UiAction;
use amiable::app::screens::Screen;
use amiable::app::screens::debrief::CompetencyBar;
use amiable::app::screens::home::ScenarioCard;
use amiable::app::session::Session;
use amiable::app::{CorePlugins, Prefs};
use amiable::engine::Step;
use amiable::scoring;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;
use bevy::ui_widgets::Activate;

fn app(reading_speed: u32) -> App {
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(ButtonInput::<KeyCode>::default())
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
            100,
        )))
        .init_resource::<InputFocus>()
        .add_plugins(CorePlugins {
            prefs_from_disk: false,
        });
    {
        let mut prefs = app.world_mut().resource_mut::<Prefs>();
        prefs.settings.reading_speed = reading_speed;
        prefs.settings.lang = Some("fr".into());
    }
    app.update();
    app
}

/// The app with a new profile as the learner's, in a records folder of the test's own.
fn app_with_profile(tag: &str, pseudonym: &str) -> (App, std::path::PathBuf) {
    use amiable::app::learner::Learner;
    use amiable::record::Records;
    let dir = std::env::temp_dir().join(format!("amiable-app-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let mut app = app(0);
    {
        let mut learner = app.world_mut().resource_mut::<Learner>();
        learner.records = Records::at(&dir);
        let profile = learner.records.create(pseudonym).unwrap();
        learner.profile = Some(profile);
    }
    (app, dir)
}

/// Answers every statement of the questionnaire with the button of the step `step_for` gives
/// its position.
fn answer_quiz(app: &mut App, step_for: impl Fn(amiable::record::quiz::Position) -> u8) {
    use amiable::app::screens::quiz::QuizAnswer;
    for position in amiable::record::quiz::STATEMENTS {
        let step = step_for(position);
        let world = app.world_mut();
        let entity = world
            .query::<(Entity, &QuizAnswer)>()
            .iter(world)
            .find(|(_, a)| a.0 == step)
            .map(|(e, _)| e)
            .expect("an answer button");
        world.trigger(Activate { entity });
        app.update();
        app.update();
    }
}

fn screen(app: &App) -> Screen {
    *app.world().resource::<State<Screen>>().get()
}

/// Activates the button carrying `action`, as a click or Enter on it would.
fn activate(app: &mut App, action: &UiAction) {
    let world = app.world_mut();
    let entity = world
        .query::<(Entity, &UiAction)>()
        .iter(world)
        .find(|(_, a)| *a == action)
        .map(|(e, _)| e)
        .unwrap_or_else(|| panic!("no button for {action:?}"));
    world.trigger(Activate { entity });
    app.update();
    app.update();
}

fn press(app: &mut App, key: KeyCode) {
    app.world_mut()
        .resource_mut::<ButtonInput<KeyCode>>()
        .press(key);
    app.update();
    let mut keys = app.world_mut().resource_mut::<ButtonInput<KeyCode>>();
    keys.release(key);
    keys.clear();
    app.update();
}

const DIGITS: [KeyCode; 9] = [
    KeyCode::Digit1,
    KeyCode::Digit2,
    KeyCode::Digit3,
    KeyCode::Digit4,
    KeyCode::Digit5,
    KeyCode::Digit6,
    KeyCode::Digit7,
    KeyCode::Digit8,
    KeyCode::Digit9,
];

fn best_key(app: &App) -> KeyCode {
    let session = app.world().resource::<Session>();
    let Ok(Step::Decision { talk, .. }) = session.conversation.step() else {
        panic!("no decision")
    };
    DIGITS[scoring::best_choice(talk)]
}

#[test]
fn a_whole_call_from_catalogue_to_debrief() {
    let mut app = app(0);
    assert_eq!(screen(&app), Screen::Home);
    let cards = app
        .world_mut()
        .query::<&ScenarioCard>()
        .iter(app.world())
        .count();
    assert!(cards >= 5, "catalogue shows {cards} cards");

    activate(
        &mut app,
        &UiAction::OpenScenario("aggressive-debtor".into()),
    );
    assert_eq!(screen(&app), Screen::Briefing);
    activate(&mut app, &UiAction::StartCall);
    assert_eq!(screen(&app), Screen::Call);
    app.update();

    let mut answers = 0;
    while !app.world().resource::<Session>().conversation.is_over() {
        let before = app
            .world()
            .resource::<Session>()
            .conversation
            .transcript()
            .turns
            .len();
        let key = best_key(&app);
        press(&mut app, key);
        app.update();
        let after = app
            .world()
            .resource::<Session>()
            .conversation
            .transcript()
            .turns
            .len();
        assert_eq!(after, before + 1, "one key press plays one answer");
        answers += 1;
        assert!(answers < 60, "the call does not end");
    }
    assert!(answers >= 10, "{answers} answers");
    activate(&mut app, &UiAction::ShowDebrief);
    assert_eq!(screen(&app), Screen::Debrief);
    let session = app.world().resource::<Session>();
    let assessment = session.assessment.as_ref().expect("assessment produced");
    assert!(assessment.finished);
    assert!(
        assessment.overall >= 80,
        "best answers: overall {}",
        assessment.overall
    );
    assert_eq!(assessment.lang, amiable::i18n::Lang::Fr);
    let bars = app
        .world_mut()
        .query::<&CompetencyBar>()
        .iter(app.world())
        .count();
    assert_eq!(bars, 11);
    let overall = assessment_overall(&app);
    assert_eq!(
        app.world()
            .resource::<Prefs>()
            .best
            .get("aggressive-debtor"),
        Some(&overall)
    );

    // Switching language (from the home screen's buttons, here as their message) rewrites
    // the debrief in English.
    app.world_mut()
        .write_message(UiAction::SetLang(amiable::i18n::Lang::En));
    app.update();
    app.update();
    let a = app
        .world()
        .resource::<Session>()
        .assessment
        .as_ref()
        .unwrap();
    assert_eq!(a.lang, amiable::i18n::Lang::En);

    activate(&mut app, &UiAction::Back);
    assert_eq!(screen(&app), Screen::Home);
}

fn assessment_overall(app: &App) -> u8 {
    app.world()
        .resource::<Session>()
        .assessment
        .as_ref()
        .unwrap()
        .overall
}

#[test]
fn answers_wait_for_the_debtor_to_finish_speaking() {
    let mut app = app(60);
    activate(&mut app, &UiAction::OpenScenario("talkative-debtor".into()));
    activate(&mut app, &UiAction::StartCall);
    assert_eq!(screen(&app), Screen::Call);
    // Still ringing, then the line is being said: number keys do nothing yet.
    press(&mut app, KeyCode::Digit1);
    assert_eq!(
        app.world()
            .resource::<Session>()
            .conversation
            .transcript()
            .turns
            .len(),
        0
    );
    // Space skips the ringing, then the line.
    press(&mut app, KeyCode::Space);
    press(&mut app, KeyCode::Space);
    app.update();
    assert!(app.world().resource::<Session>().line_revealed);
    press(&mut app, KeyCode::Digit1);
    assert_eq!(
        app.world()
            .resource::<Session>()
            .conversation
            .transcript()
            .turns
            .len(),
        1
    );
    // A key beyond the offered answers is ignored, not an error.
    for _ in 0..40 {
        app.update();
    }
    press(&mut app, KeyCode::Digit9);
    assert_eq!(
        app.world()
            .resource::<Session>()
            .conversation
            .transcript()
            .turns
            .len(),
        1
    );
}

#[test]
fn escape_leaves_the_briefing_and_the_response_timer_answers_for_a_silent_trainee() {
    let mut app = app(0);
    activate(
        &mut app,
        &UiAction::OpenScenario("b2b-invoice-dispute".into()),
    );
    press(&mut app, KeyCode::Escape);
    assert_eq!(screen(&app), Screen::Home);

    app.world_mut()
        .resource_mut::<Prefs>()
        .settings
        .response_timer = Some(2);
    activate(
        &mut app,
        &UiAction::OpenScenario("b2b-invoice-dispute".into()),
    );
    activate(&mut app, &UiAction::StartCall);
    for _ in 0..30 {
        app.update();
    }
    let session = app.world().resource::<Session>();
    assert!(
        !session.timed_out.is_empty(),
        "2 s at 100 ms a frame: the timer ran out"
    );
    assert_eq!(session.timed_out[0], 1);
}

#[test]
fn trainer_mode_shows_diagnostics_node_ids_and_tags() {
    let mut app = app(0);
    activate(&mut app, &UiAction::ToggleTrainer);
    assert!(app.world().resource::<Prefs>().settings.trainer_mode);
    let texts = |app: &mut App| {
        let world = app.world_mut();
        world
            .query::<&Text>()
            .iter(world)
            .map(|t| t.0.clone())
            .collect::<Vec<_>>()
            .join("\n")
    };
    let home = texts(&mut app);
    assert!(
        home.contains("Aucun problème dans les scénarios."),
        "{home}"
    );

    activate(
        &mut app,
        &UiAction::OpenScenario("aggressive-debtor".into()),
    );
    activate(&mut app, &UiAction::StartCall);
    app.update();
    let call = texts(&mut app);
    assert!(call.contains("Nœud\u{a0}: opening"), "{call}");
    assert!(
        call.contains("[identify] identification"),
        "answers show their id and tags: {call}"
    );
}

/// Plays the scenario's best answers to the end, then opens the debrief.
fn play_best_to_debrief(app: &mut App) {
    let mut answers = 0;
    while !app.world().resource::<Session>().conversation.is_over() {
        let key = best_key(app);
        press(app, key);
        app.update();
        answers += 1;
        assert!(answers < 60, "the call does not end");
    }
    activate(app, &UiAction::ShowDebrief);
    assert_eq!(screen(app), Screen::Debrief);
}

#[test]
fn an_exam_is_recorded_in_the_profile_without_replay_or_answer_detail() {
    use amiable::app::learner::{Learner, LearnerAction};
    use amiable::record::{Mode, Records};
    let (mut app, dir) = app_with_profile("exam", "Camille");
    {
        let mut learner = app.world_mut().resource_mut::<Learner>();
        learner.record_calls = true;
        learner.mode = Mode::Exam;
    }
    activate(&mut app, &UiAction::OpenScenario("talkative-debtor".into()));
    activate(&mut app, &UiAction::StartCall);
    app.update();
    // Two answers in, the journal holds them.
    for _ in 0..2 {
        let key = best_key(&app);
        press(&mut app, key);
        app.update();
    }
    let profile = Records::at(&dir).find("camille").unwrap();
    let pending = profile
        .pending_call()
        .unwrap()
        .expect("the call is journaled");
    assert_eq!(pending.answers.len(), 2);
    assert_eq!(pending.header.mode, Mode::Exam);
    play_best_to_debrief(&mut app);
    let history = profile.history();
    assert_eq!(history.attempts.len(), 1, "{:?}", history.warnings);
    let attempt = &history.attempts[0];
    assert!(attempt.finished && attempt.positioning);
    assert_eq!(attempt.mode, Mode::Exam);
    assert!(profile.pending_call().unwrap().is_none());
    // The record keeps the per-answer detail; the trainee's debrief does not show it.
    assert!(
        attempt.assessment["feedback"]
            .as_array()
            .is_some_and(|f| !f.is_empty())
    );
    let session = app.world().resource::<Session>();
    assert!(session.assessment.as_ref().unwrap().feedback.is_empty());
    let replay = app
        .world_mut()
        .query::<&UiAction>()
        .iter(app.world())
        .any(|a| *a == UiAction::Replay);
    assert!(!replay, "an exam cannot be replayed from its debrief");
    // From the progress screen, the trainee saves the report a trainer can print.
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Progress);
    app.update();
    app.update();
    let world = app.world_mut();
    let entity = world
        .query::<(Entity, &LearnerAction)>()
        .iter(world)
        .find(|(_, a)| **a == LearnerAction::SaveReport)
        .map(|(e, _)| e)
        .expect("a save-report button on the progress screen");
    world.trigger(Activate { entity });
    app.update();
    app.update();
    let reports: Vec<_> = std::fs::read_dir(profile.dir.join("reports"))
        .expect("a reports folder")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    assert_eq!(reports.len(), 1);
    let html = std::fs::read_to_string(&reports[0]).unwrap();
    assert!(html.contains("Carnet d’apprentissage de Camille") && html.contains("<svg"));
    let notice = app
        .world()
        .resource::<Learner>()
        .report_notice
        .clone()
        .unwrap();
    assert!(notice.contains("Rapport enregistré"), "{notice}");
    let shown = app
        .world_mut()
        .query::<&Text>()
        .iter(app.world())
        .any(|t| t.0.contains("Rapport enregistré"));
    assert!(shown, "the progress screen says where the report is");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_questionnaire_gives_a_profile_across_the_four_positions() {
    use amiable::app::screens::quiz::QuizState;
    use amiable::record::quiz::Position;
    let mut app = app(0);
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Quiz);
    app.update();
    app.update();
    answer_quiz(&mut app, |p| if p == Position::Assertive { 3 } else { 0 });
    let state = app.world().resource::<QuizState>();
    let result = state.result.as_ref().expect("scored after 20 answers");
    assert_eq!(result.dominant, Position::Assertive);
    assert_eq!(result.scores[&Position::Assertive], 100);
    assert_eq!(screen(&app), Screen::Quiz);
}

#[test]
fn a_free_answer_is_understood_and_shown_in_the_debrief() {
    let mut app = app(0);
    app.world_mut()
        .resource_mut::<Prefs>()
        .settings
        .free_answers = true;
    activate(
        &mut app,
        &UiAction::OpenScenario("aggressive-debtor".into()),
    );
    activate(&mut app, &UiAction::StartCall);
    for _ in 0..5 {
        app.update();
    }
    app.world_mut().write_message(UiAction::SendFree(
        "Je comprends que vous soyez en colère, monsieur. Pouvez-vous m'expliquer ce qui s'est passé ?"
            .into(),
    ));
    app.update();
    app.update();
    let session = app.world().resource::<Session>();
    let turn = &session.conversation.transcript().turns[0];
    let free = turn.free.as_ref().expect("the typed answer was played");
    assert_eq!(free.matched, "identify");
    assert!(
        free.detections
            .iter()
            .any(|d| d.id == amiable::scenario::Technique::Empathy)
    );
    while !app.world().resource::<Session>().conversation.is_over() {
        let key = best_key(&app);
        press(&mut app, key);
        app.update();
    }
    activate(&mut app, &UiAction::ShowDebrief);
    let session = app.world().resource::<Session>();
    let feedback = &session.assessment.as_ref().unwrap().feedback[0];
    assert!(
        feedback.free.is_some(),
        "the debrief shows what was detected"
    );
}

#[test]
fn practice_hints_before_answering_and_comments_after_while_an_exam_shows_neither() {
    use amiable::app::learner::Learner;
    use amiable::app::screens::call::PracticeHint;
    use amiable::record::Mode;
    let count_notes = |app: &mut App| {
        let hints = app
            .world_mut()
            .query::<&PracticeHint>()
            .iter(app.world())
            .count();
        let comments = app
            .world_mut()
            .query::<&Text>()
            .iter(app.world())
            .filter(|t| t.0.starts_with("Commentaire"))
            .count();
        (hints, comments)
    };
    for mode in [Mode::Practice, Mode::Exam] {
        let mut app = app(0);
        {
            let mut learner = app.world_mut().resource_mut::<Learner>();
            learner.profile = None;
            learner.mode = mode;
        }
        activate(
            &mut app,
            &UiAction::OpenScenario("aggressive-debtor".into()),
        );
        activate(&mut app, &UiAction::StartCall);
        app.update();
        let mut seen_hints = 0;
        let mut answers = 0;
        while !app.world().resource::<Session>().conversation.is_over() && answers < 4 {
            seen_hints += count_notes(&mut app).0;
            let key = best_key(&app);
            press(&mut app, key);
            app.update();
            answers += 1;
        }
        let (_, comments) = count_notes(&mut app);
        match mode {
            Mode::Practice => {
                assert!(seen_hints > 0, "the debtor's cues give hints in practice");
                assert_eq!(comments, answers, "one comment per answer given");
            }
            Mode::Exam => assert_eq!((seen_hints, comments), (0, 0)),
        }
    }
}

#[test]
fn a_questionnaire_tie_is_a_shared_profile_and_a_vowel_name_is_elided() {
    use amiable::app::theme::ACCENT;
    use amiable::record::quiz::Position;
    let (mut app, dir) = app_with_profile("quiz-tie", "Émilie");
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Quiz);
    app.update();
    app.update();
    // "Always" for the passive and assertive statements, "never" for the others: a tie.
    answer_quiz(&mut app, |p| {
        if matches!(p, Position::Passive | Position::Assertive) {
            3
        } else {
            0
        }
    });
    let texts = |app: &mut App| -> Vec<(String, Color)> {
        app.world_mut()
            .query::<(&Text, &TextColor)>()
            .iter(app.world())
            .map(|(t, c)| (t.0.clone(), c.0))
            .collect()
    };
    let shown = texts(&mut app);
    let has = |shown: &[(String, Color)], s: &str| shown.iter().any(|(t, _)| t.contains(s));
    assert!(
        has(&shown, "Profil partagé à égalité entre Passif et Assertif"),
        "{shown:?}"
    );
    assert!(!has(&shown, "Position dominante"), "{shown:?}");
    let highlighted: Vec<&str> = shown
        .iter()
        .filter(|(t, c)| *c == ACCENT && t.contains("/100"))
        .map(|(t, _)| t.as_str())
        .collect();
    assert_eq!(highlighted.len(), 2, "{highlighted:?}");
    assert!(highlighted.iter().any(|t| t.starts_with("Passif")));
    assert!(highlighted.iter().any(|t| t.starts_with("Assertif")));
    // The progress screen shows the same verdict, under a title with the elision.
    app.world_mut()
        .resource_mut::<NextState<Screen>>()
        .set(Screen::Progress);
    app.update();
    app.update();
    let shown = texts(&mut app);
    assert!(has(&shown, "Progression d’Émilie"), "{shown:?}");
    assert!(
        has(&shown, "Profil partagé à égalité entre Passif et Assertif"),
        "{shown:?}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
