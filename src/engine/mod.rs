//! Plays a scenario: the debtor's state, the trainee's choices, and where they lead.
//! Deterministic for a given seed, so a call can be replayed, tested and audited.

pub mod free_text;
mod mood;
mod reactions;
mod state;

pub use free_text::{FreeAnswer, Resolution};
pub use mood::Mood;
pub use reactions::tag_effects;
pub use state::DebtorState;

use std::sync::Arc;

use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};
use serde::Serialize;

use crate::i18n::Catalog;
use crate::scenario::{Choice, End, Gauges, Node, Phase, Scenario, Talk, Technique};
use crate::text::{Classification, Classifier};

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
    #[error("node `{0}` takes no free answer: choose one of its answers")]
    NoFreeText(String),
}

/// What became of a free answer.
#[derive(Debug, Clone, PartialEq)]
pub enum FreeReply {
    /// The answer was played (understood, sent to the `unclear` branch, or taken as the
    /// closest option after the rephrasing tries).
    Played(FreeAnswer),
    /// Nothing matched well: the debtor asks to rephrase and the turn is not consumed.
    Rephrase {
        classification: Classification,
        /// How many more unclear answers the debtor accepts before taking the closest option.
        tries_left: usize,
        /// Counts the requests at this decision, to vary the debtor's line.
        attempt: usize,
    },
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
    /// For an answer typed in the trainee's own words: the words and how they were understood.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub free: Option<FreeAnswer>,
}

impl Turn {
    /// The techniques this answer showed: the detected ones for a free answer, the option's
    /// tags otherwise.
    pub fn techniques<'a>(&'a self, option: &'a Choice) -> std::borrow::Cow<'a, [Technique]> {
        match &self.free {
            Some(f) => std::borrow::Cow::Owned(f.techniques()),
            None => std::borrow::Cow::Borrowed(&option.tags),
        }
    }
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
    /// Free answers at the current decision that the debtor asked to rephrase.
    rephrased: Vec<String>,
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
            rephrased: Vec::new(),
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
        self.play(index, None)
    }

    /// Free answers at the current decision that the debtor asked to rephrase.
    pub fn rephrased(&self) -> &[String] {
        &self.rephrased
    }

    /// Plays an answer typed in the trainee's own words, in the language of `texts` (the
    /// scenario's catalogue, whose phrasings it is matched against). The debtor reacts to the
    /// techniques detected in it plus the matched option's own effects, and the call goes where
    /// that option leads. When nothing matches well, the call goes to the node's `unclear`
    /// target, or the debtor asks to rephrase (up to `MAX_REPHRASE` times, then the closest
    /// option is taken).
    pub fn answer_free(&mut self, text: &str, texts: &Catalog) -> Result<FreeReply, EngineError> {
        let scenario = Arc::clone(&self.scenario);
        let talk = self.current_talk(&scenario)?;
        if !talk.free_text {
            return Err(EngineError::NoFreeText(talk.id.clone()));
        }
        let text = free_text::sanitize(text);
        let classifier = Classifier::bundled();
        let classification = classifier.classify(&text, texts.lang());
        let ranked = free_text::rank(talk, &classification, texts, classifier);
        let Some(best) = free_text::best(&ranked) else {
            return Err(EngineError::ChoiceOutOfRange {
                choice: 1,
                count: 0,
            });
        };
        let understood = free_text::is_understood(&ranked);
        let resolution = if understood {
            Resolution::Understood
        } else if talk.unclear.is_some() {
            Resolution::Unclear
        } else if self.rephrased.len() < free_text::MAX_REPHRASE {
            self.rephrased.push(text);
            return Ok(FreeReply::Rephrase {
                classification,
                tries_left: free_text::MAX_REPHRASE - self.rephrased.len(),
                attempt: self.rephrased.len(),
            });
        } else {
            Resolution::Closest
        };
        let answer = FreeAnswer {
            text,
            detections: classification.techniques,
            question: classification.question,
            matched: talk.options[best.index].id.clone(),
            confidence: (best.score * 100.0).round() / 100.0,
            resolution,
            rephrased: std::mem::take(&mut self.rephrased),
        };
        self.play(best.index, Some(answer.clone()))?;
        Ok(FreeReply::Played(answer))
    }

    fn current_talk<'s>(&self, scenario: &'s Scenario) -> Result<&'s Talk, EngineError> {
        match scenario.node(&self.current) {
            Some(Node::Talk(t)) => Ok(t),
            Some(Node::End(_)) => Err(EngineError::CallOver),
            None => Err(EngineError::MissingNode(self.current.clone())),
        }
    }

    fn play(&mut self, index: usize, free: Option<FreeAnswer>) -> Result<(), EngineError> {
        let scenario = Arc::clone(&self.scenario);
        let talk = self.current_talk(&scenario)?;
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
        let unclear = free
            .as_ref()
            .is_some_and(|f| f.resolution == Resolution::Unclear);
        match &free {
            // The debtor reacts to what was actually said.
            Some(f) => self.state.apply_all(&tag_effects(&f.techniques())),
            None => self.state.apply_all(&tag_effects(&option.tags)),
        }
        // An answer sent to the `unclear` branch was not understood as the closest option: it
        // has the debtor's reaction to its techniques, not that option's consequences.
        let phase = if unclear {
            talk.phase
        } else {
            self.state.apply_all(&option.effects);
            option.phase.unwrap_or(talk.phase)
        };
        self.transcript.turns.push(Turn {
            node: talk.id.clone(),
            line_pick: self.line_pick,
            choice: index,
            option: option.id.clone(),
            phase,
            before,
            after: self.state.gauges,
            free,
        });
        self.phase = phase;
        self.rephrased.clear();
        self.current = match (&talk.unclear, unclear) {
            (Some(target), true) => self.unclear_next(target),
            _ => self.next_node(option),
        };
        if self.scenario.node(&self.current).is_none() {
            return Err(EngineError::MissingNode(self.current.clone()));
        }
        self.line_pick = self.rng.random();
        self.arrive();
        Ok(())
    }

    fn unclear_next(&mut self, target: &str) -> String {
        match &self.scenario.hang_up_at {
            Some(hang_up) if self.state.gauges.tension >= 100 => hang_up.clone(),
            _ => target.to_string(),
        }
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
