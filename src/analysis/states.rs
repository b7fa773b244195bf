//! Every situation a call can be in: a node together with the part of the debtor's state that
//! can still change what happens. Two calls that reach the same node in the same situation
//! have the same futures, which is what lets the analysis merge them instead of listing paths.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use rustc_hash::FxHashMap;

use super::explore::explore;
use crate::engine::{DebtorState, tag_effects};
use crate::scenario::{Choice, Condition, Effect, Gauge, Node, Scenario};

/// A node in a given situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Situation {
    /// Index in `Scenario::nodes`.
    pub node: usize,
    /// The gauges that some condition reads (others are kept at 0, so they do not split
    /// situations that nothing can tell apart).
    pub gauges: [u8; 3],
    /// Declared flags that are set, one bit each.
    pub flags: u128,
    /// Nodes already visited, for those that a `visited` condition reads, one bit each.
    pub visited: u128,
}

/// One way out of a decision: this answer can lead there.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Move {
    // Kept small (16 bytes): a million of them are swept over again and again.
    choice: u32,
    to: u32,
    /// Probability of landing there once this answer is given: below 1 when a chance
    /// branch decides.
    pub probability: f64,
}

impl Move {
    pub(super) fn new(choice: usize, to: usize, probability: f64) -> Move {
        // Both are below MAX_SITUATIONS and the number of options, far below u32::MAX.
        Move {
            choice: choice as u32,
            to: to as u32,
            probability,
        }
    }

    /// The answer given, by option index.
    pub fn choice(&self) -> usize {
        self.choice as usize
    }

    /// The situation it leads to.
    pub fn to(&self) -> usize {
        self.to as usize
    }
}

#[derive(Debug, Default)]
pub struct StateGraph {
    /// Vertex 0 is the start of the call.
    pub vertices: Vec<Situation>,
    /// For each vertex, the moves out of it (none for an ending).
    pub moves: Moves,
    /// Whether each vertex is an ending (a decision cut at the engine's limit has no moves
    /// either, but no call ends there).
    pub ending: Vec<bool>,
    /// Groups of situations that can lead to one another (strongly connected components),
    /// in an order where every move goes to the same group or a later one.
    pub groups: Groups,
    /// Whether each group loops (a call can come back to a situation in it).
    pub looping: Vec<bool>,
    /// Whether, at each vertex, how many answers a call has left can matter (see
    /// `room_matters`).
    pub room_matters: Vec<bool>,
    /// Branches (node, option, branch index) that fired at least once.
    pub fired: Vec<(usize, usize, usize)>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum GraphError {
    #[error("node `{0}` does not exist")]
    MissingNode(String),
    #[error("more than 128 flags or visited-node conditions: too many to analyse")]
    TooManyFlags,
    #[error("more than {0} situations: the scenario is too large to analyse")]
    TooLarge(usize),
}

/// The most situations explored before giving up, so that a pathological file cannot
/// exhaust memory.
pub const MAX_SITUATIONS: usize = 4_000_000;

pub(super) struct Indexes<'a> {
    nodes: FxHashMap<&'a str, usize>,
    flags: HashMap<String, u32>,
    watched: HashMap<String, u32>,
    read_gauges: [bool; 3],
    /// Per node, its bit among the watched nodes.
    watched_bit: Vec<Option<u32>>,
    /// Per node and answer, what the answer does and where it can lead, with names resolved
    /// to bits and node numbers once rather than looked up at every situation.
    plans: Vec<Vec<Plan>>,
    hang_up: Option<Target>,
    /// Per node, whether it ends the call.
    pub(super) is_end: Vec<bool>,
    /// Per node, answer and branch, a number for recording which branches fire.
    branch_ids: Vec<Vec<usize>>,
    pub(super) branches: usize,
}

impl<'a> Indexes<'a> {
    pub(super) fn new(scenario: &'a Scenario) -> Result<Indexes<'a>, GraphError> {
        let nodes = scenario
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id(), i))
            .collect();
        let mut flags = HashMap::new();
        let mut watched = HashMap::new();
        let mut read_gauges = [false; 3];
        read_gauges[0] = scenario.hang_up_at.is_some();
        for f in &scenario.flags {
            give_bit(&mut flags, f);
        }
        for node in &scenario.nodes {
            let Node::Talk(talk) = node else { continue };
            for option in &talk.options {
                let conditions = option.branches.iter().flat_map(|b| &b.when);
                for c in conditions {
                    match c {
                        Condition::Above(g, _) | Condition::Below(g, _) => {
                            read_gauges[gauge_index(*g)] = true
                        }
                        Condition::Flag(f) | Condition::NotFlag(f) => give_bit(&mut flags, f),
                        Condition::Visited(n) => give_bit(&mut watched, n),
                    }
                }
                for e in &option.effects {
                    if let Effect::Set(f) | Effect::Clear(f) = e {
                        give_bit(&mut flags, f);
                    }
                }
            }
        }
        if flags.len() > 128 || watched.len() > 128 {
            return Err(GraphError::TooManyFlags);
        }
        let watched_bit = scenario
            .nodes
            .iter()
            .map(|n| watched.get(n.id()).copied())
            .collect();
        let mut resolved = Indexes {
            nodes,
            flags,
            watched,
            read_gauges,
            watched_bit,
            plans: Vec::new(),
            hang_up: None,
            is_end: (scenario.nodes.iter())
                .map(|n| matches!(n, Node::End(_)))
                .collect(),
            branch_ids: Vec::new(),
            branches: 0,
        };
        resolved.hang_up = scenario.hang_up_at.as_deref().map(|id| resolved.target(id));
        for node in &scenario.nodes {
            let options: &[Choice] = match node {
                Node::Talk(talk) => &talk.options,
                Node::End(_) => &[],
            };
            let mut ids = Vec::new();
            for o in options {
                ids.push(resolved.branches);
                resolved.branches += o.branches.len();
            }
            resolved.branch_ids.push(ids);
            let plans = options.iter().map(|o| resolved.plan(o)).collect();
            resolved.plans.push(plans);
        }
        Ok(resolved)
    }

    /// The situation a call starts in.
    pub(super) fn start(&self, scenario: &Scenario) -> Result<Situation, GraphError> {
        let start_state = DebtorState::new(scenario).gauges;
        let mut first = Situation {
            node: 0,
            gauges: [
                start_state.tension,
                start_state.trust,
                start_state.willingness,
            ],
            flags: 0,
            visited: 0,
        };
        self.forget_unread(&mut first.gauges);
        Ok(self.arrive(first, self.node(&scenario.start)?))
    }

    /// How many answers the decision at `node` offers.
    pub(super) fn answers_at(&self, node: usize) -> usize {
        self.plans[node].len()
    }

    fn target(&self, id: &str) -> Target {
        self.nodes.get(id).copied().ok_or_else(|| id.to_string())
    }

    fn plan(&self, option: &Choice) -> Plan {
        // The tags' reactions, then the answer's own effects, as the engine applies them.
        let mut effects = tag_effects(&option.tags);
        effects.extend(option.effects.iter().cloned());
        let changes = effects
            .iter()
            .map(|e| match e {
                Effect::Raise(g, n) => Change::Raise(gauge_index(*g), *n),
                Effect::Lower(g, n) => Change::Lower(gauge_index(*g), *n),
                Effect::Set(f) => Change::Set(self.flags[f]),
                Effect::Clear(f) => Change::Clear(self.flags[f]),
            })
            .collect();
        let branches = option
            .branches
            .iter()
            .map(|b| Way {
                when: b
                    .when
                    .iter()
                    .map(|c| match c {
                        Condition::Above(g, n) => Test::Above(gauge_index(*g), *n),
                        Condition::Below(g, n) => Test::Below(gauge_index(*g), *n),
                        Condition::Flag(f) => Test::Flag(self.flags[f]),
                        Condition::NotFlag(f) => Test::NotFlag(self.flags[f]),
                        Condition::Visited(n) => Test::Visited(self.watched[n]),
                    })
                    .collect(),
                chance: b.chance,
                next: self.target(&b.next),
            })
            .collect();
        Plan {
            changes,
            branches,
            next: self.target(&option.next),
        }
    }

    /// Gauges that nothing reads are kept at 0, so they do not split situations.
    fn forget_unread(&self, gauges: &mut [u8; 3]) {
        for (g, read) in self.read_gauges.iter().enumerate() {
            if !read {
                gauges[g] = 0;
            }
        }
    }

    fn node(&self, id: &str) -> Result<usize, GraphError> {
        self.target(id).map_err(GraphError::MissingNode)
    }

    /// The situation on arriving at `node`: endings keep no state, nothing follows them.
    pub(super) fn arrive(&self, mut s: Situation, node: usize) -> Situation {
        s.node = node;
        if self.is_end[node] {
            return Situation {
                node,
                gauges: [0; 3],
                flags: 0,
                visited: 0,
            };
        }
        if let Some(bit) = self.watched_bit[node] {
            s.visited |= 1 << bit;
        }
        s
    }

    fn apply(s: &mut Situation, change: Change) {
        match change {
            Change::Raise(g, n) => s.gauges[g] = s.gauges[g].saturating_add(n).min(100),
            Change::Lower(g, n) => s.gauges[g] = s.gauges[g].saturating_sub(n),
            Change::Set(bit) => s.flags |= 1 << bit,
            Change::Clear(bit) => s.flags &= !(1 << bit),
        }
    }

    fn holds(s: &Situation, test: Test) -> bool {
        match test {
            Test::Above(g, n) => s.gauges[g] > n,
            Test::Below(g, n) => s.gauges[g] < n,
            Test::Flag(bit) => s.flags & (1 << bit) != 0,
            Test::NotFlag(bit) => s.flags & (1 << bit) == 0,
            Test::Visited(bit) => s.visited & (1 << bit) != 0,
        }
    }

    /// Where an answer can lead, as the engine decides it (`Conversation::next_node`), with
    /// every outcome of a chance branch kept and the branches that fired recorded.
    pub(super) fn outcomes(
        &self,
        from: &Situation,
        option_index: usize,
        fired: &mut [bool],
        out: &mut Vec<(usize, f64)>,
    ) -> Result<Situation, GraphError> {
        out.clear();
        let plan = &self.plans[from.node][option_index];
        let mut s = *from;
        for &change in &plan.changes {
            Self::apply(&mut s, change);
        }
        self.forget_unread(&mut s.gauges);
        if let Some(hang_up) = &self.hang_up
            && s.gauges[0] >= 100
        {
            out.push((reached(hang_up)?, 1.0));
            return Ok(s);
        }
        let mut left = 1.0;
        for (b, branch) in plan.branches.iter().enumerate() {
            if branch.chance == 0 || !branch.when.iter().all(|&t| Self::holds(&s, t)) {
                continue;
            }
            fired[self.branch_ids[from.node][option_index] + b] = true;
            let p = f64::from(branch.chance.min(100)) / 100.0;
            out.push((reached(&branch.next)?, left * p));
            left *= 1.0 - p;
            if left <= 0.0 {
                return Ok(s);
            }
        }
        out.push((reached(&plan.next)?, left));
        Ok(s)
    }
}

/// A node an answer leads to, or the id it names when no node has it (an error only once a
/// call can get there).
type Target = Result<usize, String>;

fn reached(target: &Target) -> Result<usize, GraphError> {
    target.clone().map_err(GraphError::MissingNode)
}

/// What an answer does to the debtor's state, with gauges and flags as numbers.
#[derive(Debug, Clone, Copy)]
enum Change {
    Raise(usize, u8),
    Lower(usize, u8),
    Set(u32),
    Clear(u32),
}

/// A branch condition, with gauges, flags and watched nodes as numbers.
#[derive(Debug, Clone, Copy)]
enum Test {
    Above(usize, u8),
    Below(usize, u8),
    Flag(u32),
    NotFlag(u32),
    Visited(u32),
}

struct Way {
    when: Vec<Test>,
    chance: u8,
    next: Target,
}

/// One answer: its changes, its branches in order, and where it leads otherwise.
struct Plan {
    changes: Vec<Change>,
    branches: Vec<Way>,
    next: Target,
}

/// The bit of a flag or watched node: the next free one the first time it is named.
fn give_bit(bits: &mut HashMap<String, u32>, name: &str) {
    let next = bits.len() as u32;
    bits.entry(name.to_string()).or_insert(next);
}

fn gauge_index(g: Gauge) -> usize {
    match g {
        Gauge::Tension => 0,
        Gauge::Trust => 1,
        Gauge::Willingness => 2,
    }
}

impl StateGraph {
    /// Explores every situation reachable from the start.
    pub fn build(scenario: &Scenario) -> Result<StateGraph, GraphError> {
        let ix = Indexes::new(scenario)?;
        let explored = explore(&ix, ix.start(scenario)?, scenario.nodes.len())?;
        let fired = explored.fired;
        let mut graph = StateGraph {
            vertices: explored.vertices,
            moves: explored.moves,
            ending: explored.ending,
            ..StateGraph::default()
        };
        for (n, options) in ix.branch_ids.iter().enumerate() {
            for (o, &first) in options.iter().enumerate() {
                let count = match &scenario.nodes[n] {
                    Node::Talk(talk) => talk.options[o].branches.len(),
                    Node::End(_) => 0,
                };
                graph
                    .fired
                    .extend((0..count).filter(|b| fired[first + b]).map(|b| (n, o, b)));
            }
        }
        graph.groups = strongly_connected(&graph.moves);
        graph.looping = graph
            .groups
            .iter()
            .map(|g| g.len() > 1 || graph.moves[g[0]].iter().any(|m| m.to() == g[0]))
            .collect();
        graph.limit_answers(crate::engine::MAX_TURNS);
        Ok(graph)
    }
}

impl StateGraph {
    /// The same calls over fewer situations: two situations at the same node whose answers
    /// lead, in the same order and with the same odds, to situations already found alike
    /// have the same futures
    /// (a debtor state that no later condition tells apart), so one stands for both. Every
    /// call keeps its answers, nodes and odds, so every figure stays the same. Only for a
    /// graph that cannot loop and whose calls all fit the limit of answers; `None` otherwise,
    /// or when nothing merges.
    pub fn merge_alike(&self) -> Option<StateGraph> {
        if self.loops() || self.room_matters.iter().any(|&r| r) {
            return None;
        }
        let n = self.vertices.len();
        let mut class = vec![u32::MAX; n];
        // Classes by a hash of their node and moves, those with the same hash chained; a
        // class is compared with its first member's moves, so no list is kept per class.
        let mut by_hash: FxHashMap<u64, u32> = FxHashMap::default();
        let mut same_hash: Vec<u32> = Vec::new();
        let mut first_of: Vec<usize> = Vec::new();
        let alike = |v: usize, w: usize, class: &[u32]| {
            let (a, b) = (&self.moves[v], &self.moves[w]);
            self.vertices[v].node == self.vertices[w].node
                && a.len() == b.len()
                && a.iter().zip(b).all(|(x, y)| {
                    x.choice() == y.choice()
                        && class[x.to()] == class[y.to()]
                        && x.probability.to_bits() == y.probability.to_bits()
                })
        };
        for members in self.groups.iter().rev() {
            let v = members[0];
            let mut hasher = rustc_hash::FxHasher::default();
            self.vertices[v].node.hash(&mut hasher);
            for m in &self.moves[v] {
                (m.choice(), class[m.to()], m.probability.to_bits()).hash(&mut hasher);
            }
            let hash = hasher.finish();
            let mut found = by_hash.get(&hash).copied();
            while let Some(c) = found {
                if alike(v, first_of[c as usize], &class) {
                    break;
                }
                found = Some(same_hash[c as usize]).filter(|&next| next != u32::MAX);
            }
            class[v] = match found {
                Some(c) => c,
                None => {
                    let c = first_of.len() as u32;
                    first_of.push(v);
                    same_hash.push(by_hash.insert(hash, c).unwrap_or(u32::MAX));
                    c
                }
            };
        }
        let count = first_of.len();
        // A class only leads to classes found before it: numbered backwards, every move goes
        // forward, and the start must come first.
        let renumber = |c: u32| count - 1 - c as usize;
        if count == n || n == 0 || renumber(class[0]) != 0 {
            return None;
        }
        let mut merged = StateGraph::default();
        for c in (0..count).rev() {
            let v = first_of[c];
            merged.vertices.push(self.vertices[v]);
            merged.ending.push(self.ending[v]);
            merged.moves.open();
            for m in &self.moves[v] {
                merged.moves.add(Move::new(
                    m.choice(),
                    renumber(class[m.to()]),
                    m.probability,
                ));
            }
        }
        merged.groups = Groups::singles(count);
        merged.looping = vec![false; count];
        merged.room_matters = vec![false; count];
        merged.fired = self.fired.clone();
        Some(merged)
    }

    pub fn loops(&self) -> bool {
        self.looping.iter().any(|&l| l)
    }

    /// Calls will be followed up to `max_answers` answers.
    pub fn limit_answers(&mut self, max_answers: usize) {
        self.room_matters = room_matters(self, max_answers);
    }
}

/// Tarjan's algorithm, iterative so that long scenarios cannot overflow the stack; groups
/// come out sinks first, so they are reversed.
fn strongly_connected(moves: &Moves) -> Groups {
    let n = moves.count();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut sinks_first = Groups::default();
    let mut next_index = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut calls = vec![(root, 0usize)];
        while let Some(&(v, edge)) = calls.last() {
            if edge == 0 && index[v] == usize::MAX {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(m) = moves[v].get(edge) {
                if let Some(top) = calls.last_mut() {
                    top.1 += 1;
                }
                let w = m.to();
                if index[w] == usize::MAX {
                    calls.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            calls.pop();
            if let Some(&(parent, _)) = calls.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                let from = stack
                    .iter()
                    .rposition(|&w| w == v)
                    .expect("v is on the stack");
                for &w in &stack[from..] {
                    on_stack[w] = false;
                }
                // Members as the stack gives them back, last pushed first.
                sinks_first.push(stack.drain(from..).rev());
            }
        }
    }
    sinks_first.reversed()
}

/// Lists kept side by side in one array, each known by where it starts: hundreds of
/// thousands of short lists (a situation's moves, a group of one situation) then need no
/// allocation each, and a sweep finds them close together in memory.
#[derive(Debug, Clone)]
pub struct Lists<T> {
    all: Vec<T>,
    /// Where each list starts in `all`, and where the last one ends.
    starts: Vec<usize>,
}

/// Every situation's moves, by situation.
pub type Moves = Lists<Move>;

/// Situations in groups, by group.
pub type Groups = Lists<usize>;

impl<T> Default for Lists<T> {
    fn default() -> Self {
        Lists {
            all: Vec::new(),
            starts: vec![0],
        }
    }
}

impl<T: Copy> Lists<T> {
    /// How many lists there are.
    pub fn count(&self) -> usize {
        self.starts.len() - 1
    }

    /// How many items all lists hold together.
    pub fn total(&self) -> usize {
        self.all.len()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &[T]> + ExactSizeIterator {
        (0..self.count()).map(|i| &self[i])
    }

    /// Starts a new, empty list.
    pub(super) fn open(&mut self) {
        self.starts.push(self.all.len());
    }

    /// An item at the end of the last list.
    pub(super) fn add(&mut self, item: T) {
        self.all.push(item);
        *self.starts.last_mut().expect("starts holds at least 0") = self.all.len();
    }

    fn push(&mut self, list: impl IntoIterator<Item = T>) {
        self.all.extend(list);
        self.starts.push(self.all.len());
    }

    /// The same lists, the last first.
    fn reversed(&self) -> Lists<T> {
        let mut out = Lists::default();
        for list in self.iter().rev() {
            out.push(list.iter().copied());
        }
        out
    }
}

impl Groups {
    /// Each situation a group of its own, in their order.
    pub fn singles(n: usize) -> Groups {
        Lists {
            all: (0..n).collect(),
            starts: (0..=n).collect(),
        }
    }
}

impl<T> Lists<T> {
    /// Where list `i` lies among all the items, in order.
    pub fn span(&self, i: usize) -> std::ops::Range<usize> {
        self.starts[i]..self.starts[i + 1]
    }
}

impl<T> std::ops::Index<usize> for Lists<T> {
    type Output = [T];

    fn index(&self, i: usize) -> &[T] {
        &self.all[self.span(i)]
    }
}

/// Where the number of answers left can change what a call reaches: everywhere but at the
/// endings, as soon as some call can be longer than the limit (a call that comes out of a
/// loop late has less room than one that did not go round).
fn room_matters(graph: &StateGraph, max_answers: usize) -> Vec<bool> {
    let n = graph.vertices.len();
    let binding = graph.loops() || {
        let mut longest = vec![0usize; n];
        for members in graph.groups.iter().rev() {
            for &v in members {
                for m in &graph.moves[v] {
                    longest[v] = longest[v].max(longest[m.to()] + 1);
                }
            }
        }
        longest.first().is_some_and(|&l| l > max_answers)
    };
    (0..n).map(|v| binding && !graph.ending[v]).collect()
}
