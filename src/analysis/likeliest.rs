//! For each ending, the answers most likely to reach it (the shortest among equally likely):
//! Dijkstra's search, as probabilities only shrink along a path. It reads only the graph of
//! situations, so it can run beside the searches for the scores.

use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap};

use super::states::StateGraph;

/// The likeliest way to one ending.
#[derive(Debug, Clone, PartialEq)]
pub struct Likeliest {
    /// The answers, by option index.
    pub choices: Vec<usize>,
    /// How likely the debtor's reactions are to lead there after these answers.
    pub probability: f64,
}

/// Per End node the graph reaches, its likeliest way there.
pub fn likeliest_calls(graph: &StateGraph) -> BTreeMap<usize, Likeliest> {
    searched(graph, graph.loops())
}

fn searched(graph: &StateGraph, by_queue: bool) -> BTreeMap<usize, Likeliest> {
    let n = graph.vertices.len();
    if n == 0 {
        return BTreeMap::new();
    }
    let mut ways = Ways {
        probability: vec![0.0; n],
        length: vec![usize::MAX; n],
        parent: vec![None; n],
    };
    ways.probability[0] = 1.0;
    ways.length[0] = 0;
    if by_queue {
        let mut done = vec![false; n];
        let mut queue = BinaryHeap::from([Likely(1.0, Reverse(0), 0)]);
        while let Some(Likely(_, _, v)) = queue.pop() {
            if !done[v] {
                done[v] = true;
                ways.relax(graph, v, &done, |w| queue.push(w));
            }
        }
    } else {
        // Without loops, every way into a situation is known once the situations before it
        // are done: one pass in that order gives what Dijkstra's search would, without its
        // queue.
        let none_done = vec![false; n];
        for members in graph.groups.iter() {
            ways.relax(graph, members[0], &none_done, |_| {});
        }
    }
    let Ways {
        probability,
        length,
        parent,
    } = ways;
    let mut best_vertex: BTreeMap<usize, usize> = BTreeMap::new();
    for v in (0..n).filter(|&v| graph.ending[v]) {
        let slot = best_vertex.entry(graph.vertices[v].node).or_insert(v);
        let (way, known) = (
            (probability[v], length[v]),
            (probability[*slot], length[*slot]),
        );
        if preference(way, known) == Ordering::Greater {
            *slot = v;
        }
    }
    (best_vertex.into_iter())
        .map(|(node, end)| {
            let mut choices = Vec::new();
            let mut v = end;
            while let Some((p, c)) = parent[v] {
                choices.push(c);
                v = p;
            }
            choices.reverse();
            let probability = probability[end];
            (
                node,
                Likeliest {
                    choices,
                    probability,
                },
            )
        })
        .collect()
}

/// Per situation, the likeliest way found to it so far.
struct Ways {
    probability: Vec<f64>,
    length: Vec<usize>,
    /// The situation before and the answer given there.
    parent: Vec<Option<(usize, usize)>>,
}

impl Ways {
    /// Extends the way to `v` by each of its moves, keeping those likelier (or as likely and
    /// shorter) than the way known to a situation not yet `done`; `improved` hears of each.
    fn relax(
        &mut self,
        graph: &StateGraph,
        v: usize,
        done: &[bool],
        mut improved: impl FnMut(Likely),
    ) {
        let (p, len) = (self.probability[v], self.length[v]);
        for m in &graph.moves[v] {
            let q = p * m.probability;
            let known = (self.probability[m.to()], self.length[m.to()]);
            let better = match preference((q, len + 1), known) {
                Ordering::Greater => true,
                // Between ways as likely and as long, the one through the situation found
                // first, as Dijkstra's search would take it: the earlier answers.
                Ordering::Equal => self.parent[m.to()].is_some_and(|(before, _)| v < before),
                Ordering::Less => false,
            };
            if better && !done[m.to()] {
                self.probability[m.to()] = q;
                self.length[m.to()] = len + 1;
                self.parent[m.to()] = Some((v, m.choice()));
                improved(Likely(q, Reverse(len + 1), m.to()));
            }
        }
    }
}

/// How a way of (probability, answers) compares with another: likelier is better, then, as
/// likely (within rounding), shorter.
fn preference((p, len): (f64, usize), (than_p, than_len): (f64, usize)) -> Ordering {
    if p > than_p * (1.0 + 1e-9) {
        Ordering::Greater
    } else if p >= than_p * (1.0 - 1e-9) {
        than_len.cmp(&len)
    } else {
        Ordering::Less
    }
}

/// A search position: likelier first, then shorter.
#[derive(PartialEq)]
struct Likely(f64, Reverse<usize>, usize);

impl Eq for Likely {}

impl PartialOrd for Likely {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Likely {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0
            .total_cmp(&other.0)
            .then(self.1.cmp(&other.1))
            .then(other.2.cmp(&self.2))
    }
}

#[cfg(test)]
mod tests {
    use super::{StateGraph, searched};
    use crate::analysis::generated;

    /// The pass in order must find the very ways the queue finds, ties included: trainers
    /// replay them.
    #[test]
    fn without_loops_the_pass_in_order_finds_what_dijkstra_finds() {
        let bundled = [
            include_str!("../../scenarios/tristan-negotiation.ron").to_string(),
            include_str!("../../scenarios/aggressive-debtor.ron").to_string(),
            include_str!("../../scenarios/talkative-debtor.ron").to_string(),
        ];
        let generated = (1..4).map(|seed| generated::large_ron(6, 5, seed));
        for ron in bundled.into_iter().chain(generated) {
            let scenario = crate::scenario::parse(&ron).expect("parses");
            let graph = StateGraph::build(&scenario).expect("builds");
            assert!(!graph.loops(), "{}", scenario.id);
            assert_eq!(
                searched(&graph, false),
                searched(&graph, true),
                "{}",
                scenario.id
            );
        }
    }
}
