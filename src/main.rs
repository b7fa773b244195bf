use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    amiable::cli::run(amiable::cli::Cli::parse())
}
