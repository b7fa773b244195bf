//! The command line: terminal play and the trainer's tools, over the same core as the app.

mod check;
mod list;
mod play;
mod render;
mod term;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;

#[derive(Parser, Debug)]
#[command(name = "amiable", version, about = "Role-play simulator for amicable debt-collection training")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Language of the texts: fr or en (default: the system's when French or English, else French)
    #[arg(long, global = true, value_parser = parse_lang)]
    pub lang: Option<Lang>,
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
    let lang = cli.lang.unwrap_or_else(Lang::from_system);
    let result = match cli.command {
        Some(Command::List { json }) => list::run(lang, json),
        Some(Command::Play(args)) => play::run(lang, &args),
        Some(Command::Check { paths, deny_warnings }) => check::run(&paths, deny_warnings),
        None => play::menu(lang),
    };
    match result {
        Ok(code) => code,
        Err(message) => {
            eprintln!("amiable: {message}");
            ExitCode::from(2)
        }
    }
}
