//! `analyze` against brute force: every call a small scenario allows is played out (every
//! answer, every outcome of every chance branch) and scored by `scoring::score`; the exact
//! figures the analysis computes without listing paths must be the same.

use std::collections::BTreeMap;
use std::sync::Arc;

use amiable::analysis::{Analysis, analyze, analyze_within};
use amiable::engine::{DebtorState, Ending, Transcript, Turn, play_through, tag_effects};
use amiable::scenario::{Competency, Node, Scenario, parse};
use amiable::scoring::score;

use crate::common;
use crate::generated::{looping_ron, scenario_ron};

#[derive(Default, Debug, PartialEq)]
struct Tally {
    competencies: BTreeMap<&'static str, (Option<u8>, Option<u8>, bool)>,
    relational: (Option<u8>, Option<u8>),
    overall: (Option<u8>, Option<u8>),
    endings: BTreeMap<String, (u8, u8)>,
    calls: usize,
}

fn widen(range: &mut (Option<u8>, Option<u8>), v: u8) {
    range.0 = Some(range.0.map_or(v, |m| m.min(v)));
    range.1 = Some(range.1.map_or(v, |m| m.max(v)));
}

/// Plays every call from `node` on, as the engine would with some seed, up to `limit` answers.
fn every_call(
    s: &Scenario,
    node: &str,
    state: DebtorState,
    turns: &mut Vec<Turn>,
    limit: usize,
    t: &mut Tally,
) {
    match s.node(node).expect("generated links exist") {
        Node::End(end) => {
            let transcript = Transcript {
                scenario: s.id.clone(),
                seed: 0,
                turns: turns.clone(),
                ending: Some(Ending {
                    node: end.id.clone(),
                    line_pick: 0,
                }),
                final_state: state.gauges,
            };
            let card = score(s, &transcript);
            t.calls += 1;
            for c in &card.competencies {
                let slot = t
                    .competencies
                    .entry(c.competency.id())
                    .or_insert((None, None, false));
                match c.score {
                    Some(v) => {
                        let mut r = (slot.0, slot.1);
                        widen(&mut r, v);
                        (slot.0, slot.1) = r;
                    }
                    None => slot.2 = true,
                }
            }
            widen(&mut t.relational, card.relational.score);
            widen(&mut t.overall, card.overall);
            let e = t
                .endings
                .entry(end.id.clone())
                .or_insert((card.overall, card.overall));
            e.0 = e.0.min(card.overall);
            e.1 = e.1.max(card.overall);
        }
        Node::Talk(_) if turns.len() == limit => {}
        Node::Talk(talk) => {
            for (i, option) in talk.options.iter().enumerate() {
                let mut after = state.clone();
                after.apply_all(&tag_effects(&option.tags));
                after.apply_all(&option.effects);
                let mut next = Vec::new();
                match &s.hang_up_at {
                    Some(h) if after.gauges.tension >= 100 => next.push(h.clone()),
                    _ => {
                        let mut certain = false;
                        for b in &option.branches {
                            if b.chance > 0 && b.when.iter().all(|c| after.holds(c)) {
                                next.push(b.next.clone());
                                if b.chance >= 100 {
                                    certain = true;
                                    break;
                                }
                            }
                        }
                        if !certain {
                            next.push(option.next.clone());
                        }
                    }
                }
                turns.push(Turn {
                    node: talk.id.clone(),
                    line_pick: 0,
                    choice: i,
                    option: option.id.clone(),
                    phase: option.phase.unwrap_or(talk.phase),
                    before: state.gauges,
                    after: after.gauges,
                    free: None,
                });
                for n in next {
                    let mut arrived = after.clone();
                    arrived.visit(&n);
                    every_call(s, &n, arrived, turns, limit, t);
                }
                turns.pop();
            }
        }
    }
}

fn brute_force(s: &Scenario, limit: usize) -> Tally {
    let mut t = Tally::default();
    let mut start = DebtorState::new(s);
    start.visit(&s.start);
    every_call(s, &s.start, start, &mut Vec::new(), limit, &mut t);
    t
}

fn as_tally(a: &Analysis) -> Tally {
    Tally {
        competencies: a
            .competencies
            .iter()
            .map(|(k, r)| (*k, (r.min, r.max, r.can_go_unassessed)))
            .collect(),
        relational: (a.relational.min, a.relational.max),
        overall: (a.overall.min, a.overall.max),
        endings: a
            .endings
            .iter()
            .filter(|e| e.overall.min.is_some())
            .map(|e| {
                (
                    e.id.clone(),
                    (e.overall.min.unwrap(), e.overall.max.unwrap()),
                )
            })
            .collect(),
        calls: 0,
    }
}

/// The announced best and worst calls replay to the announced scores.
fn replays_hold(s: &Arc<Scenario>, a: &Analysis) {
    for r in [a.best.as_ref().unwrap(), a.worst.as_ref().unwrap()] {
        let seed = r.seed.expect("a seed is found on small scenarios");
        let choices: Vec<usize> = if r.choices.is_empty() {
            Vec::new()
        } else {
            r.choices
                .split(',')
                .map(|c| c.parse::<usize>().unwrap() - 1)
                .collect()
        };
        let t = play_through(Arc::clone(s), seed, &choices, |_, _| None).unwrap();
        assert_eq!(t.ending.as_ref().unwrap().node, r.ending, "{}", s.id);
        assert_eq!(score(s, &t).overall, r.overall, "{} {:?}", s.id, r);
    }
}

fn check(s: Scenario, limit: Option<usize>) {
    let s = Arc::new(s);
    let expected = brute_force(&s, limit.unwrap_or(usize::MAX));
    let analysis = analyze_within(&s, limit).unwrap();
    let mut got = as_tally(&analysis);
    got.calls = expected.calls;
    assert_eq!(got, expected, "{}", s.id);
    replays_hold(&s, &analysis);
    let names: Vec<&str> = Competency::ALL.iter().map(|c| c.id()).collect();
    assert_eq!(analysis.competencies.len(), names.len());
}

#[test]
fn analysis_matches_brute_force_on_generated_scenarios() {
    for seed in 0..40 {
        let layers = 3 + (seed as usize % 4);
        let width = 1 + (seed as usize % 3);
        let ron = scenario_ron(layers, width, seed);
        let s = parse(&ron).unwrap_or_else(|e| panic!("{e}\n{ron}"));
        check(s, None);
    }
}

/// Longer calls, where the parametric searches take several rounds and branch and bound
/// drops most of the calls: still every figure equal to playing every call.
#[test]
fn analysis_matches_brute_force_on_longer_scenarios() {
    for seed in 100..106 {
        let ron = scenario_ron(9 + (seed as usize % 2), 3, seed);
        let s = parse(&ron).unwrap_or_else(|e| panic!("{e}\n{ron}"));
        check(s, None);
    }
}

#[test]
fn the_same_scenario_gets_the_same_analysis_every_time() {
    // Among calls that score the same, the one reported as best must not depend on the order
    // in which a run happened to hash the profiles.
    let ron = crate::generated::large_ron(14, 20, 3);
    let s = Arc::new(parse(&ron).unwrap_or_else(|e| panic!("{e}\n{ron}")));
    let first = analyze(&s).unwrap();
    for _ in 0..3 {
        assert_eq!(analyze(&s).unwrap(), first);
    }
}

#[test]
fn analysis_matches_brute_force_on_looping_scenarios_within_a_horizon() {
    let mut looping = 0;
    for seed in 0..30 {
        let ron = looping_ron(3 + (seed as usize % 3), 2, seed);
        let s = parse(&ron).unwrap_or_else(|e| panic!("{e}\n{ron}"));
        let a = analyze_within(&Arc::new(s.clone()), Some(7)).unwrap();
        looping += usize::from(a.loops);
        check(s, Some(7));
    }
    assert!(looping >= 10, "only {looping} generated scenarios loop");
}

#[test]
fn analysis_matches_brute_force_on_the_fixture() {
    let loaded = common::mini();
    check((*loaded.scenario).clone(), None);
}

#[test]
fn a_loop_is_followed_as_far_as_the_work_allows() {
    // `again` comes back to the same situation: without counting answers the situations
    // would form a cycle.
    let ron = r#"Scenario(
        id: "loop", difficulty: easy, minutes: 1, competencies: [empathy],
        briefing: (debtor_kind: consumer, amount: 10.0, reference: "L", due_date: "2026-01-01"),
        debtor: (tension: 0, trust: 0, willingness: 0),
        start: "ask",
        nodes: [
            Talk(id: "ask", phase: comprendre, cues: [emotion], options: [
                (id: "listen", tags: [empathy], next: "done"),
                (id: "again", tags: [passive], next: "ask"),
            ]),
            End(id: "done", result: promise),
        ],
    )"#;
    let s = Arc::new(parse(ron).unwrap());
    let a = analyze(&s).unwrap();
    assert!(a.loops);
    // A loop this small is cheap to follow: all the way to the engine's limit.
    assert_eq!(a.max_answers, amiable::engine::MAX_TURNS);
    let empathy = &a.competencies["empathy"];
    // One empathic answer after up to 499 passive ones: 1/500 rounds to 0 %.
    assert_eq!((empathy.min, empathy.max), (Some(0), Some(100)));
    assert_eq!(a.best_path.as_deref(), Some("1"));
}

#[test]
fn unreachable_answers_and_dead_branches_are_reported() {
    let ron = r#"Scenario(
        id: "dead", difficulty: easy, minutes: 1, competencies: [empathy],
        briefing: (debtor_kind: consumer, amount: 10.0, reference: "D", due_date: "2026-01-01"),
        debtor: (tension: 10, trust: 50, willingness: 0),
        flags: ["never_set"],
        start: "ask",
        nodes: [
            Talk(id: "ask", phase: comprendre, cues: [emotion], options: [
                (id: "listen", tags: [empathy], next: "done",
                    branches: [(when: [flag("never_set")], next: "hidden")]),
                (id: "same", tags: [empathy], next: "done"),
            ]),
            Talk(id: "hidden", phase: conclure, options: [
                (id: "recap", tags: [recap], next: "done"),
                (id: "other", tags: [recap], next: "done"),
            ]),
            End(id: "done", result: promise),
        ],
    )"#;
    let a = analyze(&Arc::new(parse(ron).unwrap())).unwrap();
    assert_eq!(a.never_chosen, ["hidden/recap", "hidden/other"]);
    assert_eq!(a.flat_decisions, ["ask"]);
    assert_eq!(a.branches_never_taken.len(), 1);
    assert_eq!(a.branches_never_taken[0].next, "hidden");
}
