//! Reading the trainee's answers from the terminal.

use std::io::{BufRead, Write};

pub enum Answer {
    Choice(usize),
    Quit,
}

/// Asks until the trainee types a number between 1 and `count`, or `q`. End of input is an
/// error, so a script that runs out of answers does not hang.
pub fn ask(
    prompt: &str,
    invalid: &str,
    count: usize,
    out: &mut dyn Write,
) -> Result<Answer, String> {
    let stdin = std::io::stdin();
    let mut lines = stdin.lock();
    loop {
        write!(out, "{} ", prompt.trim_end()).map_err(|e| e.to_string())?;
        out.flush().map_err(|e| e.to_string())?;
        let mut line = String::new();
        let read = lines.read_line(&mut line).map_err(|e| e.to_string())?;
        if read == 0 {
            return Err("end of input before the call ended (use --choices or --auto to play without a terminal)".into());
        }
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
    let mut line = String::new();
    let read = std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| e.to_string())?;
    if read == 0 {
        return Err("end of input before the call ended (use --choices or --auto to play without a terminal)".into());
    }
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
