//! The call in progress, written answer by answer: a crash or a killed process loses at most
//! the answer being written, and the call can be resumed by replaying the answers (the
//! engine is deterministic for a seed).

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::attempt::Mode;
use super::profile::Profile;
use super::store;
use crate::i18n::Lang;

const JOURNAL_FILE: &str = "call-in-progress.jsonl";

/// One answer of the trainee, as it can be replayed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The offered answer of that number, 1-based as `--choices` takes it.
    Choice(usize),
    /// Words the trainee typed.
    Free(String),
}

/// The first line of a journal: what is needed to start the same call again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JournalHeader {
    pub scenario: String,
    pub seed: u64,
    pub lang: Lang,
    pub mode: Mode,
    pub registration: Uuid,
    pub started: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Entry {
    turn: usize,
    answer: Answer,
    /// Time in the call when the answer was given.
    elapsed_ms: u64,
}

/// A call interrupted before its end.
#[derive(Debug, Clone, PartialEq)]
pub struct Pending {
    pub header: JournalHeader,
    pub answers: Vec<Answer>,
    pub elapsed_ms: u64,
    /// A half-written last line was found and dropped (the answer being written at the crash).
    pub dropped_tail: bool,
}

pub struct Journal {
    path: PathBuf,
    file: File,
    turns: usize,
}

impl Profile {
    pub fn journal_path(&self) -> PathBuf {
        self.dir.join(JOURNAL_FILE)
    }

    /// The interrupted call, if any. A journal whose first line cannot be read is set aside
    /// and reported; a torn last line only costs that answer.
    pub fn pending_call(&self) -> Result<Option<Pending>, String> {
        let path = self.journal_path();
        let text = match fs::read(&path) {
            Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        let mut lines = text.split_inclusive('\n');
        let header = lines
            .next()
            .filter(|l| l.ends_with('\n'))
            .and_then(|l| serde_json::from_str::<JournalHeader>(l).ok());
        let Some(header) = header else {
            if text.trim().is_empty() {
                // Killed between creating the file and writing its first line: nothing lost.
                let _ = fs::remove_file(&path);
                return Ok(None);
            }
            let aside = store::set_aside(&path);
            return Err(format!(
                "{}: the interrupted call cannot be read; moved to {}",
                path.display(),
                aside.display()
            ));
        };
        let mut pending = Pending {
            header,
            answers: Vec::new(),
            elapsed_ms: 0,
            dropped_tail: false,
        };
        for line in lines {
            let entry = line
                .ends_with('\n')
                .then(|| serde_json::from_str::<Entry>(line).ok())
                .flatten()
                .filter(|e| e.turn == pending.answers.len() + 1);
            match entry {
                Some(e) => {
                    pending.answers.push(e.answer);
                    pending.elapsed_ms = e.elapsed_ms;
                }
                None => {
                    pending.dropped_tail = true;
                    break;
                }
            }
        }
        Ok(Some(pending))
    }

    /// Starts journaling a new call, replacing any interrupted one.
    pub fn begin_call(&self, header: &JournalHeader) -> std::io::Result<Journal> {
        Journal::write_fresh(self.journal_path(), header, &[], 0)
    }

    /// Goes on journaling an interrupted call after its answers were replayed. The file is
    /// rewritten first so a torn line from the crash does not stay in the middle.
    pub fn resume_call(&self, pending: &Pending) -> std::io::Result<Journal> {
        Journal::write_fresh(
            self.journal_path(),
            &pending.header,
            &pending.answers,
            pending.elapsed_ms,
        )
    }

    pub fn discard_pending(&self) {
        let _ = fs::remove_file(self.journal_path());
    }
}

impl Journal {
    fn write_fresh(
        path: PathBuf,
        header: &JournalHeader,
        answers: &[Answer],
        elapsed_ms: u64,
    ) -> std::io::Result<Journal> {
        let mut text = serde_json::to_string(header).map_err(std::io::Error::other)?;
        text.push('\n');
        for (i, answer) in answers.iter().enumerate() {
            let entry = Entry {
                turn: i + 1,
                answer: answer.clone(),
                elapsed_ms,
            };
            text += &serde_json::to_string(&entry).map_err(std::io::Error::other)?;
            text.push('\n');
        }
        store::write_atomic(&path, text.as_bytes())?;
        let file = OpenOptions::new().append(true).open(&path)?;
        Ok(Journal {
            path,
            file,
            turns: answers.len(),
        })
    }

    /// Appends one answer and waits until it is on disk.
    pub fn record(&mut self, answer: &Answer, elapsed_ms: u64) -> std::io::Result<()> {
        let entry = Entry {
            turn: self.turns + 1,
            answer: answer.clone(),
            elapsed_ms,
        };
        let mut line = serde_json::to_string(&entry).map_err(std::io::Error::other)?;
        line.push('\n');
        // One write call per line: a crash tears at most this line.
        self.file.write_all(line.as_bytes())?;
        self.file.sync_data()?;
        self.turns += 1;
        Ok(())
    }

    /// The call is recorded as an attempt: the journal is no longer needed.
    pub fn close(self) {
        drop(self.file);
        let _ = fs::remove_file(&self.path);
    }
}
