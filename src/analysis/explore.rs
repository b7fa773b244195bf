//! Finding every situation, breadth first, on every core. Situations are numbered exactly as
//! a single thread would number them (in the order they are found, decision by decision,
//! answer by answer), so that every figure and every call shown stays the same. They are
//! taken from the queue in batches: consecutive situations, all found already. Where each
//! answer of a batch leads is worked out for slices of it side by side; then each thread looks
//! up the situations at its own share of the nodes, so no two threads touch the same map;
//! numbering them in order is all that is left to one thread.

use rustc_hash::FxHashMap;

use super::parallel::side_by_side;
use super::states::{GraphError, Indexes, MAX_SITUATIONS, Move, Moves, Situation};

/// Below this many situations in a batch, starting threads costs more than they save (a
/// scenario that loops can have hundreds of small levels).
const SHARED_BATCH: usize = 4096;

/// The most situations in a batch: where they lead is held until they are numbered, and a
/// pathological scenario can have millions of situations side by side.
const LARGEST_BATCH: usize = 1 << 16;

/// The situations found from the start, with their moves.
pub struct Explored {
    pub vertices: Vec<Situation>,
    pub moves: Moves,
    pub ending: Vec<bool>,
    /// Per branch (numbered by `Indexes`), whether it fired at least once.
    pub fired: Vec<bool>,
}

/// Where an answer leads, before it is known whether that situation was found already.
#[derive(Clone, Copy)]
struct Lead {
    next: Situation,
    choice: usize,
    probability: f64,
}

/// The leads from a slice of a batch, situation after situation.
struct Slice {
    leads: Vec<Lead>,
    /// Per situation of the slice, how many leads it has.
    counts: Vec<usize>,
    fired: Vec<bool>,
    /// A lead to a missing node stops the slice there, as it stops a single thread.
    error: Option<GraphError>,
}

pub fn explore(ix: &Indexes, first: Situation, nodes: usize) -> Result<Explored, GraphError> {
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    explore_on(ix, first, nodes, threads, (SHARED_BATCH, LARGEST_BATCH))
}

/// The same, sharing out among `threads` the batches of at least `shared` situations, in
/// batches of at most `largest`.
fn explore_on(
    ix: &Indexes,
    first: Situation,
    nodes: usize,
    threads: usize,
    (shared, largest): (usize, usize),
) -> Result<Explored, GraphError> {
    let mut index: Vec<FxHashMap<Situation, u32>> = vec![FxHashMap::default(); nodes];
    // The maps hold the number of the lead that first found each situation (the start is
    // lead 0); `numbered` turns a lead's number into its situation's.
    let mut numbered: Vec<u32> = vec![0];
    index[first.node].insert(first, 0);
    let mut out = Explored {
        vertices: vec![first],
        moves: Moves::default(),
        ending: Vec::new(),
        fired: vec![false; ix.branches],
    };
    let mut next = 0;
    while next < out.vertices.len() {
        let batch = next..out.vertices.len().min(next.saturating_add(largest));
        let parts = if batch.len() >= shared { threads } else { 1 };
        let here = &out.vertices[batch.clone()];
        let mut slices = side_by_side(here.chunks(here.len().div_ceil(parts)).collect(), |chunk| {
            leads_from(ix, chunk)
        });
        if let Some(last) = slices.iter().position(|s| s.error.is_some()) {
            slices.truncate(last + 1);
        }
        let first_lead = numbered.len() as u32;
        let found = look_up(&mut index, &slices, first_lead, parts);
        // `k` counts the batch's leads, as `look_up` does.
        let mut k = 0;
        let mut v = batch.start;
        for slice in slices {
            for (seen, fired) in slice.fired.iter().zip(&mut out.fired) {
                *fired |= seen;
            }
            let mut leads = slice.leads.iter();
            for &count in &slice.counts {
                out.moves.open();
                for l in leads.by_ref().take(count) {
                    let first_found = found[l.next.node % parts][k];
                    let to = if first_found == first_lead + k as u32 {
                        let to = out.vertices.len();
                        if to >= MAX_SITUATIONS {
                            return Err(GraphError::TooLarge(MAX_SITUATIONS));
                        }
                        out.vertices.push(l.next);
                        to as u32
                    } else {
                        numbered[first_found as usize]
                    };
                    numbered.push(to);
                    out.moves
                        .add(Move::new(l.choice, to as usize, l.probability));
                    k += 1;
                }
                out.ending.push(ix.is_end[out.vertices[v].node]);
                v += 1;
            }
            if let Some(error) = slice.error {
                return Err(error);
            }
        }
        next = batch.end;
    }
    Ok(out)
}

fn leads_from(ix: &Indexes, chunk: &[Situation]) -> Slice {
    let mut slice = Slice {
        leads: Vec::with_capacity(chunk.len() * 3),
        counts: Vec::with_capacity(chunk.len()),
        fired: vec![false; ix.branches],
        error: None,
    };
    let mut outcomes = Vec::new();
    for here in chunk {
        let before = slice.leads.len();
        for choice in 0..ix.answers_at(here.node) {
            match ix.outcomes(here, choice, &mut slice.fired, &mut outcomes) {
                Ok(after) => slice
                    .leads
                    .extend(outcomes.iter().map(|&(node, probability)| Lead {
                        next: ix.arrive(after, node),
                        choice,
                        probability,
                    })),
                Err(e) => slice.error = Some(e),
            }
            if slice.error.is_some() {
                break;
            }
        }
        slice.counts.push(slice.leads.len() - before);
        if slice.error.is_some() {
            break;
        }
    }
    slice
}

/// For each lead of the batch (numbered from `first_lead`, slice after slice), the number of
/// the lead that first found its situation, itself when none did before. Thread `t` looks up
/// the nodes `n` with `n % parts == t` and fills the list at `t`.
fn look_up(
    index: &mut [FxHashMap<Situation, u32>],
    slices: &[Slice],
    first_lead: u32,
    parts: usize,
) -> Vec<Vec<u32>> {
    let mut shares: Vec<Vec<&mut FxHashMap<Situation, u32>>> =
        (0..parts).map(|_| Vec::new()).collect();
    for (n, map) in index.iter_mut().enumerate() {
        shares[n % parts].push(map);
    }
    let total: usize = slices.iter().map(|s| s.leads.len()).sum();
    side_by_side(shares.into_iter().enumerate().collect(), |(t, mut maps)| {
        let mut found = vec![u32::MAX; total];
        let leads = slices.iter().flat_map(|s| &s.leads);
        for (k, l) in leads.enumerate() {
            if l.next.node % parts == t {
                let id = first_lead + k as u32;
                found[k] = *maps[l.next.node / parts].entry(l.next).or_insert(id);
            }
        }
        found
    })
}

#[cfg(test)]
mod tests {
    use super::{Explored, explore_on};
    use crate::analysis::generated;
    use crate::analysis::states::{GraphError, Indexes};

    fn explored(
        ron: &str,
        threads: usize,
        batches: (usize, usize),
    ) -> Result<Explored, GraphError> {
        let scenario = crate::scenario::parse(ron).expect("parses");
        let ix = Indexes::new(&scenario)?;
        explore_on(
            &ix,
            ix.start(&scenario)?,
            scenario.nodes.len(),
            threads,
            batches,
        )
    }

    fn same(a: &Explored, b: &Explored) -> bool {
        a.vertices == b.vertices
            && a.moves.iter().eq(b.moves.iter())
            && a.ending == b.ending
            && a.fired == b.fired
    }

    /// Trainers replay the calls the analysis shows, and ties between equal calls are broken
    /// by the situations' numbers: shared out or not, they must come out the same.
    #[test]
    fn threads_number_the_situations_as_one_thread_does() {
        let scenarios = [
            include_str!("../../scenarios/over-indebted-household.ron").to_string(),
            include_str!("../../scenarios/talkative-debtor.ron").to_string(),
            generated::large_ron(6, 8, 3),
            generated::looping_ron(5, 6, 2),
        ];
        for ron in &scenarios {
            let alone = explored(ron, 1, (usize::MAX, usize::MAX)).expect("explores");
            assert!(alone.vertices.len() > 50, "a scenario worth sharing out");
            // Batches as large as a level, or cut inside levels.
            for (threads, largest) in [(2, usize::MAX), (7, usize::MAX), (3, 50)] {
                let shared = explored(ron, threads, (1, largest)).expect("explores");
                assert!(
                    same(&alone, &shared),
                    "{threads} threads, batches of {largest}"
                );
            }
        }
    }

    #[test]
    fn a_missing_node_is_reported_by_threads_as_by_one() {
        // A link to nowhere halfway down, so that it is met inside a batch shared out.
        let mut ron = generated::large_ron(6, 8, 3);
        let halfway = ron.len() / 2;
        let link = halfway + ron[halfway..].find("next: \"").expect("a link");
        ron.insert_str(link + "next: \"".len(), "nowhere_");
        let alone = explored(&ron, 1, (usize::MAX, usize::MAX)).err();
        assert!(
            matches!(alone, Some(GraphError::MissingNode(_))),
            "{alone:?}"
        );
        for largest in [usize::MAX, 4] {
            assert_eq!(explored(&ron, 3, (1, largest)).err(), alone);
        }
    }
}
