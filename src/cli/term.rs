//! Reading the trainee's answers from the terminal.

use std::io::{BufRead, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

pub enum Answer {
    Choice(usize),
    Quit,
    /// The exam's response time ran out.
    TimedOut,
}

/// Standard input, line by line, read on its own thread so that an exam can stop waiting
/// when its response time runs out. `None` marks the end of input.
fn lines() -> &'static Mutex<Receiver<Option<String>>> {
    static LINES: OnceLock<Mutex<Receiver<Option<String>>>> = OnceLock::new();
    LINES.get_or_init(|| {
        let (send, receive) = channel();
        std::thread::spawn(move || {
            let stdin = std::io::stdin();
            let mut lock = stdin.lock();
            loop {
                let mut line = String::new();
                match lock.read_line(&mut line) {
                    Ok(0) | Err(_) => {
                        let _ = send.send(None);
                        break;
                    }
                    Ok(_) => {
                        if send.send(Some(line)).is_err() {
                            break;
                        }
                    }
                }
            }
        });
        Mutex::new(receive)
    })
}

/// The next line typed, or `Ok(None)` when the time is up. End of input is an error, so a
/// script that runs out of answers does not hang.
pub fn read_line(deadline: Option<Instant>) -> Result<Option<String>, String> {
    let receiver = lines()
        .lock()
        .map_err(|_| "standard input is unavailable")?;
    let line = match deadline {
        None => receiver.recv().map_err(|_| RecvTimeoutError::Disconnected),
        Some(d) => receiver.recv_timeout(d.saturating_duration_since(Instant::now())),
    };
    match line {
        Ok(Some(line)) => Ok(Some(line)),
        Err(RecvTimeoutError::Timeout) => Ok(None),
        Ok(None) | Err(RecvTimeoutError::Disconnected) => Err(
            "end of input before the call ended (use --choices or --auto to play without a terminal)"
                .into(),
        ),
    }
}

/// Asks until the trainee types a number between 1 and `count`, or `q`.
pub fn ask(
    prompt: &str,
    invalid: &str,
    count: usize,
    out: &mut dyn Write,
) -> Result<Answer, String> {
    ask_within(prompt, invalid, count, None, out)
}

/// As `ask`, giving up after `limit` (the exam's response timer).
pub fn ask_within(
    prompt: &str,
    invalid: &str,
    count: usize,
    limit: Option<Duration>,
    out: &mut dyn Write,
) -> Result<Answer, String> {
    let deadline = limit.map(|l| Instant::now() + l);
    loop {
        write!(out, "{} ", prompt.trim_end()).map_err(|e| e.to_string())?;
        out.flush().map_err(|e| e.to_string())?;
        let Some(line) = read_line(deadline)? else {
            writeln!(out).map_err(|e| e.to_string())?;
            return Ok(Answer::TimedOut);
        };
        let trimmed = line.trim();
        if trimmed.eq_ignore_ascii_case("q") {
            return Ok(Answer::Quit);
        }
        match trimmed.parse::<usize>() {
            Ok(n) if (1..=count).contains(&n) => return Ok(Answer::Choice(n - 1)),
            _ => writeln!(out, "{invalid}").map_err(|e| e.to_string())?,
        }
    }
}

/// Asks for a line of free text; `None` when the trainee types `q` alone. End of input is an
/// error, as for `ask`.
pub fn ask_line(prompt: &str, out: &mut dyn Write) -> Result<Option<String>, String> {
    write!(out, "{} ", prompt.trim_end()).map_err(|e| e.to_string())?;
    out.flush().map_err(|e| e.to_string())?;
    let line = read_line(None)?.unwrap_or_default();
    if line.trim().eq_ignore_ascii_case("q") {
        return Ok(None);
    }
    Ok(Some(line))
}

/// Wraps a paragraph for an 80-column terminal, with a hanging indent.
pub fn wrap(text: &str, indent: &str) -> String {
    let options = textwrap::Options::new(80)
        .initial_indent(indent)
        .subsequent_indent(indent);
    textwrap::fill(text, options)
}
