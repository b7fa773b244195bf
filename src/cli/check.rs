use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::catalogue;
use crate::diagnostic::{Diagnostic, SourceText};
use crate::scenario;

/// Checks every file given (folders: every .ron inside) and prints every problem, each with
/// its line and a caret under the spot.
pub fn run(paths: &[PathBuf], deny_warnings: bool) -> Result<ExitCode, String> {
    let files = expand(paths);
    if files.is_empty() {
        return Err(
            "no scenario file to check: name a .ron file, or a folder of them such as scenarios/"
                .into(),
        );
    }
    let mut errors = 0;
    let mut warnings = 0;
    for file in &files {
        let outcome = scenario::load(file);
        for d in &outcome.diagnostics {
            if d.is_error() {
                errors += 1;
            } else {
                warnings += 1;
            }
            println!("{}\n", excerpt(d));
        }
    }
    let summary = format!(
        "{} file(s) checked: {errors} error(s), {warnings} warning(s)",
        files.len()
    );
    let _ = std::io::Write::flush(&mut std::io::stdout());
    eprintln!("{summary}");
    if errors > 0 || (deny_warnings && warnings > 0) {
        Ok(ExitCode::from(1))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

fn expand(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        return catalogue::bundled();
    }
    let mut files = Vec::new();
    for p in paths {
        // The folder that holds scenarios/ and locales/ means its scenarios.
        let scenarios = p.join("scenarios");
        let p = if p.is_dir() && scenarios.is_dir() {
            &scenarios
        } else {
            p
        };
        if p.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(p)
                .map(|rd| {
                    rd.filter_map(Result::ok)
                        .map(|e| e.path())
                        .filter(|f| f.extension().is_some_and(|e| e == "ron"))
                        .collect()
                })
                .unwrap_or_default();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(p.clone());
        }
    }
    files
}

/// The diagnostic, then the offending line and a caret, as compilers show them.
pub fn excerpt(d: &Diagnostic) -> String {
    let mut out = d.to_string();
    if let Some(line) = source_line(&d.location.path, d.location.line) {
        let gutter = d.location.line.to_string();
        let pad = " ".repeat(gutter.len());
        let caret_pad: String = line
            .chars()
            .take(d.location.col.saturating_sub(1))
            .map(|c| if c == '\t' { '\t' } else { ' ' })
            .collect();
        out.push_str(&format!(
            "\n{pad} |\n{gutter} | {line}\n{pad} | {caret_pad}^"
        ));
    }
    out
}

fn source_line(path: &Path, line: usize) -> Option<String> {
    let bytes = std::fs::read(path).ok()?;
    let src = SourceText::new(path, String::from_utf8_lossy(&bytes).into_owned());
    let text = src.line_text(line);
    (!text.is_empty()).then(|| text.to_string())
}
