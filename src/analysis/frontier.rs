//! Dynamic programming over situations: the calls reaching a situation are merged into the
//! few profiles that can still win. Two profiles with the same `key` face the same rules from
//! here on, and a profile at least as good on every `value` ends at least as well whatever
//! follows, so only the undominated ones (a Pareto frontier) are carried forward. That keeps
//! the result exact while its size stays far below the number of paths.

use std::collections::HashMap;

use super::profile::{Answer, Profile};
use super::states::StateGraph;

pub type Key = [u16; 16];
/// Values for the goals, and a last one for the answers left before the limit.
pub type Values = [i32; 20];
const ROOM: usize = 19;

/// What to optimise: which parts of a profile must match exactly and which are better higher.
pub struct Goal {
    pub project: fn(&Profile, &mut Key, &mut Values),
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
    frontiers: Vec<HashMap<Key, Vec<u32>>>,
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
    let max_answers = budget.max_answers;
    let mut solver = Solver {
        graph,
        answers,
        goal,
        max_answers,
        max_entries: budget.max_entries,
        entries: Vec::new(),
        frontiers: vec![HashMap::new(); graph.vertices.len()],
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
        if usize::from(e.profile.turns) >= self.max_answers {
            return;
        }
        let v = e.vertex as usize;
        let node = self.graph.vertices[v].node;
        for m in &self.graph.moves[v] {
            let next = e.profile.after(&self.answers[node][m.choice]);
            self.insert(next, id, m.choice as u16, m.to);
        }
    }

    fn insert(&mut self, profile: Profile, parent: u32, choice: u16, vertex: usize) {
        let mut key = [0u16; 16];
        let mut values = [0i32; 20];
        (self.goal.project)(&profile, &mut key, &mut values);
        if self.goal.minimise {
            for v in &mut values[..ROOM] {
                *v = -*v;
            }
        }
        if self.graph.room_matters[vertex] {
            values[ROOM] = -i32::from(profile.turns);
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
    let n = graph.vertices.len();
    let sign = if minimise { -1.0 } else { 1.0 };
    let mut total = vec![f32::NEG_INFINITY; n];
    let mut step: Vec<Option<(usize, usize)>> = vec![None; n];
    for members in graph.groups.iter().rev() {
        for &v in members {
            if graph.ending[v] {
                total[v] = 0.0;
                continue;
            }
            let node = graph.vertices[v].node;
            for m in &graph.moves[v] {
                let t = sign * answers[node][m.choice].value + total[m.to];
                if t > total[v] {
                    total[v] = t;
                    step[v] = Some((m.choice, m.to));
                }
            }
        }
    }
    let mut entries = vec![Entry {
        profile: Profile::default(),
        values: [0; 20],
        parent: ROOT,
        choice: 0,
        vertex: 0,
        alive: true,
    }];
    let mut v = 0;
    while let Some((choice, to)) = step[v] {
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
    let at_ends = if graph.ending[v] {
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
