//! Matching an utterance against a language's compiled rules.

use super::rules::{Compiled, MAX_GAP, Owner};
use super::tokens::Tokens;
use super::{Classification, Detection, QuestionKind};
use crate::scenario::Technique;

/// A pattern found: which owner, in which sentence, over which tokens (inclusive).
#[derive(Debug, Clone, Copy)]
struct Found {
    owner: Owner,
    sentence: usize,
    first: usize,
    last: usize,
}

/// The token streams the automata run over: " w1 w2 | w3 " (sentences separated by "|", which
/// no pattern contains, so that no phrase spans two sentences), and where each token starts.
fn stream(tokens: &Tokens, stem: bool) -> (String, Vec<usize>) {
    let mut s = String::with_capacity(tokens.tokens.len() * 8 + 2);
    let mut starts = Vec::with_capacity(tokens.tokens.len());
    for sentence in &tokens.sentences {
        for t in &tokens.tokens[sentence.first..sentence.end] {
            s.push(' ');
            starts.push(s.len());
            s.push_str(if stem { &t.stem } else { &t.fold });
        }
        s.push_str(" |");
    }
    s.push(' ');
    (s, starts)
}

/// Every (segment, first token) the automata found, sorted.
fn segment_hits(c: &Compiled, tokens: &Tokens) -> Vec<(usize, usize)> {
    let mut hits = Vec::new();
    for (stem, ac, ids) in [
        (true, &c.stem_ac, &c.stem_ids),
        (false, &c.fold_ac, &c.fold_ids),
    ] {
        if ids.is_empty() {
            continue;
        }
        let (s, starts) = stream(tokens, stem);
        for m in ac.find_overlapping_iter(&s) {
            // A key is " w1 … wn ": it starts on the space before its first token.
            if let Ok(first) = starts.binary_search(&(m.start() + 1)) {
                hits.push((ids[m.pattern().as_usize()], first));
            }
        }
    }
    hits.sort_unstable();
    hits
}

fn find(c: &Compiled, tokens: &Tokens) -> Vec<Found> {
    let hits = segment_hits(c, tokens);
    let starts_of = |seg: usize| -> &[(usize, usize)] {
        let lo = hits.partition_point(|h| h.0 < seg);
        let hi = hits.partition_point(|h| h.0 <= seg);
        &hits[lo..hi]
    };
    let mut found = Vec::new();
    let mut seen_first = usize::MAX;
    for &(seg, _) in &hits {
        if seg == seen_first {
            continue;
        }
        seen_first = seg;
        for &v in &c.by_first[seg] {
            let variant = &c.variants[v];
            for &(_, first) in starts_of(seg) {
                let sentence = tokens.tokens[first].sentence;
                let bounds = tokens.sentences[sentence];
                if variant.at_start && first != bounds.first {
                    continue;
                }
                let last = first + c.segments[seg].words - 1;
                if let Some(last) = rest(c, tokens, &starts_of, &variant.segments[1..], last)
                    .filter(|&l| !variant.at_end || l + 1 == bounds.end)
                {
                    found.push(Found {
                        owner: variant.owner,
                        sentence,
                        first,
                        last,
                    });
                }
            }
        }
    }
    found
}

/// Matches the remaining segments after token `last`, each within MAX_GAP words of the one
/// before and in the same sentence; the last token of the whole match. Tries every placement,
/// so that an end anchor can still be met by a later one (the lists are short).
fn rest<'h>(
    c: &Compiled,
    tokens: &Tokens,
    starts_of: &impl Fn(usize) -> &'h [(usize, usize)],
    segments: &[usize],
    last: usize,
) -> Option<usize> {
    let Some((&seg, more)) = segments.split_first() else {
        return Some(last);
    };
    let sentence = tokens.tokens[last].sentence;
    starts_of(seg)
        .iter()
        .map(|&(_, f)| f)
        .filter(|&f| f > last && f - last - 1 <= MAX_GAP && tokens.tokens[f].sentence == sentence)
        .find_map(|f| rest(c, tokens, starts_of, more, f + c.segments[seg].words - 1))
}

fn negated(c: &Compiled, tokens: &Tokens, f: &Found) -> bool {
    let t = &tokens.tokens;
    let bounds = tokens.sentences[f.sentence];
    // Only words of the same clause: in "si vous ne payez pas, on saisit…" the comma ends
    // the negation.
    let mut before = false;
    let mut i = f.first;
    while i > bounds.first && f.first - i < 2 && !t[i].pause_before {
        i -= 1;
        before |= c.negation_before.contains(&t[i].fold);
    }
    let after = f.last + 1 < bounds.end
        && !t[f.last + 1].pause_before
        && c.negation_after.contains(&t[f.last + 1].fold);
    before || after
}

pub fn classify(c: &Compiled, text: &str) -> Classification {
    let tokens = c.lexer.tokenise(text);
    let found = find(c, &tokens);
    let asks: Vec<bool> = tokens
        .sentences
        .iter()
        .enumerate()
        .map(|(s, sentence)| {
            sentence.question_mark
                || found
                    .iter()
                    .any(|f| f.owner == Owner::QuestionStart && f.sentence == s)
        })
        .collect();
    let cancelled = |rule: usize, sentence: usize| {
        found
            .iter()
            .any(|f| f.owner == Owner::Unless(rule) && f.sentence == sentence)
    };
    // (technique, sentence, first token, last token, rule)
    let mut kept: Vec<(Technique, usize, usize, usize, Option<usize>)> = Vec::new();
    for f in &found {
        let Owner::Rule(r) = f.owner else { continue };
        let rule = &c.rules[r];
        if (rule.in_question && !asks[f.sentence])
            || (rule.negatable && negated(c, &tokens, f))
            || cancelled(r, f.sentence)
        {
            continue;
        }
        kept.push((rule.id, f.sentence, f.first, f.last, Some(r)));
    }
    // One kind per question: leading steers whatever its form, open beats the "est-ce que" it
    // may contain, and a question with no other sign is closed (answered by yes or no).
    for (s, sentence) in tokens.sentences.iter().enumerate() {
        let has = |k: &[(Technique, usize, usize, usize, Option<usize>)], t: Technique| {
            k.iter().any(|d| d.0 == t && d.1 == s)
        };
        let kind = if has(&kept, Technique::LeadingQuestion) {
            Some(Technique::LeadingQuestion)
        } else if has(&kept, Technique::OpenQuestion) {
            Some(Technique::OpenQuestion)
        } else if c.not_closed_questions.iter().any(|&t| has(&kept, t)) {
            None
        } else if has(&kept, Technique::ClosedQuestion) || asks[s] {
            Some(Technique::ClosedQuestion)
        } else {
            None
        };
        kept.retain(|d| {
            d.1 != s
                || !matches!(
                    d.0,
                    Technique::OpenQuestion
                        | Technique::ClosedQuestion
                        | Technique::LeadingQuestion
                )
                || Some(d.0) == kind
        });
        if kind == Some(Technique::ClosedQuestion) && !has(&kept, Technique::ClosedQuestion) {
            kept.push((
                Technique::ClosedQuestion,
                s,
                sentence.first,
                sentence.end - 1,
                None,
            ));
        }
    }
    let present: Vec<Technique> = kept.iter().map(|d| d.0).collect();
    kept.retain(|d| {
        d.4.is_none_or(|r| !c.rules[r].not_with.iter().any(|t| present.contains(t)))
    });
    kept.sort_by_key(|d| (d.0, d.2, std::cmp::Reverse(d.3)));
    // Within a technique, a match inside a longer one adds nothing.
    let mut techniques: Vec<Detection> = Vec::new();
    let mut spans: Vec<(Technique, usize, usize)> = Vec::new();
    for (id, _, first, last, _) in kept {
        if spans
            .iter()
            .any(|&(t, f, l)| t == id && f <= first && last <= l)
        {
            continue;
        }
        spans.push((id, first, last));
        let evidence = text[tokens.tokens[first].start..tokens.tokens[last].end].to_string();
        techniques.push(Detection { id, evidence });
    }
    let question = if present_in(&techniques, Technique::LeadingQuestion) {
        QuestionKind::Leading
    } else if present_in(&techniques, Technique::OpenQuestion) {
        QuestionKind::Open
    } else if present_in(&techniques, Technique::ClosedQuestion) {
        QuestionKind::Closed
    } else {
        QuestionKind::None
    };
    Classification {
        text: text.to_string(),
        techniques,
        question,
    }
}

fn present_in(d: &[Detection], t: Technique) -> bool {
    d.iter().any(|x| x.id == t)
}
