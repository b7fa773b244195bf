//! The trainee's side of the command line: profiles, history and progress, the
//! questionnaire, and recording calls played in the terminal.

use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

use chrono::{Local, Utc};
use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::assessment::Assessment;
use crate::catalogue;
use crate::i18n::{Catalog, Lang};
use crate::record::{
    self, Answer, Attempt, Journal, JournalHeader, Mode, NewAttempt, Pending, Profile, Records,
    quiz,
};
use crate::scenario::{self, message};

use super::render;
use super::term;

#[derive(clap::Subcommand, Debug)]
pub enum ProfileAction {
    /// List the profiles on this machine
    List,
    /// Create a profile (a pseudonym is enough)
    Create { name: String },
    /// Delete a profile and every file recorded for it
    Delete {
        name: String,
        /// Do not ask for confirmation
        #[arg(long)]
        yes: bool,
    },
}

fn arg<'a>(name: &'a str, value: impl Into<FluentValue<'a>>) -> (&'a str, FluentValue<'a>) {
    (name, value.into())
}

pub fn profile(lang: Lang, action: &ProfileAction) -> Result<ExitCode, String> {
    let app = catalogue::app_texts(lang).map_err(render::diagnostics)?;
    let records = Records::open_default();
    match action {
        ProfileAction::List => {
            let list = records.list();
            for w in &list.warnings {
                eprintln!("amiable: warning: {w}");
            }
            if list.profiles.is_empty() {
                println!("{}", app.text("profile-none"));
                return Ok(ExitCode::SUCCESS);
            }
            let dir = records.root().display().to_string();
            println!(
                "{}",
                app.text_args("profile-list-header", &[arg("dir", dir)])
            );
            for p in &list.profiles {
                let attempts = p.history().attempts.len();
                let created = p
                    .created
                    .with_timezone(&Local)
                    .format("%Y-%m-%d")
                    .to_string();
                println!(
                    "  {}",
                    app.text_args(
                        "profile-line",
                        &[
                            arg("name", p.name.clone()),
                            arg("attempts", attempts),
                            arg("created", created)
                        ]
                    )
                );
            }
        }
        ProfileAction::Create { name } => {
            let p = records.create(name).map_err(|e| e.to_string())?;
            println!(
                "{}",
                app.text_args("profile-created", &[arg("name", p.name)])
            );
        }
        ProfileAction::Delete { name, yes } => {
            let p = records.find(name).map_err(|e| e.to_string())?;
            if !yes {
                let attempts = p.history().attempts.len();
                print!(
                    "{} ",
                    app.text_args(
                        "profile-delete-confirm",
                        &[arg("name", p.name.clone()), arg("attempts", attempts)]
                    )
                );
                let _ = std::io::stdout().flush();
                let answer = term::read_line(None)
                    .unwrap_or_default()
                    .unwrap_or_default();
                let answer = answer.trim().to_lowercase();
                if !matches!(answer.as_str(), "oui" | "yes" | "o" | "y") {
                    println!("{}", app.text("profile-delete-kept"));
                    return Ok(ExitCode::from(1));
                }
            }
            let p = records.delete(&p.name).map_err(|e| e.to_string())?;
            println!(
                "{}",
                app.text_args("profile-deleted", &[arg("name", p.name)])
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The profile named with `--profile`; commands about one trainee need it.
pub fn named_profile(name: Option<&str>) -> Result<Profile, String> {
    let records = Records::open_default();
    let Some(name) = name else {
        let known: Vec<String> = records
            .list()
            .profiles
            .into_iter()
            .map(|p| p.name)
            .collect();
        return Err(if known.is_empty() {
            "name a profile with --profile NAME (none exists yet: `amiable profile create NAME`)"
                .into()
        } else {
            format!(
                "name a profile with --profile NAME (known: {})",
                known.join(", ")
            )
        });
    };
    records.find(name).map_err(|e| e.to_string())
}

/// The scenarios a suggestion can point to, titled in `lang`.
pub fn scenario_infos(lang: Lang) -> Vec<record::ScenarioInfo> {
    catalogue::bundled()
        .iter()
        .filter_map(|p| scenario::load(p).scenario)
        .map(|l| record::ScenarioInfo {
            id: l.scenario.id.clone(),
            title: l.texts(lang).text(message::TITLE),
            competencies: l.scenario.competencies.clone(),
        })
        .collect()
}

#[derive(Serialize)]
struct HistoryJson<'a> {
    profile: &'a str,
    attempts: Vec<AttemptLine<'a>>,
    progress: record::Progress,
    questionnaires: Vec<quiz::QuizResult>,
    warnings: Vec<String>,
}

#[derive(Serialize)]
struct AttemptLine<'a> {
    number: u32,
    scenario: &'a str,
    title: &'a str,
    mode: Mode,
    positioning: bool,
    finished: bool,
    started: chrono::DateTime<Utc>,
    duration_ms: u64,
    overall: u8,
    relational: u8,
    ending: Option<&'a str>,
}

pub fn history(lang: Lang, profile: Option<&str>, json: bool) -> Result<ExitCode, String> {
    let profile = named_profile(profile)?;
    let history = profile.history();
    let (quizzes, quiz_warnings) = profile.quizzes();
    let mut warnings = history.warnings.clone();
    warnings.extend(quiz_warnings);
    for w in &warnings {
        eprintln!("amiable: warning: {w}");
    }
    let progress = record::progress(&history, &scenario_infos(lang));
    if json {
        let out = HistoryJson {
            profile: &profile.name,
            attempts: history
                .attempts
                .iter()
                .map(|a| AttemptLine {
                    number: a.number,
                    scenario: &a.scenario,
                    title: &a.title,
                    mode: a.mode,
                    positioning: a.positioning,
                    finished: a.finished,
                    started: a.started,
                    duration_ms: a.duration_ms,
                    overall: a.overall,
                    relational: a.relational,
                    ending: a.ending.as_deref(),
                })
                .collect(),
            progress,
            questionnaires: quizzes,
            warnings,
        };
        println!(
            "{}",
            serde_json::to_string_pretty(&out).map_err(|e| e.to_string())?
        );
        return Ok(ExitCode::SUCCESS);
    }
    let app = catalogue::app_texts(lang).map_err(render::diagnostics)?;
    if history.attempts.is_empty() {
        println!(
            "{}",
            app.text_args("history-empty", &[arg("name", profile.name.clone())])
        );
    } else {
        println!(
            "{}",
            app.text_args(
                "history-header",
                &[
                    arg("name", profile.name.clone()),
                    arg("elide", crate::report::elide(&profile.name)),
                    arg("count", history.attempts.len())
                ]
            )
        );
        for a in &history.attempts {
            println!("  {}", attempt_line(a, &app));
        }
    }
    render::progress(&progress, &quizzes, &app, &mut std::io::stdout())
        .map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

pub fn attempt_line(a: &Attempt, app: &Catalog) -> String {
    let mut mode = app.text(&format!("mode-{}", a.mode.id()));
    if a.positioning {
        mode = format!("{mode}, {}", app.text("mode-positioning"));
    }
    if !a.finished {
        mode = format!("{mode}, {}", app.text("history-unfinished"));
    }
    let date = a
        .started
        .with_timezone(&Local)
        .format("%Y-%m-%d %H:%M")
        .to_string();
    app.text_args(
        "history-line",
        &[
            arg("number", a.number),
            arg("date", date),
            arg("title", a.title.clone()),
            arg("mode", mode),
            arg("score", a.overall),
            arg("duration", duration(a.duration_ms)),
        ],
    )
}

pub fn duration(ms: u64) -> String {
    let s = ms / 1000;
    format!("{}:{:02}", s / 60, s % 60)
}

pub fn quiz(
    lang: Lang,
    profile: Option<&str>,
    answers: &[u8],
    json: bool,
) -> Result<ExitCode, String> {
    let app = catalogue::app_texts(lang).map_err(render::diagnostics)?;
    let profile = match profile {
        Some(_) => Some(named_profile(profile)?),
        None => None,
    };
    let mut out = std::io::stdout();
    let io = |e: std::io::Error| e.to_string();
    let given: Vec<u8> = if answers.is_empty() {
        writeln!(out, "{}\n", app.text("quiz-assertiveness-title")).map_err(io)?;
        writeln!(
            out,
            "{}",
            term::wrap(&app.text("quiz-assertiveness-intro"), "")
        )
        .map_err(io)?;
        writeln!(out, "{}\n", app.text("quiz-scale")).map_err(io)?;
        let mut given = Vec::new();
        for i in 0..quiz::STATEMENTS.len() {
            let statement = app.text(&quiz::statement_id(i));
            writeln!(
                out,
                "{}",
                term::wrap(&format!("{:>2}. {statement}", i + 1), "")
            )
            .map_err(io)?;
            match term::ask(
                &app.text("quiz-prompt"),
                &app.text("quiz-invalid"),
                usize::from(quiz::SCALE),
                &mut out,
            )? {
                term::Answer::Choice(n) => given.push(n as u8),
                _ => {
                    writeln!(out, "{}", app.text("quiz-quit")).map_err(io)?;
                    return Ok(ExitCode::SUCCESS);
                }
            }
        }
        given
    } else {
        // Scripted answers are typed as on the scale, 1 to 4.
        answers.iter().map(|a| a.wrapping_sub(1)).collect()
    };
    let result = quiz::score(&given, lang, Utc::now()).map_err(|e| e.to_string())?;
    if let Some(p) = &profile {
        p.save_quiz(&result).map_err(|e| e.to_string())?;
    }
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&result).map_err(|e| e.to_string())?
        );
    } else {
        render::quiz_result(&result, &app, &mut out).map_err(io)?;
        if let Some(p) = &profile {
            writeln!(
                out,
                "\n{}",
                app.text_args("quiz-saved", &[arg("name", p.name.clone())])
            )
            .map_err(io)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// Journals a terminal call answer by answer, then records it in the profile.
pub struct Recorder {
    profile: Profile,
    journal: Journal,
    header: JournalHeader,
    answers: Vec<Answer>,
    clock: Instant,
    elapsed_before: u64,
}

impl Recorder {
    pub fn start(
        profile: Profile,
        scenario: &str,
        seed: u64,
        lang: Lang,
        mode: Mode,
    ) -> Result<Recorder, String> {
        let header = JournalHeader {
            scenario: scenario.to_string(),
            seed,
            lang,
            mode,
            registration: uuid::Uuid::new_v4(),
            started: Utc::now(),
        };
        let journal = profile
            .begin_call(&header)
            .map_err(|e| format!("cannot journal the call: {e}"))?;
        Ok(Recorder {
            profile,
            journal,
            header,
            answers: Vec::new(),
            clock: Instant::now(),
            elapsed_before: 0,
        })
    }

    pub fn resume(profile: Profile, pending: &Pending) -> Result<Recorder, String> {
        let journal = profile
            .resume_call(pending)
            .map_err(|e| format!("cannot journal the call: {e}"))?;
        Ok(Recorder {
            profile,
            journal,
            header: pending.header.clone(),
            answers: pending.answers.clone(),
            clock: Instant::now(),
            elapsed_before: pending.elapsed_ms,
        })
    }

    fn elapsed_ms(&self) -> u64 {
        self.elapsed_before + self.clock.elapsed().as_millis() as u64
    }

    /// Journals the answers of `transcript` not journaled yet.
    pub fn sync(&mut self, transcript: &crate::engine::Transcript) -> Result<(), String> {
        let all = record::answers_of(transcript);
        for answer in all.into_iter().skip(self.answers.len()) {
            let elapsed = self.elapsed_ms();
            self.journal
                .record(&answer, elapsed)
                .map_err(|e| format!("cannot journal the answer: {e}"))?;
            self.answers.push(answer);
        }
        Ok(())
    }

    /// Nothing was answered: nothing to record.
    pub fn discard(self) {
        self.journal.close();
    }

    pub fn finish(self, assessment: &Assessment) -> Result<Attempt, String> {
        let duration_ms = self.elapsed_ms();
        let attempt = self
            .profile
            .record(NewAttempt {
                assessment,
                mode: self.header.mode,
                registration: self.header.registration,
                started: self.header.started,
                duration_ms,
                answers: self.answers,
            })
            .map_err(|e| e.to_string())?;
        self.journal.close();
        Ok(attempt)
    }
}
