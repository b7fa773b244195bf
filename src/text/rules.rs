//! The rules file (assets/text/rules.ron) and its compiled form: every pattern of a language
//! in two Aho-Corasick automata (stems and exact words), so that one pass over an utterance
//! finds every phrase of every rule.
//!
//! Pattern syntax, for trainers (also explained at the top of rules.ron):
//! - words are matched by stem: "je comprends" also matches "je comprend", "nous comprenons"…
//! - a pattern starting with "=" matches exact words (accents still ignored): "=saisie";
//! - "(a|b|)" offers alternatives, the empty one making the group optional;
//! - "..." skips up to 12 words of the same sentence: "si je vous accorde ... vous engager";
//! - "^" at the start or "$" at the end ties the pattern to the start or end of a sentence;
//! - numbers match any number: "150 €" matches "1 200 €".

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, MatchKind};
use serde::Deserialize;

use super::tokens::Lexer;
use crate::i18n::Lang;
use crate::scenario::Technique;

/// Words a "..." may skip: enough for a clause, not for a whole paragraph.
pub const MAX_GAP: usize = 12;

#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("rules.ron {line}:{col}: {message}")]
    Ron {
        line: usize,
        col: usize,
        message: String,
    },
    #[error("rule `{rule}` ({lang}): pattern `{pattern}`: {message}")]
    Pattern {
        rule: String,
        lang: &'static str,
        pattern: String,
        message: String,
    },
    #[error("cannot build the matcher: {0}")]
    Build(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RulesFile {
    pub fr: LangRules,
    pub en: LangRules,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LangRules {
    /// Typed forms that stand for other words ("jai" → "j'ai").
    #[serde(default)]
    pub spellings: BTreeMap<String, String>,
    /// Words that carry no content, left out of `Classifier::stems`.
    #[serde(default)]
    pub stop_words: Vec<String>,
    pub negation: Negation,
    /// Techniques that make a question something else than a closed question: "Vous vous
    /// moquez de moi ?" attacks, "Si je comprends bien, vous …?" reformulates.
    #[serde(default)]
    pub not_closed_questions: Vec<Technique>,
    /// Phrases that make a sentence a question even without "?", at its start.
    pub question_starts: Vec<String>,
    pub rules: Vec<Rule>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Negation {
    /// Words that negate a match when one of them is among the two words before it.
    pub before: Vec<String>,
    /// Words that negate a match when one of them comes right after it (no comma between).
    pub after: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub id: Technique,
    pub patterns: Vec<String>,
    /// Phrases that cancel the rule for the sentence they are in.
    #[serde(default)]
    pub unless: Vec<String>,
    /// Techniques that, detected in the same utterance, cancel this one.
    #[serde(default)]
    pub not_with: Vec<Technique>,
    /// Whether a negation around the match cancels it ("je ne comprends pas").
    #[serde(default = "yes")]
    pub negatable: bool,
    /// Whether the match must be in a question (ends with "?" or starts like one).
    #[serde(default)]
    pub in_question: bool,
    /// Sentences this rule must detect, and must not (the tests run them all).
    #[serde(default)]
    pub must: Vec<String>,
    #[serde(default)]
    pub must_not: Vec<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    Rule(usize),
    Unless(usize),
    QuestionStart,
}

/// One alternative of a pattern, its parts separated by "...".
#[derive(Debug)]
pub struct Variant {
    pub owner: Owner,
    pub segments: Vec<usize>,
    pub at_start: bool,
    pub at_end: bool,
}

#[derive(Debug)]
pub struct Segment {
    pub exact: bool,
    pub words: usize,
}

/// A language's rules ready to match.
pub struct Compiled {
    pub lexer: Lexer,
    pub rules: Vec<Rule>,
    pub not_closed_questions: Vec<Technique>,
    pub stop_words: std::collections::HashSet<String>,
    pub negation_before: std::collections::HashSet<String>,
    pub negation_after: std::collections::HashSet<String>,
    pub segments: Vec<Segment>,
    pub variants: Vec<Variant>,
    /// Variants by their first segment, so that only patterns whose start was seen are tried.
    pub by_first: Vec<Vec<usize>>,
    /// Automaton over stems and over exact words, and the segment each of their patterns is.
    pub stem_ac: AhoCorasick,
    pub stem_ids: Vec<usize>,
    pub fold_ac: AhoCorasick,
    pub fold_ids: Vec<usize>,
}

/// Expands "(a|b) c (d|)" into "a c d", "a c", "b c d", "b c".
fn expand(pattern: &str) -> Result<Vec<String>, String> {
    let mut out = vec![String::new()];
    let mut rest = pattern;
    while let Some(open) = rest.find('(') {
        let close = rest[open..]
            .find(')')
            .map(|c| open + c)
            .ok_or("a `(` has no `)`")?;
        let inner = &rest[open + 1..close];
        if inner.contains('(') {
            return Err("groups cannot nest".into());
        }
        let before = &rest[..open];
        out = out
            .iter()
            .flat_map(|o| inner.split('|').map(move |alt| format!("{o}{before}{alt}")))
            .collect();
        rest = &rest[close + 1..];
    }
    if rest.contains(')') {
        return Err("a `)` has no `(`".into());
    }
    for o in &mut out {
        o.push_str(rest);
    }
    Ok(out)
}

struct Builder<'a> {
    lexer: &'a Lexer,
    lang: Lang,
    segments: Vec<Segment>,
    keys: Vec<String>,
    index: std::collections::HashMap<(bool, String), usize>,
    variants: Vec<Variant>,
}

impl Builder<'_> {
    fn add(&mut self, owner: Owner, rule: &str, pattern: &str) -> Result<(), RulesError> {
        let error = |message: String| RulesError::Pattern {
            rule: rule.to_string(),
            lang: self.lang.code(),
            pattern: pattern.to_string(),
            message,
        };
        let trimmed = pattern.trim();
        let (exact, body) = match trimmed.strip_prefix('=') {
            Some(b) => (true, b),
            None => (false, trimmed),
        };
        for alt in expand(body).map_err(error)? {
            let mut text = alt.trim();
            let at_start = text.starts_with('^') || owner == Owner::QuestionStart;
            text = text.trim_start_matches('^');
            let at_end = text.ends_with('$');
            text = text.trim_end_matches('$');
            let mut segments = Vec::new();
            for part in text.split("...") {
                let tokens = self.lexer.tokenise(part).tokens;
                if tokens.is_empty() {
                    return Err(error(format!("`{alt}` has an empty part")));
                }
                let words: Vec<&str> = tokens
                    .iter()
                    .map(|t| if exact { &t.fold } else { &t.stem }.as_str())
                    .collect();
                let key = format!(" {} ", words.join(" "));
                let next = self.segments.len();
                let id = *self.index.entry((exact, key.clone())).or_insert(next);
                if id == next {
                    self.segments.push(Segment {
                        exact,
                        words: words.len(),
                    });
                    self.keys.push(key);
                }
                segments.push(id);
            }
            self.variants.push(Variant {
                owner,
                segments,
                at_start,
                at_end,
            });
        }
        Ok(())
    }
}

impl Compiled {
    pub fn new(lang: Lang, data: LangRules) -> Result<Compiled, RulesError> {
        let spellings: Vec<(String, String)> = data.spellings.into_iter().collect();
        let lexer = Lexer::new(lang, &spellings);
        let mut b = Builder {
            lexer: &lexer,
            lang,
            segments: Vec::new(),
            keys: Vec::new(),
            index: Default::default(),
            variants: Vec::new(),
        };
        for q in &data.question_starts {
            b.add(Owner::QuestionStart, "question_starts", q)?;
        }
        for (i, rule) in data.rules.iter().enumerate() {
            if rule.patterns.is_empty() {
                return Err(RulesError::Pattern {
                    rule: rule.id.id().into(),
                    lang: lang.code(),
                    pattern: String::new(),
                    message: "a rule needs at least one pattern".into(),
                });
            }
            for p in &rule.patterns {
                b.add(Owner::Rule(i), rule.id.id(), p)?;
            }
            for p in &rule.unless {
                b.add(Owner::Unless(i), rule.id.id(), p)?;
            }
        }
        let Builder {
            segments,
            keys,
            variants,
            ..
        } = b;
        let mut by_first = vec![Vec::new(); segments.len()];
        for (v, variant) in variants.iter().enumerate() {
            by_first[variant.segments[0]].push(v);
        }
        let automaton = |exact: bool| -> Result<(AhoCorasick, Vec<usize>), RulesError> {
            let ids: Vec<usize> = (0..segments.len())
                .filter(|&s| segments[s].exact == exact)
                .collect();
            let ac = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(ids.iter().map(|&s| &keys[s]))
                .map_err(|e| RulesError::Build(e.to_string()))?;
            Ok((ac, ids))
        };
        let (stem_ac, stem_ids) = automaton(false)?;
        let (fold_ac, fold_ids) = automaton(true)?;
        let folded = |words: &[String]| -> std::collections::HashSet<String> {
            words
                .iter()
                .flat_map(|w| lexer.tokenise(w).tokens)
                .map(|t| t.fold)
                .collect()
        };
        Ok(Compiled {
            stop_words: folded(&data.stop_words),
            negation_before: folded(&data.negation.before),
            negation_after: folded(&data.negation.after),
            lexer,
            rules: data.rules,
            not_closed_questions: data.not_closed_questions,
            segments,
            variants,
            by_first,
            stem_ac,
            stem_ids,
            fold_ac,
            fold_ids,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::expand;

    #[test]
    fn groups_expand_to_every_combination() {
        assert_eq!(
            expand("(je|nous) comprends( bien|)").unwrap(),
            [
                "je comprends bien",
                "je comprends",
                "nous comprends bien",
                "nous comprends"
            ]
        );
        assert!(expand("(a|b").is_err());
        assert!(expand("a)").is_err());
    }
}
