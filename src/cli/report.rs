//! `amiable report` (a trainee's learning report, JSON export, xAPI) and `amiable group`
//! (the trainer's view of the exports a group hands in).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::Utc;
use fluent_bundle::FluentValue;

use super::learner::{named_profile, scenario_infos};
use crate::catalogue;
use crate::i18n::{Catalog, Lang};
use crate::record;
use crate::report::{self, Export, ReportInput, Selection, group, lrs, xapi};
use crate::scenario::LoadedScenario;

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportFormat {
    /// One self-contained page to open in a browser and print (A4)
    Html,
    /// Markdown, for a course platform or an e-mail
    Md,
    /// The versioned export a trainer collects (`amiable group` reads it)
    Json,
    /// xAPI 1.0.3 statements for a learning record store
    Xapi,
}

#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// Detail only this attempt (its number in `amiable history`)
    #[arg(long, conflicts_with_all = ["last", "all"])]
    pub attempt: Option<u32>,
    /// Detail only the latest attempt
    #[arg(long, conflicts_with = "all")]
    pub last: bool,
    /// Detail every attempt (the default)
    #[arg(long)]
    pub all: bool,
    /// html, md, json or xapi (default html; xapi with --lrs)
    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,
    /// Write to this file instead of standard output
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// The trainer's copy: HTML and Markdown show the exams' answer-by-answer detail, which
    /// the trainee's copy withholds (JSON and xAPI, for the trainer and the LMS, always hold
    /// it)
    #[arg(long)]
    pub trainer: bool,
    /// Send the xAPI statements to this learning record store (its endpoint, e.g.
    /// https://lrs.example.org/xapi/)
    #[arg(long)]
    pub lrs: Option<String>,
    /// The LRS's Basic user (its key)
    #[arg(long, requires = "lrs")]
    pub lrs_user: Option<String>,
    /// The LRS's Basic password (its secret); better given in AMIABLE_LRS_PASSWORD than on
    /// the command line, where other users of the machine can see it
    #[arg(
        long,
        requires = "lrs",
        env = "AMIABLE_LRS_PASSWORD",
        hide_env_values = true
    )]
    pub lrs_password: Option<String>,
}

fn arg<'a>(name: &'a str, value: impl Into<FluentValue<'a>>) -> (&'a str, FluentValue<'a>) {
    (name, value.into())
}

fn texts(lang: Lang) -> Result<Catalog, String> {
    catalogue::app_texts(lang).map_err(super::render::diagnostics)
}

pub fn report(
    lang: Option<Lang>,
    profile: Option<&str>,
    args: &ReportArgs,
) -> Result<ExitCode, String> {
    let format = match (args.format, &args.lrs) {
        (Some(f), Some(_)) if f != ReportFormat::Xapi => {
            return Err("--lrs sends xAPI statements: use it with --format xapi".into());
        }
        (Some(f), _) => f,
        (None, Some(_)) => ReportFormat::Xapi,
        (None, None) => ReportFormat::Html,
    };
    let profile = named_profile(profile)?;
    let history_lang = profile.history().last().map(|a| a.lang);
    // The trainee's language: the one of their latest call, unless --lang says otherwise.
    let lang = lang.or(history_lang).unwrap_or_else(Lang::from_system);
    let gathered = report::Gathered::of(&profile, &scenario_infos(lang));
    for w in &gathered.warnings {
        eprintln!("amiable: warning: {w}");
    }
    let selection = match (args.attempt, args.last) {
        (Some(n), _) => Selection::Number(n),
        (None, true) => Selection::Last,
        (None, false) => Selection::All,
    };
    let app = texts(lang)?;
    let mut input = gathered.input(&profile, selection, &app)?;
    input.trainer = args.trainer;
    let text = match format {
        ReportFormat::Html => report::html::report(&input),
        ReportFormat::Md => report::markdown::report(&input),
        ReportFormat::Json => Export::of(&input).to_json() + "\n",
        ReportFormat::Xapi => {
            let statements = xapi_statements(&input);
            if let Some(url) = &args.lrs {
                let sent = lrs::send(
                    &lrs::Lrs {
                        url,
                        user: args.lrs_user.as_deref(),
                        password: args.lrs_password.as_deref(),
                    },
                    &statements,
                )?;
                eprintln!(
                    "{}",
                    app.text_args(
                        "learn-lrs-sent",
                        &[
                            arg("count", sent.stored),
                            arg("url", sent.url),
                            arg("status", sent.status)
                        ]
                    )
                );
                if args.out.is_none() {
                    return Ok(ExitCode::SUCCESS);
                }
            }
            serde_json::to_string_pretty(&statements).map_err(|e| e.to_string())? + "\n"
        }
    };
    emit(&text, args.out.as_deref(), &app, "learn-written")
}

/// Statements of every selected attempt; each decision names the answers offered, read from
/// the scenario as it is now (when it still fits the recorded answers).
fn xapi_statements(input: &ReportInput<'_>) -> Vec<serde_json::Value> {
    let mut loaded: Vec<(String, Option<LoadedScenario>)> = Vec::new();
    let mut out = Vec::new();
    for a in &input.attempts {
        if !loaded.iter().any(|(id, _)| *id == a.scenario) {
            let path = catalogue::resolve(&a.scenario);
            let scenario = path
                .exists()
                .then(|| crate::scenario::load(&path).scenario)
                .flatten();
            if scenario.is_none() {
                eprintln!(
                    "amiable: warning: scenario `{}` cannot be loaded: its decisions name only the answer given",
                    a.scenario
                );
            }
            loaded.push((a.scenario.clone(), scenario));
        }
        let scenario = loaded
            .iter()
            .find(|(id, _)| *id == a.scenario)
            .and_then(|(_, s)| s.as_ref())
            .map(|loaded| xapi::ScenarioTexts { loaded });
        out.extend(xapi::statements(a, scenario.as_ref()));
    }
    out
}

fn emit(text: &str, out: Option<&Path>, app: &Catalog, written: &str) -> Result<ExitCode, String> {
    match out {
        Some(path) => {
            record::write_atomic(path, text.as_bytes())
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
            eprintln!(
                "{}",
                app.text_args(written, &[arg("path", path.display().to_string())])
            );
        }
        None => print!("{text}"),
    }
    Ok(ExitCode::SUCCESS)
}

pub fn group(
    lang: Lang,
    files: &[PathBuf],
    csv: Option<&Path>,
    html: Option<&Path>,
) -> Result<ExitCode, String> {
    if files.is_empty() {
        return Err(
            "name the trainees' exports (`amiable report --format json --out NAME.json`)".into(),
        );
    }
    let mut exports = Vec::new();
    let mut failed = Vec::new();
    for f in files {
        match report::read_export(f) {
            Ok(e) => exports.push(e),
            Err(why) => failed.push(why),
        }
    }
    for why in &failed {
        eprintln!("amiable: error: {why}");
    }
    if exports.is_empty() {
        return Err("no export could be read".into());
    }
    let app = texts(lang)?;
    let mut g = group::group(&exports);
    // A scenario played in English by one trainee and in French by another is one scenario:
    // every row names a bundled one in the group's language.
    let infos = scenario_infos(lang);
    for r in &mut g.rows {
        if let Some(info) = infos.iter().find(|i| i.id == r.scenario) {
            r.title = info.title.clone();
        }
    }
    if g.duplicates > 0 {
        eprintln!(
            "amiable: warning: {} attempt(s) appear in more than one export; counted once",
            g.duplicates
        );
    }
    if let Some(path) = csv {
        emit(&group::csv(&g, &app), Some(path), &app, "group-written")?;
    }
    if let Some(path) = html {
        emit(
            &group::html(&g, &app, Utc::now()),
            Some(path),
            &app,
            "group-written",
        )?;
    }
    if csv.is_none() && html.is_none() {
        print!("{}", group::text(&g, &app));
    }
    Ok(if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
