//! The bundled scenarios meet the course's bar: clean, rich enough, and scored fairly.

use crate::common;

use std::collections::{BTreeSet, HashMap};

use amiable::assessment;
use amiable::catalogue;
use amiable::engine::play_through;
use amiable::i18n::Lang;
use amiable::scenario::{Competency, LoadedScenario, Node, Scenario, Talk, Technique};
use amiable::scoring::{self, choice_value};
use rand::RngExt;

const REQUIRED: [&str; 5] = [
    "aggressive-debtor",
    "talkative-debtor",
    "over-indebted-household",
    "tristan-negotiation",
    "b2b-invoice-dispute",
];

fn bundled() -> Vec<LoadedScenario> {
    catalogue::bundled()
        .iter()
        .map(|p| common::load(p))
        .collect()
}

#[test]
fn every_required_scenario_is_bundled_and_check_is_clean() {
    let paths = catalogue::bundled();
    let ids: BTreeSet<String> = paths
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    for id in REQUIRED {
        assert!(ids.contains(id), "missing bundled scenario {id}");
    }
    for path in &paths {
        let d = amiable::scenario::load(path).diagnostics;
        let lines: Vec<String> = d.iter().map(ToString::to_string).collect();
        assert!(d.is_empty(), "{}:\n{}", path.display(), lines.join("\n"));
    }
}

/// The most decisions on any path from the start to an ending without revisiting a node.
fn longest_path(s: &Scenario) -> usize {
    fn walk<'a>(
        s: &'a Scenario,
        id: &'a str,
        seen: &mut Vec<&'a str>,
        budget: &mut usize,
    ) -> usize {
        if *budget == 0 || seen.contains(&id) {
            return 0;
        }
        *budget -= 1;
        let Some(Node::Talk(t)) = s.node(id) else {
            return 0;
        };
        seen.push(id);
        let targets: BTreeSet<&str> = t
            .options
            .iter()
            .flat_map(|o| {
                std::iter::once(o.next.as_str()).chain(o.branches.iter().map(|b| b.next.as_str()))
            })
            .collect();
        let best = targets
            .into_iter()
            .map(|n| walk(s, n, seen, budget))
            .max()
            .unwrap_or(0);
        seen.pop();
        best + 1
    }
    walk(s, &s.start, &mut Vec::new(), &mut 2_000_000)
}

fn tempting_but_wrong(t: &Talk) -> bool {
    t.options.iter().any(|o| {
        o.has_any(&[
            Technique::Passive,
            Technique::Aggressive,
            Technique::Manipulative,
            Technique::NegativeWording,
            Technique::ComplianceBreach,
        ])
    })
}

#[test]
fn each_scenario_is_a_real_branching_call() {
    for loaded in bundled() {
        let s = &loaded.scenario;
        let longest = longest_path(s);
        assert!(
            longest >= 10,
            "{}: longest path has {longest} decisions",
            s.id
        );
        let mut results = BTreeSet::new();
        for node in &s.nodes {
            match node {
                Node::Talk(t) => {
                    assert!(
                        t.options.len() >= 3,
                        "{}: node {} offers {} answers",
                        s.id,
                        t.id,
                        t.options.len()
                    );
                    assert!(
                        tempting_but_wrong(t),
                        "{}: node {} has no tempting wrong answer",
                        s.id,
                        t.id
                    );
                }
                Node::End(e) => {
                    results.insert(e.result.id());
                }
            }
        }
        assert!(results.len() >= 3, "{}: endings {results:?}", s.id);
        if s.id == "tristan-negotiation" {
            assert!(
                s.briefing.negotiation.is_some(),
                "the negotiation case states its margins"
            );
        }
    }
}

/// At each decision, the answer that ranks best; where several rank equal, the first.
fn best_path(loaded: &LoadedScenario, seed: u64) -> scoring::Scorecard {
    let t = play_through(loaded.scenario.clone(), seed, &[], |talk, _| {
        Some(scoring::best_choice(talk))
    })
    .unwrap();
    assert!(t.ending.is_some());
    scoring::score(&loaded.scenario, &t)
}

/// At each decision, a passive, aggressive or manipulative answer when there is one, else the
/// worst-ranked answer.
fn bad_path(loaded: &LoadedScenario, seed: u64, prefer: Technique) -> scoring::Scorecard {
    let t = play_through(loaded.scenario.clone(), seed, &[], |talk, _| {
        let counter =
            |o: &amiable::scenario::Choice| o.tags.iter().any(|t| t.is_counter_position());
        talk.options
            .iter()
            .position(|o| o.has(prefer))
            .or_else(|| talk.options.iter().position(counter))
            .or_else(|| {
                (0..talk.options.len()).min_by(|&a, &b| {
                    choice_value(talk, &talk.options[a])
                        .total_cmp(&choice_value(talk, &talk.options[b]))
                })
            })
    })
    .unwrap();
    scoring::score(&loaded.scenario, &t)
}

#[test]
fn the_best_path_scores_at_least_80_on_the_target_competencies() {
    for loaded in bundled() {
        for seed in [1, 2, 3, 42] {
            let card = best_path(&loaded, seed);
            for &c in &loaded.scenario.competencies {
                let score = card.score(c);
                assert!(
                    score.is_some_and(|s| s >= 80),
                    "{} seed {seed}: {} scored {score:?} on the best path",
                    loaded.scenario.id,
                    c.id()
                );
            }
        }
    }
}

#[test]
fn passive_or_aggressive_paths_score_at_most_40() {
    for loaded in bundled() {
        for prefer in [Technique::Passive, Technique::Aggressive] {
            for seed in [1, 2, 3] {
                let card = bad_path(&loaded, seed, prefer);
                assert!(
                    card.overall <= 40,
                    "{} ({:?}, seed {seed}): overall {} — {:?}",
                    loaded.scenario.id,
                    prefer,
                    card.overall,
                    card.competencies
                        .iter()
                        .map(|c| (c.competency.id(), c.score))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
}

#[test]
fn twenty_random_plays_per_language_give_complete_assessments() {
    let apps: HashMap<Lang, _> = Lang::ALL
        .iter()
        .map(|&l| (l, catalogue::app_texts(l).expect("app texts load")))
        .collect();
    for loaded in bundled() {
        let mut endings = BTreeSet::new();
        for lang in Lang::ALL {
            for seed in 0..20u64 {
                let t = play_through(loaded.scenario.clone(), seed, &[], |talk, rng| {
                    Some(rng.random_range(0..talk.options.len()))
                })
                .unwrap();
                assert!(
                    t.ending.is_some(),
                    "{} seed {seed}: unfinished",
                    loaded.scenario.id
                );
                endings.insert(t.ending.clone().unwrap().node);
                let a = assessment::assess(&loaded, &t, lang, &apps[&lang]);
                assert!(a.finished);
                assert_eq!(a.competencies.0.len(), Competency::ALL.len());
                assert_eq!(a.feedback.len(), t.turns.len());
                assert!(
                    a.feedback.iter().all(|f| !f.feedback.is_empty()),
                    "feedback missing"
                );
                assert!(
                    !a.outcome.summary.is_empty(),
                    "ending without an outcome text"
                );
                let json = serde_json::to_string(&a).unwrap();
                assert!(
                    !json.contains('⟨'),
                    "{} ({lang}, seed {seed}) shows a missing text: {json}",
                    loaded.scenario.id
                );
            }
        }
        assert!(
            endings.len() >= 2,
            "{}: random play always ends the same way",
            loaded.scenario.id
        );
    }
}

#[test]
fn app_texts_exist_in_both_languages() {
    let fr = catalogue::app_texts(Lang::Fr).unwrap();
    let en = catalogue::app_texts(Lang::En).unwrap();
    let fr_ids: BTreeSet<&str> = fr.ids().collect();
    let en_ids: BTreeSet<&str> = en.ids().collect();
    assert_eq!(
        fr_ids.symmetric_difference(&en_ids).collect::<Vec<_>>(),
        Vec::<&&str>::new()
    );
    for id in &fr_ids {
        let (f, e) = (fr.source(id).unwrap(), en.source(id).unwrap());
        assert_eq!(
            f.variables, e.variables,
            "`{id}` uses other variables in fr-FR and en-US"
        );
    }
    for c in Competency::ALL {
        assert!(fr.has(&format!("competency-{}", c.id())));
        assert!(fr.has(&format!("advice-{}", c.id())));
    }
    for o in assessment::Objective::ALL {
        assert!(fr.has(&format!("objective-{}", o.id())));
    }
}
