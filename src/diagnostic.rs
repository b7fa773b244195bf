//! Problems found in a trainer's files, each with where and why, reported all at once.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Location {
    pub path: PathBuf,
    /// 1-based, as editors count.
    pub line: usize,
    /// 1-based, in characters.
    pub col: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Diagnostic {
    pub location: Location,
    pub severity: Severity,
    pub message: String,
    pub hint: Option<String>,
}

impl Diagnostic {
    pub fn error(location: Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            location,
            severity: Severity::Error,
            message: message.into(),
            hint: None,
        }
    }
    pub fn warning(location: Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(location, message)
        }
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
    /// A diagnostic about a whole file that could not be read.
    pub fn file(path: &Path, message: impl Into<String>) -> Diagnostic {
        Diagnostic::error(
            Location {
                path: path.to_path_buf(),
                line: 1,
                col: 1,
            },
            message,
        )
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(
            f,
            "{}:{}:{}: {severity}: {}",
            self.location.path.display(),
            self.location.line,
            self.location.col,
            self.message
        )?;
        if let Some(hint) = &self.hint {
            write!(f, " ({hint})")?;
        }
        Ok(())
    }
}

/// A file's text with what is needed to turn byte offsets into line and column.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceText {
    pub fn new(path: impl Into<PathBuf>, text: String) -> SourceText {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceText {
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// Reads a file; invalid UTF-8 is a diagnostic, not a crash.
    pub fn read(path: &Path) -> Result<SourceText, Diagnostic> {
        let bytes = std::fs::read(path)
            .map_err(|e| Diagnostic::file(path, format!("cannot read file: {e}")))?;
        match String::from_utf8(bytes) {
            Ok(text) => Ok(SourceText::new(path, text)),
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
                let src = SourceText::new(path, lossy);
                Err(Diagnostic::error(
                    src.at(offset),
                    "the file is not valid UTF-8 text",
                ))
            }
        }
    }

    pub fn at(&self, offset: usize) -> Location {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Location {
            path: self.path.clone(),
            line,
            col,
        }
    }

    pub fn line_text(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .map_or(self.text.len(), |&e| e.saturating_sub(1));
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches('\r')
    }

    /// The offset of the quoted string `"needle"` at or after `from`, skipping comments, so
    /// that checks made after parsing can point at the value they are about.
    pub fn find_quoted(&self, needle: &str, from: usize) -> Option<usize> {
        let quoted = format!("\"{needle}\"");
        let mut search = from.min(self.text.len());
        while let Some(found) = self.text.get(search..)?.find(&quoted) {
            let at = search + found;
            if !self.in_line_comment(at) {
                return Some(at);
            }
            search = at + quoted.len();
        }
        None
    }

    fn in_line_comment(&self, offset: usize) -> bool {
        let line = self.line_starts.partition_point(|&s| s <= offset).max(1);
        let start = self.line_starts[line - 1];
        self.text
            .get(start..offset)
            .is_some_and(|before| strip_strings(before).contains("//"))
    }
}

/// The text with string contents blanked, so `//` inside a string is not taken for a comment.
fn strip_strings(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in s.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            out.push(' ');
        } else {
            if c == '"' {
                in_string = true;
            }
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let src = SourceText::new("x.ron", "ab\nçé\"x\"\n".to_string());
        assert_eq!(src.at(0).line, 1);
        let loc = src.at(src.text.find("\"x\"").unwrap());
        assert_eq!((loc.line, loc.col), (2, 3));
        assert_eq!(src.line_text(2), "çé\"x\"");
    }

    #[test]
    fn quoted_search_skips_comments() {
        let src = SourceText::new("x.ron", "// \"a\"\nnext: \"a\", // \"a\"\n".to_string());
        let at = src.find_quoted("a", 0).unwrap();
        assert_eq!(src.at(at).line, 2);
        assert_eq!(src.at(at).col, 7);
    }
}
