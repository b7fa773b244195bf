use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    // `amiable check | head` must end quietly, as Unix tools do, not panic on a closed pipe.
    #[cfg(unix)]
    // SAFETY: restoring the default action of one signal before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    amiable::cli::run(amiable::cli::Cli::parse())
}
