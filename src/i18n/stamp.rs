//! Records, above each translated message, the fingerprint of the source text it was
//! translated from (`# source: …`), so `check` can tell when the source changes later.

use super::{Catalog, STAMP_PREFIX};

/// The id of a message that starts on this line (`id = …`), if any.
fn message_start(line: &str) -> Option<&str> {
    let first = line.chars().next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len());
    line[end..]
        .trim_start()
        .starts_with('=')
        .then(|| &line[..end])
}

fn is_stamp(line: &str) -> bool {
    line.trim_start_matches('#')
        .trim_start()
        .starts_with(STAMP_PREFIX)
        && line.starts_with("# ")
}

/// The translation's text with a fresh stamp above every message the source also has, and how
/// many messages were stamped. Everything else is kept as it was.
pub fn stamp(translation: &str, source: &Catalog) -> (String, usize) {
    let mut out: Vec<String> = Vec::new();
    let mut count = 0;
    for line in translation.lines() {
        if let Some(id) = message_start(line)
            && let Some(fingerprint) = source.fingerprint(id)
        {
            if out.last().is_some_and(|l| is_stamp(l)) {
                out.pop();
            }
            out.push(format!("# {STAMP_PREFIX} {fingerprint}"));
            count += 1;
        }
        out.push(line.to_string());
    }
    let mut text = out.join("\n");
    if translation.ends_with('\n') {
        text.push('\n');
    }
    (text, count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::SourceText;
    use crate::i18n::Lang;

    fn catalog(lang: Lang, text: &str) -> Catalog {
        let mut c = Catalog::new(lang);
        assert!(
            c.add(&SourceText::new("x.ftl", text.to_string()))
                .is_empty()
        );
        c
    }

    #[test]
    fn stamps_are_added_replaced_and_read_back() {
        let fr = catalog(
            Lang::Fr,
            "a = Bonjour\n    .feedback = Bien\nb = Au revoir\n",
        );
        let en =
            "# A comment kept\na = Hello\n    .feedback = Good\nb = Goodbye\nonly-here = Extra\n";
        let (once, n) = stamp(en, &fr);
        assert_eq!(n, 2);
        assert!(once.starts_with("# A comment kept\n# source: "), "{once}");
        let (twice, _) = stamp(&once, &fr);
        assert_eq!(once, twice, "stamping again changes nothing");
        let read = catalog(Lang::En, &once);
        assert_eq!(read.source("a").unwrap().stamp, fr.fingerprint("a"));
        assert_eq!(read.source("only-here").unwrap().stamp, None);
        let changed = catalog(
            Lang::Fr,
            "a = Bonjour\n    .feedback = Très bien\nb = Au revoir\n",
        );
        assert_ne!(
            changed.fingerprint("a"),
            fr.fingerprint("a"),
            "attributes count"
        );
        assert_eq!(changed.fingerprint("b"), fr.fingerprint("b"));
    }
}
