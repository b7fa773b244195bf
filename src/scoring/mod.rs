//! Contextual scoring: each answer is judged against what the debtor had just done and what
//! else the trainee could have said. Rules are documented in docs/scoring.md.

mod outcome;
mod rules;

pub use outcome::{Agreement, Outcome, Relational};
pub(crate) use outcome::{
    LISTENING, adapted_solution, courtesy, listening, manners_of, relational_score,
};
pub use rules::{Judgement, judge};
pub(crate) use rules::{compliance_score, desc_in_order, order_points, percent};

use std::borrow::Cow;

use serde::Serialize;

use crate::engine::Transcript;
use crate::scenario::{Choice, Competency, Node, Phase, Scenario, Talk, Technique};

/// One piece of evidence: which turn, which answer, what it earned and why.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Evidence {
    /// 1-based turn number; `None` for evidence about the call as a whole.
    pub turn: Option<usize>,
    /// Credit earned at this opportunity, 0 to 1 (for call structure, points out of 25).
    pub credit: f32,
    /// Key of the explanation, localised as `why-<reason>`.
    pub reason: &'static str,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CompetencyScore {
    pub competency: Competency,
    /// 0 to 100, or `None` when the call offered no opportunity to show it.
    pub score: Option<u8>,
    pub opportunities: usize,
    pub evidence: Vec<Evidence>,
}

/// Why the chosen answer ranks where it does among those offered.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChoiceReview {
    pub turn: usize,
    pub node: String,
    pub option: String,
    pub value: f32,
    /// The best answer offered at this decision, when it is better than the one chosen.
    pub better: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Scorecard {
    pub competencies: Vec<CompetencyScore>,
    pub overall: u8,
    pub compliance_breaches: usize,
    pub outcome: Outcome,
    pub relational: Relational,
    pub choices: Vec<ChoiceReview>,
}

impl Scorecard {
    pub fn get(&self, competency: Competency) -> &CompetencyScore {
        self.competencies
            .iter()
            .find(|c| c.competency == competency)
            .expect("every competency is scored")
    }
    pub fn score(&self, competency: Competency) -> Option<u8> {
        self.get(competency).score
    }
}

/// A turn as the rules see it: the debtor's line, the answer, and its 4 C step.
///
/// For an answer typed in free text, `option` is the option it was understood as with the
/// techniques actually detected as its tags, so that every rule judges a free answer exactly
/// as it judges a chosen one.
pub struct TurnView<'a> {
    pub number: usize,
    pub talk: &'a Talk,
    pub option: Cow<'a, Choice>,
    pub phase: Phase,
}

/// Pairs each transcript turn with its scenario nodes; turns whose node vanished (a scenario
/// edited after the call) are skipped rather than crashing a saved report.
pub fn turn_views<'a>(scenario: &'a Scenario, transcript: &Transcript) -> Vec<TurnView<'a>> {
    transcript
        .turns
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            let talk = scenario.talk(&t.node)?;
            let option = talk.options.get(t.choice)?;
            let option = match &t.free {
                Some(free) => Cow::Owned(Choice {
                    tags: free.techniques(),
                    ..option.clone()
                }),
                None => Cow::Borrowed(option),
            };
            Some(TurnView {
                number: i + 1,
                talk,
                option,
                phase: t.phase,
            })
        })
        .collect()
}

pub fn score(scenario: &Scenario, transcript: &Transcript) -> Scorecard {
    let turns = turn_views(scenario, transcript);
    let ending = transcript
        .ending
        .as_ref()
        .and_then(|e| match scenario.node(&e.node) {
            Some(Node::End(end)) => Some(end),
            _ => None,
        });
    let competencies: Vec<CompetencyScore> = Competency::ALL
        .iter()
        .map(|&c| rules::score_competency(c, &turns, ending))
        .collect();
    let compliance_breaches = turns
        .iter()
        .filter(|t| t.option.has(Technique::ComplianceBreach))
        .count();
    let assessed: Vec<u8> = competencies
        .iter()
        .filter(|c| c.competency != Competency::Compliance)
        .filter_map(|c| c.score)
        .collect();
    let overall = overall_of(&assessed, compliance_breaches);
    let outcome = Outcome::of(scenario, ending);
    let relational = Relational::of(&turns, &competencies, &outcome);
    let choices = turns.iter().map(review).collect();
    Scorecard {
        competencies,
        overall,
        compliance_breaches,
        outcome,
        relational,
        choices,
    }
}

/// The overall score: the mean of the assessed competencies, compliance aside, capped when the
/// trainee breached the debtor's rights.
pub(crate) fn overall_of(assessed: &[u8], compliance_breaches: usize) -> u8 {
    let mut overall = mean(assessed).unwrap_or(0.0).round() as u8;
    if compliance_breaches > 0 {
        // A breach outweighs everything else done well; each further one costs more.
        let cap = 40u8.saturating_sub(10 * (compliance_breaches.min(5) as u8 - 1));
        overall = overall.min(cap);
    }
    overall
}

/// How good an answer is at its decision: the credit it earns on every competency for which
/// the decision is an opportunity, less what it costs. Ranks answers for feedback and tools.
pub fn choice_value(talk: &Talk, option: &Choice) -> f32 {
    let view = TurnView {
        number: 0,
        talk,
        option: Cow::Borrowed(option),
        phase: option.phase.unwrap_or(talk.phase),
    };
    let mut value: f32 = Competency::ALL
        .iter()
        .filter_map(|&c| judge(c, &view))
        .map(|j| j.credit)
        .sum();
    for tag in &option.tags {
        value += match tag {
            Technique::ComplianceBreach => -3.0,
            Technique::Aggressive | Technique::Manipulative => -1.0,
            Technique::Passive | Technique::NegativeWording => -0.5,
            t if t.desc_step().is_some() => 0.5,
            Technique::Identification if view.phase == Phase::Contact => 1.0,
            Technique::Recap if view.phase == Phase::Conclure => 1.0,
            _ => 0.0,
        };
    }
    if view.phase.index() > talk.phase.index() + 1 {
        value -= 0.5;
    }
    value
}

/// The index of the answer a trainer would model at this decision (the first of equals).
/// The least suitable answer offered: what a hesitation costs when the response timer runs out.
pub fn worst_choice(talk: &Talk) -> usize {
    (0..talk.options.len())
        .min_by(|&a, &b| {
            choice_value(talk, &talk.options[a]).total_cmp(&choice_value(talk, &talk.options[b]))
        })
        .unwrap_or(0)
}

pub fn best_choice(talk: &Talk) -> usize {
    let mut best = 0;
    let mut best_value = f32::MIN;
    for (i, o) in talk.options.iter().enumerate() {
        let v = choice_value(talk, o);
        if v > best_value {
            best = i;
            best_value = v;
        }
    }
    best
}

fn review(view: &TurnView) -> ChoiceReview {
    let value = choice_value(view.talk, &view.option);
    let best = view
        .talk
        .options
        .iter()
        .map(|o| (choice_value(view.talk, o), o))
        .fold(None::<(f32, &Choice)>, |acc, (v, o)| match acc {
            Some((bv, _)) if bv >= v => acc,
            _ => Some((v, o)),
        });
    let better = best
        // For a free answer the option it was understood as can itself be the better one: its
        // authored words show more than what was typed.
        .filter(|(bv, _)| *bv > value + 0.01)
        .map(|(_, o)| o.id.clone());
    ChoiceReview {
        turn: view.number,
        node: view.talk.id.clone(),
        option: view.option.id.clone(),
        value,
        better,
    }
}

pub(crate) fn mean(values: &[u8]) -> Option<f32> {
    (!values.is_empty())
        .then(|| values.iter().map(|&v| f32::from(v)).sum::<f32>() / values.len() as f32)
}
