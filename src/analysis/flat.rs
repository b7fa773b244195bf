//! The situations of a scenario that cannot loop, renumbered so that every move goes forward,
//! with their moves in flat arrays. A pass over the calls is then one sweep through memory
//! instead of a walk through nested vectors, which is what keeps large scenarios fast.

use super::states::StateGraph;

pub struct Flat {
    /// By new number: whether the situation is an ending.
    pub ending: Vec<bool>,
    /// The moves of situation `v` are `first[v]..first[v + 1]`.
    pub first: Vec<u32>,
    /// Per move: where it goes (new number), and which node and answer it is.
    pub to: Vec<u32>,
    pub node: Vec<u32>,
    pub choice: Vec<u16>,
    /// By new number: the situation's number in the graph; and the other way round.
    pub vertex: Vec<u32>,
    pub position: Vec<u32>,
}

impl Flat {
    /// `None` when the graph loops: there is no forward order then.
    pub fn of(graph: &StateGraph) -> Option<Flat> {
        if graph.loops() {
            return None;
        }
        let n = graph.vertices.len();
        let order = breadth_first_order(graph);
        let mut renumber = vec![0u32; n];
        for (i, &v) in order.iter().enumerate() {
            renumber[v] = i as u32;
        }
        let moves = graph.moves.total();
        let mut flat = Flat {
            ending: Vec::with_capacity(n),
            first: Vec::with_capacity(n + 1),
            to: Vec::with_capacity(moves),
            node: Vec::with_capacity(moves),
            choice: Vec::with_capacity(moves),
            vertex: order.iter().map(|&v| v as u32).collect(),
            position: renumber.clone(),
        };
        for &v in &order {
            flat.ending.push(graph.ending[v]);
            flat.first.push(flat.to.len() as u32);
            let node = graph.vertices[v].node as u32;
            for m in &graph.moves[v] {
                flat.to.push(renumber[m.to()]);
                flat.node.push(node);
                flat.choice.push(m.choice() as u16);
            }
        }
        flat.first.push(flat.to.len() as u32);
        Some(flat)
    }

    pub fn len(&self) -> usize {
        self.ending.len()
    }

    pub fn moves(&self, v: usize) -> std::ops::Range<usize> {
        self.first[v] as usize..self.first[v + 1] as usize
    }
}

/// A forward order that keeps the situations of the same stage of the call together (Kahn's
/// algorithm): a sweep then finds the next stage's figures close by in memory.
fn breadth_first_order(graph: &StateGraph) -> Vec<usize> {
    let n = graph.vertices.len();
    let mut waiting = vec![0u32; n];
    for moves in graph.moves.iter() {
        for m in moves {
            waiting[m.to()] += 1;
        }
    }
    let mut order = Vec::with_capacity(n);
    if n > 0 {
        order.push(0);
    }
    let mut next = 0;
    while next < order.len() {
        let v = order[next];
        next += 1;
        for m in &graph.moves[v] {
            waiting[m.to()] -= 1;
            if waiting[m.to()] == 0 {
                order.push(m.to());
            }
        }
    }
    order
}
