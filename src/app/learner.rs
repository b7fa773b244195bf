//! The learning record in the app: the active profile, the mode of the next call, the call
//! journaled answer by answer while it is played, the attempt recorded when it ends (or is
//! left), and resuming a call that a crash interrupted.

use std::time::Instant;

use bevy::input::ButtonState;
use bevy::input::keyboard::{Key, KeyboardInput};
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::ui_widgets::Activate;

use crate::assessment;
use crate::record::{
    self, EXAM_RESPONSE_SECONDS, Journal, JournalHeader, Mode, NewAttempt, Pending, Profile,
    Records,
};
use crate::report;

use super::Prefs;
use super::library::Library;
use super::screens::Screen;
use super::session::{Selected, Session};

/// Who is training, and how the next call is played.
#[derive(Resource)]
pub struct Learner {
    pub records: Records,
    pub profile: Option<Profile>,
    pub mode: Mode,
    /// The pseudonym being typed for a new profile, while the field is open.
    pub typing: Option<String>,
    /// What went wrong with the record, shown on the catalogue.
    pub warning: Option<String>,
    /// Where the last report was saved (or why it was not), shown on the progress screen.
    pub report_notice: Option<String>,
    /// The number of the attempt just recorded, for the debrief to say so.
    pub recorded: Option<u32>,
    /// Off in tests and captures, whose calls are nobody's attempts.
    pub record_calls: bool,
}

impl Learner {
    fn load(records: Records) -> Learner {
        let last = std::fs::read_to_string(records.root().join("last-profile.txt")).ok();
        let profile = last.and_then(|name| records.find(name.trim()).ok());
        Learner {
            records,
            profile,
            mode: Mode::Practice,
            typing: None,
            warning: None,
            report_notice: None,
            recorded: None,
            record_calls: true,
        }
    }

    pub fn select(&mut self, profile: Option<Profile>) {
        let name = profile.as_ref().map(|p| p.name.clone()).unwrap_or_default();
        let _ = record::write_atomic(
            &self.records.root().join("last-profile.txt"),
            name.as_bytes(),
        );
        self.profile = profile;
    }

    /// The response time of this call: the exam's own, else the trainee's setting.
    pub fn response_timer(&self, setting: Option<u32>) -> Option<u32> {
        match self.mode {
            Mode::Exam => Some(EXAM_RESPONSE_SECONDS as u32),
            Mode::Practice => setting,
        }
    }

    pub fn pending(&self) -> Option<Pending> {
        self.profile.as_ref()?.pending_call().ok().flatten()
    }
}

/// Buttons of the learning record, handled here rather than in the screens' actions.
#[derive(Component, Clone, Debug, PartialEq)]
pub enum LearnerAction {
    Pick(Option<String>),
    NewProfile,
    SetMode(Mode),
    ShowProgress,
    StartQuiz,
    Resume,
    /// Writes the learning report (HTML, to print) into the profile's folder.
    SaveReport,
}

/// The call being journaled.
struct Recording {
    profile: Profile,
    journal: Journal,
    header: JournalHeader,
    turns: usize,
    clock: Instant,
    elapsed_before: u64,
    done: bool,
}

impl Recording {
    fn elapsed_ms(&self) -> u64 {
        self.elapsed_before + self.clock.elapsed().as_millis() as u64
    }
}

#[derive(Resource, Default)]
struct CallRecording(Option<Recording>);

pub struct LearnerPlugin {
    pub records: Option<std::path::PathBuf>,
    pub record_calls: bool,
}

impl Plugin for LearnerPlugin {
    fn build(&self, app: &mut App) {
        let records = match &self.records {
            Some(root) => Records::at(root),
            None => Records::open_default(),
        };
        let mut learner = Learner::load(records);
        learner.record_calls = self.record_calls;
        app.insert_resource(learner)
            .add_message::<KeyboardInput>()
            .init_resource::<CallRecording>()
            .add_observer(on_activate)
            .add_systems(Update, type_name)
            .add_systems(PostUpdate, follow_session)
            .add_systems(OnExit(Screen::Call), record_left_call);
    }
}

#[allow(clippy::too_many_arguments)]
fn on_activate(
    ev: On<Activate>,
    actions: Query<&LearnerAction>,
    mut learner: ResMut<Learner>,
    mut recording: ResMut<CallRecording>,
    mut commands: Commands,
    library: Res<Library>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
    mut focus: ResMut<InputFocus>,
    prefs: Res<Prefs>,
) {
    let Ok(action) = actions.get(ev.entity) else {
        return;
    };
    match action {
        LearnerAction::Pick(name) => {
            let profile = name.as_ref().and_then(|n| learner.records.find(n).ok());
            learner.select(profile);
        }
        LearnerAction::NewProfile => {
            learner.typing = Some(String::new());
            // Enter and Space must type, not press the focused button.
            focus.clear();
        }
        LearnerAction::SetMode(mode) => learner.mode = *mode,
        LearnerAction::ShowProgress => {
            learner.report_notice = None;
            next.set(Screen::Progress);
            return;
        }
        LearnerAction::SaveReport => {
            learner.report_notice = Some(
                match save_report(&learner, &library, prefs.settings.lang()) {
                    Ok(path) => library.texts(prefs.settings.lang()).text_args(
                        "learn-saved",
                        &[(
                            "path",
                            fluent_bundle::FluentValue::from(path.display().to_string()),
                        )],
                    ),
                    Err(why) => why,
                },
            );
        }
        LearnerAction::StartQuiz => {
            commands.insert_resource(super::screens::quiz::QuizState::default());
            next.set(Screen::Quiz);
            return;
        }
        LearnerAction::Resume => {
            if let Some(session) = resume(&mut learner, &mut recording, &library) {
                commands.insert_resource(Selected(session.scenario.clone()));
                commands.insert_resource(session);
                next.set(Screen::Call);
                return;
            }
        }
    }
    next.set(*state.get());
}

/// The same report as `amiable report`, saved where the trainee's record lives, so a trainee
/// without a terminal can print it or hand it in.
fn save_report(
    learner: &Learner,
    library: &Library,
    lang: crate::i18n::Lang,
) -> Result<std::path::PathBuf, String> {
    let profile = learner.profile.as_ref().ok_or("no profile")?;
    let scenarios: Vec<record::ScenarioInfo> = library
        .playable()
        .map(|s| record::ScenarioInfo {
            id: s.id().to_string(),
            title: s.texts(lang).text(crate::scenario::message::TITLE),
            competencies: s.scenario.competencies.clone(),
        })
        .collect();
    let gathered = report::Gathered::of(profile, &scenarios);
    let app = library.texts(lang);
    let input = gathered.input(profile, report::Selection::All, app)?;
    let name = format!(
        "{}-{}.html",
        record::slug(&profile.name),
        chrono::Local::now().format("%Y-%m-%d-%H%M%S")
    );
    let path = profile.dir.join("reports").join(name);
    record::write_atomic(&path, report::html::report(&input).as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(path)
}

/// Rebuilds the interrupted call from its journal and goes on journaling it.
fn resume(
    learner: &mut Learner,
    recording: &mut CallRecording,
    library: &Library,
) -> Option<Session> {
    let profile = learner.profile.clone()?;
    let pending = profile.pending_call().ok().flatten()?;
    let scenario = library.find(&pending.header.scenario)?;
    let conversation = match record::replay(
        scenario.scenario.clone(),
        scenario.texts(pending.header.lang),
        pending.header.seed,
        &pending.answers,
    ) {
        Ok(c) => c,
        Err(why) => {
            learner.warning = Some(format!("the interrupted call cannot be resumed: {why}"));
            return None;
        }
    };
    let journal = profile.resume_call(&pending).ok()?;
    learner.mode = pending.header.mode;
    recording.0 = Some(Recording {
        profile,
        journal,
        turns: pending.answers.len(),
        header: pending.header.clone(),
        clock: Instant::now(),
        elapsed_before: pending.elapsed_ms,
        done: false,
    });
    let mut session = Session::new(scenario, pending.header.seed);
    session.conversation = conversation;
    Some(session)
}

/// Typing a new pseudonym: letters as the keyboard layout gives them, Backspace, Enter to
/// create, Escape to give up.
fn type_name(
    mut keys: MessageReader<KeyboardInput>,
    mut learner: ResMut<Learner>,
    state: Res<State<Screen>>,
    mut next: ResMut<NextState<Screen>>,
) {
    let Some(mut typed) = learner.typing.clone() else {
        keys.clear();
        return;
    };
    let mut changed = false;
    for key in keys.read() {
        if key.state != ButtonState::Pressed {
            continue;
        }
        changed = true;
        match &key.logical_key {
            Key::Enter => {
                learner.typing = None;
                match learner.records.create(&typed) {
                    Ok(p) => learner.select(Some(p)),
                    Err(e) => learner.warning = Some(e.to_string()),
                }
                next.set(*state.get());
                return;
            }
            Key::Escape => {
                learner.typing = None;
                next.set(*state.get());
                return;
            }
            Key::Backspace => {
                typed.pop();
            }
            _ => {
                if let Some(text) = &key.text
                    && typed.chars().count() < record::MAX_NAME_CHARS
                {
                    typed.extend(text.chars().filter(|c| !c.is_control()));
                }
            }
        }
    }
    if changed {
        learner.typing = Some(typed);
        next.set(*state.get());
    }
}

/// Journals each new answer of the call, and records the attempt once it is assessed.
fn follow_session(
    session: Option<Res<Session>>,
    mut learner: ResMut<Learner>,
    mut recording: ResMut<CallRecording>,
    prefs: Res<Prefs>,
) {
    let Some(session) = session else { return };
    if !learner.record_calls {
        return;
    }
    let Some(profile) = learner.profile.clone() else {
        recording.0 = None;
        return;
    };
    let transcript = session.conversation.transcript();
    let same_call = recording.0.as_ref().is_some_and(|r| {
        r.header.seed == transcript.seed && r.header.scenario == transcript.scenario
    });
    if !same_call {
        if transcript.turns.is_empty() && session.assessment.is_none() {
            let header = JournalHeader {
                scenario: transcript.scenario.clone(),
                seed: transcript.seed,
                lang: prefs.settings.lang(),
                mode: learner.mode,
                registration: uuid::Uuid::new_v4(),
                started: chrono::Utc::now(),
            };
            match profile.begin_call(&header) {
                Ok(journal) => {
                    learner.recorded = None;
                    recording.0 = Some(Recording {
                        profile,
                        journal,
                        header,
                        turns: 0,
                        clock: Instant::now(),
                        elapsed_before: 0,
                        done: false,
                    })
                }
                Err(e) => learner.warning = Some(format!("cannot journal the call: {e}")),
            }
        }
        return;
    }
    let Some(rec) = recording.0.as_mut() else {
        return;
    };
    if rec.done {
        return;
    }
    // `turns` counts journaled answers, typed attempts the debtor asked to rephrase included.
    let answers = record::answers_of(transcript);
    for answer in answers.iter().skip(rec.turns) {
        let elapsed = rec.elapsed_ms();
        if let Err(e) = rec.journal.record(answer, elapsed) {
            learner.warning = Some(format!("cannot journal the answer: {e}"));
        }
    }
    rec.turns = answers.len();
    let Some(assessment) = session.assessment.as_ref() else {
        return;
    };
    let result = rec.profile.record(NewAttempt {
        assessment,
        mode: rec.header.mode,
        registration: rec.header.registration,
        started: rec.header.started,
        duration_ms: rec.elapsed_ms(),
        answers,
    });
    rec.done = true;
    match result {
        Ok(attempt) => {
            learner.recorded = Some(attempt.number);
            if let Some(r) = recording.0.take() {
                r.journal.close();
            }
        }
        Err(e) => learner.warning = Some(format!("the call could not be recorded: {e}")),
    }
}

/// A call left before its end is recorded as unfinished, so an exam cannot be restarted
/// from scratch and no answer given is lost.
fn record_left_call(
    session: Option<Res<Session>>,
    mut recording: ResMut<CallRecording>,
    mut learner: ResMut<Learner>,
    library: Res<Library>,
    prefs: Res<Prefs>,
) {
    let Some(session) = session else { return };
    if session.conversation.is_over() {
        return;
    }
    let Some(rec) = recording.0.take() else {
        return;
    };
    let transcript = session.conversation.transcript();
    if transcript.turns.is_empty() {
        rec.journal.close();
        return;
    }
    let lang = prefs.settings.lang();
    let a = assessment::assess(&session.scenario, transcript, lang, library.texts(lang));
    let result = rec.profile.record(NewAttempt {
        assessment: &a,
        mode: rec.header.mode,
        registration: rec.header.registration,
        started: rec.header.started,
        duration_ms: rec.elapsed_ms(),
        answers: record::answers_of(transcript),
    });
    match result {
        Ok(_) => rec.journal.close(),
        Err(e) => learner.warning = Some(format!("the call could not be recorded: {e}")),
    }
}
