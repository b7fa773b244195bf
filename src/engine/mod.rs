//! Plays a scenario: the debtor's state, the trainee's choices, and where they lead.
//! Deterministic for a given seed, so a call can be replayed, tested and audited.

mod mood;
mod reactions;
mod state;

pub use mood::Mood;
pub use reactions::tag_effects;
pub use state::DebtorState;

use std::sync::Arc;

use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use serde::Serialize;

use crate::scenario::{Choice, End, Gauges, Node, Phase, Scenario, Talk};

/// A call cannot go on forever even if a scenario loops; past this many answers it stops.
pub const MAX_TURNS: usize = 500;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EngineError {
    #[error("answer {choice} does not exist here: choose between 1 and {count}")]
    ChoiceOutOfRange { choice: usize, count: usize },
    #[error("the call is over")]
    CallOver,
    #[error("node `{0}` does not exist in the scenario")]
    MissingNode(String),
    #[error("the call went past {MAX_TURNS} answers: the scenario loops")]
    TooLong,
}

/// One answer of the trainee and the debtor line it answered.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Turn {
    /// The debtor's line this turn answered (a `Talk` node).
    pub node: String,
    /// The draw that picks the debtor's phrasing among the node's alternatives.
    pub line_pick: u32,
    /// 0-based index of the chosen answer.
    pub choice: usize,
    pub option: String,
    /// The 4 C step of the trainee's answer.
    pub phase: Phase,
    pub before: Gauges,
    pub after: Gauges,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Ending {
    pub node: String,
    pub line_pick: u32,
}

/// Everything needed to replay and score a call.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Transcript {
    pub scenario: String,
    pub seed: u64,
    pub turns: Vec<Turn>,
    pub ending: Option<Ending>,
    pub final_state: Gauges,
}

/// What the trainee faces now.
pub enum Step<'a> {
    Decision { talk: &'a Talk, line_pick: u32 },
    Ended { end: &'a End, line_pick: u32 },
}

pub struct Conversation {
    scenario: Arc<Scenario>,
    rng: Xoshiro256PlusPlus,
    current: String,
    line_pick: u32,
    state: DebtorState,
    phase: Phase,
    transcript: Transcript,
}

impl Conversation {
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Conversation {
        let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
        let line_pick = rng.random();
        let state = DebtorState::new(&scenario);
        let transcript = Transcript {
            scenario: scenario.id.clone(),
            seed,
            turns: Vec::new(),
            ending: None,
            final_state: state.gauges,
        };
        let mut conversation = Conversation {
            current: scenario.start.clone(),
            scenario,
            rng,
            line_pick,
            state,
            phase: Phase::Contact,
            transcript,
        };
        conversation.arrive();
        conversation
    }

    pub fn scenario(&self) -> &Scenario {
        &self.scenario
    }

    pub fn step(&self) -> Result<Step<'_>, EngineError> {
        match self.scenario.node(&self.current) {
            Some(Node::Talk(talk)) => Ok(Step::Decision {
                talk,
                line_pick: self.line_pick,
            }),
            Some(Node::End(end)) => Ok(Step::Ended {
                end,
                line_pick: self.line_pick,
            }),
            None => Err(EngineError::MissingNode(self.current.clone())),
        }
    }

    pub fn is_over(&self) -> bool {
        self.transcript.ending.is_some()
    }

    pub fn state(&self) -> &DebtorState {
        &self.state
    }

    /// The 4 C step the call is in: the step of the trainee's last answer.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    pub fn into_transcript(self) -> Transcript {
        self.transcript
    }

    /// Plays the answer at `index` (0-based) of the current decision.
    pub fn choose(&mut self, index: usize) -> Result<(), EngineError> {
        let scenario = Arc::clone(&self.scenario);
        let talk = match scenario.node(&self.current) {
            Some(Node::Talk(t)) => t,
            Some(Node::End(_)) => return Err(EngineError::CallOver),
            None => return Err(EngineError::MissingNode(self.current.clone())),
        };
        let option = talk
            .options
            .get(index)
            .ok_or(EngineError::ChoiceOutOfRange {
                choice: index + 1,
                count: talk.options.len(),
            })?;
        if self.transcript.turns.len() >= MAX_TURNS {
            return Err(EngineError::TooLong);
        }
        let before = self.state.gauges;
        self.state.apply_all(&tag_effects(&option.tags));
        self.state.apply_all(&option.effects);
        let phase = option.phase.unwrap_or(talk.phase);
        self.transcript.turns.push(Turn {
            node: talk.id.clone(),
            line_pick: self.line_pick,
            choice: index,
            option: option.id.clone(),
            phase,
            before,
            after: self.state.gauges,
        });
        self.phase = phase;
        self.current = self.next_node(option);
        if self.scenario.node(&self.current).is_none() {
            return Err(EngineError::MissingNode(self.current.clone()));
        }
        self.line_pick = self.rng.random();
        self.arrive();
        Ok(())
    }

    fn next_node(&mut self, option: &Choice) -> String {
        if let Some(hang_up) = &self.scenario.hang_up_at
            && self.state.gauges.tension >= 100
        {
            return hang_up.clone();
        }
        for branch in &option.branches {
            if branch.when.iter().all(|c| self.state.holds(c)) {
                // Always draw, so that a branch's outcome does not shift later draws.
                let roll: u8 = self.rng.random_range(0..100);
                if roll < branch.chance {
                    return branch.next.clone();
                }
            }
        }
        option.next.clone()
    }

    fn arrive(&mut self) {
        self.state.visit(&self.current);
        self.transcript.final_state = self.state.gauges;
        if let Some(Node::End(end)) = self.scenario.node(&self.current) {
            self.transcript.ending = Some(Ending {
                node: end.id.clone(),
                line_pick: self.line_pick,
            });
        }
    }
}

/// Plays a whole call from a list of 0-based choices, then lets `rest` pick while the call
/// goes on. Used by scripted play, tests and tools.
pub fn play_through(
    scenario: Arc<Scenario>,
    seed: u64,
    choices: &[usize],
    mut rest: impl FnMut(&Talk, &mut Xoshiro256PlusPlus) -> Option<usize>,
) -> Result<Transcript, EngineError> {
    let mut conversation = Conversation::new(scenario, seed);
    let mut picker = auto_picker(seed);
    let mut scripted = choices.iter();
    while !conversation.is_over() {
        let index = match scripted.next() {
            Some(&i) => i,
            None => {
                let Step::Decision { talk, .. } = conversation.step()? else {
                    break;
                };
                match rest(talk, &mut picker) {
                    Some(i) => i,
                    None => break,
                }
            }
        };
        conversation.choose(index)?;
    }
    Ok(conversation.into_transcript())
}

/// The random stream for automatic answers: separate from the debtor's, so that letting the
/// machine answer does not change how the debtor reacts.
pub fn auto_picker(seed: u64) -> Xoshiro256PlusPlus {
    Xoshiro256PlusPlus::seed_from_u64(seed ^ 0x9E37_79B9_7F4A_7C15)
}
