//! Dynamic programming over situations: the calls reaching a situation are merged into the
//! few profiles that can still win. Two profiles with the same `key` face the same rules from
//! here on, and a profile at least as good on every `value` ends at least as well whatever
//! follows, so only the undominated ones (a Pareto frontier) are carried forward. That keeps
//! the result exact while its size stays far below the number of paths.

use rustc_hash::FxHashMap;

use super::bound::{Outlook, Target};
use super::flat::Flat;
use super::profile::{Answer, Profile};
use super::states::StateGraph;

pub type Key = [u16; 16];
/// Values for the goals, and a last one for the answers left before the limit.
pub type Values = [i32; 20];
const ROOM: usize = 19;

/// A score of a call ending at a node with a profile; shared by searches that run side by side.
pub type Score<'a> = dyn Fn(&Profile, usize) -> u8 + Sync + 'a;

/// Which parts of a profile must match exactly (the key) and which are better higher.
pub type Projection = fn(&Profile, &mut Key, &mut Values);

/// What to optimise.
pub struct Goal {
    pub project: Projection,
    /// Look for the lowest score instead of the highest: values are negated.
    pub minimise: bool,
}

/// One call prefix kept on a frontier.
#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub profile: Profile,
    values: Values,
    /// The entry it extends, `ROOT` at the start of the call.
    pub parent: u32,
    /// The answer (0-based) that led here from the parent.
    pub choice: u16,
    pub vertex: u32,
    /// Still on its frontier (not yet beaten by a better profile).
    alive: bool,
}

pub const ROOT: u32 = u32::MAX;

/// Every entry ever kept (for following paths back) and those standing at endings.
#[derive(Clone)]
pub struct Frontiers {
    pub entries: Vec<Entry>,
    pub at_ends: Vec<u32>,
    /// One call chosen answer by answer (see `guided`), not an exhaustive search.
    pub guided: bool,
}

impl Frontiers {
    /// The answers (0-based) and situations from the start to `entry`.
    pub fn path(&self, mut entry: u32) -> (Vec<usize>, Vec<usize>) {
        let mut choices = Vec::new();
        let mut vertices = Vec::new();
        while entry != ROOT {
            let e = &self.entries[entry as usize];
            vertices.push(e.vertex as usize);
            if e.parent != ROOT {
                choices.push(usize::from(e.choice));
            }
            entry = e.parent;
        }
        choices.reverse();
        vertices.reverse();
        (choices, vertices)
    }
}

struct Solver<'a> {
    graph: &'a StateGraph,
    answers: &'a [Vec<Answer>],
    goal: &'a Goal,
    max_answers: usize,
    max_entries: usize,
    entries: Vec<Entry>,
    /// Hashed without a random seed, so that profiles are extended in the same order on every
    /// run: among calls that score the same, the one reported must not change from run to run.
    frontiers: Vec<FxHashMap<Key, Vec<u32>>>,
    pruning: Option<Pruning<'a>>,
}

/// Branch and bound: a call whose bound (`Outlook`) falls short of what calls already found
/// reach is dropped. Scores are oriented so that higher is better (negated when minimising).
pub struct Pruning<'a> {
    pub outlook: &'a Outlook,
    pub target: Target,
    /// The score of a call ending at a node with a profile.
    pub score: &'a Score<'a>,
    /// Each ending's own range is wanted (the overall score per ending), not only the best
    /// call: a call is then dropped only when it cannot beat the best found at any ending it
    /// can still reach.
    pub per_ending: bool,
    /// The best oriented score found so far, per ending number, and over all of them.
    found: [i32; 64],
    found_anywhere: i32,
    /// Calls found before the search, kept among its results since calls no better than
    /// them are dropped.
    seeds: Vec<Frontiers>,
}

impl<'a> Pruning<'a> {
    pub fn new(
        outlook: &'a Outlook,
        target: Target,
        score: &'a Score<'a>,
        per_ending: bool,
    ) -> Pruning<'a> {
        Pruning {
            outlook,
            target,
            score,
            per_ending,
            found: [i32::MIN; 64],
            found_anywhere: i32::MIN,
            seeds: Vec::new(),
        }
    }

    /// Starts from calls already known (found answer by answer, see `guided_to_each`), so that
    /// hopeless calls are dropped from the first situations on.
    pub fn seed(&mut self, minimise: bool, known: Frontiers, graph: &StateGraph) {
        for &id in &known.at_ends {
            let e = &known.entries[id as usize];
            self.record(minimise, &e.profile, graph.vertices[e.vertex as usize].node);
        }
        self.seeds.push(known);
    }

    fn oriented(minimise: bool, score: u8) -> i32 {
        if minimise {
            -i32::from(score)
        } else {
            i32::from(score)
        }
    }

    fn record(&mut self, minimise: bool, profile: &Profile, node: usize) {
        let s = Self::oriented(minimise, (self.score)(profile, node));
        let e = usize::from(self.outlook.ending_number[node]);
        self.found[e] = self.found[e].max(s);
        self.found_anywhere = self.found_anywhere.max(s);
    }

    /// No call through here can end better than what is already found (a call that would
    /// only equal it is dropped too: the one found is kept).
    fn hopeless(&self, minimise: bool, profile: &Profile, vertex: usize) -> bool {
        let threshold = if self.per_ending {
            let mut reach = self.outlook.endings_from(vertex);
            let mut lowest = i32::MAX;
            while reach != 0 {
                let e = reach.trailing_zeros() as usize;
                reach &= reach - 1;
                lowest = lowest.min(self.found[e]);
            }
            lowest
        } else {
            self.found_anywhere
        };
        if threshold == i32::MIN || threshold == i32::MAX {
            return false;
        }
        let bound = self.outlook.bound(self.target, profile, vertex, !minimise);
        Self::oriented(minimise, bound) <= threshold
    }
}

/// How far a search may go before it gives up: a number of profiles kept, so that the limit
/// is the same on every machine.
#[derive(Debug, Clone, Copy)]
pub struct Budget {
    pub max_answers: usize,
    pub max_entries: usize,
}

/// The frontiers of every situation, for calls of at most `max_answers` answers; `None` when
/// that takes more than `max_entries` profiles.
pub fn solve(
    graph: &StateGraph,
    answers: &[Vec<Answer>],
    goal: &Goal,
    budget: Budget,
) -> Option<Frontiers> {
    solve_pruned(graph, answers, goal, budget, None)
}

/// The same, dropping the calls that `pruning` shows cannot matter; only for a graph that
/// cannot loop.
pub fn solve_pruned<'a>(
    graph: &'a StateGraph,
    answers: &'a [Vec<Answer>],
    goal: &'a Goal,
    budget: Budget,
    pruning: Option<Pruning<'a>>,
) -> Option<Frontiers> {
    debug_assert!(pruning.is_none() || !graph.loops());
    let max_answers = budget.max_answers;
    let mut solver = Solver {
        graph,
        answers,
        goal,
        max_answers,
        max_entries: budget.max_entries,
        entries: Vec::new(),
        frontiers: vec![FxHashMap::default(); graph.vertices.len()],
        pruning,
    };
    solver.insert(Profile::default(), ROOT, 0, 0);
    let mut at_ends = Vec::new();
    for (g, members) in graph.groups.iter().enumerate() {
        if solver.entries.len() > budget.max_entries {
            return None;
        }
        if graph.looping[g] {
            solver.settle_loop(members);
            continue;
        }
        // Without a loop, a situation's frontier is complete once the groups before it are
        // done, and is extended once.
        let v = members[0];
        let ids = std::mem::take(&mut solver.frontiers[v])
            .into_values()
            .flatten();
        if graph.ending[v] {
            at_ends.extend(ids);
        } else {
            for id in ids {
                solver.extend(id);
            }
        }
    }
    if solver.entries.len() > budget.max_entries {
        return None;
    }
    for seed in solver.pruning.take().map(|p| p.seeds).unwrap_or_default() {
        let offset = solver.entries.len() as u32;
        solver.entries.extend(seed.entries.iter().map(|e| Entry {
            parent: if e.parent == ROOT {
                ROOT
            } else {
                e.parent + offset
            },
            ..*e
        }));
        at_ends.extend(seed.at_ends.iter().map(|id| id + offset));
    }
    Some(Frontiers {
        entries: solver.entries,
        at_ends,
        guided: false,
    })
}

impl Solver<'_> {
    /// Inside a loop, profiles go round until none comes back better than one already seen
    /// (or the limit of answers stops the call): a fixed point, reached in finitely many steps.
    fn settle_loop(&mut self, members: &[usize]) {
        let inside: std::collections::HashSet<usize> = members.iter().copied().collect();
        let mut queue: std::collections::VecDeque<u32> = members
            .iter()
            .flat_map(|&v| {
                self.frontiers[v]
                    .values()
                    .flatten()
                    .copied()
                    .collect::<Vec<_>>()
            })
            .collect();
        while let Some(id) = queue.pop_front() {
            if self.entries.len() > self.max_entries {
                return;
            }
            let e = self.entries[id as usize];
            if !e.alive {
                continue;
            }
            let first_new = self.entries.len() as u32;
            self.extend(id);
            for new in first_new..self.entries.len() as u32 {
                if inside.contains(&(self.entries[new as usize].vertex as usize)) {
                    queue.push_back(new);
                }
            }
        }
    }

    fn extend(&mut self, id: u32) {
        let e = self.entries[id as usize];
        if usize::from(e.profile.structure.turns) >= self.max_answers {
            return;
        }
        let v = e.vertex as usize;
        let node = self.graph.vertices[v].node;
        for m in &self.graph.moves[v] {
            let next = e.profile.after(&self.answers[node][m.choice()]);
            self.insert(next, id, m.choice() as u16, m.to());
        }
    }

    fn insert(&mut self, profile: Profile, parent: u32, choice: u16, vertex: usize) {
        let minimise = self.goal.minimise;
        if let Some(p) = &mut self.pruning {
            if self.graph.ending[vertex] {
                p.record(minimise, &profile, self.graph.vertices[vertex].node);
            } else if p.hopeless(minimise, &profile, vertex) {
                return;
            }
        }
        let mut key = [0u16; 16];
        let mut values = [0i32; 20];
        (self.goal.project)(&profile, &mut key, &mut values);
        if self.goal.minimise {
            for v in &mut values[..ROOM] {
                *v = -*v;
            }
        }
        if self.graph.room_matters[vertex] {
            values[ROOM] = -i32::from(profile.structure.turns);
        }
        let entries = &mut self.entries;
        let group = self.frontiers[vertex].entry(key).or_default();
        let dominates = |a: &Values, b: &Values| a.iter().zip(b).all(|(x, y)| x >= y);
        if group
            .iter()
            .any(|&id| dominates(&entries[id as usize].values, &values))
        {
            return;
        }
        group.retain(|&id| {
            let beaten = dominates(&values, &entries[id as usize].values);
            if beaten {
                entries[id as usize].alive = false;
            }
            !beaten
        });
        group.push(entries.len() as u32);
        entries.push(Entry {
            profile,
            values,
            parent,
            choice,
            vertex: vertex as u32,
            alive: true,
        });
    }
}

/// The call whose answers are worth the most (or the least) in total, by `choice_value`: a
/// sum, so one backward pass finds it exactly however large the scenario. Used when the exact
/// search for the overall score would cost too much; only for scenarios that cannot loop.
pub fn guided(graph: &StateGraph, answers: &[Vec<Answer>], minimise: bool) -> Frontiers {
    guided_to(graph, answers, minimise, &|_| true)
}

/// For each ending node (in the scenario's order), the call worth the most (or the least)
/// among those that end there, as `guided` finds it; all endings in one sweep over `flat`.
pub fn guided_to_each(
    flat: &Flat,
    graph: &StateGraph,
    answers: &[Vec<Answer>],
    minimise: bool,
    endings: &[usize],
) -> Vec<Frontiers> {
    let lanes = endings.len();
    let sign = if minimise { -1.0 } else { 1.0 };
    let mut total = vec![f32::NEG_INFINITY; flat.len() * lanes];
    let mut step = vec![u32::MAX; flat.len() * lanes];
    for v in (0..flat.len()).rev() {
        let here = v * lanes;
        if flat.ending[v] {
            let node = graph.vertices[flat.vertex[v] as usize].node;
            if let Some(e) = endings.iter().position(|&n| n == node) {
                total[here + e] = 0.0;
            }
            continue;
        }
        for i in flat.moves(v) {
            let value = sign * answers[flat.node[i] as usize][usize::from(flat.choice[i])].value;
            let there = flat.to[i] as usize * lanes;
            for e in 0..lanes {
                let t = value + total[there + e];
                if t > total[here + e] {
                    total[here + e] = t;
                    step[here + e] = i as u32;
                }
            }
        }
    }
    (0..lanes)
        .map(|e| {
            let mut steps = Vec::new();
            let mut v = 0;
            while let Some(&i) = step.get(v * lanes + e).filter(|&&i| i != u32::MAX) {
                v = flat.to[i as usize] as usize;
                steps.push((
                    usize::from(flat.choice[i as usize]),
                    flat.vertex[v] as usize,
                ));
            }
            let reached = total.get(e).is_some_and(|t| *t > f32::NEG_INFINITY);
            call(graph, answers, &steps, reached)
        })
        .collect()
}

/// The same among the calls that end at a node `ends_at` accepts.
fn guided_to(
    graph: &StateGraph,
    answers: &[Vec<Answer>],
    minimise: bool,
    ends_at: &dyn Fn(usize) -> bool,
) -> Frontiers {
    let n = graph.vertices.len();
    let sign = if minimise { -1.0 } else { 1.0 };
    let mut total = vec![f32::NEG_INFINITY; n];
    let mut step: Vec<Option<(usize, usize)>> = vec![None; n];
    for members in graph.groups.iter().rev() {
        for &v in members {
            if graph.ending[v] {
                if ends_at(graph.vertices[v].node) {
                    total[v] = 0.0;
                }
                continue;
            }
            let node = graph.vertices[v].node;
            for m in &graph.moves[v] {
                let t = sign * answers[node][m.choice()].value + total[m.to()];
                if t > total[v] {
                    total[v] = t;
                    step[v] = Some((m.choice(), m.to()));
                }
            }
        }
    }
    let mut steps = Vec::new();
    let mut v = 0;
    while let Some((choice, to)) = step[v] {
        steps.push((choice, to));
        v = to;
    }
    let reached = graph.ending[v] && total[0] > f32::NEG_INFINITY;
    call(graph, answers, &steps, reached)
}

/// One call as a frontier of its own: `steps` are the answers given (0-based) and the
/// situations they lead to, from the start; `complete` when the last one is an ending.
pub fn call(
    graph: &StateGraph,
    answers: &[Vec<Answer>],
    steps: &[(usize, usize)],
    complete: bool,
) -> Frontiers {
    let mut entries = vec![Entry {
        profile: Profile::default(),
        values: [0; 20],
        parent: ROOT,
        choice: 0,
        vertex: 0,
        alive: true,
    }];
    let mut v = 0;
    for &(choice, to) in steps {
        let last = entries.len() - 1;
        let node = graph.vertices[v].node;
        entries.push(Entry {
            profile: entries[last].profile.after(&answers[node][choice]),
            values: [0; 20],
            parent: last as u32,
            choice: choice as u16,
            vertex: to as u32,
            alive: true,
        });
        v = to;
    }
    let at_ends = if complete {
        vec![(entries.len() - 1) as u32]
    } else {
        Vec::new()
    };
    Frontiers {
        entries,
        at_ends,
        guided: true,
    }
}
