//! Answers typed in the trainee's own words: which authored option they amount to.
//!
//! Each option is known by its phrasings in the current language (its own text and its
//! `.example-N` attributes) and by its tags. A free answer is compared with both: how many
//! content words it shares with the closest phrasing, and how well the techniques detected in
//! it agree with the option's tags. The rules and the threshold are in docs/authoring.md.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::i18n::Catalog;
use crate::scenario::{Talk, Technique, message};
use crate::text::{Classification, Classifier, Detection, QuestionKind};

/// Weight of the shared words in the match; the agreement of techniques makes up the rest.
pub const WORDS_WEIGHT: f32 = 0.6;
/// Below this match (0 to 1), the answer is not understood as any option.
pub const MATCH_THRESHOLD: f32 = 0.3;
/// Below the threshold, an answer is still understood when at least half of what it showed
/// belongs to one option that leads the others by this margin.
pub const CLEAR_TECHNIQUES: f32 = 0.5;
pub const CLEAR_MARGIN: f32 = 0.1;
/// How many times the debtor asks to rephrase before the closest option is taken.
pub const MAX_REPHRASE: usize = 2;
/// Longer answers are cut: nobody says more in one turn on the phone.
pub const MAX_FREE_CHARS: usize = 1000;

/// How a free answer was resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Resolution {
    /// Matched an option well enough.
    Understood,
    /// Matched nothing: the call went to the node's `unclear` target.
    Unclear,
    /// Still matched nothing after the debtor asked to rephrase: the closest option was taken.
    Closest,
}

impl Resolution {
    pub fn id(self) -> &'static str {
        match self {
            Resolution::Understood => "understood",
            Resolution::Unclear => "unclear",
            Resolution::Closest => "closest",
        }
    }
}

/// A free answer as played: what was said, what was detected, and how it was understood.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FreeAnswer {
    pub text: String,
    pub detections: Vec<Detection>,
    pub question: QuestionKind,
    /// The option the answer was understood as (the closest one, whatever the resolution).
    pub matched: String,
    /// How well it matched, 0 to 1.
    pub confidence: f32,
    pub resolution: Resolution,
    /// Earlier answers at this decision that the debtor asked to rephrase.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub rephrased: Vec<String>,
}

impl FreeAnswer {
    /// The techniques the answer showed: what scoring and the debtor's reaction use as tags.
    pub fn techniques(&self) -> Vec<Technique> {
        let set: BTreeSet<Technique> = self.detections.iter().map(|d| d.id).collect();
        set.into_iter().collect()
    }
}

/// How one option compares with a free answer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct OptionMatch {
    pub index: usize,
    /// Shared content words with the closest phrasing (Dice coefficient), 0 to 1.
    pub words: f32,
    /// Agreement of the detected techniques with the option's tags (Dice coefficient), 0 to 1.
    pub techniques: f32,
    pub score: f32,
}

/// The best option for `answer` at `talk`, and every option's match, in option order.
/// Deterministic; the first of equal options wins.
pub fn rank(
    talk: &Talk,
    answer: &Classification,
    texts: &Catalog,
    classifier: &Classifier,
) -> Vec<OptionMatch> {
    let lang = texts.lang();
    let said: BTreeSet<String> = classifier.stems(&answer.text, lang).into_iter().collect();
    let detected: BTreeSet<Technique> = answer.techniques().into_iter().collect();
    talk.options
        .iter()
        .enumerate()
        .map(|(index, option)| {
            let words = phrasings(texts, &talk.id, &option.id)
                .iter()
                .map(|p| {
                    let stems: BTreeSet<String> = classifier.stems(p, lang).into_iter().collect();
                    dice(&said, &stems)
                })
                .fold(0.0, f32::max);
            let tags: BTreeSet<Technique> = option.tags.iter().copied().collect();
            let techniques = shown_share(&detected, &tags);
            OptionMatch {
                index,
                words,
                techniques,
                score: WORDS_WEIGHT * words + (1.0 - WORDS_WEIGHT) * techniques,
            }
        })
        .collect()
}

/// The best of `ranked` (the first of equals).
pub fn best(ranked: &[OptionMatch]) -> Option<OptionMatch> {
    ranked
        .iter()
        .copied()
        .fold(None, |acc: Option<OptionMatch>, m| match acc {
            Some(b) if b.score >= m.score => Some(b),
            _ => Some(m),
        })
}

/// An option's phrasings in the catalogue's language: its text, then its `.example-N`.
pub fn phrasings(texts: &Catalog, node: &str, option: &str) -> Vec<String> {
    let id = message::option(node, option);
    let mut out: Vec<String> = texts.get(&id).into_iter().collect();
    if let Some(source) = texts.source(&id) {
        let mut examples: Vec<&String> = source
            .attributes
            .iter()
            .filter(|a| message::is_example(a))
            .collect();
        examples.sort_by_key(|a| a[message::EXAMPLE_PREFIX.len()..].parse::<u32>().ok());
        out.extend(examples.into_iter().filter_map(|a| texts.attr(&id, a)));
    }
    out
}

/// What the trainee typed, made safe: control characters become spaces, runs of spaces
/// shrink to one, and the text is cut at `MAX_FREE_CHARS` characters.
pub fn sanitize(text: &str) -> String {
    let mut out = String::new();
    let mut space = false;
    for c in text.chars().take(MAX_FREE_CHARS * 2) {
        let c = if c.is_control() || c.is_whitespace() {
            ' '
        } else {
            c
        };
        if c == ' ' {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out.chars().take(MAX_FREE_CHARS).collect()
}

/// How much of what the trainee showed the option also shows. Not a symmetric overlap: an
/// authored answer is a whole crafted sentence with many tags, and a trainee's own words
/// rightly show only some of them ("Je comprends… pouvez-vous m'expliquer ?" is the
/// empathetic answer even without its cushion and identification).
fn shown_share(detected: &BTreeSet<Technique>, tags: &BTreeSet<Technique>) -> f32 {
    if detected.is_empty() {
        return 0.0;
    }
    detected.intersection(tags).count() as f32 / detected.len() as f32
}

/// Whether the best option stands out enough to act on: a clear score, or the techniques of
/// one option and no other close behind.
pub fn is_understood(ranked: &[OptionMatch]) -> bool {
    let Some(first) = best(ranked) else {
        return false;
    };
    if first.score >= MATCH_THRESHOLD {
        return true;
    }
    let runner_up = ranked
        .iter()
        .filter(|m| m.index != first.index)
        .map(|m| m.score)
        .fold(0.0, f32::max);
    first.techniques >= CLEAR_TECHNIQUES && first.score - runner_up >= CLEAR_MARGIN
}

fn dice<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * a.intersection(b).count() as f32 / (a.len() + b.len()) as f32
}
