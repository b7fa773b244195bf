//! French typography: a space before `; : ! ? »`, after `«`, before `€` and between groups of
//! digits must never become a line break. Authors type plain spaces; this makes them
//! non-breaking, so "1 087,20 €" and "pourquoi ?" never wrap apart.

const NBSP: char = '\u{a0}';

pub fn french(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c != ' ' {
            out.push(c);
            continue;
        }
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let digit_group = before.is_some_and(|b| b.is_ascii_digit())
            && chars
                .get(i + 1..i + 4)
                .is_some_and(|g| g.iter().all(char::is_ascii_digit))
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        let glued = matches!(after, Some(';' | ':' | '!' | '?' | '»' | '€' | '%'))
            || before == Some('«')
            || digit_group;
        out.push(if glued { NBSP } else { ' ' });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_that_must_not_break_become_non_breaking() {
        assert_eq!(
            french("doit 1 087,20 € ?"),
            "doit 1\u{a0}087,20\u{a0}€\u{a0}?"
        );
        assert_eq!(
            french("« Oui » : non !"),
            "«\u{a0}Oui\u{a0}»\u{a0}: non\u{a0}!"
        );
        assert_eq!(
            french("en 2026 1234 fois"),
            "en 2026 1234 fois",
            "a year then a number stay apart"
        );
        assert_eq!(french("12 mois"), "12 mois");
    }
}
