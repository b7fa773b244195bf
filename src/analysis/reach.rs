//! Scores that depend on a few small numbers of the call (the DESC steps, the 4 C structure,
//! the breaches) need no frontier: the set of distinct values those numbers can take at each
//! situation is small, and carrying that set forward, without paths or profiles, gives every
//! value a complete call can end with. For scenarios whose calls cannot loop.

use super::flat::Flat;
use super::profile::{Answer, Structure};

/// Every 4 C state (see `pack`) a complete call can end in, at all endings
/// together, as far as the score's range needs: of the states that differ only in their
/// skips, only those with the fewest and the most are kept. The score only falls as skips
/// grow, and a later answer adds the same skips whatever came before, so the others can give
/// neither the lowest nor the highest score.
pub fn structure_final_states(flat: &Flat, answers: &[Vec<Answer>]) -> Vec<u64> {
    let n = flat.len();
    if n == 0 {
        return Vec::new();
    }
    let step = |s: u64, a: &Answer| pack(unpack(s).after(a));
    // Each situation's states are gathered from the moves into it, once every situation
    // before it is done (the order is forward), and kept side by side in one array: no set
    // of its own to allocate per situation.
    let mut source = vec![0u32; flat.to.len()];
    let mut into = vec![0u32; n + 1];
    for v in 0..n {
        for i in flat.moves(v) {
            source[i] = v as u32;
            into[flat.to[i] as usize + 1] += 1;
        }
    }
    for v in 0..n {
        into[v + 1] += into[v];
    }
    let mut incoming = vec![0u32; flat.to.len()];
    let mut filled = into.clone();
    for (i, &to) in flat.to.iter().enumerate() {
        incoming[filled[to as usize] as usize] = i as u32;
        filled[to as usize] += 1;
    }
    let mut states: Vec<u64> = vec![pack(Structure::default())];
    let mut first = vec![0u32; n + 1];
    first[1] = 1;
    let mut finals = Vec::new();
    for v in 1..n {
        let begin = states.len();
        for &i in &incoming[into[v] as usize..into[v + 1] as usize] {
            let i = i as usize;
            let a = &answers[flat.node[i] as usize][usize::from(flat.choice[i])];
            let u = source[i] as usize;
            for k in first[u] as usize..first[u + 1] as usize {
                let moved = step(states[k], a);
                states.push(moved);
            }
        }
        let kept = keep_extreme_skips(&mut states[begin..]);
        states.truncate(begin + kept);
        first[v + 1] = states.len() as u32;
    }
    for v in (0..n).filter(|&v| flat.ending[v]) {
        finals.extend_from_slice(&states[first[v] as usize..first[v + 1] as usize]);
    }
    let kept = keep_extreme_skips(&mut finals);
    finals.truncate(kept);
    finals
}

/// Sorts `states` and moves to its front, for each group of states equal but for their
/// skips, the one with the fewest and the one with the most; gives how many it kept.
fn keep_extreme_skips(states: &mut [u64]) -> usize {
    states.sort_unstable();
    let mut kept = 0;
    let mut k = 0;
    while k < states.len() {
        let group = states[k] & !SKIPS;
        let mut last = k;
        while last + 1 < states.len() && states[last + 1] & !SKIPS == group {
            last += 1;
        }
        states[kept] = states[k];
        kept += 1;
        if states[last] != states[k] {
            states[kept] = states[last];
            kept += 1;
        }
        k = last + 1;
    }
    kept
}

/// The fewest and the most breaches of the debtor's rights a complete call can have; `None`
/// when no call ends.
pub fn breaches(flat: &Flat, answers: &[Vec<Answer>]) -> Option<(u16, u16)> {
    let mut range = vec![(u16::MAX, 0u16); flat.len()];
    let mut ends = None::<(u16, u16)>;
    if let Some(root) = range.first_mut() {
        *root = (0, 0);
    }
    for v in 0..flat.len() {
        let (low, high) = range[v];
        if low == u16::MAX {
            continue;
        }
        if flat.ending[v] {
            ends = Some(ends.map_or((low, high), |(l, h)| (l.min(low), h.max(high))));
            continue;
        }
        for i in flat.moves(v) {
            let b = u16::from(answers[flat.node[i] as usize][usize::from(flat.choice[i])].breach);
            let to = &mut range[flat.to[i] as usize];
            *to = (to.0.min(low + b), to.1.max(high + b));
        }
    }
    ends
}

/// The skips' bits in a 4 C state.
const SKIPS: u64 = 0xffff;

/// A 4 C state packed in one number that sorts fast: from the lowest bits, the skips, the
/// answers given, whether the call was concluded and recapped, the last phase, the order of
/// understanding and convincing, the identification.
fn pack(s: Structure) -> u64 {
    u64::from(s.skips)
        | u64::from(s.turns) << 16
        | u64::from(s.concluded) << 32
        | u64::from(s.recap) << 33
        | u64::from(s.last_phase) << 40
        | u64::from(s.order) << 48
        | u64::from(s.identified) << 56
}

fn unpack(s: u64) -> Structure {
    let byte = |shift: u32| (s >> shift) as u8;
    Structure {
        skips: (s & SKIPS) as u16,
        turns: (s >> 16) as u16,
        concluded: s >> 32 & 1 == 1,
        recap: s >> 33 & 1 == 1,
        last_phase: byte(40),
        order: byte(48),
        identified: byte(56),
    }
}

/// The 4 C scores of calls that end in these states (see `structure_final_states`).
pub fn structure_scores(states: &[u64]) -> impl Iterator<Item = u8> + '_ {
    states.iter().map(|&s| unpack(s).score())
}

/// What the DESC score can still become, packed in 16 bits: the steps offered so far (4 bits),
/// the steps already chosen (4 bits), and for each threshold `t` (1 to 4) the longest run of
/// chosen steps in increasing order that uses only steps below `t` (1, 2, 2 and 3 bits). A
/// step chosen later extends exactly the runs below it, so calls whose chosen sequences
/// differ but agree on these numbers end alike: far fewer states than sequences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct DescState(u16);

impl DescState {
    fn offered(self) -> u16 {
        self.0 & 0xf
    }

    fn seen(self) -> u16 {
        (self.0 >> 4) & 0xf
    }

    /// The longest increasing run of chosen steps below `t` (0 for `t` = 0).
    fn run_below(self, t: u8) -> u16 {
        match t {
            0 => 0,
            1 => (self.0 >> 8) & 0x1,
            2 => (self.0 >> 9) & 0x3,
            3 => (self.0 >> 11) & 0x3,
            _ => (self.0 >> 13) & 0x7,
        }
    }

    fn with_run_below(self, t: u8, run: u16) -> DescState {
        let (shift, mask) = match t {
            1 => (8, 0x1),
            2 => (9, 0x3),
            3 => (11, 0x3),
            _ => (13, 0x7),
        };
        DescState((self.0 & !(mask << shift)) | ((run & mask) << shift))
    }

    pub fn after(self, offered: u8, steps: impl Iterator<Item = u8>) -> DescState {
        let mut s = DescState(self.0 | u16::from(offered & 0xf));
        for step in steps {
            if s.seen() & (1 << step) != 0 {
                continue;
            }
            s = DescState(s.0 | (1 << (4 + step)));
            let ending_here = s.run_below(step) + 1;
            for t in step + 1..=4 {
                if s.run_below(t) < ending_here {
                    s = s.with_run_below(t, ending_here);
                }
            }
        }
        s
    }

    /// The DESC score of a call ending in this state; `None` when no DESC step was offered.
    pub fn score(self) -> Option<u8> {
        let possible = self.offered().count_ones();
        let in_order = self.run_below(4);
        (possible > 0).then(|| crate::scoring::percent(f32::from(in_order), possible as f32))
    }
}

/// Every DESC state a complete call can end in. There are at most a thousand of them (16
/// sets of offered steps times the 65 orders of distinct chosen steps, fewer once runs are
/// merged), so each situation keeps its states as one bit each, and an answer moves every
/// state through a table computed once for each kind of DESC answer.
pub fn desc_final_states(flat: &Flat, answers: &[Vec<Answer>]) -> Vec<DescState> {
    let space = DescSpace::new();
    let words = space.states.len().div_ceil(64);
    // One table per kind of answer: where each state goes.
    let mut kinds: rustc_hash::FxHashMap<(u8, [Option<u8>; 4]), u16> = Default::default();
    let mut tables: Vec<Vec<u16>> = Vec::new();
    let mut table_of_move = Vec::with_capacity(flat.to.len());
    for i in 0..flat.to.len() {
        let a = &answers[flat.node[i] as usize][usize::from(flat.choice[i])];
        let kind = (a.desc_offered, a.desc_steps);
        let table = *kinds.entry(kind).or_insert_with(|| {
            let chosen = || kind.1.iter().flatten().copied();
            let moved = space
                .states
                .iter()
                .map(|s| space.index_of(s.after(kind.0, chosen())));
            tables.push(moved.collect());
            (tables.len() - 1) as u16
        });
        table_of_move.push(table);
    }
    let mut bits = vec![0u64; flat.len() * words];
    let mut finals = vec![0u64; words];
    if flat.len() > 0 {
        let start = usize::from(space.index_of(DescState::default()));
        bits[start / 64] |= 1 << (start % 64);
    }
    // Most answers touch no DESC step: their table leaves every state where it is.
    let unchanged: Vec<bool> = (tables.iter())
        .map(|t| t.iter().enumerate().all(|(s, &to)| usize::from(to) == s))
        .collect();
    let mut here = vec![0u64; words];
    for v in 0..flat.len() {
        here.copy_from_slice(&bits[v * words..(v + 1) * words]);
        if flat.ending[v] {
            for (f, h) in finals.iter_mut().zip(&here) {
                *f |= h;
            }
            continue;
        }
        for i in flat.moves(v) {
            let kind = usize::from(table_of_move[i]);
            let to = flat.to[i] as usize * words;
            if unchanged[kind] {
                for (t, &h) in bits[to..to + words].iter_mut().zip(&here) {
                    *t |= h;
                }
                continue;
            }
            let table = &tables[kind];
            for (w, &word) in here.iter().enumerate() {
                let mut word = word;
                while word != 0 {
                    let s = w * 64 + word.trailing_zeros() as usize;
                    word &= word - 1;
                    let t = usize::from(table[s]);
                    bits[to + t / 64] |= 1 << (t % 64);
                }
            }
        }
    }
    (0..space.states.len())
        .filter(|&s| finals[s / 64] & (1 << (s % 64)) != 0)
        .map(|s| space.states[s])
        .collect()
}

/// Every DESC state a call can be in, numbered.
struct DescSpace {
    states: Vec<DescState>,
    index: rustc_hash::FxHashMap<DescState, u16>,
}

impl DescSpace {
    fn new() -> DescSpace {
        let mut space = DescSpace {
            states: vec![DescState::default()],
            index: [(DescState::default(), 0)].into_iter().collect(),
        };
        let mut next = 0;
        while next < space.states.len() {
            let s = space.states[next];
            next += 1;
            for offered in 0..16u8 {
                for step in 0..5u8 {
                    let t = s.after(offered, std::iter::once(step).filter(|&x| x < 4));
                    if !space.index.contains_key(&t) {
                        space.index.insert(t, space.states.len() as u16);
                        space.states.push(t);
                    }
                }
            }
        }
        space
    }

    fn index_of(&self, s: DescState) -> u16 {
        self.index[&s]
    }
}

#[cfg(test)]
mod tests {
    use super::DescState;
    use crate::scoring::desc_in_order;

    /// The packed runs agree with the scoring's own longest increasing run, for every order in
    /// which the four steps can be chosen (repeats included).
    #[test]
    fn desc_state_counts_the_steps_in_order_as_the_scoring_does() {
        let mut sequences: Vec<Vec<u8>> = vec![Vec::new()];
        for _ in 0..5 {
            let longer: Vec<Vec<u8>> = sequences
                .iter()
                .flat_map(|s| {
                    (0..4u8).map(move |x| {
                        let mut t = s.clone();
                        t.push(x);
                        t
                    })
                })
                .collect();
            sequences.extend(longer);
        }
        for seq in sequences {
            let mut firsts: Vec<usize> = Vec::new();
            for &x in &seq {
                if !firsts.contains(&usize::from(x)) {
                    firsts.push(usize::from(x));
                }
            }
            let expected = desc_in_order(&firsts).iter().filter(|&&b| b).count();
            let state = seq.iter().fold(DescState::default(), |s, &x| {
                s.after(0xf, std::iter::once(x))
            });
            assert_eq!(usize::from(state.run_below(4)), expected, "{seq:?}");
        }
    }
}
