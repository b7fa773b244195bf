//! One rule per competency. Per-turn rules say whether a turn is an opportunity and what the
//! answer earned; DESC, the 4 C structure and compliance read the call as a whole.

use crate::scenario::{Competency, Cue, End, Phase, Technique};

use super::{CompetencyScore, Evidence, TurnView};
use Technique::*;

/// What one answer earned at an opportunity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Judgement {
    pub credit: f32,
    pub reason: &'static str,
}

fn j(credit: f32, reason: &'static str) -> Option<Judgement> {
    Some(Judgement { credit, reason })
}

fn cued(view: &TurnView, cues: &[Cue]) -> bool {
    view.talk.cues.iter().any(|c| cues.contains(c))
}

/// The per-turn rule of a competency: `None` when this turn is not an opportunity for it.
pub fn judge(competency: Competency, view: &TurnView) -> Option<Judgement> {
    let o = &*view.option;
    let offered = |t: &[Technique]| view.talk.offers(t);
    match competency {
        Competency::Empathy => {
            if !(cued(
                view,
                &[Cue::Emotion, Cue::Difficulty, Cue::Fragility, Cue::Attack],
            ) && offered(&[Empathy]))
            {
                return None;
            }
            match (o.has(Empathy), o.has(Passive)) {
                (true, false) => j(1.0, "empathy-shown"),
                (true, true) => j(0.5, "empathy-gives-in"),
                _ if o.has_any(&[Aggressive, Manipulative]) => j(0.0, "empathy-hostile"),
                _ => j(0.0, "empathy-missed"),
            }
        }
        Competency::Reformulation => {
            if !(cued(
                view,
                &[
                    Cue::Explains,
                    Cue::Objection,
                    Cue::Digression,
                    Cue::Difficulty,
                ],
            ) && offered(&[Reformulation]))
            {
                return None;
            }
            if o.has(Reformulation) {
                j(1.0, "reformulation-shown")
            } else {
                j(0.0, "reformulation-missed")
            }
        }
        Competency::Assertiveness => {
            let pressure = cued(
                view,
                &[Cue::Attack, Cue::Demand, Cue::DropRequest, Cue::Bargain],
            ) && offered(&[Assertive, SayNo]);
            let counter = o.tags.iter().any(|t| t.is_counter_position());
            if !pressure && !counter {
                return None;
            }
            if o.has(Passive) {
                j(0.0, "assertiveness-passive")
            } else if o.has(Aggressive) {
                j(0.0, "assertiveness-aggressive")
            } else if o.has(Manipulative) {
                j(0.0, "assertiveness-manipulative")
            } else if o.has_any(&[Assertive, SayNo]) {
                j(1.0, "assertiveness-shown")
            } else {
                j(0.5, "assertiveness-neutral")
            }
        }
        Competency::Questioning => {
            if !offered(&[OpenQuestion, ClosedQuestion, LeadingQuestion]) {
                return None;
            }
            let (open, closed, leading) = if cued(view, &[Cue::Digression]) {
                (
                    (0.25, "question-open-digression"),
                    (1.0, "question-closed-recentres"),
                    0.25,
                )
            } else if view.talk.phase == Phase::Comprendre {
                (
                    (1.0, "question-open-understands"),
                    (0.5, "question-closed-early"),
                    0.25,
                )
            } else if view.talk.phase == Phase::Conclure {
                (
                    (0.5, "question-open-late"),
                    (1.0, "question-closed-concludes"),
                    0.25,
                )
            } else {
                return None;
            };
            if o.has(OpenQuestion) {
                j(open.0, open.1)
            } else if o.has(ClosedQuestion) {
                j(closed.0, closed.1)
            } else if o.has(LeadingQuestion) {
                j(leading, "question-leading")
            } else {
                j(0.0, "question-missed")
            }
        }
        Competency::PositiveLanguage => {
            if !offered(&[PositiveWording, NegativeWording]) {
                return None;
            }
            if o.has(NegativeWording) {
                j(0.0, "wording-negative")
            } else if o.has(PositiveWording) {
                j(1.0, "wording-positive")
            } else {
                j(0.5, "wording-neutral")
            }
        }
        Competency::ObjectionHandling => {
            if !(cued(view, &[Cue::Objection, Cue::DropRequest]) && offered(&[ObjectionHandling])) {
                return None;
            }
            match (o.has(ObjectionHandling), o.has(Passive)) {
                (true, false) => j(1.0, "objection-handled"),
                (true, true) => j(0.5, "objection-gives-in"),
                _ => j(0.0, "objection-missed"),
            }
        }
        Competency::Negotiation => {
            if !offered(&[Counterpart, Consequences, Recap]) {
                return None;
            }
            if o.has(ComplianceBreach) {
                j(0.0, "negotiation-false-threat")
            } else if o.has(Counterpart) {
                j(1.0, "negotiation-counterpart")
            } else if o.has(Consequences) {
                j(1.0, "negotiation-consequences")
            } else if o.has(Recap) {
                j(1.0, "negotiation-recap")
            } else if o.has(Passive) {
                j(0.0, "negotiation-concedes")
            } else {
                j(0.0, "negotiation-missed")
            }
        }
        Competency::Diagnosis => {
            if !offered(&[Diagnosis, Orientation]) {
                return None;
            }
            if o.has(Orientation) {
                j(1.0, "diagnosis-orients")
            } else if o.has(Diagnosis) {
                j(1.0, "diagnosis-shown")
            } else {
                j(0.0, "diagnosis-missed")
            }
        }
        Competency::Desc | Competency::CallStructure | Competency::Compliance => None,
    }
}

pub fn score_competency(
    competency: Competency,
    turns: &[TurnView],
    ending: Option<&End>,
) -> CompetencyScore {
    let (score, opportunities, evidence) = match competency {
        Competency::Desc => desc(turns),
        Competency::CallStructure => call_structure(turns, ending),
        Competency::Compliance => compliance(turns),
        _ => per_turn(competency, turns),
    };
    CompetencyScore {
        competency,
        score,
        opportunities,
        evidence,
    }
}

pub(crate) fn percent(earned: f32, possible: f32) -> u8 {
    (100.0 * earned / possible).round().clamp(0.0, 100.0) as u8
}

fn per_turn(competency: Competency, turns: &[TurnView]) -> (Option<u8>, usize, Vec<Evidence>) {
    let evidence: Vec<Evidence> = turns
        .iter()
        .filter_map(|t| {
            judge(competency, t).map(|j| Evidence {
                turn: Some(t.number),
                credit: j.credit,
                reason: j.reason,
            })
        })
        .collect();
    let earned: f32 = evidence.iter().map(|e| e.credit).sum();
    let n = evidence.len();
    ((n > 0).then(|| percent(earned, n as f32)), n, evidence)
}

/// The four DESC steps count when they come in order; the steps the call offered set the bar.
fn desc(turns: &[TurnView]) -> (Option<u8>, usize, Vec<Evidence>) {
    let mut offered = [false; 4];
    for t in turns {
        for o in &t.talk.options {
            for tag in &o.tags {
                if let Some(s) = tag.desc_step() {
                    offered[s] = true;
                }
            }
        }
    }
    let possible = offered.iter().filter(|&&x| x).count();
    if possible == 0 {
        return (None, 0, Vec::new());
    }
    // Chosen steps in call order, each step counted once, at its first use.
    let mut chosen: Vec<(usize, usize)> = Vec::new();
    for t in turns {
        for tag in &t.option.tags {
            if let Some(s) = tag.desc_step()
                && !chosen.iter().any(|&(step, _)| step == s)
            {
                chosen.push((s, t.number));
            }
        }
    }
    let steps: Vec<usize> = chosen.iter().map(|&(step, _)| step).collect();
    let in_order = desc_in_order(&steps);
    const STEP_REASONS: [(&str, &str); 4] = [
        ("desc-describe", "desc-describe-late"),
        ("desc-express", "desc-express-late"),
        ("desc-specify", "desc-specify-late"),
        ("desc-consequences", "desc-consequences-early"),
    ];
    let mut evidence: Vec<Evidence> = chosen
        .iter()
        .zip(&in_order)
        .map(|(&(step, turn), &ok)| Evidence {
            turn: Some(turn),
            credit: if ok { 1.0 } else { 0.0 },
            reason: if ok {
                STEP_REASONS[step].0
            } else {
                STEP_REASONS[step].1
            },
        })
        .collect();
    for (step, was_offered) in offered.iter().enumerate() {
        if *was_offered && !chosen.iter().any(|&(s, _)| s == step) {
            evidence.push(Evidence {
                turn: None,
                credit: 0.0,
                reason: [
                    "desc-describe-missing",
                    "desc-express-missing",
                    "desc-specify-missing",
                    "desc-consequences-missing",
                ][step],
            });
        }
    }
    let earned = in_order.iter().filter(|&&x| x).count();
    (
        Some(percent(earned as f32, possible as f32)),
        possible,
        evidence,
    )
}

/// Which of the chosen DESC steps (each counted once, in call order) belong to the longest run
/// in increasing order: the DESC actually delivered.
pub(crate) fn desc_in_order(steps: &[usize]) -> Vec<bool> {
    let n = steps.len();
    let mut best_len = vec![1usize; n];
    let mut prev = vec![None; n];
    for i in 0..n {
        for k in 0..i {
            if steps[k] < steps[i] && best_len[k] + 1 > best_len[i] {
                best_len[i] = best_len[k] + 1;
                prev[i] = Some(k);
            }
        }
    }
    let mut in_order = vec![false; n];
    if let Some(mut i) = (0..n).max_by_key(|&i| (best_len[i], std::cmp::Reverse(i))) {
        loop {
            in_order[i] = true;
            match prev[i] {
                Some(p) => i = p,
                None => break,
            }
        }
    }
    in_order
}

/// Points for following the 4 C order: all 25 without a skipped step, else a share of them.
pub(crate) fn order_points(skips: usize, turns: usize) -> f32 {
    25.0 * (1.0 - skips as f32 / turns.max(1) as f32)
}

/// The 4 C: contact with identification, understanding before convincing, no step skipped,
/// and a conclusion with a recap. Each is worth 25 points.
fn call_structure(turns: &[TurnView], ending: Option<&End>) -> (Option<u8>, usize, Vec<Evidence>) {
    let mut evidence = Vec::new();
    let mut points = 0.0;
    fn add(
        evidence: &mut Vec<Evidence>,
        points: &mut f32,
        turn: Option<usize>,
        credit: f32,
        reason: &'static str,
    ) {
        *points += credit;
        evidence.push(Evidence {
            turn,
            credit,
            reason,
        });
    }
    if turns.is_empty() {
        return (
            Some(0),
            4,
            vec![Evidence {
                turn: None,
                credit: 0.0,
                reason: "structure-no-call",
            }],
        );
    }
    let first = &turns[0];
    let identified = turns.iter().find(|t| t.option.has(Identification));
    match identified {
        Some(t) if t.number == first.number && t.phase == Phase::Contact => add(
            &mut evidence,
            &mut points,
            Some(t.number),
            25.0,
            "structure-identified",
        ),
        Some(t) => add(
            &mut evidence,
            &mut points,
            Some(t.number),
            10.0,
            "structure-identified-late",
        ),
        None => add(
            &mut evidence,
            &mut points,
            None,
            0.0,
            "structure-not-identified",
        ),
    }
    let first_in = |p: Phase| turns.iter().find(|t| t.phase == p).map(|t| t.number);
    match (first_in(Phase::Comprendre), first_in(Phase::Convaincre)) {
        (Some(u), Some(c)) if u < c => add(
            &mut evidence,
            &mut points,
            Some(u),
            25.0,
            "structure-understood-first",
        ),
        (Some(_), None) => add(
            &mut evidence,
            &mut points,
            None,
            25.0,
            "structure-understood-first",
        ),
        (_, Some(c)) => add(
            &mut evidence,
            &mut points,
            Some(c),
            0.0,
            "structure-convinced-too-early",
        ),
        (None, None) => add(
            &mut evidence,
            &mut points,
            None,
            0.0,
            "structure-never-understood",
        ),
    }
    // Every call starts in contact, so a first answer that jumps to convincing skips a step.
    let phases: Vec<(usize, Phase)> = std::iter::once((0, Phase::Contact))
        .chain(turns.iter().map(|t| (t.number, t.phase)))
        .collect();
    let skips: Vec<usize> = phases
        .windows(2)
        .filter(|w| w[1].1.index() > w[0].1.index() + 1)
        .map(|w| w[1].0)
        .collect();
    let order = order_points(skips.len(), turns.len());
    if skips.is_empty() {
        add(&mut evidence, &mut points, None, 25.0, "structure-in-order");
    } else {
        points += order;
        for s in skips {
            evidence.push(Evidence {
                turn: Some(s),
                credit: 0.0,
                reason: "structure-skipped-step",
            });
        }
    }
    let recap = turns.iter().find(|t| t.option.has(Recap));
    let concluded = turns.iter().find(|t| t.phase == Phase::Conclure);
    match (recap, concluded) {
        (Some(r), _) => add(
            &mut evidence,
            &mut points,
            Some(r.number),
            25.0,
            "structure-recap",
        ),
        (None, Some(c)) => add(
            &mut evidence,
            &mut points,
            Some(c.number),
            15.0,
            "structure-concluded-no-recap",
        ),
        (None, None) if ending.is_some_and(|e| !e.result.is_agreement()) => add(
            &mut evidence,
            &mut points,
            None,
            0.0,
            "structure-no-conclusion-failed",
        ),
        (None, None) => add(
            &mut evidence,
            &mut points,
            None,
            0.0,
            "structure-no-conclusion",
        ),
    }
    (Some(points.round().clamp(0.0, 100.0) as u8), 4, evidence)
}

fn compliance(turns: &[TurnView]) -> (Option<u8>, usize, Vec<Evidence>) {
    let breaches: Vec<Evidence> = turns
        .iter()
        .filter(|t| t.option.has(ComplianceBreach))
        .map(|t| Evidence {
            turn: Some(t.number),
            credit: 0.0,
            reason: "compliance-breach",
        })
        .collect();
    if breaches.is_empty() {
        let evidence = vec![Evidence {
            turn: None,
            credit: 1.0,
            reason: "compliance-clean",
        }];
        return (Some(100), turns.len(), evidence);
    }
    (
        Some(compliance_score(breaches.len())),
        turns.len(),
        breaches,
    )
}

/// Each breach of the debtor's rights costs 60 points: two leave nothing.
pub(crate) fn compliance_score(breaches: usize) -> u8 {
    100u32.saturating_sub(60 * breaches as u32) as u8
}
