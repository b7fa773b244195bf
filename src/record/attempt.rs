//! One recorded call: the full assessment plus what progress tracking reads at a glance.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::RecordError;
use super::journal::Answer;
use super::profile::Profile;
use super::store;
use crate::assessment::{Assessment, Objective, Status};
use crate::i18n::Lang;
use crate::scenario::Competency;

/// Bumped when the file layout changes, so an older Amiable can say it cannot read a newer
/// record instead of misreading it.
pub const FORMAT: u32 = 1;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, clap::ValueEnum,
)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// Hints before answering and feedback after each answer.
    #[default]
    Practice,
    /// No hints, no feedback during the call, a response timer, no restart.
    Exam,
}

/// The exam's time to answer each line, in seconds: long enough to read three answers,
/// short enough that hesitating costs, as it does on the phone.
pub const EXAM_RESPONSE_SECONDS: u64 = 30;

impl Mode {
    pub fn id(self) -> &'static str {
        match self {
            Mode::Practice => "practice",
            Mode::Exam => "exam",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attempt {
    pub format: u32,
    /// 1-based, in the order the attempts were recorded for this profile.
    pub number: u32,
    /// One per attempt; xAPI statements of the attempt share it as their registration.
    pub registration: Uuid,
    pub profile: String,
    pub scenario: String,
    pub title: String,
    pub mode: Mode,
    /// The trainee's first finished call on this scenario: where they started from.
    pub positioning: bool,
    pub lang: Lang,
    pub seed: u64,
    pub started: DateTime<Utc>,
    pub ended: DateTime<Utc>,
    /// Time spent in the call, without the time the program was not running.
    pub duration_ms: u64,
    pub answers: Vec<Answer>,
    /// The call reached an ending (an exam left midway is recorded unfinished).
    pub finished: bool,
    pub overall: u8,
    pub relational: u8,
    pub ending: Option<String>,
    pub competencies: BTreeMap<Competency, Option<u8>>,
    pub objectives: BTreeMap<Objective, Status>,
    /// The assessment as the trainee saw it, in their language.
    pub assessment: serde_json::Value,
}

/// What the front end knows when a call ends.
pub struct NewAttempt<'a> {
    pub assessment: &'a Assessment,
    pub mode: Mode,
    pub registration: Uuid,
    pub started: DateTime<Utc>,
    pub duration_ms: u64,
    pub answers: Vec<Answer>,
}

/// Every attempt of a profile that could be read, and what was set aside.
#[derive(Debug, Default, Clone)]
pub struct History {
    pub attempts: Vec<Attempt>,
    pub warnings: Vec<String>,
}

impl History {
    pub fn get(&self, number: u32) -> Option<&Attempt> {
        self.attempts.iter().find(|a| a.number == number)
    }
    pub fn last(&self) -> Option<&Attempt> {
        self.attempts.last()
    }
    pub fn finished(&self) -> impl Iterator<Item = &Attempt> {
        self.attempts.iter().filter(|a| a.finished)
    }
}

impl Profile {
    pub fn attempts_dir(&self) -> PathBuf {
        self.dir.join("attempts")
    }

    /// Reads every attempt; a file that cannot be read is moved aside with a warning, and
    /// the others stay available.
    pub fn history(&self) -> History {
        let mut history = History::default();
        let Ok(entries) = fs::read_dir(self.attempts_dir()) else {
            return history;
        };
        let mut paths: Vec<PathBuf> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            if store::is_temporary(&path) {
                let _ = fs::remove_file(&path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match read_attempt(&path) {
                Ok(a) => history.attempts.push(a),
                Err(Unreadable::Newer(why)) => history
                    .warnings
                    .push(format!("{}: {why}; left as it is", path.display())),
                Err(Unreadable::Damaged(why)) => {
                    let aside = store::set_aside(&path);
                    history.warnings.push(format!(
                        "{}: {why}; moved to {} and left out of the history",
                        path.display(),
                        aside.display()
                    ));
                }
            }
        }
        history.attempts.sort_by_key(|a| a.number);
        history
    }

    /// Records a finished (or abandoned) call and returns it with its number.
    pub fn record(&self, new: NewAttempt<'_>) -> Result<Attempt, RecordError> {
        let history = self.history();
        let a = new.assessment;
        let finished = a.finished;
        let positioning = finished && !history.finished().any(|p| p.scenario == a.scenario);
        let assessment = serde_json::to_value(a)
            .map_err(|e| RecordError::io(self.dir.clone(), std::io::Error::other(e)))?;
        let mut attempt = Attempt {
            format: FORMAT,
            number: 0,
            registration: new.registration,
            profile: self.name.clone(),
            scenario: a.scenario.clone(),
            title: a.title.clone(),
            mode: new.mode,
            positioning,
            lang: a.lang,
            seed: a.seed,
            started: new.started,
            ended: Utc::now(),
            duration_ms: new.duration_ms,
            answers: new.answers,
            finished,
            overall: a.overall,
            relational: a.relational_experience.score,
            ending: a.outcome.ending.clone(),
            competencies: a
                .competencies
                .0
                .iter()
                .map(|c| (c.competency, c.score))
                .collect(),
            objectives: a
                .objectives
                .iter()
                .map(|o| (o.objective, o.status))
                .collect(),
            assessment,
        };
        let dir = self.attempts_dir();
        fs::create_dir_all(&dir).map_err(|e| RecordError::io(dir.clone(), e))?;
        let mut number = history.attempts.iter().map(|a| a.number).max().unwrap_or(0) + 1;
        // A hard link never replaces an existing file: two Amiable processes recording at
        // once get different numbers instead of one overwriting the other.
        loop {
            attempt.number = number;
            let bytes = serde_json::to_vec_pretty(&attempt)
                .map_err(|e| RecordError::io(dir.clone(), std::io::Error::other(e)))?;
            let tmp = dir.join(format!(".attempt.{}.tmp", std::process::id()));
            write_synced(&tmp, &bytes).map_err(|e| RecordError::io(tmp.clone(), e))?;
            let path = dir.join(file_name(number));
            let linked = fs::hard_link(&tmp, &path);
            let _ = fs::remove_file(&tmp);
            match linked {
                Ok(()) => {
                    store::sync_dir(&dir);
                    return Ok(attempt);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => number += 1,
                Err(e) => return Err(RecordError::io(path, e)),
            }
        }
    }
}

fn file_name(number: u32) -> String {
    format!("attempt-{number:05}.json")
}

fn write_synced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut f = fs::File::create(path)?;
    f.write_all(bytes)?;
    f.sync_all()
}

enum Unreadable {
    /// Damaged: set aside so it stops hiding behind every later read.
    Damaged(String),
    /// Valid for a newer Amiable: kept in place for it.
    Newer(String),
}

fn read_attempt(path: &Path) -> Result<Attempt, Unreadable> {
    let bytes = fs::read(path).map_err(|e| Unreadable::Newer(e.to_string()))?;
    let value: serde_json::Value = serde_json::from_slice(&bytes).map_err(|e| {
        Unreadable::Damaged(format!(
            "not valid JSON at line {}, column {}",
            e.line(),
            e.column()
        ))
    })?;
    let format = value.get("format").and_then(|f| f.as_u64()).unwrap_or(0);
    if format > u64::from(FORMAT) {
        return Err(Unreadable::Newer(format!(
            "written by a newer Amiable (format {format}, this one reads {FORMAT})"
        )));
    }
    serde_json::from_value(value)
        .map_err(|e| Unreadable::Damaged(format!("not an attempt record: {e}")))
}
