//! For each ending, the answers most likely to reach it (the shortest among equally likely):
//! Dijkstra's search, as probabilities only shrink along a path. It reads only the graph of
//! situations, so it can run beside the searches for the scores.

use std::cmp::Reverse;
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
    let n = graph.vertices.len();
    let mut probability = vec![0.0f64; n];
    let mut length = vec![usize::MAX; n];
    let mut parent: Vec<Option<(usize, usize)>> = vec![None; n];
    let mut done = vec![false; n];
    if n == 0 {
        return BTreeMap::new();
    }
    probability[0] = 1.0;
    length[0] = 0;
    let mut queue = BinaryHeap::from([Likely(1.0, Reverse(0), 0)]);
    while let Some(Likely(p, Reverse(len), v)) = queue.pop() {
        if done[v] {
            continue;
        }
        done[v] = true;
        for m in &graph.moves[v] {
            let q = p * m.probability;
            let better = q > probability[m.to] * (1.0 + 1e-9)
                || (q >= probability[m.to] * (1.0 - 1e-9) && len + 1 < length[m.to]);
            if better && !done[m.to] {
                probability[m.to] = q;
                length[m.to] = len + 1;
                parent[m.to] = Some((v, m.choice));
                queue.push(Likely(q, Reverse(len + 1), m.to));
            }
        }
    }
    let mut best_vertex: BTreeMap<usize, usize> = BTreeMap::new();
    for v in (0..n).filter(|&v| graph.ending[v]) {
        let slot = best_vertex.entry(graph.vertices[v].node).or_insert(v);
        let likelier = probability[v] > probability[*slot] * (1.0 + 1e-9);
        let as_likely = probability[v] >= probability[*slot] * (1.0 - 1e-9);
        if likelier || (as_likely && length[v] < length[*slot]) {
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

/// A search position: likelier first, then shorter.
#[derive(PartialEq)]
struct Likely(f64, Reverse<usize>, usize);

impl Eq for Likely {}

impl PartialOrd for Likely {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Likely {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0
            .total_cmp(&other.0)
            .then(self.1.cmp(&other.1))
            .then(other.2.cmp(&self.2))
    }
}
