//! The call being played: which scenario, the engine, and the assessment once it ends.

use std::sync::Arc;

use bevy::prelude::Resource;

use crate::assessment::{self, Assessment};
use crate::engine::{Conversation, EngineError, FreeReply, Step};
use crate::i18n::{Catalog, Lang};
use crate::scenario::{Competency, LoadedScenario};
use crate::scoring;

/// The scenario picked on the home screen, shown in the briefing.
#[derive(Resource, Clone)]
pub struct Selected(pub Arc<LoadedScenario>);

#[derive(Resource)]
pub struct Session {
    pub scenario: Arc<LoadedScenario>,
    pub conversation: Conversation,
    pub assessment: Option<Assessment>,
    /// Turns (1-based) where the response timer ran out and the worst answer was played.
    pub timed_out: Vec<usize>,
    /// Whether the debtor's current line has been said in full (answers wait for it).
    pub line_revealed: bool,
    /// At the current decision, free answers the debtor asked to rephrase, with the
    /// debtor's request.
    pub rephrasing: Vec<(String, String)>,
}

impl Session {
    pub fn new(scenario: Arc<LoadedScenario>, seed: u64) -> Session {
        let conversation = Conversation::new(scenario.scenario.clone(), seed);
        Session {
            scenario,
            conversation,
            assessment: None,
            timed_out: Vec::new(),
            line_revealed: false,
            rephrasing: Vec::new(),
        }
    }

    /// Plays an answer; the next line must then be said before another answer counts, so a
    /// double key press cannot answer a line the trainee has not heard.
    pub fn choose(&mut self, index: usize) -> Result<(), EngineError> {
        self.conversation.choose(index)?;
        self.line_revealed = false;
        self.rephrasing.clear();
        Ok(())
    }

    /// Plays an answer typed in the trainee's own words. When the debtor asks to rephrase, the
    /// decision stays open and the request joins the transcript.
    pub fn answer_free(
        &mut self,
        words: &str,
        lang: Lang,
        app: &Catalog,
    ) -> Result<FreeReply, EngineError> {
        let texts = self.scenario.texts(lang);
        let reply = self.conversation.answer_free(words, texts)?;
        match &reply {
            FreeReply::Played(_) => {
                self.rephrasing.clear();
                self.line_revealed = false;
            }
            FreeReply::Rephrase { attempt, .. } => {
                let line = app
                    .variant("free-rephrase", attempt.saturating_sub(1) as u32)
                    .unwrap_or_default();
                let said = self
                    .conversation
                    .rephrased()
                    .last()
                    .cloned()
                    .unwrap_or_default();
                self.rephrasing.push((said, line));
            }
        }
        Ok(reply)
    }

    /// Answers with the worst offered option, as a hesitation costs in a real call.
    pub fn time_out(&mut self) -> Result<(), EngineError> {
        let Step::Decision { talk, .. } = self.conversation.step()? else {
            return Err(EngineError::CallOver);
        };
        let worst = scoring::worst_choice(talk);
        self.timed_out
            .push(self.conversation.transcript().turns.len() + 1);
        self.choose(worst)
    }

    /// Plays the best answer at each remaining decision (capture mode, demonstrations).
    pub fn finish_with_best(&mut self) -> Result<(), EngineError> {
        while !self.conversation.is_over() {
            let Step::Decision { talk, .. } = self.conversation.step()? else {
                break;
            };
            let best = scoring::best_choice(talk);
            self.conversation.choose(best)?;
        }
        Ok(())
    }

    pub fn assess(&mut self, lang: Lang, app: &Catalog) -> &Assessment {
        let a = assessment::assess(&self.scenario, self.conversation.transcript(), lang, app);
        self.assessment.insert(a)
    }
}

/// The next scenario to practise: one that trains the weakest competency of this call.
pub fn suggest_next<'a>(
    current: &str,
    assessment: &Assessment,
    playable: impl Iterator<Item = &'a Arc<LoadedScenario>>,
) -> Option<Arc<LoadedScenario>> {
    let mut weakest: Vec<(Competency, u8)> = assessment
        .competencies
        .0
        .iter()
        .filter_map(|c| Some((c.competency, c.score?)))
        .filter(|&(c, _)| c != Competency::Compliance)
        .collect();
    weakest.sort_by_key(|&(_, s)| s);
    let others: Vec<&Arc<LoadedScenario>> = playable.filter(|s| s.id() != current).collect();
    weakest
        .iter()
        .find_map(|(c, _)| others.iter().find(|s| s.scenario.competencies.contains(c)))
        .or(others.first())
        .map(|s| Arc::clone(s))
}
