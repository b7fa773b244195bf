//! The command line: terminal play and the trainer's tools, over the same core as the app.

mod analyze;
mod check;
mod classify;
mod learner;
mod list;
mod new;
mod play;
mod render;
mod report;
mod term;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

#[derive(Parser, Debug)]
#[command(
    name = "amiable",
    version,
    about = "Role-play simulator for amicable debt-collection training"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of the texts: fr or en (default: the system's when French or English, else French)
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// The trainee's profile (a pseudonym): calls are recorded in it, history and reports
    /// read it. Created on first use by `play`.
    #[arg(long, global = true)]
    pub profile: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// List the bundled scenarios
    List {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// Play a call in the terminal, then read its assessment
    Play(PlayArgs),
    /// Open the app at one screen, save a screenshot of the real window, and exit
    #[cfg(feature = "desktop")]
    Capture(CaptureArgs),
    /// What a scenario lets a trainee reach: endings and how, lowest and highest score of each
    /// competency, the best and worst calls to replay, decisions that teach nothing
    Analyze {
        /// A bundled scenario id or the path of a .ron file
        scenario: String,
        /// Print JSON instead of a report
        #[arg(long)]
        json: bool,
        /// Follow calls up to this many answers (default: the engine's limit, 500, or 40 for
        /// a scenario that loops)
        #[arg(long)]
        max_answers: Option<usize>,
    },
    /// Draw a scenario's branching map as Graphviz DOT or SVG
    Graph {
        /// A bundled scenario id or the path of a .ron file
        scenario: String,
        #[arg(long, value_parser = ["dot", "svg"], default_value = "svg")]
        format: String,
        /// Write to this file instead of standard output
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Record, in each translation, which French text it was translated from (run it once a
    /// translation is up to date; `check` then warns when the French changes)
    Stamp {
        /// A bundled scenario id or the path of a .ron file
        scenario: String,
    },
    /// Write a new scenario skeleton (structure and both languages) that passes check and plays
    New {
        /// The scenario id: lowercase letters, digits and hyphens
        id: String,
        /// What kind of call to start from
        #[arg(long, value_enum, default_value = "basic")]
        template: new::Template,
        /// The folder that holds scenarios/ and locales/ (default: the current folder)
        #[arg(long)]
        dir: Option<PathBuf>,
    },
    /// Manage trainee profiles on this machine
    Profile {
        #[command(subcommand)]
        action: learner::ProfileAction,
    },
    /// A trainee's attempts and what was learned across them (needs --profile)
    History {
        /// Print JSON instead of a table
        #[arg(long)]
        json: bool,
    },
    /// A trainee's learning report: a page to print (html), Markdown, the JSON export a
    /// trainer collects, or xAPI statements for a learning record store (needs --profile)
    Report(report::ReportArgs),
    /// The trainer's view of a group, from the JSON exports the trainees hand in: one row per
    /// trainee and scenario, mean and spread per competency
    Group {
        /// The exports (`amiable report --format json --out NAME.json`)
        files: Vec<PathBuf>,
        /// Write a CSV for a spreadsheet (semicolons, UTF-8 with BOM; decimal comma in French)
        #[arg(long)]
        csv: Option<PathBuf>,
        /// Write a page to print (A4 landscape)
        #[arg(long)]
        html: Option<PathBuf>,
    },
    /// The assertiveness self-positioning questionnaire (kept in the profile with --profile)
    Quiz {
        #[arg(value_parser = ["assertiveness"])]
        questionnaire: String,
        /// Answers on the scale 1 (never) to 4 (always), comma-separated, instead of asking
        #[arg(long, value_delimiter = ',')]
        answers: Vec<u8>,
        /// Print the result as JSON
        #[arg(long)]
        json: bool,
    },
    /// Show which techniques a trainee's sentence shows, with the words that show them, and
    /// its question type (rules: assets/text/rules.ron)
    Classify {
        /// The sentence, as a trainee would type it
        text: String,
        /// Print JSON: {"text", "techniques": [{"id", "evidence"}], "question"}
        #[arg(long)]
        json: bool,
    },
    /// Validate scenario files and their translations (default: every bundled scenario)
    Check {
        /// Scenario files or folders to check
        paths: Vec<PathBuf>,
        /// Fail (exit 1) on warnings too
        #[arg(long)]
        deny_warnings: bool,
    },
}

#[derive(clap::Args, Debug)]
pub struct PlayArgs {
    /// A bundled scenario id (see `amiable list`) or the path of a .ron file
    pub scenario: String,
    /// Seed of the debtor's variability; the same seed and choices replay the same call
    #[arg(long)]
    pub seed: Option<u64>,
    /// Answers to play in order, 1-based, comma-separated (e.g. 2,1,3)
    #[arg(long, value_delimiter = ',')]
    pub choices: Vec<usize>,
    /// How to answer once --choices runs out (default: ask in the terminal)
    #[arg(long, value_enum)]
    pub auto: Option<Auto>,
    /// Print the assessment as JSON on stdout
    #[arg(long)]
    pub json: bool,
    /// Practice shows hints and comments; exam hides them, times each answer and is marked
    #[arg(long, value_enum, default_value = "practice")]
    pub mode: crate::record::Mode,
    /// Go on with the profile's interrupted call of this scenario
    #[arg(long)]
    pub resume: bool,
    /// Answer in your own words: type a sentence instead of a number (after --choices)
    #[arg(long, conflicts_with = "auto")]
    pub free: bool,
}

#[cfg(feature = "desktop")]
#[derive(clap::Args, Debug)]
pub struct CaptureArgs {
    /// The screen to capture: home, briefing, call, debrief, progress or quiz
    #[arg(long, value_parser = ["home", "briefing", "call", "debrief", "progress", "quiz"])]
    pub screen: String,
    /// Scenario id (default: the first bundled one)
    #[arg(long)]
    pub scenario: Option<String>,
    /// Answers played before the capture, 1-based (for debrief, the call is then finished
    /// with the best answers)
    #[arg(long, value_delimiter = ',')]
    pub choices: Vec<usize>,
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Window size, WIDTHxHEIGHT
    #[arg(long, default_value = "1280x800", value_parser = parse_size)]
    pub size: (u32, u32),
    /// Text size: small, medium or large
    #[arg(long, default_value = "medium", value_parser = ["small", "medium", "large"])]
    pub text_size: String,
    /// Where to write the PNG
    #[arg(long)]
    pub out: PathBuf,
    /// Free-answer mode: the call screen shows the text field; each `--say` is an answer
    /// typed in one's own words, played after --choices
    #[arg(long)]
    pub free: bool,
    /// An answer in one's own words (repeat for several; implies --free)
    #[arg(long)]
    pub say: Vec<String>,
}

#[cfg(feature = "desktop")]
fn parse_size(s: &str) -> Result<(u32, u32), String> {
    let (w, h) = s
        .split_once(['x', 'X'])
        .ok_or("expected WIDTHxHEIGHT, e.g. 1280x800")?;
    let w: u32 = w.parse().map_err(|_| format!("bad width `{w}`"))?;
    let h: u32 = h.parse().map_err(|_| format!("bad height `{h}`"))?;
    if !(320..=7680).contains(&w) || !(240..=4320).contains(&h) {
        return Err(format!("{w}x{h} is out of range"));
    }
    Ok((w, h))
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auto {
    /// Pick answers at random, reproducibly from the seed
    Random,
    /// Pick the answer that scores best at each decision
    Best,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
}

pub fn run(cli: Cli) -> ExitCode {
    #[cfg(feature = "desktop")]
    match cli.command {
        None => {
            return crate::app::run(crate::app::Options {
                lang: cli.lang,
                capture: None,
            });
        }
        Some(Command::Capture(args)) => {
            let request = crate::app::capture::CaptureRequest {
                screen: crate::app::screens::Screen::parse(&args.screen)
                    .expect("validated by clap"),
                scenario: args.scenario,
                choices: args.choices,
                seed: args.seed,
                out: args.out,
                size: args.size,
                text_size: crate::app::settings::TextSize::parse(&args.text_size)
                    .expect("validated by clap"),
                free: args.free || !args.say.is_empty(),
                say: args.say,
            };
            return crate::app::run(crate::app::Options {
                lang: cli.lang,
                capture: Some(request),
            });
        }
        _ => {}
    }
    let lang = cli.lang.unwrap_or_else(Lang::from_system);
    let result = match cli.command {
        Some(Command::List { json }) => list::run(lang, json),
        Some(Command::Play(args)) => play::run(lang, cli.profile.as_deref(), &args),
        Some(Command::Profile { action }) => learner::profile(lang, &action),
        Some(Command::History { json }) => learner::history(lang, cli.profile.as_deref(), json),
        Some(Command::Report(args)) => report::report(cli.lang, cli.profile.as_deref(), &args),
        Some(Command::Group { files, csv, html }) => {
            report::group(lang, &files, csv.as_deref(), html.as_deref())
        }
        Some(Command::Quiz {
            questionnaire: _,
            answers,
            json,
        }) => learner::quiz(lang, cli.profile.as_deref(), &answers, json),
        Some(Command::Check {
            paths,
            deny_warnings,
        }) => check::run(&paths, deny_warnings),
        Some(Command::Analyze {
            scenario,
            json,
            max_answers,
        }) => analyze::run(&scenario, json, max_answers),
        Some(Command::Graph {
            scenario,
            format,
            out,
        }) => graph(lang, &scenario, &format, out.as_deref()),
        Some(Command::Stamp { scenario }) => stamp(&scenario),
        Some(Command::Classify { text, json }) => classify::run(lang, &text, json),
        Some(Command::New { id, template, dir }) => new::run(&id, template, dir.as_deref()),
        #[cfg(feature = "desktop")]
        Some(Command::Capture(_)) => unreachable!("handled above"),
        None => play::menu(lang, cli.profile.as_deref()),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("amiable: {message}");
            ExitCode::from(2)
        }
    }
}

fn graph(
    lang: Lang,
    name: &str,
    format: &str,
    out: Option<&std::path::Path>,
) -> Result<ExitCode, String> {
    let loaded = play::load_playable(name)?;
    let texts = loaded.texts(lang);
    let drawn = match format {
        "dot" => crate::graph::dot(&loaded.scenario, texts),
        _ => crate::graph::svg(&loaded.scenario, texts)?,
    };
    match out {
        Some(path) => std::fs::write(path, drawn)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => print!("{drawn}"),
    }
    Ok(ExitCode::SUCCESS)
}

fn stamp(name: &str) -> Result<ExitCode, String> {
    let path = crate::catalogue::resolve(name);
    let source_path = crate::scenario::ftl_path(&path, Lang::Fr);
    let source = crate::i18n::Catalog::load(Lang::Fr, &[source_path.as_path()]).map_err(|d| {
        let lines: Vec<String> = d.iter().map(ToString::to_string).collect();
        format!(
            "the French texts must load before stamping:\n{}",
            lines.join("\n")
        )
    })?;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::Fr) {
        let target = crate::scenario::ftl_path(&path, lang);
        let text = std::fs::read_to_string(&target)
            .map_err(|e| format!("cannot read {}: {e}", target.display()))?;
        let (stamped, count) = crate::i18n::stamp::stamp(&text, &source);
        let tmp = target.with_extension("ftl.tmp");
        std::fs::write(&tmp, stamped)
            .and_then(|()| std::fs::rename(&tmp, &target))
            .map_err(|e| format!("cannot write {}: {e}", target.display()))?;
        println!("{}: {count} messages stamped", target.display());
    }
    Ok(ExitCode::SUCCESS)
}
