//! Synthetic scenarios of any size, for the analysis tests and benchmark: layers of decisions
//! that move forward through the 4 C, with the tags, cues, effects, flags and chance branches
//! real scenarios use. Structure only: no texts, so they are parsed, not loaded.

use std::fmt::Write as _;

use rand::rngs::Xoshiro256PlusPlus;
use rand::{RngExt, SeedableRng};

const ANSWERS: &[&str] = &[
    "identification, cushion",
    "empathy",
    "empathy, passive",
    "reformulation",
    "empathy, reformulation",
    "aggressive, negative_wording",
    "passive",
    "open_question",
    "closed_question",
    "leading_question",
    "say_no, assertive",
    "manipulative",
    "desc_describe",
    "desc_express",
    "desc_specify, positive_wording",
    "desc_consequences",
    "counterpart",
    "consequences",
    "recap",
    "positive_wording",
    "negative_wording",
    "objection_handling",
    "objection_handling, passive",
    "diagnosis",
    "orientation",
    "aggressive, compliance_breach",
    "cushion",
    "",
];

const CUES: &[&str] = &[
    "emotion",
    "difficulty",
    "fragility",
    "attack",
    "demand",
    "drop_request",
    "objection",
    "digression",
    "explains",
    "bargain",
    "ready",
];

const ENDINGS: &[(&str, &str)] = &[
    ("paid", "full_payment"),
    ("plan", "payment_plan"),
    ("promised", "promise"),
    ("refused", "refusal"),
    ("escalated", "escalation"),
    ("hung_up", "hang_up"),
];

/// A scenario of `layers` × `width` decisions; each answer leads to the next layer (or, now
/// and then, to an ending), so calls are `layers` answers long at most.
#[allow(dead_code)]
pub fn scenario_ron(layers: usize, width: usize, seed: u64) -> String {
    generate(layers, width, seed, false, true)
}

/// A large scenario as an author would write one: conditions read tension and flags only, so
/// each decision is met in a few debtor states rather than in every mix of gauges.
#[allow(dead_code)]
pub fn large_ron(layers: usize, width: usize, seed: u64) -> String {
    generate(layers, width, seed, false, false)
}

/// The same, with some answers leading back to an earlier layer: calls can go round.
#[allow(dead_code)]
pub fn looping_ron(layers: usize, width: usize, seed: u64) -> String {
    generate(layers, width, seed, true, true)
}

fn generate(layers: usize, width: usize, seed: u64, loops: bool, reads_trust: bool) -> String {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut out = String::new();
    let _ = write!(
        out,
        r#"Scenario(
    id: "generated-{seed}",
    difficulty: medium,
    minutes: 10,
    competencies: [empathy, assertiveness],
    briefing: (debtor_kind: consumer, amount: 900.0, reference: "GEN", due_date: "2026-01-01",
        monthly_capacity: 100, available_now: 200),
    debtor: (tension: 40, trust: 40, willingness: 40),
    flags: ["heard", "warned"],
    hang_up_at: "hung_up",
    start: "n0_0",
    nodes: [
"#
    );
    for layer in 0..layers {
        let phase = ["contact", "comprendre", "convaincre", "conclure"][(layer * 4) / layers];
        for slot in 0..width {
            let mut cues: Vec<&str> = Vec::new();
            for _ in 0..rng.random_range(0..3) {
                cues.push(CUES[rng.random_range(0..CUES.len())]);
            }
            cues.sort_unstable();
            cues.dedup();
            let _ = writeln!(
                out,
                "        Talk(id: \"n{layer}_{slot}\", phase: {phase}, cues: [{}], options: [",
                cues.join(", ")
            );
            let options = rng.random_range(2..=4);
            for o in 0..options {
                let tags = ANSWERS[rng.random_range(0..ANSWERS.len())];
                let next = |rng: &mut Xoshiro256PlusPlus| {
                    if layer + 1 == layers || rng.random_range(0..10) == 0 {
                        ENDINGS[rng.random_range(0..ENDINGS.len())].0.to_string()
                    } else if loops && rng.random_range(0..6) == 0 {
                        format!(
                            "n{}_{}",
                            rng.random_range(0..=layer),
                            rng.random_range(0..width)
                        )
                    } else {
                        format!("n{}_{}", layer + 1, rng.random_range(0..width))
                    }
                };
                let target = next(&mut rng);
                let mut extra = String::new();
                if rng.random_range(0..4) == 0 {
                    let step = [
                        "raise(tension, 15)",
                        "lower(tension, 10)",
                        "raise(trust, 10)",
                        "set(\"heard\")",
                        "set(\"warned\")",
                        "clear(\"heard\")",
                    ][rng.random_range(0..6)];
                    let _ = write!(extra, ", effects: [{step}]");
                }
                if rng.random_range(0..3) == 0 {
                    let when = [
                        "above(tension, 60)",
                        if reads_trust { "below(trust, 30)" } else { "" },
                        "flag(\"heard\")",
                        "not_flag(\"warned\")",
                        "",
                    ][rng.random_range(0..5)];
                    let chance = [30, 50, 100][rng.random_range(0..3)];
                    let _ = write!(
                        extra,
                        ", branches: [(when: [{when}], chance: {chance}, next: \"{}\")]",
                        next(&mut rng)
                    );
                }
                let _ = writeln!(
                    out,
                    "            (id: \"a{o}\", tags: [{tags}], next: \"{target}\"{extra}),"
                );
            }
            let _ = writeln!(out, "        ]),");
        }
    }
    for (id, result) in ENDINGS {
        let plan = match *result {
            "payment_plan" => ", plan: (upfront: 150, monthly: 150, months: 5)",
            "promise" => ", plan: (upfront: 0, monthly: 90, months: 10)",
            _ => "",
        };
        let _ = writeln!(out, "        End(id: \"{id}\", result: {result}{plan}),");
    }
    out.push_str("    ],\n)\n");
    out
}
