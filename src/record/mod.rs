//! The learning record: trainee profiles, every attempt with its assessment, the call in
//! progress journaled answer by answer, questionnaire results, and what was learned across
//! attempts. Plain files under one data folder; no Bevy.

mod attempt;
mod journal;
mod profile;
pub mod progress;
pub mod quiz;
mod replay;
mod store;

pub use attempt::{Attempt, EXAM_RESPONSE_SECONDS, FORMAT, History, Mode, NewAttempt};
pub use journal::{Answer, Journal, JournalHeader, Pending};
pub use profile::{MAX_NAME_CHARS, Profile, ProfileList, Records, fold_name, slug};
pub use progress::{
    Acquisition, CompetencyProgress, ObjectiveProgress, Point, Progress, ScenarioInfo, Suggestion,
    WINDOW, progress,
};
pub use replay::{answers_of, replay};
pub use store::{data_dir, set_aside, write_atomic};

use std::path::PathBuf;

impl RecordError {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> RecordError {
        RecordError::Io {
            path: path.into(),
            source,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("no profile named `{name}`{}{}", hint.as_ref().map(|h| format!("; did you mean `{h}`?")).unwrap_or_default(), if known.is_empty() { "; create one with `amiable profile create NAME`".to_string() } else { String::new() })]
    NoSuchProfile {
        name: String,
        hint: Option<String>,
        known: Vec<String>,
    },
    #[error("a profile named `{0}` already exists")]
    ProfileExists(String),
    #[error("{0}")]
    BadName(String),
    #[error("{}: {why}", path.display())]
    Damaged { path: PathBuf, why: String },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
}
