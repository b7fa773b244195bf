//! Rebuilding a call from its recorded answers: the engine is deterministic for a seed, so
//! the same answers lead to the same debtor lines and the same state.

use std::sync::Arc;

use super::journal::Answer;
use crate::engine::Conversation;
use crate::scenario::Scenario;

/// Replays `answers` from the start; fails, saying at which answer, when the scenario no
/// longer fits them (it was edited since).
pub fn replay(
    scenario: Arc<Scenario>,
    seed: u64,
    answers: &[Answer],
) -> Result<Conversation, String> {
    let mut conversation = Conversation::new(scenario, seed);
    for (i, answer) in answers.iter().enumerate() {
        let result = match answer {
            Answer::Choice(n) if *n >= 1 => conversation.choose(n - 1),
            Answer::Choice(_) => return Err(format!("answer {} is numbered 0", i + 1)),
            Answer::Free(_) => {
                return Err(format!(
                    "answer {} was typed, and typed answers cannot be replayed yet",
                    i + 1
                ));
            }
        };
        result.map_err(|e| format!("answer {}: {e}", i + 1))?;
    }
    Ok(conversation)
}
