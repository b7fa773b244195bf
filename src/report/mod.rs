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
use crate::record::{Attempt, History, Mode, Profile, Progress, ScenarioInfo};

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
    /// The trainer's copy: an exam's answer-by-answer detail is shown. Otherwise (the
    /// trainee's copy, as the app saves it) it is withheld, as it is after the call.
    pub trainer: bool,
}

impl ReportInput<'_> {
    pub fn lang(&self) -> Lang {
        self.app.lang()
    }

    /// Whether this copy withholds the attempt's answer-by-answer detail: an exam's, unless
    /// the copy is the trainer's.
    pub fn withholds(&self, attempt: &Attempt) -> bool {
        attempt.mode == Mode::Exam && !self.trainer
    }

    /// This is the trainer's copy and it shows detail the trainee's copy withholds, which its
    /// heading says.
    pub fn shows_withheld_detail(&self) -> bool {
        self.trainer && self.attempts.iter().any(|a| a.mode == Mode::Exam)
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
            trainer: false,
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

/// The `$elide` argument of a text that says "de" before a pseudonym: `"yes"` before a
/// vowel, accented or not. French elides ("d'Émilie" but "de Camille"); the catalogue
/// decides, and English ignores it.
pub fn elide(name: &str) -> &'static str {
    if crate::record::fold_name(name).starts_with(['a', 'e', 'i', 'o', 'u']) {
        "yes"
    } else {
        "no"
    }
}

/// The report's title for a pseudonym ("Carnet d'apprentissage d'Émilie").
pub fn title(app: &Catalog, name: &str) -> String {
    app.text_args(
        "learn-title",
        &[arg("name", name.to_string()), arg("elide", elide(name))],
    )
}

/// The questionnaire's verdict: the dominant position, or, when two or more share the
/// highest score, all of them; then the explanation of each position named.
pub fn quiz_verdict(app: &Catalog, q: &QuizResult) -> (String, Vec<String>) {
    let leading = q.leading();
    let names: Vec<String> = leading
        .iter()
        .map(|p| app.text(&format!("position-{}", p.id())))
        .collect();
    let line = match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => app.text_args(
            "quiz-shared",
            &[arg("positions", rest.join(", ")), arg("last", last.clone())],
        ),
        _ => app.text_args(
            "quiz-dominant",
            &[arg("position", names.first().cloned().unwrap_or_default())],
        ),
    };
    let explained = leading
        .iter()
        .map(|p| app.text(&format!("position-{}-explained", p.id())))
        .collect();
    (line, explained)
}

/// A date as a trainee reads it in their language.
pub fn local_date(at: DateTime<Utc>, lang: Lang) -> String {
    let local = at.with_timezone(&chrono::Local);
    match lang {
        Lang::Fr => local.format("%d/%m/%Y %H:%M").to_string(),
        Lang::En => local.format("%Y-%m-%d %H:%M").to_string(),
    }
}
