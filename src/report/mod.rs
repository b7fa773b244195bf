//! What leaves Amiable: a trainee's learning report (HTML to print, Markdown), the versioned
//! JSON export a trainer collects, xAPI statements for a learning record store, and the
//! trainer's view of a group built from those exports. Plain Rust over `record`; no Bevy.

pub mod export;
pub mod group;
pub mod html;
pub mod lrs;
pub mod markdown;
mod svg;
mod view;
pub mod xapi;

pub use export::{EXPORT_FORMAT, Export, ExportProfile, read_export};
pub use view::AttemptView;

use chrono::{DateTime, Utc};
use fluent_bundle::FluentValue;

use crate::i18n::{Catalog, Lang};
use crate::record::quiz::QuizResult;
use crate::record::{Attempt, History, Profile, Progress, ScenarioInfo};

/// A finished call at or above this overall score, with no compliance breach, is passed: the
/// courses treat 60 as "shown" for an objective, and an illegal threat fails any call.
pub const PASS_MARK: u8 = 60;

/// Which attempts a report details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    All,
    Last,
    Number(u32),
}

/// Everything a report shows, gathered once so every format says the same.
pub struct ReportInput<'a> {
    pub profile: &'a str,
    pub created: DateTime<Utc>,
    /// The attempts detailed, oldest first.
    pub attempts: Vec<&'a Attempt>,
    /// Every attempt of the profile, for the overall trend.
    pub history: &'a [Attempt],
    /// What was learned, over the whole history.
    pub progress: &'a Progress,
    pub quizzes: &'a [QuizResult],
    pub generated: DateTime<Utc>,
    /// Labels in the report's language.
    pub app: &'a Catalog,
}

impl ReportInput<'_> {
    pub fn lang(&self) -> Lang {
        self.app.lang()
    }
}

/// What a profile's reports read, gathered once; `warnings` name files that were set aside.
pub struct Gathered {
    pub history: History,
    pub quizzes: Vec<QuizResult>,
    pub progress: Progress,
    pub warnings: Vec<String>,
}

impl Gathered {
    pub fn of(profile: &Profile, scenarios: &[ScenarioInfo]) -> Gathered {
        let history = profile.history();
        let (quizzes, quiz_warnings) = profile.quizzes();
        let mut warnings = history.warnings.clone();
        warnings.extend(quiz_warnings);
        let progress = crate::record::progress(&history, scenarios);
        Gathered {
            history,
            quizzes,
            progress,
            warnings,
        }
    }

    pub fn input<'a>(
        &'a self,
        profile: &'a Profile,
        selection: Selection,
        app: &'a Catalog,
    ) -> Result<ReportInput<'a>, String> {
        Ok(ReportInput {
            profile: &profile.name,
            created: profile.created,
            attempts: select(&self.history, selection)?,
            history: &self.history.attempts,
            progress: &self.progress,
            quizzes: &self.quizzes,
            generated: Utc::now(),
            app,
        })
    }
}

/// The attempts `selection` names, or why there are none.
pub fn select(history: &History, selection: Selection) -> Result<Vec<&Attempt>, String> {
    match selection {
        Selection::All => Ok(history.attempts.iter().collect()),
        Selection::Last => history
            .last()
            .map(|a| vec![a])
            .ok_or_else(|| "this profile has no attempt yet".to_string()),
        Selection::Number(n) => history.get(n).map(|a| vec![a]).ok_or_else(|| {
            let known = history
                .attempts
                .iter()
                .map(|a| a.number.to_string())
                .collect::<Vec<_>>();
            if known.is_empty() {
                format!("no attempt number {n}: this profile has no attempt yet")
            } else {
                format!("no attempt number {n} (recorded: {})", known.join(", "))
            }
        }),
    }
}

/// Whether a call counts as passed (see `PASS_MARK`).
pub fn passed(attempt: &Attempt) -> bool {
    attempt.finished
        && attempt.overall >= PASS_MARK
        && AttemptView::of(attempt).compliance_breaches == 0
}

/// `HH:MM` in minutes and seconds, as the history shows durations.
pub fn minutes_seconds(ms: u64) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

pub(crate) fn arg<'a>(
    name: &'a str,
    value: impl Into<FluentValue<'a>>,
) -> (&'a str, FluentValue<'a>) {
    (name, value.into())
}

/// The report's title for a pseudonym. French elides "de" before a vowel ("Carnet
/// d'apprentissage d'Émilie"); the catalogue decides, given `elide`.
pub fn title(app: &Catalog, name: &str) -> String {
    let elide = crate::record::fold_name(name).starts_with(['a', 'e', 'i', 'o', 'u']);
    app.text_args(
        "learn-title",
        &[
            arg("name", name.to_string()),
            arg("elide", if elide { "yes" } else { "no" }),
        ],
    )
}

/// A date as a trainee reads it in their language.
pub fn local_date(at: DateTime<Utc>, lang: Lang) -> String {
    let local = at.with_timezone(&chrono::Local);
    match lang {
        Lang::Fr => local.format("%d/%m/%Y %H:%M").to_string(),
        Lang::En => local.format("%Y-%m-%d %H:%M").to_string(),
    }
}
