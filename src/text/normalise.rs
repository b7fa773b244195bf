//! Character-level normalisation: what makes "Périodes", "periodes" and "PÉRIODES" the same
//! word to the matcher, whatever keyboard, phone or copy-paste produced them.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Apostrophes as typed by French keyboards, word processors (’) and phones (ʼ, ‘, ´, `).
/// They all elide the same way.
pub fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' | '\u{2032}'
    )
}

/// Characters that belong to a word: letters and digits of any script, plus combining marks so
/// that text typed in decomposed form (e + U+0301) stays one word until NFC recomposes it.
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

/// NFC then lowercase: the form the French stemmer expects (accented, composed, lowercase).
/// Lowercasing after NFC keeps "É" typed as E + U+0301 equal to the precomposed "é".
pub fn lower_nfc(word: &str) -> String {
    word.nfc().flat_map(char::to_lowercase).collect()
}

/// Drops accents and other combining marks: "échéance" → "echeance". Trainees often type
/// without accents, so matching is done on folded forms; "œ" and "æ" are spelt out the way
/// people type them without the ligature.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.nfd() {
        match c {
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            c if is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_and_precomposed_agree() {
        assert_eq!(lower_nfc("E\u{301}CHE\u{301}ANCE"), "échéance");
        assert_eq!(fold(&lower_nfc("Échéance")), "echeance");
        assert_eq!(fold("cœur"), "coeur");
    }
}
