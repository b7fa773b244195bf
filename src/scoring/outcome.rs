//! What the call obtained and how the debtor lived it: kept apart from the competencies,
//! because money obtained by crushing the debtor is not a success.

use serde::Serialize;

use crate::scenario::{
    Choice, Competency, Cue, DebtorKind, End, EndResult, Plan, Scenario, Technique,
};

use super::{CompetencyScore, TurnView, mean};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Agreement {
    Full,
    Partial,
    None,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Outcome {
    /// The ending node reached, or `None` for a call left unfinished.
    pub ending: Option<String>,
    pub result: Option<EndResult>,
    pub agreement: Agreement,
    pub amount_owed: f64,
    pub plan: Option<Plan>,
    /// What the agreement brings in, when it names amounts.
    pub amount_agreed: Option<f64>,
    /// Whether the debtor can keep the agreement given what the file says of their means;
    /// `None` when there is no agreement or the file does not say.
    pub realistic: Option<bool>,
    /// For negotiation cases: whether the agreement stays within the margins.
    pub within_margins: Option<bool>,
    pub debtor_kind: DebtorKind,
}

impl Outcome {
    pub fn of(scenario: &Scenario, ending: Option<&End>) -> Outcome {
        let briefing = &scenario.briefing;
        let owed = briefing.amount;
        let result = ending.map(|e| e.result);
        let plan = ending.and_then(|e| e.plan);
        let amount_agreed = match (result, plan) {
            (Some(EndResult::FullPayment), None) => Some(owed),
            (Some(r), Some(p)) if r.is_agreement() => Some(p.total()),
            _ => None,
        };
        let agreement = match result {
            Some(EndResult::FullPayment) => Agreement::Full,
            Some(EndResult::PaymentPlan) if amount_agreed.is_some_and(|a| a + 0.01 >= owed) => {
                Agreement::Full
            }
            Some(EndResult::PaymentPlan | EndResult::Promise) => Agreement::Partial,
            _ => Agreement::None,
        };
        let (upfront, monthly) = match (result, plan) {
            (Some(EndResult::FullPayment), None) => (Some(owed), None),
            (_, Some(p)) => (Some(p.upfront), (p.months > 0).then_some(p.monthly)),
            _ => (None, None),
        };
        let realistic = if agreement == Agreement::None {
            None
        } else {
            let checks: Vec<bool> = [
                upfront
                    .zip(briefing.available_now)
                    .map(|(u, a)| u <= a + 0.01),
                monthly
                    .zip(briefing.monthly_capacity)
                    .map(|(m, c)| m <= c + 0.01),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!checks.is_empty()).then(|| checks.iter().all(|&ok| ok))
        };
        let within_margins = match (&briefing.negotiation, agreement) {
            (Some(_), Agreement::None) | (None, _) => None,
            (Some(m), _) => Some(match plan {
                Some(p) => {
                    p.upfront + 0.01 >= m.min_upfront
                        && p.months <= m.max_months
                        && p.total() + m.max_discount + 0.01 >= owed
                }
                None => result == Some(EndResult::FullPayment),
            }),
        };
        Outcome {
            ending: ending.map(|e| e.id.clone()),
            result,
            agreement,
            amount_owed: owed,
            plan,
            amount_agreed,
            realistic,
            within_margins,
            debtor_kind: briefing.debtor_kind,
        }
    }
}

/// The debtor's experience of the call: courtesy, listening, adapted solution.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Relational {
    pub score: u8,
    pub courtesy: u8,
    pub listening: u8,
    pub adapted_solution: u8,
    /// Keys of what weighed, localised as `why-<key>`.
    pub notes: Vec<&'static str>,
}

impl Relational {
    pub fn of(
        turns: &[TurnView],
        competencies: &[CompetencyScore],
        outcome: &Outcome,
    ) -> Relational {
        let mut notes = Vec::new();
        let manners: i32 = turns.iter().map(|v| manners_of(&v.option)).sum();
        let breaches = turns
            .iter()
            .filter(|v| v.option.has(Technique::ComplianceBreach))
            .count();
        let courtesy = courtesy(manners, breaches);
        if courtesy < 60 {
            notes.push("relational-discourteous");
        }
        let listening_scores: Vec<u8> = competencies
            .iter()
            .filter(|c| LISTENING.contains(&c.competency))
            .filter_map(|c| c.score)
            .collect();
        let listening = listening(&listening_scores);
        if listening < 60 {
            notes.push("relational-not-listened");
        }
        let fragile = turns.iter().any(|v| v.talk.cues.contains(&Cue::Fragility));
        let oriented = turns.iter().any(|v| v.option.has(Technique::Orientation));
        let orientation_offered = turns
            .iter()
            .any(|v| v.talk.offers(&[Technique::Orientation]));
        let adapted = adapted_solution(outcome, fragile, oriented, orientation_offered);
        if outcome.realistic == Some(false) {
            notes.push("relational-unrealistic");
        }
        if fragile && orientation_offered && !oriented {
            notes.push("relational-not-oriented");
        }
        Relational {
            score: relational_score(courtesy, listening, adapted),
            courtesy,
            listening,
            adapted_solution: adapted,
            notes,
        }
    }
}

/// The competencies that show the debtor was listened to.
pub(crate) const LISTENING: [Competency; 3] = [
    Competency::Empathy,
    Competency::Reformulation,
    Competency::Questioning,
];

/// What one answer does to the debtor's sense of being treated with courtesy.
pub(crate) fn manners_of(option: &Choice) -> i32 {
    let polite = option.has_any(&[Technique::Cushion, Technique::PositiveWording]);
    -25 * i32::from(option.has(Technique::Aggressive))
        - 20 * i32::from(option.has(Technique::Manipulative))
        - 10 * i32::from(option.has(Technique::NegativeWording))
        + 5 * i32::from(polite)
}

pub(crate) fn courtesy(manners: i32, breaches: usize) -> u8 {
    // Polite phrasing can make up for a sharp word, never for a breach of the debtor's rights.
    let courtesy = (100 + manners).min(100) - 30 * breaches.min(10) as i32;
    courtesy.clamp(0, 100) as u8
}

/// The mean of the listening competencies assessed in the call; 50 when none was.
pub(crate) fn listening(scores: &[u8]) -> u8 {
    mean(scores).unwrap_or(50.0).round() as u8
}

pub(crate) fn adapted_solution(
    outcome: &Outcome,
    fragile: bool,
    oriented: bool,
    orientation_offered: bool,
) -> u8 {
    let mut adapted: i32 = match (outcome.result, outcome.realistic) {
        (Some(EndResult::Promise), Some(false)) => 40,
        // For a fragile household sent toward help, a pause is the adapted solution.
        (Some(EndResult::Promise), _) if fragile && oriented => 100,
        (Some(EndResult::Promise), _) => 70,
        (Some(r), Some(false)) if r.is_agreement() => 40,
        (Some(r), _) if r.is_agreement() => 100,
        (Some(EndResult::Escalation), _) => 30,
        (Some(EndResult::Refusal), _) => 20,
        (Some(EndResult::HangUp), _) | (None, _) => 10,
        (Some(_), _) => 10,
    };
    if fragile && orientation_offered && !oriented {
        adapted -= 30;
    }
    adapted.clamp(0, 100) as u8
}

pub(crate) fn relational_score(courtesy: u8, listening: u8, adapted: u8) -> u8 {
    ((u32::from(courtesy) + u32::from(listening) + u32::from(adapted)) as f32 / 3.0).round() as u8
}
