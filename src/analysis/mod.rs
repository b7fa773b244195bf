//! What a scenario allows, computed exactly without listing its paths: the endings and how to
//! reach them, the lowest and highest score of every competency, the best and worst calls as
//! answers to replay, and the decisions that teach nothing. See docs/authoring.md.

mod bound;
mod explore;
mod flat;
mod frontier;
// Generated scenarios large enough to test what only large ones exercise.
#[cfg(test)]
#[path = "../../tests/core/generated.rs"]
mod generated;
mod likeliest;
mod linear;
mod parallel;
mod profile;
mod reach;
mod states;
mod surrogate;

pub use states::{GraphError, MAX_SITUATIONS};

use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use serde::Serialize;

use crate::engine::{Conversation, MAX_TURNS, Step};
use crate::scenario::{Competency, EndResult, Node, Scenario};
use crate::scoring::Outcome;
use bound::{Outlook, Target};
use flat::Flat;
use frontier::{Budget, Frontiers, Goal, Key, Projection, Pruning, Score, Values};
use likeliest::{Likeliest, likeliest_calls};
use parallel::{both, into_slot};
use profile::{Answer, LISTENING_SLOTS, PER_TURN, Profile, Scores, competency_index};
use states::StateGraph;
use surrogate::Surrogate;

/// The lowest and highest value reachable; `None` when no call can reach a value at all.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
pub struct Range {
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// `false` when finding the exact values would cost too much (see `JOINT_BUDGET`): the
    /// values are then those of real calls, so the true range is at least this wide.
    pub exact: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CompetencyRange {
    pub min: Option<u8>,
    pub max: Option<u8>,
    /// Some finished call gives no opportunity to show this competency.
    pub can_go_unassessed: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EndingReport {
    pub id: String,
    pub result: EndResult,
    pub reachable: bool,
    /// The answers most likely to lead there, as for `amiable play --choices`.
    pub choices: Option<String>,
    /// How likely these answers are to end there (below 1 when the debtor's reactions
    /// include chance).
    pub probability: f64,
    /// The overall score of the calls that end there.
    pub overall: Range,
}

/// A call to replay: answers, a seed with which the debtor reacts as planned, and its score.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Replay {
    pub choices: String,
    /// `None` when no seed among those tried makes every chance branch go this way.
    pub seed: Option<u64>,
    pub overall: u8,
    pub relational: u8,
    pub ending: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BranchRef {
    pub node: String,
    pub option: String,
    /// 1-based, in the order written in the file.
    pub branch: usize,
    pub next: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Analysis {
    pub scenario: String,
    /// Distinct situations (node and debtor state) a call can be in.
    pub situations: usize,
    /// Some situation can come back.
    pub loops: bool,
    /// The figures are exact for every call of at most this many answers.
    pub max_answers: usize,
    pub endings: Vec<EndingReport>,
    pub competencies: BTreeMap<&'static str, CompetencyRange>,
    pub relational: Range,
    pub overall: Range,
    pub best: Option<Replay>,
    pub worst: Option<Replay>,
    /// `best.choices` and `worst.choices`, for scripts.
    pub best_path: Option<String>,
    pub worst_path: Option<String>,
    /// Reachable decisions where every answer is worth the same: nothing to learn there.
    pub flat_decisions: Vec<String>,
    /// Answers (`node/option`) that no call can reach.
    pub never_chosen: Vec<String>,
    /// Branches of reachable answers whose conditions never hold when they are given.
    pub branches_never_taken: Vec<BranchRef>,
}

/// How many seeds to try when looking for one that makes the debtor react as a path needs.
const SEED_SEARCH: u64 = 200_000;

/// A scenario that loops has calls of every length up to the engine's limit, and their
/// number grows fast: by default its calls are followed up to the longest horizon (from
/// `LOOP_START` answers, two more at a time) whose analysis keeps under `LOOP_BUDGET`
/// profiles per search. The report says which horizon that was.
pub const LOOP_START: usize = 10;
pub const LOOP_BUDGET: usize = 400_000;

/// The relational and overall scores mix many competencies, so the profiles that must be kept
/// to know their exact range grow with the length of the calls. Past this many, on a scenario
/// that cannot loop, the best and worst calls are found by the value of each answer instead
/// (exact, but for a simpler measure), and their scores are reported as reached, not as bounds.
pub const JOINT_BUDGET: usize = 1_000_000;

/// Each ending's own range of overall scores is a harder search than the scenario's (a call
/// is dropped only when it cannot beat the best found at every ending it can reach). Past
/// this many profiles, the ranges shown per ending are those of the calls found. The bundled
/// scenarios need at most 4,400; a search that gives up has spent its work for nothing, and
/// on 10,000 generated decisions it would need 700,000 profiles and a second.
pub const PER_ENDING_BUDGET: usize = 30_000;

/// Analyses every call the engine can play: all of them (up to its limit of `MAX_TURNS`
/// answers) when the scenario cannot loop, else those up to the horizon described above.
pub fn analyze(scenario: &Arc<Scenario>) -> Result<Analysis, GraphError> {
    analyze_within(scenario, None)
}

pub fn analyze_within(
    scenario: &Arc<Scenario>,
    max_answers: Option<usize>,
) -> Result<Analysis, GraphError> {
    let mut graph = StateGraph::build(scenario)?;
    let answers: Vec<Vec<Answer>> = scenario
        .nodes
        .iter()
        .map(|n| match n {
            Node::Talk(t) => (0..t.options.len()).map(|i| Answer::of(t, i)).collect(),
            Node::End(_) => Vec::new(),
        })
        .collect();
    let outcomes = profile::outcomes(scenario);
    let unlimited = usize::MAX;
    // Found beside the scores where the graph stays as it is.
    let mut likeliest = None;
    let found = match max_answers {
        Some(n) => {
            graph.limit_answers(n.min(MAX_TURNS));
            figures(
                scenario,
                &graph,
                &answers,
                &outcomes,
                n.min(MAX_TURNS),
                unlimited,
            )
        }
        None if !graph.loops() => {
            let (found, ways) = both(
                || {
                    let merged = graph.merge_alike();
                    let searched = merged.as_ref().unwrap_or(&graph);
                    figures(
                        scenario, searched, &answers, &outcomes, MAX_TURNS, unlimited,
                    )
                },
                || likeliest_calls(&graph),
            );
            likeliest = Some(ways);
            found
        }
        None => {
            // Longer and longer calls, while the work stays reasonable: every figure is then
            // exact for the longest horizon that fitted.
            let mut last: Option<Figures> = None;
            let mut peak_before = None;
            for horizon in (LOOP_START..=MAX_TURNS).step_by(2) {
                if let (Some(before), Some(f)) = (peak_before, &last)
                    && grown(f.peak_entries, before) > LOOP_BUDGET
                {
                    break;
                }
                graph.limit_answers(horizon);
                match figures(scenario, &graph, &answers, &outcomes, horizon, LOOP_BUDGET) {
                    Some(f) => {
                        peak_before = last.as_ref().map(|l| l.peak_entries);
                        last = Some(f);
                    }
                    None => break,
                }
            }
            if last.is_none() {
                graph.limit_answers(LOOP_START);
                last = figures(scenario, &graph, &answers, &outcomes, LOOP_START, unlimited);
            }
            last
        }
    };
    let f = found.expect("an unlimited search always finishes");
    let likeliest = likeliest.unwrap_or_else(|| likeliest_calls(&graph));
    let endings = ending_reports(
        scenario,
        &likeliest,
        &f.overall_by_end,
        f.ending_ranges_exact,
    );
    let reached: Vec<bool> = {
        let mut r = vec![false; scenario.nodes.len()];
        for s in &graph.vertices {
            r[s.node] = true;
        }
        r
    };
    let mut flat_decisions = Vec::new();
    let mut never_chosen = Vec::new();
    let mut branches_never_taken = Vec::new();
    for (n, node) in scenario.nodes.iter().enumerate() {
        let Node::Talk(talk) = node else { continue };
        if !reached[n] {
            never_chosen.extend(talk.options.iter().map(|o| format!("{}/{}", talk.id, o.id)));
            continue;
        }
        let values: Vec<f32> = answers[n].iter().map(|a| a.value).collect();
        let spread = values.iter().cloned().fold(f32::MIN, f32::max)
            - values.iter().cloned().fold(f32::MAX, f32::min);
        if talk.options.len() > 1 && spread < 0.01 {
            flat_decisions.push(talk.id.clone());
        }
        for (i, option) in talk.options.iter().enumerate() {
            for (b, branch) in option.branches.iter().enumerate() {
                if graph.fired.binary_search(&(n, i, b)).is_err() {
                    branches_never_taken.push(BranchRef {
                        node: talk.id.clone(),
                        option: option.id.clone(),
                        branch: b + 1,
                        next: branch.next.clone(),
                    });
                }
            }
        }
    }

    Ok(Analysis {
        scenario: scenario.id.clone(),
        situations: graph.vertices.len(),
        loops: graph.loops(),
        max_answers: f.limit,
        endings,
        competencies: f.competencies,
        relational: f.relational,
        overall: f.overall,
        best_path: f.best.as_ref().map(|r| r.choices.clone()),
        worst_path: f.worst.as_ref().map(|r| r.choices.clone()),
        best: f.best,
        worst: f.worst,
        flat_decisions,
        never_chosen,
        branches_never_taken,
    })
}

/// The profiles a search two answers longer will likely need, from how much the last two
/// horizons needed: calls grow by about the same factor at each step. A horizon that would
/// not fit is then not tried: a search that gives up has done all its work for nothing, and
/// it is the longest of all.
fn grown(peak: usize, peak_before: usize) -> usize {
    let factor = peak as f64 / peak_before.max(1) as f64;
    (peak as f64 * factor.max(1.0)) as usize
}

/// What the frontiers give, for calls of at most `limit` answers.
struct Figures {
    limit: usize,
    /// The most profiles any one of its searches kept.
    peak_entries: usize,
    competencies: BTreeMap<&'static str, CompetencyRange>,
    relational: Range,
    overall: Range,
    best: Option<Replay>,
    worst: Option<Replay>,
    overall_by_end: BTreeMap<usize, (u8, u8)>,
    /// Whether `overall_by_end` holds each ending's exact range, or only calls found there.
    ending_ranges_exact: bool,
}

fn figures(
    scenario: &Arc<Scenario>,
    graph: &StateGraph,
    answers: &[Vec<Answer>],
    outcomes: &[Option<Outcome>],
    limit: usize,
    max_entries: usize,
) -> Option<Figures> {
    let budget = Budget {
        max_answers: limit,
        max_entries,
    };
    // Only an unlimited search may fall back on value-guided calls; a bounded one (a loop's
    // horizon) rather stops and takes the shorter horizon that fitted.
    let fallback = max_entries == usize::MAX;
    let joint = Budget {
        max_answers: limit,
        max_entries: max_entries.min(JOINT_BUDGET),
    };
    let finish = |f: &Frontiers, id: u32| -> (usize, Scores) {
        let e = &f.entries[id as usize];
        let node = graph.vertices[e.vertex as usize].node;
        let outcome = outcomes[node]
            .as_ref()
            .expect("entries at ends stand on End nodes");
        (node, e.profile.scores(outcome))
    };
    let peak_entries = AtomicUsize::new(0);
    let kept = |found: Option<Frontiers>| {
        if let Some(f) = &found {
            peak_entries.fetch_max(f.entries.len(), Ordering::Relaxed);
        }
        found
    };
    let solve = |project, minimise, budget| {
        kept(frontier::solve(
            graph,
            answers,
            &Goal { project, minimise },
            budget,
        ))
    };

    // The lowest (or highest) score of each competency the sweeps did not give, with whether
    // some call leaves it unassessed; `None` when a search went past the budget.
    let searched = |minimise: bool, given: &BTreeSet<&'static str>| {
        let mut found = BTreeMap::new();
        for &c in Competency::ALL.iter().filter(|c| !given.contains(c.id())) {
            let f = solve(projection(c), minimise, budget)?;
            let scores: Vec<Option<u8>> = f
                .at_ends
                .iter()
                .map(|&id| finish(&f, id).1.competencies[competency_index(c)])
                .collect();
            let best = scores.iter().flatten().copied();
            let value = if minimise { best.min() } else { best.max() };
            found.insert(c.id(), (value, scores.iter().any(Option::is_none)));
        }
        Some(found)
    };
    let score_of = |target: Target| {
        move |p: &Profile, node: usize| {
            let outcome = outcomes[node]
                .as_ref()
                .expect("scores are taken at End nodes");
            let s = p.scores(outcome);
            match target {
                Target::Relational => s.relational,
                Target::Overall => s.overall,
            }
        }
    };
    let (relational_score, overall_score) =
        (score_of(Target::Relational), score_of(Target::Overall));
    // Without loops or a binding limit of answers: the situations in a forward order (`flat`),
    // over which every competency has a search of a few sweeps (see `linear`), where
    // otherwise the frontiers below find it; the bounds for branch and bound (whose hulls
    // give the competencies judged turn by turn); and calls to start branch and bound from:
    // for each ending, the best- (and worst-) valued answers that reach it. The climbs from
    // those to strong first calls for the overall score (see `surrogate`) need only them, so
    // they run beside the hulls rather than ahead of branch and bound, and the bounds need no
    // forward order, so they start at once.
    let forward = !graph.loops() && !graph.room_matters.iter().any(|&r| r);
    let (outlook, (flat, seeds, climbs)) = match forward {
        true => both(
            || Some(Outlook::new(scenario, graph, answers)),
            || {
                let flat = Flat::of(graph);
                let Some(order) = &flat else {
                    return (None, [Vec::new(), Vec::new()], [None, None]);
                };
                let endings: Vec<usize> = (scenario.nodes.iter().enumerate())
                    .filter(|(_, node)| matches!(node, Node::End(_)))
                    .map(|(i, _)| i)
                    .collect();
                let seeds = [false, true].map(|minimise| {
                    frontier::guided_to_each(order, graph, answers, minimise, &endings)
                });
                // Without branch and bound (see `Outlook::numbers_every_ending`) no search
                // would start from them.
                let climbs = match endings.len() <= bound::NUMBERED_ENDINGS {
                    true => {
                        let surrogate = Surrogate::new(order, graph, answers);
                        [false, true].map(|minimise| {
                            let starts = &seeds[usize::from(minimise)];
                            surrogate.best_from(starts, minimise, &overall_score)
                        })
                    }
                    false => [None, None],
                };
                (flat, seeds, climbs)
            },
        ),
        false => (None, (None, [Vec::new(), Vec::new()], [None, None])),
    };
    let mut competencies: BTreeMap<_, _> =
        outlook.iter().flat_map(linear::per_turn_ranges).collect();
    // The other competencies come from the states they read, later, beside the longest
    // searches; otherwise the frontiers find them.
    let mut given: BTreeSet<&'static str> = competencies.keys().copied().collect();
    if flat.is_some() {
        given.extend(linear::BY_STATES.map(|c| c.id()));
    }
    let (lowest, highest) = both(|| searched(true, &given), || searched(false, &given));
    for (id, (min, none_low)) in lowest? {
        let (max, none_high) = highest.as_ref()?[id];
        let can_go_unassessed = none_low || none_high;
        competencies.insert(
            id,
            CompetencyRange {
                min,
                max,
                can_go_unassessed,
            },
        );
    }
    // Branch and bound needs each ending numbered (at most 64 of them).
    let outlook = outlook.filter(Outlook::numbers_every_ending);
    // `per_ending`: each ending's own range is wanted, not only the extreme call, which
    // prunes far less; `known` adds calls found by an earlier search.
    let joint_solve = |target: Target,
                       minimise: bool,
                       per_ending: bool,
                       budget: Budget,
                       known: Option<&Frontiers>| {
        let score: &Score<'_> = match target {
            Target::Relational => &relational_score,
            Target::Overall => &overall_score,
        };
        let project: Projection = match target {
            Target::Relational => project_relational,
            Target::Overall => project_overall,
        };
        let pruning = outlook.as_ref().map(|o| {
            let mut p = Pruning::new(o, target, score, per_ending);
            let starts = &seeds[usize::from(minimise)];
            for call in starts.iter().chain(known) {
                p.seed(minimise, call.clone(), graph);
            }
            // The overall score gains most from a strong first call.
            if let (Target::Overall, None, Some(better)) =
                (target, known, &climbs[usize::from(minimise)])
            {
                p.seed(minimise, better.clone(), graph);
            }
            p
        });
        let goal = Goal { project, minimise };
        kept(frontier::solve_pruned(
            graph, answers, &goal, budget, pruning,
        ))
    };
    let relational = |minimise| -> Option<Option<Option<u8>>> {
        let Some(f) = joint_solve(Target::Relational, minimise, false, joint, None) else {
            return fallback.then_some(None);
        };
        let values = f.at_ends.iter().map(|&id| finish(&f, id).1.relational);
        Some(Some(if minimise { values.min() } else { values.max() }))
    };
    let exact_overall = |minimise| joint_solve(Target::Overall, minimise, false, joint, None);
    // The searches differ a lot in length, so the longest go first: on 10,000 generated
    // decisions (both cores busy), the highest overall score's takes 0.15 s, DESC's 0.13 s,
    // the 4 C's and the highest relational score's 50 ms each, the others 5-7 ms.
    let (low, high) = (OnceLock::new(), OnceLock::new());
    let (highest, lowest) = (OnceLock::new(), OnceLock::new());
    let by_states = linear::BY_STATES.map(|_| OnceLock::new());
    let mut jobs = vec![into_slot(&highest, || exact_overall(false))];
    // Each of these competencies sweeps on its own, so that the longest (DESC) starts at once
    // beside the highest score's search and the shorter ones fill in after.
    if let Some(flat) = &flat {
        for (&c, slot) in linear::BY_STATES.iter().zip(&by_states) {
            jobs.push(into_slot(slot, move || {
                (c.id(), linear::state_range(c, flat, answers))
            }));
        }
    }
    jobs.extend([
        into_slot(&high, || relational(false)),
        into_slot(&lowest, || exact_overall(true)),
        into_slot(&low, || relational(true)),
    ]);
    parallel::spread(jobs);
    competencies.extend(by_states.into_iter().filter_map(OnceLock::into_inner));
    let (low, high) = (low.into_inner()??, high.into_inner()??);
    let (highest, lowest) = (highest.into_inner()?, lowest.into_inner()?);
    let (highest, lowest) = match (highest, lowest) {
        (Some(h), Some(l)) => (h, l),
        // Keep the exact side when only one search fitted.
        (h, l) if fallback => (
            h.unwrap_or_else(|| frontier::guided(graph, answers, false)),
            l.unwrap_or_else(|| frontier::guided(graph, answers, true)),
        ),
        _ => return None,
    };
    // Each ending's own range, starting from the calls just found. Without bounds (a loop)
    // the searches above kept every ending's calls already; with them, they dropped the calls
    // that could not beat the best (or worst) call, which may be the best at their ending.
    let (ending_ranges_exact, by_ending) = match &outlook {
        // Such a search keeps more profiles than the one for the extremes: when that one
        // needed more than the budget already, it would only give up at the end of it.
        Some(_)
            if !highest.guided
                && !lowest.guided
                && highest.entries.len().max(lowest.entries.len()) <= PER_ENDING_BUDGET =>
        {
            let budget = Budget {
                max_answers: limit,
                max_entries: max_entries.min(PER_ENDING_BUDGET),
            };
            let each =
                |minimise, known| joint_solve(Target::Overall, minimise, true, budget, known);
            match both(|| each(false, Some(&highest)), || each(true, Some(&lowest))) {
                (Some(h), Some(l)) => (true, vec![h, l]),
                _ => (false, Vec::new()),
            }
        }
        Some(_) => (false, Vec::new()),
        None => (!highest.guided && !lowest.guided, Vec::new()),
    };
    let exact = low.is_some() && high.is_some() && !highest.guided && !lowest.guided;
    // The best (or worst) call among those both searches kept: when one of them gave up, the
    // other's calls may still score beyond the value-guided one.
    let pick = |minimise: bool| -> Option<(&Frontiers, u32)> {
        // Among equal scores, the shortest call is the clearest to replay.
        let rank = |&(f, id): &(&Frontiers, u32)| {
            let score = i32::from(finish(f, id).1.overall);
            let turns = i32::from(f.entries[id as usize].profile.structure.turns);
            (
                if minimise { -score } else { score },
                -turns,
                std::cmp::Reverse(id),
            )
        };
        let searched = if minimise {
            [&lowest, &highest]
        } else {
            [&highest, &lowest]
        };
        searched
            .into_iter()
            .flat_map(|f| f.at_ends.iter().map(move |&id| (f, id)))
            .max_by_key(rank)
    };
    let replay = |f: &Frontiers, id: u32| -> Replay {
        let (choices, vertices) = f.path(id);
        let nodes: Vec<usize> = vertices.iter().map(|&v| graph.vertices[v].node).collect();
        let (node, scores) = finish(f, id);
        let likelihood: f64 = vertices
            .windows(2)
            .zip(&choices)
            .map(|(w, &c)| {
                let m = graph.moves[w[0]]
                    .iter()
                    .find(|m| m.to() == w[1] && m.choice() == c);
                m.map_or(0.0, |m| m.probability)
            })
            .product();
        Replay {
            choices: choice_list(&choices),
            seed: seed_for(scenario, &choices, &nodes, likelihood),
            overall: scores.overall,
            relational: scores.relational,
            ending: scenario.nodes[node].id().to_string(),
        }
    };
    let by_end = || {
        let mut by_end: BTreeMap<usize, (u8, u8)> = BTreeMap::new();
        for f in [&highest, &lowest].into_iter().chain(&by_ending) {
            for &id in &f.at_ends {
                let (node, scores) = finish(f, id);
                let r = by_end
                    .entry(node)
                    .or_insert((scores.overall, scores.overall));
                r.0 = r.0.min(scores.overall);
                r.1 = r.1.max(scores.overall);
            }
        }
        by_end
    };
    // Replaying a call to find its seed, and scoring every call kept, take a while each.
    let (best, worst, overall_by_end) = (OnceLock::new(), OnceLock::new(), OnceLock::new());
    parallel::spread(vec![
        into_slot(&best, || pick(false).map(|(f, id)| replay(f, id))),
        into_slot(&worst, || pick(true).map(|(f, id)| replay(f, id))),
        into_slot(&overall_by_end, by_end),
    ]);
    let (best, worst) = (best.into_inner().flatten(), worst.into_inner().flatten());
    let overall_by_end = overall_by_end.into_inner().unwrap_or_default();
    let overall = Range {
        min: overall_by_end.values().map(|r| r.0).min(),
        max: overall_by_end.values().map(|r| r.1).max(),
        exact,
    };
    let relational = match (low, high) {
        (Some(min), Some(max)) => Range {
            min,
            max,
            exact: true,
        },
        _ => {
            let reached = [&best, &worst].into_iter().flatten().map(|r| r.relational);
            Range {
                min: reached.clone().min(),
                max: reached.max(),
                exact: false,
            }
        }
    };
    Some(Figures {
        limit,
        peak_entries: peak_entries.into_inner(),
        competencies,
        relational,
        overall,
        best,
        worst,
        overall_by_end,
        ending_ranges_exact: ending_ranges_exact && exact,
    })
}

fn choice_list(choices: &[usize]) -> String {
    let list: Vec<String> = choices.iter().map(|c| (c + 1).to_string()).collect();
    list.join(",")
}

fn ending_reports(
    scenario: &Scenario,
    likeliest: &BTreeMap<usize, Likeliest>,
    overall_by_end: &BTreeMap<usize, (u8, u8)>,
    exact: bool,
) -> Vec<EndingReport> {
    (scenario.nodes.iter().enumerate())
        .filter_map(|(i, node)| {
            let Node::End(end) = node else { return None };
            let likeliest = likeliest.get(&i);
            let range = overall_by_end.get(&i);
            Some(EndingReport {
                id: end.id.clone(),
                result: end.result,
                reachable: likeliest.is_some(),
                choices: likeliest.map(|l| choice_list(&l.choices)),
                probability: likeliest.map_or(0.0, |l| l.probability),
                overall: Range {
                    min: range.map(|r| r.0),
                    max: range.map(|r| r.1),
                    exact,
                },
            })
        })
        .collect()
}

/// A seed with which playing `choices` visits exactly `nodes`; tries seeds in order, as many
/// as the path's likelihood makes worth it (a path that needs a lot of luck has no seed found
/// rather than a long wait).
fn seed_for(
    scenario: &Arc<Scenario>,
    choices: &[usize],
    nodes: &[usize],
    likelihood: f64,
) -> Option<u64> {
    if likelihood * (SEED_SEARCH as f64) < 5.0 {
        return None;
    }
    let tries = ((20.0 / likelihood) as u64).min(SEED_SEARCH);
    let ids: Vec<&str> = nodes.iter().map(|&n| scenario.nodes[n].id()).collect();
    (0..tries).find(|&seed| {
        let mut call = Conversation::new(Arc::clone(scenario), seed);
        for (i, &c) in choices.iter().enumerate() {
            match call.step() {
                Ok(Step::Decision { talk, .. }) if talk.id == ids[i] => {}
                _ => return false,
            }
            if call.choose(c).is_err() {
                return false;
            }
        }
        matches!(call.step(), Ok(Step::Ended { end, .. }) if Some(&end.id.as_str()) == ids.last())
    })
}

// Which parts of a profile decide a score, split into those that must match and those where
// more is better (see `frontier`). A share earned/opportunities is better with more earned and
// fewer opportunities, whatever follows; only whether there was any opportunity at all must
// match, since a competency never assessed leaves the overall mean.

fn projection(c: Competency) -> Projection {
    fn per_turn<const K: usize>(p: &Profile, key: &mut Key, values: &mut Values) {
        key[0] = u16::from(p.chances[K] > 0);
        values[0] = i32::from(p.earned[K]);
        values[1] = -i32::from(p.chances[K]);
    }
    const fn pick(k: usize) -> fn(&Profile, &mut Key, &mut Values) {
        match k {
            0 => per_turn::<0>,
            1 => per_turn::<1>,
            2 => per_turn::<2>,
            3 => per_turn::<3>,
            4 => per_turn::<4>,
            5 => per_turn::<5>,
            6 => per_turn::<6>,
            _ => per_turn::<7>,
        }
    }
    if let Some(k) = PER_TURN.iter().position(|&p| p == c) {
        return pick(k);
    }
    match c {
        Competency::Desc => |p, key, _| desc_key(p, key, 0),
        Competency::CallStructure => |p, key, values| structure(p, key, 0, values, 0),
        _ => |p, key, _| key[0] = p.breaches.min(2),
    }
}

fn desc_key(p: &Profile, key: &mut Key, at: usize) {
    key[at] = u16::from(p.desc_offered);
    let mut seq = u16::from(p.desc_len);
    for &s in &p.desc_chosen[..usize::from(p.desc_len)] {
        seq = seq * 4 + u16::from(s);
    }
    key[at + 1] = seq;
}

/// The 4 C: fewer skipped steps over more answers is a better share.
fn structure(p: &Profile, key: &mut Key, at: usize, values: &mut Values, from: usize) {
    key[at] = u16::from(p.structure.identified);
    key[at + 1] = u16::from(p.structure.order);
    key[at + 2] = u16::from(p.structure.last_phase);
    key[at + 3] = u16::from(p.structure.recap) * 2 + u16::from(p.structure.concluded);
    values[from] = -i32::from(p.structure.skips);
    values[from + 1] = i32::from(p.structure.turns);
}

fn project_relational(p: &Profile, key: &mut Key, values: &mut Values) {
    for (i, &k) in LISTENING_SLOTS.iter().enumerate() {
        key[i] = u16::from(p.chances[k] > 0);
        values[3 + 2 * i] = i32::from(p.earned[k]);
        values[4 + 2 * i] = -i32::from(p.chances[k]);
    }
    key[3] = u16::from(p.fragile);
    key[4] = u16::from(p.orientation_offered);
    values[0] = p.manners;
    values[1] = -i32::from(p.breaches);
    values[2] = i32::from(p.oriented);
}

fn project_overall(p: &Profile, key: &mut Key, values: &mut Values) {
    let mut assessed = 0u16;
    for k in 0..8 {
        assessed |= u16::from(p.chances[k] > 0) << k;
        values[2 * k] = i32::from(p.earned[k]);
        values[2 * k + 1] = -i32::from(p.chances[k]);
    }
    key[0] = assessed;
    desc_key(p, key, 1);
    structure(p, key, 3, values, 16);
    values[18] = -i32::from(p.breaches);
}

#[cfg(test)]
mod tests {
    use super::profile::{LISTENING_SLOTS, PER_TURN};
    use crate::scenario::Competency;

    #[test]
    fn listening_slots_match_the_per_turn_order() {
        let listened = LISTENING_SLOTS.map(|k| PER_TURN[k]);
        assert_eq!(
            listened,
            [
                Competency::Empathy,
                Competency::Reformulation,
                Competency::Questioning
            ]
        );
    }
}
