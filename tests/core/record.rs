//! The learning record: profiles, attempts that survive crashes, damaged files set aside,
//! and what was learned computed from a known history.

use crate::common;

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use amiable::assessment::{self, Objective, Status};
use amiable::catalogue;
use amiable::engine::play_through;
use amiable::i18n::Lang;
use amiable::record::{
    self, Acquisition, Answer, Attempt, JournalHeader, Mode, NewAttempt, Records, ScenarioInfo,
};
use amiable::scenario::Competency;

fn temp_root(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("amiable-record-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Plays the mini call with these 1-based answers and records it.
fn record_call(profile: &record::Profile, seed: u64, choices: &[usize], mode: Mode) -> Attempt {
    let loaded = common::mini();
    let zero: Vec<usize> = choices.iter().map(|c| c - 1).collect();
    let transcript = play_through(loaded.scenario.clone(), seed, &zero, |_, _| None).unwrap();
    let app = catalogue::app_texts(Lang::Fr).unwrap();
    let a = assessment::assess(&loaded, &transcript, Lang::Fr, &app);
    profile
        .record(NewAttempt {
            assessment: &a,
            mode,
            registration: uuid::Uuid::new_v4(),
            started: chrono::Utc::now(),
            duration_ms: 1234,
            answers: choices.iter().map(|&c| Answer::Choice(c)).collect(),
        })
        .unwrap()
}

#[test]
fn profiles_are_found_without_regard_to_case_or_accents_and_deleted_whole() {
    let records = Records::at(temp_root("profiles"));
    let emilie = records.create("  Émilie   Durand ").unwrap();
    assert_eq!(emilie.name, "Émilie Durand");
    assert_eq!(records.find("emilie durand").unwrap().dir, emilie.dir);
    assert!(
        records.create("EMILIE DURAND").is_err(),
        "same person twice"
    );
    assert!(records.create("").is_err());
    assert!(records.create(&"x".repeat(41)).is_err());
    assert!(records.create("a\u{7}b").is_err());
    let other = records.create("李").unwrap();
    assert_ne!(other.dir, emilie.dir);
    let err = records.find("Emilie Durant").unwrap_err().to_string();
    assert!(err.contains("did you mean `Émilie Durand`"), "{err}");
    record_call(&emilie, 1, &[1, 1, 1, 1], Mode::Practice);
    let deleted = records.delete("émilie durand").unwrap();
    assert!(!deleted.dir.exists(), "every file of the profile is gone");
    assert_eq!(records.list().profiles.len(), 1);
    let _ = std::fs::remove_dir_all(records.root());
}

#[test]
fn the_first_finished_call_on_a_scenario_is_the_positioning() {
    let records = Records::at(temp_root("positioning"));
    let p = records.create("Tom").unwrap();
    let first = record_call(&p, 1, &[2, 2, 2, 3], Mode::Practice);
    let second = record_call(&p, 2, &[1, 1, 1, 1], Mode::Exam);
    assert!(first.positioning && !second.positioning);
    assert_eq!((first.number, second.number), (1, 2));
    let history = p.history();
    assert!(history.warnings.is_empty());
    assert_eq!(history.attempts.len(), 2);
    assert_eq!(history.attempts[1].mode, Mode::Exam);
    assert_eq!(history.attempts[1].answers[0], Answer::Choice(1));
    assert!(history.attempts[0].assessment.get("transcript").is_some());
    let _ = std::fs::remove_dir_all(records.root());
}

#[test]
fn a_damaged_attempt_is_set_aside_and_the_rest_stays_readable() {
    let records = Records::at(temp_root("damaged"));
    let p = records.create("Zoé").unwrap();
    record_call(&p, 1, &[1, 1, 1, 1], Mode::Practice);
    let second = record_call(&p, 2, &[2, 1, 1, 1], Mode::Practice);
    let path = p.attempts_dir().join("attempt-00002.json");
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();
    let history = p.history();
    assert_eq!(history.attempts.len(), 1);
    assert_eq!(history.warnings.len(), 1, "{:?}", history.warnings);
    assert!(history.warnings[0].contains("attempt-00002.json"));
    assert!(!path.exists() && p.attempts_dir().join("attempt-00002.json.damaged").exists());
    // The next attempt does not reuse the number of the damaged one's neighbour.
    let third = record_call(&p, 3, &[1, 1, 1, 1], Mode::Practice);
    assert!(third.number > 1 && third.number != 1, "{}", second.number);
    // A file from a newer Amiable is left in place.
    let newer = p.attempts_dir().join("attempt-00099.json");
    std::fs::write(&newer, r#"{"format": 99}"#).unwrap();
    let history = p.history();
    assert!(newer.exists());
    assert!(history.warnings.iter().any(|w| w.contains("newer")));
    let _ = std::fs::remove_dir_all(records.root());
}

#[test]
fn a_torn_journal_loses_only_the_answer_being_written() {
    let records = Records::at(temp_root("journal"));
    let p = records.create("Léa").unwrap();
    let header = JournalHeader {
        scenario: "mini-call".into(),
        seed: 7,
        lang: Lang::Fr,
        mode: Mode::Exam,
        registration: uuid::Uuid::new_v4(),
        started: chrono::Utc::now(),
    };
    let mut journal = p.begin_call(&header).unwrap();
    journal.record(&Answer::Choice(1), 10).unwrap();
    journal.record(&Answer::Choice(3), 20).unwrap();
    drop(journal);
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(p.journal_path())
        .unwrap();
    f.write_all(br#"{"turn":3,"answer":{"cho"#).unwrap();
    drop(f);
    let pending = p.pending_call().unwrap().unwrap();
    assert_eq!(pending.answers, vec![Answer::Choice(1), Answer::Choice(3)]);
    assert!(pending.dropped_tail);
    assert_eq!(pending.header, header);
    // Resuming rewrites the journal cleanly and goes on from there.
    let mut journal = p.resume_call(&pending).unwrap();
    journal.record(&Answer::Choice(2), 30).unwrap();
    let again = p.pending_call().unwrap().unwrap();
    assert_eq!(again.answers.len(), 3);
    assert!(!again.dropped_tail);
    let mini = common::mini();
    let conversation = record::replay(
        mini.scenario.clone(),
        mini.texts(Lang::Fr),
        7,
        &again.answers,
    )
    .expect("replays");
    assert_eq!(conversation.transcript().turns.len(), 3);
    // A journal whose header is unreadable is set aside, not silently deleted.
    std::fs::write(p.journal_path(), "garbage\n").unwrap();
    assert!(p.pending_call().is_err());
    assert!(p.dir.join("call-in-progress.jsonl.damaged").exists());
    let _ = std::fs::remove_dir_all(records.root());
}

/// An attempt with the given scores, as if recorded.
fn attempt(number: u32, scenario: &str, positioning: bool, scores: &[(Competency, u8)]) -> Attempt {
    let competencies: BTreeMap<Competency, Option<u8>> = Competency::ALL
        .iter()
        .map(|&c| (c, scores.iter().find(|(k, _)| *k == c).map(|(_, s)| *s)))
        .collect();
    let objectives: BTreeMap<Objective, Status> = Objective::ALL
        .iter()
        .map(|&o| {
            let s: Vec<u8> = o
                .competencies()
                .iter()
                .filter_map(|c| competencies[c])
                .collect();
            let mean = (!s.is_empty())
                .then(|| (s.iter().map(|&x| u32::from(x)).sum::<u32>() / s.len() as u32) as u8);
            (o, Status::of(mean))
        })
        .collect();
    Attempt {
        format: record::FORMAT,
        number,
        registration: uuid::Uuid::new_v4(),
        profile: "T".into(),
        scenario: scenario.into(),
        title: scenario.into(),
        mode: Mode::Practice,
        positioning,
        lang: Lang::Fr,
        seed: 1,
        started: chrono::Utc::now(),
        ended: chrono::Utc::now(),
        duration_ms: 60_000,
        answers: vec![],
        finished: true,
        overall: 50,
        relational: 50,
        ending: None,
        competencies,
        objectives,
        assessment: serde_json::Value::Null,
    }
}

#[test]
fn progress_from_a_known_history() {
    use Competency::*;
    let history = record::History {
        attempts: vec![
            attempt(1, "a", true, &[(Empathy, 40), (Negotiation, 30)]),
            attempt(2, "a", false, &[(Empathy, 80), (Negotiation, 90)]),
            attempt(3, "b", true, &[(Empathy, 90), (Assertiveness, 20)]),
            attempt(4, "a", false, &[(Empathy, 85), (Negotiation, 50)]),
        ],
        warnings: vec![],
    };
    let scenarios = vec![
        ScenarioInfo {
            id: "a".into(),
            title: "A".into(),
            competencies: vec![Empathy, Negotiation],
        },
        ScenarioInfo {
            id: "b".into(),
            title: "B".into(),
            competencies: vec![Assertiveness],
        },
        ScenarioInfo {
            id: "c".into(),
            title: "C".into(),
            competencies: vec![Assertiveness],
        },
    ];
    let p = record::progress(&history, &scenarios);
    let get = |c: Competency| p.competencies.iter().find(|x| x.competency == c).unwrap();
    let empathy = get(Empathy);
    assert_eq!(
        (empathy.positioning, empathy.latest, empathy.best),
        (Some(40), Some(85), Some(90))
    );
    assert_eq!(empathy.trend.len(), 4);
    let negotiation = get(Negotiation);
    assert_eq!(
        (
            negotiation.positioning,
            negotiation.latest,
            negotiation.best
        ),
        (Some(30), Some(50), Some(90))
    );
    assert_eq!(get(Assertiveness).positioning, Some(20));
    assert_eq!(get(Diagnosis).latest, None);
    let state = |o: Objective| {
        p.objectives
            .iter()
            .find(|x| x.objective == o)
            .unwrap()
            .state
    };
    // Negotiation: 30, 90, 50 → shown once, latest not shown: in progress.
    assert_eq!(state(Objective::NegotiatePlan), Acquisition::InProgress);
    // Say no (assertiveness): only 20 → not yet.
    assert_eq!(state(Objective::SayNo), Acquisition::NotYet);
    // Never assessed: not yet.
    assert_eq!(state(Objective::RealisticSolution), Acquisition::NotYet);
    // The weakest latest score is assertiveness (20): the least played scenario training it.
    let next = p.next.unwrap();
    assert_eq!(
        (next.scenario.as_str(), next.competency),
        ("c", Some(Assertiveness))
    );
    assert_eq!((p.attempts, p.finished), (4, 4));
}

#[test]
fn acquired_needs_the_latest_and_two_of_the_last_three() {
    use Competency::*;
    let mk = |scores: &[u8]| record::History {
        attempts: scores
            .iter()
            .enumerate()
            .map(|(i, &s)| attempt(i as u32 + 1, "a", i == 0, &[(Negotiation, s)]))
            .collect(),
        warnings: vec![],
    };
    let state = |scores: &[u8]| {
        record::progress(&mk(scores), &[])
            .objectives
            .into_iter()
            .find(|o| o.objective == Objective::NegotiatePlan)
            .unwrap()
            .state
    };
    assert_eq!(state(&[90]), Acquisition::InProgress, "one lucky call");
    assert_eq!(state(&[90, 80]), Acquisition::Acquired);
    assert_eq!(state(&[90, 80, 20]), Acquisition::InProgress, "a lapse");
    assert_eq!(state(&[10, 90, 20, 80]), Acquisition::Acquired);
    assert_eq!(state(&[10, 90, 20, 70]), Acquisition::InProgress);
    assert_eq!(state(&[10, 90, 30, 80, 85]), Acquisition::Acquired);
    assert_eq!(state(&[10, 20, 30]), Acquisition::NotYet);
    assert_eq!(state(&[65]), Acquisition::InProgress, "partly shown");
}

fn amiable(data: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_amiable"));
    c.env("AMIABLE_DATA_DIR", data).env("LANG", "fr_FR.UTF-8");
    c
}

/// Calls killed at random moments (during the call, while recording) never lose a finished
/// attempt and never leave an unreadable history.
#[test]
fn attempts_survive_a_process_killed_at_random_points() {
    let data = temp_root("killed");
    let mini = common::fixture_path("mini-call").display().to_string();
    let mut finished_seeds = Vec::new();
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    for seed in 0..16u64 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let delay = Duration::from_micros(state % 40_000);
        let mut child = amiable(&data)
            .args(["play", &mini, "--profile", "Kim", "--auto", "random"])
            .args(["--seed", &seed.to_string(), "--lang", "fr"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(delay);
        let _ = child.kill();
        if child.wait().unwrap().success() {
            finished_seeds.push(seed);
        }
    }
    let profile = Records::at(&data).find("Kim").unwrap();
    let history = profile.history();
    assert!(history.warnings.is_empty(), "{:?}", history.warnings);
    for seed in &finished_seeds {
        assert!(
            history
                .attempts
                .iter()
                .any(|a| a.seed == *seed && a.finished),
            "the finished call of seed {seed} was lost"
        );
    }
    let numbers: Vec<u32> = history.attempts.iter().map(|a| a.number).collect();
    let mut unique = numbers.clone();
    unique.dedup();
    assert_eq!(numbers, unique);
    let _ = profile
        .pending_call()
        .expect("any journal left is readable");
    let _ = std::fs::remove_dir_all(&data);
}

/// A trainee's call killed midway resumes where it stopped, answers included.
#[test]
fn an_interrupted_call_resumes_with_its_answers() {
    let data = temp_root("resume");
    let mini = common::fixture_path("mini-call").display().to_string();
    let mut child = amiable(&data)
        .args([
            "play",
            &mini,
            "--profile",
            "Noé",
            "--seed",
            "5",
            "--mode",
            "exam",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"2\n3\n").unwrap();
    stdin.flush().unwrap();
    let profile_dir = || Records::at(&data).find("Noé").ok();
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let answers = profile_dir()
            .and_then(|p| p.pending_call().ok().flatten())
            .map_or(0, |p| p.answers.len());
        if answers == 2 {
            break;
        }
        assert!(Instant::now() < deadline, "the answers were not journaled");
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap();
    let _ = child.wait();
    let out = amiable(&data)
        .args([
            "play",
            &mini,
            "--profile",
            "noe",
            "--resume",
            "--auto",
            "best",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let profile = profile_dir().unwrap();
    assert!(profile.pending_call().unwrap().is_none());
    let history = profile.history();
    assert_eq!(history.attempts.len(), 1);
    let a = &history.attempts[0];
    assert_eq!((a.seed, a.mode, a.finished), (5, Mode::Exam, true));
    assert_eq!(&a.answers[..2], &[Answer::Choice(2), Answer::Choice(3)]);
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn the_questionnaire_is_kept_in_the_profile() {
    let data = temp_root("quiz");
    let answers = "4,1,1,1,4,1,1,1,2,4,1,1,4,1,1,1,1,2,4,1";
    let out = amiable(&data)
        .args(["profile", "create", "Inès"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = amiable(&data)
        .args([
            "quiz",
            "assertiveness",
            "--profile",
            "ines",
            "--answers",
            answers,
        ])
        .args(["--lang", "fr"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).replace(['\u{a0}', '\u{202f}'], " ");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Position dominante : Assertif"), "{text}");
    let (quizzes, warnings) = Records::at(&data).find("Inès").unwrap().quizzes();
    assert!(warnings.is_empty());
    assert_eq!(quizzes.len(), 1);
    assert_eq!(quizzes[0].dominant, record::quiz::Position::Assertive);
    let _ = std::fs::remove_dir_all(&data);
}

/// French elides "de" before a pseudonym that starts with a vowel, as the report's title does.
#[test]
fn the_history_elides_de_before_a_vowel_in_french() {
    let data = temp_root("history-elision");
    let records = Records::at(&data);
    for name in ["Émilie", "Camille"] {
        let p = records.create(name).unwrap();
        record_call(&p, 1, &[1, 1, 1, 1], Mode::Practice);
    }
    let header = |name: &str, lang: &str| {
        let out = amiable(&data)
            .args(["--lang", lang, "history", "--profile", name])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
        text.lines().next().unwrap_or_default().to_string()
    };
    assert_eq!(
        header("emilie", "fr"),
        "Historique d’Émilie : 1 tentative(s)"
    );
    assert_eq!(
        header("camille", "fr"),
        "Historique de Camille : 1 tentative(s)"
    );
    assert_eq!(header("emilie", "en"), "History of Émilie: 1 attempt(s)");
    let _ = std::fs::remove_dir_all(&data);
}

/// Typed answers are journaled with the attempts the debtor asked to rephrase, and replaying
/// them rebuilds the same call.
#[test]
fn typed_answers_replay_to_the_same_call() {
    let mini = common::mini();
    let texts = mini.texts(Lang::Fr);
    let mut conversation = amiable::engine::Conversation::new(mini.scenario.clone(), 11);
    for said in [
        "xqzt vbnmw",
        "Bonjour Monsieur Test, Léa Martin pour la Banque Test, au sujet du dossier MINI-1.",
        "Je comprends que ce soit difficile ; si je comprends bien, vous avez perdu votre emploi.",
    ] {
        conversation.answer_free(said, texts).unwrap();
    }
    let answers = record::answers_of(conversation.transcript());
    assert_eq!(answers[0], Answer::Free("xqzt vbnmw".into()), "{answers:?}");
    let replayed = record::replay(mini.scenario.clone(), texts, 11, &answers).unwrap();
    assert_eq!(replayed.transcript(), conversation.transcript());
}
