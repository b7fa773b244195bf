//! Each scoring rule with answers that pass and answers that fail, in context.

use crate::common;

use Cue::{Bargain, Digression, DropRequest, Emotion, Explains, Fragility, Objection, Ready};
use Technique::*;
use amiable::engine::{Transcript, play_through};
use amiable::scenario::{Choice, Competency, Cue, Phase, Talk, Technique};
use amiable::scoring::{self, TurnView, choice_value, judge};

fn option(id: &str, tags: &[Technique]) -> Choice {
    Choice {
        id: id.into(),
        tags: tags.to_vec(),
        phase: None,
        effects: vec![],
        next: "x".into(),
        branches: vec![],
    }
}

fn talk(phase: Phase, cues: &[Cue], options: Vec<Choice>) -> Talk {
    Talk {
        id: "n".into(),
        phase,
        cues: cues.to_vec(),
        options,
        free_text: true,
        unclear: None,
    }
}

/// The credit the answer at `pick` earns for `competency`, `None` when not an opportunity.
fn credit(competency: Competency, t: &Talk, pick: usize) -> Option<f32> {
    let view = TurnView {
        number: 1,
        talk: t,
        option: std::borrow::Cow::Borrowed(&t.options[pick]),
        phase: t.options[pick].phase.unwrap_or(t.phase),
    };
    judge(competency, &view).map(|j| j.credit)
}

#[test]
fn empathy_counts_where_the_debtor_shows_emotion_and_not_elsewhere() {
    let opts = || {
        vec![
            option("a", &[Empathy]),
            option("b", &[Empathy, Passive]),
            option("c", &[ClosedQuestion]),
        ]
    };
    let crying = talk(Phase::Comprendre, &[Emotion], opts());
    assert_eq!(credit(Competency::Empathy, &crying, 0), Some(1.0));
    assert_eq!(
        credit(Competency::Empathy, &crying, 1),
        Some(0.5),
        "sympathy that gives in"
    );
    assert_eq!(credit(Competency::Empathy, &crying, 2), Some(0.0));
    let neutral = talk(Phase::Comprendre, &[Explains], opts());
    assert_eq!(
        credit(Competency::Empathy, &neutral, 0),
        None,
        "no emotion: not an opportunity"
    );
    let nothing_offered = talk(
        Phase::Comprendre,
        &[Emotion],
        vec![option("a", &[OpenQuestion])],
    );
    assert_eq!(credit(Competency::Empathy, &nothing_offered, 0), None);
}

#[test]
fn reformulation_counts_after_the_debtor_has_said_something() {
    let opts = || vec![option("a", &[Reformulation]), option("b", &[OpenQuestion])];
    let explained = talk(Phase::Comprendre, &[Explains], opts());
    assert_eq!(credit(Competency::Reformulation, &explained, 0), Some(1.0));
    assert_eq!(credit(Competency::Reformulation, &explained, 1), Some(0.0));
    let greeting = talk(Phase::Contact, &[], opts());
    assert_eq!(credit(Competency::Reformulation, &greeting, 0), None);
}

#[test]
fn assertiveness_is_judged_at_moments_of_pressure() {
    let opts = || {
        vec![
            option("a", &[SayNo, Assertive]),
            option("b", &[Passive]),
            option("c", &[Aggressive]),
            option("d", &[Manipulative]),
            option("e", &[Empathy]),
        ]
    };
    let attack = talk(Phase::Convaincre, &[DropRequest], opts());
    assert_eq!(credit(Competency::Assertiveness, &attack, 0), Some(1.0));
    assert_eq!(credit(Competency::Assertiveness, &attack, 1), Some(0.0));
    assert_eq!(credit(Competency::Assertiveness, &attack, 2), Some(0.0));
    assert_eq!(credit(Competency::Assertiveness, &attack, 3), Some(0.0));
    assert_eq!(credit(Competency::Assertiveness, &attack, 4), Some(0.5));
    let calm = talk(Phase::Comprendre, &[Explains], opts());
    assert_eq!(
        credit(Competency::Assertiveness, &calm, 0),
        None,
        "no pressure: saying no is not tested"
    );
    assert_eq!(
        credit(Competency::Assertiveness, &calm, 1),
        Some(0.0),
        "passivity is a miss anywhere"
    );
}

#[test]
fn question_types_fit_the_moment() {
    let opts = || {
        vec![
            option("open", &[OpenQuestion]),
            option("closed", &[ClosedQuestion]),
            option("lead", &[LeadingQuestion]),
            option("none", &[Empathy]),
        ]
    };
    let understand = talk(Phase::Comprendre, &[Explains], opts());
    assert_eq!(credit(Competency::Questioning, &understand, 0), Some(1.0));
    assert_eq!(credit(Competency::Questioning, &understand, 1), Some(0.5));
    assert_eq!(credit(Competency::Questioning, &understand, 2), Some(0.25));
    assert_eq!(credit(Competency::Questioning, &understand, 3), Some(0.0));
    let rambling = talk(Phase::Comprendre, &[Digression], opts());
    assert_eq!(credit(Competency::Questioning, &rambling, 0), Some(0.25));
    assert_eq!(credit(Competency::Questioning, &rambling, 1), Some(1.0));
    let closing = talk(Phase::Conclure, &[Ready], opts());
    assert_eq!(credit(Competency::Questioning, &closing, 1), Some(1.0));
    assert_eq!(credit(Competency::Questioning, &closing, 0), Some(0.5));
}

#[test]
fn positive_language_objections_negotiation_and_diagnosis() {
    let words = talk(
        Phase::Convaincre,
        &[],
        vec![
            option("p", &[PositiveWording]),
            option("n", &[NegativeWording]),
            option("x", &[]),
        ],
    );
    assert_eq!(credit(Competency::PositiveLanguage, &words, 0), Some(1.0));
    assert_eq!(credit(Competency::PositiveLanguage, &words, 1), Some(0.0));
    assert_eq!(credit(Competency::PositiveLanguage, &words, 2), Some(0.5));

    let objection = talk(
        Phase::Convaincre,
        &[Objection],
        vec![
            option("h", &[ObjectionHandling]),
            option("g", &[ObjectionHandling, Passive]),
            option("x", &[Aggressive]),
        ],
    );
    assert_eq!(
        credit(Competency::ObjectionHandling, &objection, 0),
        Some(1.0)
    );
    assert_eq!(
        credit(Competency::ObjectionHandling, &objection, 1),
        Some(0.5)
    );
    assert_eq!(
        credit(Competency::ObjectionHandling, &objection, 2),
        Some(0.0)
    );
    let no_objection = talk(
        Phase::Convaincre,
        &[Explains],
        vec![option("h", &[ObjectionHandling])],
    );
    assert_eq!(
        credit(Competency::ObjectionHandling, &no_objection, 0),
        None
    );

    let bargain = talk(
        Phase::Convaincre,
        &[Bargain],
        vec![
            option("c", &[Counterpart]),
            option("t", &[Consequences, ComplianceBreach]),
            option("g", &[Passive]),
        ],
    );
    assert_eq!(credit(Competency::Negotiation, &bargain, 0), Some(1.0));
    assert_eq!(
        credit(Competency::Negotiation, &bargain, 1),
        Some(0.0),
        "a false threat is no lever"
    );
    assert_eq!(credit(Competency::Negotiation, &bargain, 2), Some(0.0));

    let budget = talk(
        Phase::Comprendre,
        &[Fragility],
        vec![
            option("o", &[Orientation]),
            option("d", &[Diagnosis]),
            option("x", &[Passive]),
        ],
    );
    assert_eq!(credit(Competency::Diagnosis, &budget, 0), Some(1.0));
    assert_eq!(credit(Competency::Diagnosis, &budget, 1), Some(1.0));
    assert_eq!(credit(Competency::Diagnosis, &budget, 2), Some(0.0));
}

fn scored(choices: &[usize], seed: u64) -> (Transcript, scoring::Scorecard) {
    let scenario = common::mini_scenario();
    let t = play_through(scenario.clone(), seed, choices, |_, _| None).unwrap();
    let card = scoring::score(&scenario, &t);
    (t, card)
}

#[test]
fn desc_counts_its_four_steps_in_order() {
    let (_, good) = scored(&[0, 0, 0, 0], 1);
    assert_eq!(good.score(Competency::Desc), Some(100));
    // say_no brings D and E; "too_much" brings no S or C: two of four steps.
    let (_, half) = scored(&[0, 0, 0, 1], 1);
    assert_eq!(half.score(Competency::Desc), Some(50));
    let reasons: Vec<&str> = half
        .get(Competency::Desc)
        .evidence
        .iter()
        .map(|e| e.reason)
        .collect();
    assert!(reasons.contains(&"desc-specify-missing"), "{reasons:?}");
}

#[test]
fn desc_steps_out_of_order_do_not_count() {
    use amiable::scenario::Node;
    // Move the consequences before the description: C then D, E, S.
    let mut scenario = (*common::mini_scenario()).clone();
    for node in &mut scenario.nodes {
        if let Node::Talk(t) = node
            && t.id == "lost_job"
        {
            t.options[0].tags.push(DescConsequences);
        }
    }
    scenario.reindex();
    let t = play_through(
        std::sync::Arc::new(scenario.clone()),
        1,
        &[0, 0, 0, 0],
        |_, _| None,
    )
    .unwrap();
    let card = scoring::score(&scenario, &t);
    assert_eq!(
        card.score(Competency::Desc),
        Some(75),
        "D, E, S in order; C came first"
    );
    let early: Vec<_> = card
        .get(Competency::Desc)
        .evidence
        .iter()
        .filter(|e| e.reason == "desc-consequences-early")
        .collect();
    assert_eq!(early.len(), 1);
    assert_eq!(early[0].turn, Some(2));
}

#[test]
fn call_structure_reads_the_four_c() {
    let (_, good) = scored(&[0, 0, 0, 0], 1);
    let reasons: Vec<&str> = good
        .get(Competency::CallStructure)
        .evidence
        .iter()
        .map(|e| e.reason)
        .collect();
    assert!(reasons.contains(&"structure-identified"));
    assert!(reasons.contains(&"structure-understood-first"));
    assert!(reasons.contains(&"structure-in-order"));
    // The mini call has no conclure step: no recap.
    assert_eq!(good.score(Competency::CallStructure), Some(75));
    // "demand" jumps from contact to convaincre: convincing before understanding, a skipped step.
    // The 50 % hang-up may end the call at once: take the first seed where it goes on.
    let (_, rushed) = (0..40)
        .map(|seed| scored(&[1, 0, 0, 0], seed))
        .find(|(t, _)| t.turns.len() == 4)
        .expect("some seed lets the call go on");
    let reasons: Vec<&str> = rushed
        .get(Competency::CallStructure)
        .evidence
        .iter()
        .map(|e| e.reason)
        .collect();
    assert!(
        reasons.contains(&"structure-convinced-too-early"),
        "{reasons:?}"
    );
    assert!(reasons.contains(&"structure-not-identified"), "{reasons:?}");
    assert!(reasons.contains(&"structure-skipped-step"), "{reasons:?}");
    assert!(rushed.score(Competency::CallStructure).unwrap() < 50);
}

#[test]
fn a_compliance_breach_weighs_heavily_whatever_else_was_done() {
    let (_, clean) = scored(&[0, 0, 0, 0], 1);
    assert_eq!(clean.score(Competency::Compliance), Some(100));
    assert!(clean.overall >= 80, "model answers: {}", clean.overall);
    // Same call, but a false threat of seizure at the third answer.
    let (_, breach) = scored(&[0, 0, 1, 0], 1);
    assert_eq!(breach.compliance_breaches, 1);
    assert_eq!(breach.score(Competency::Compliance), Some(40));
    assert!(
        breach.overall <= 40,
        "overall with a breach: {}",
        breach.overall
    );
}

#[test]
fn outcome_says_whether_the_agreement_is_realistic() {
    let (_, good) = scored(&[0, 0, 0, 0], 1);
    assert_eq!(
        good.outcome.realistic,
        Some(true),
        "60 € now, 60 €/month: within means"
    );
    assert_eq!(good.outcome.amount_agreed, Some(300.0));
    assert_eq!(good.outcome.agreement, scoring::Agreement::Full);
    // 300 € at once while only 100 € is available now.
    let (_, pushed) = scored(&[0, 0, 0, 1], 1);
    assert_eq!(pushed.outcome.realistic, Some(false));
    assert!(pushed.relational.adapted_solution <= 40);
    let (_, failed) = scored(&[0, 0, 2], 1);
    assert_eq!(failed.outcome.agreement, scoring::Agreement::None);
    assert_eq!(failed.outcome.realistic, None);
}

#[test]
fn relational_experience_falls_with_discourtesy() {
    let (_, good) = scored(&[0, 0, 0, 0], 1);
    let (_, rude) = scored(&[2, 1, 1], 5);
    assert!(good.relational.score >= 90, "{:?}", good.relational);
    assert!(rude.relational.courtesy <= 50, "{:?}", rude.relational);
    assert!(rude.relational.score < good.relational.score);
}

#[test]
fn the_better_alternative_is_the_best_answer_offered() {
    let (_, card) = scored(&[2, 2, 2], 1);
    assert_eq!(card.choices[0].better.as_deref(), Some("identify"));
    assert_eq!(card.choices[1].better.as_deref(), Some("empathise"));
    let (_, good) = scored(&[0, 0, 0, 0], 1);
    assert!(good.choices.iter().all(|c| c.better.is_none()));
    let t = talk(
        Phase::Comprendre,
        &[Emotion],
        vec![
            option("a", &[Empathy]),
            option("b", &[Aggressive, ComplianceBreach]),
        ],
    );
    assert!(choice_value(&t, &t.options[0]) > choice_value(&t, &t.options[1]));
}

#[test]
fn a_discount_beyond_the_margins_is_flagged() {
    use amiable::scenario::{End, EndResult, Margins, Plan};
    let mut scenario = (*common::mini_scenario()).clone();
    scenario.briefing.negotiation = Some(Margins {
        ideal_upfront: 300.0,
        min_upfront: 50.0,
        max_months: 6,
        max_discount: 0.0,
    });
    let end = |upfront, monthly, months| End {
        id: "e".into(),
        result: EndResult::PaymentPlan,
        plan: Some(Plan {
            upfront,
            monthly,
            months,
        }),
    };
    let within = scoring::Outcome::of(&scenario, Some(&end(60.0, 60.0, 4)));
    assert_eq!(within.within_margins, Some(true));
    let discounted = scoring::Outcome::of(&scenario, Some(&end(60.0, 50.0, 4)));
    assert_eq!(
        discounted.within_margins,
        Some(false),
        "260 € of 300 €: 40 € written off"
    );
    let too_long = scoring::Outcome::of(&scenario, Some(&end(60.0, 30.0, 8)));
    assert_eq!(too_long.within_margins, Some(false));
    scenario.briefing.negotiation.as_mut().unwrap().max_discount = 50.0;
    assert_eq!(
        scoring::Outcome::of(&scenario, Some(&end(60.0, 50.0, 4))).within_margins,
        Some(true)
    );
}

#[test]
fn politeness_does_not_buy_back_a_breach() {
    // identify (cushion) … threaten (breach) … plan: the cushion must not hide the breach.
    let (_, card) = scored(&[0, 0, 1, 0], 1);
    assert!(card.relational.courtesy <= 70, "{:?}", card.relational);
}
