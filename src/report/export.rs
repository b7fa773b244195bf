//! The versioned JSON export: everything recorded for a trainee, in one file a trainer can
//! collect (and `amiable group` reads). `format` changes only when a reader would misread.
//! It is the trainer's, like xAPI: an exam's answer-by-answer detail is in it, whatever
//! `--trainer` says (the HTML and Markdown reports withhold it from the trainee's copy).

use std::path::Path;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::ReportInput;
use crate::i18n::Lang;
use crate::record::Attempt;
use crate::record::quiz::QuizResult;

pub const EXPORT_FORMAT: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Export {
    pub format: u32,
    /// The program and version that wrote it.
    pub generator: String,
    pub exported: DateTime<Utc>,
    pub lang: Lang,
    pub profile: ExportProfile,
    pub attempts: Vec<Attempt>,
    /// What was learned, as `amiable history --json` shows it. Kept as written: a reader
    /// recomputes it from the attempts when it needs to rely on it.
    #[serde(default)]
    pub progress: serde_json::Value,
    #[serde(default)]
    pub questionnaires: Vec<QuizResult>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportProfile {
    pub name: String,
    pub created: DateTime<Utc>,
}

impl Export {
    pub fn of(input: &ReportInput<'_>) -> Export {
        Export {
            format: EXPORT_FORMAT,
            generator: format!("amiable {}", env!("CARGO_PKG_VERSION")),
            exported: input.generated,
            lang: input.lang(),
            profile: ExportProfile {
                name: input.profile.to_string(),
                created: input.created,
            },
            attempts: input.attempts.iter().map(|a| (*a).clone()).collect(),
            progress: serde_json::to_value(input.progress).unwrap_or_default(),
            questionnaires: input.quizzes.to_vec(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("an export always serialises")
    }
}

/// Reads an export, saying which file and where when it cannot.
pub fn read_export(path: &Path) -> Result<Export, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let head: serde_json::Value = serde_json::from_str(&text).map_err(|e| {
        format!(
            "{}:{}:{}: not a JSON export: {e}",
            path.display(),
            e.line(),
            e.column()
        )
    })?;
    match head.get("format").and_then(serde_json::Value::as_u64) {
        None => {
            return Err(format!(
                "{}: no \"format\" field: not an Amiable export (write one with `amiable report --format json`)",
                path.display()
            ));
        }
        Some(f) if f > u64::from(EXPORT_FORMAT) => {
            return Err(format!(
                "{}: export format {f} is newer than this Amiable reads ({EXPORT_FORMAT}); update Amiable",
                path.display()
            ));
        }
        Some(_) => {}
    }
    serde_json::from_str(&text)
        .map_err(|e| format!("{}:{}:{}: {e}", path.display(), e.line(), e.column()))
}
