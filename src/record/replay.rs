//! Rebuilding a call from its recorded answers: the engine is deterministic for a seed, so
//! the same answers lead to the same debtor lines and the same state.

use std::sync::Arc;

use super::journal::Answer;
use crate::engine::{Conversation, Transcript};
use crate::i18n::Catalog;
use crate::scenario::Scenario;

/// Replays `answers` from the start; typed answers are understood again against `texts`
/// (the scenario's texts in the call's language). Fails, saying at which answer, when the
/// scenario no longer fits them (it was edited since).
pub fn replay(
    scenario: Arc<Scenario>,
    texts: &Catalog,
    seed: u64,
    answers: &[Answer],
) -> Result<Conversation, String> {
    let mut conversation = Conversation::new(scenario, seed);
    for (i, answer) in answers.iter().enumerate() {
        let result = match answer {
            Answer::Choice(n) if *n >= 1 => conversation.choose(n - 1),
            Answer::Choice(_) => return Err(format!("answer {} is numbered 0", i + 1)),
            Answer::Free(text) => conversation.answer_free(text, texts).map(|_| ()),
        };
        result.map_err(|e| format!("answer {}: {e}", i + 1))?;
    }
    Ok(conversation)
}

/// The answers of a call as they can be replayed: a typed answer comes with the attempts the
/// debtor asked to rephrase, since they count towards the tries at that decision.
pub fn answers_of(transcript: &Transcript) -> Vec<Answer> {
    let mut answers = Vec::new();
    for turn in &transcript.turns {
        match &turn.free {
            Some(free) => {
                answers.extend(free.rephrased.iter().cloned().map(Answer::Free));
                answers.push(Answer::Free(free.text.clone()));
            }
            None => answers.push(Answer::Choice(turn.choice + 1)),
        }
    }
    answers
}
