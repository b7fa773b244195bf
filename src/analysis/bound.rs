//! How well, or how badly, a call can still end from where it stands: bounds that let the
//! frontier search for the relational and overall scores drop the calls that can no longer
//! beat one already found (branch and bound), which keeps it exact while it visits far fewer
//! profiles. For scenarios whose calls cannot loop.
//!
//! Each bound is computed from the call so far (a `Profile`) and a summary of every rest of
//! call from its situation (`Outlook`): the most and least of each additive part, what can
//! still happen at all, the endings within reach, and for each competency judged turn by
//! turn the convex hull of the (opportunities, credit) totals that a rest of call can add.
//! The hull makes each competency's own bound exact: the best share a prefix can still reach
//! is met at a corner of it.

use super::parallel::both;
use super::profile::{
    Answer, ID_FIRST, ID_LATE, ID_NONE, LISTENING_SLOTS, ORDER_NONE, ORDER_UNDERSTOOD_FIRST,
    PER_TURN, Profile,
};
use super::states::StateGraph;
use crate::scenario::{Competency, Node, Phase, Scenario};
use crate::scoring::{
    Outcome, adapted_solution, courtesy, listening, order_points, overall_of, percent,
    relational_score,
};
use rustc_hash::FxHashMap;

const LANES: usize = PER_TURN.len();

// What some rest of call can still do, one bit each.
const MAY_FRAGILE: u16 = 1;
const MAY_ORIENT: u16 = 1 << 1;
const MAY_OFFER_ORIENTATION: u16 = 1 << 2;
const MAY_IDENTIFY: u16 = 1 << 3;
const MAY_RECAP: u16 = 1 << 4;
const MAY_CONCLUDE: u16 = 1 << 5;
const MAY_UNDERSTAND: u16 = 1 << 6;
const MAY_OFFER_DESC: u16 = 1 << 7;
const MAY_CHOOSE_DESC: u16 = 1 << 8;
/// Some rest of call meets no decision that offers a DESC step.
const MAY_SKIP_DESC: u16 = 1 << 9;

/// A corner of a hull: opportunities met (at least one) and quarters of credit earned.
type Corner = (u16, i16);

pub struct Outlook {
    /// The upper and the lower hulls: per situation and lane, where its corners lie.
    upper: Hulls,
    lower: Hulls,
    /// Per situation, one bit per lane: some rest of call meets no opportunity for it.
    quiet: Vec<u8>,
    manners: Vec<(i32, i32)>,
    breaches: Vec<(u16, u16)>,
    turns: Vec<(u16, u16)>,
    /// The most answers in convaincre or conclure a rest of call can give: only those can
    /// skip a step of the 4 C.
    late: Vec<u16>,
    may: Vec<u16>,
    /// The endings (by `ending_number`) some rest of call reaches.
    endings: Vec<u64>,
    /// Per node, its number among the endings (all share the last one past 64).
    pub ending_number: Vec<u8>,
    /// The outcome of each numbered ending; with more than 64 endings the last stands for
    /// all the others, so its bounds cover them all.
    outcomes: Vec<Vec<Outcome>>,
}

/// Endings beyond this many share one number (bits of a `u64`), and branch and bound needs
/// each to have its own.
pub const NUMBERED_ENDINGS: usize = 64;

/// Which score a bound is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Relational,
    Overall,
}

impl Outlook {
    pub fn new(scenario: &Scenario, graph: &StateGraph, answers: &[Vec<Answer>]) -> Outlook {
        debug_assert!(!graph.loops());
        let n = graph.vertices.len();
        let mut ending_number = vec![0u8; scenario.nodes.len()];
        let mut outcomes: Vec<Vec<Outcome>> = Vec::new();
        for (i, node) in scenario.nodes.iter().enumerate() {
            if let Node::End(end) = node {
                let number = outcomes.len().min(NUMBERED_ENDINGS - 1);
                if number == outcomes.len() {
                    outcomes.push(Vec::new());
                }
                ending_number[i] = number as u8;
                outcomes[number].push(Outcome::of(scenario, Some(end)));
            }
        }
        let mut o = Outlook {
            upper: Hulls::default(),
            lower: Hulls::default(),
            quiet: vec![0; n],
            manners: vec![(0, 0); n],
            breaches: vec![(0, 0); n],
            turns: vec![(0, 0); n],
            late: vec![0; n],
            may: vec![0; n],
            endings: vec![0; n],
            ending_number,
            outcomes,
        };
        for members in graph.groups.iter().rev() {
            let v = members[0];
            let node = graph.vertices[v].node;
            if graph.ending[v] {
                o.quiet[v] = u8::MAX;
                o.may[v] = MAY_SKIP_DESC;
                o.endings[v] = 1 << o.ending_number[node];
                continue;
            }
            let mut manners = (i32::MAX, i32::MIN);
            let mut breaches = (u16::MAX, 0);
            let mut turns = (u16::MAX, 0);
            let (mut late, mut may, mut quiet, mut endings) = (0u16, 0u16, 0u8, 0u64);
            for m in &graph.moves[v] {
                let a = &answers[node][m.choice()];
                let to = m.to();
                manners.0 = manners.0.min(a.manners + o.manners[to].0);
                manners.1 = manners.1.max(a.manners + o.manners[to].1);
                let b = u16::from(a.breach);
                breaches.0 = breaches.0.min(b + o.breaches[to].0);
                breaches.1 = breaches.1.max(b + o.breaches[to].1);
                turns.0 = turns.0.min(1 + o.turns[to].0);
                turns.1 = turns.1.max(1 + o.turns[to].1);
                late = late.max(u16::from(a.phase.index() >= 2) + o.late[to]);
                may |= (o.may[to] & !MAY_SKIP_DESC) | answer_may(a);
                if a.desc_offered == 0 {
                    may |= o.may[to] & MAY_SKIP_DESC;
                }
                let mut silent = 0u8;
                for (l, c) in a.credits.iter().enumerate() {
                    silent |= u8::from(c.is_none()) << l;
                }
                quiet |= o.quiet[to] & silent;
                endings |= o.endings[to];
            }
            (o.manners[v], o.breaches[v], o.turns[v]) = (manners, breaches, turns);
            (o.late[v], o.may[v], o.quiet[v], o.endings[v]) = (late, may, quiet, endings);
        }
        // The two sides of the hulls need nothing of each other: built side by side.
        let judged = &Judged::new(graph, answers, &o.quiet);
        (o.upper, o.lower) = both(
            || Hulls::new(graph, judged, true),
            || Hulls::new(graph, judged, false),
        );
        o
    }

    fn hull(&self, v: usize, lane: usize, upper: bool) -> &[Corner] {
        if upper {
            self.upper.of(v, lane)
        } else {
            self.lower.of(v, lane)
        }
    }

    /// The highest (or lowest) score a call standing at `v` with profile `p` can end with.
    pub fn bound(&self, target: Target, p: &Profile, v: usize, maximise: bool) -> u8 {
        match target {
            Target::Relational => self.relational(p, v, maximise),
            Target::Overall => self.overall(p, v, maximise),
        }
    }

    pub fn endings_from(&self, v: usize) -> u64 {
        self.endings[v]
    }

    /// Each ending has its own number (there are at most 64), so a bound can be kept per
    /// ending.
    pub fn numbers_every_ending(&self) -> bool {
        self.outcomes.iter().all(|o| o.len() == 1)
    }

    /// What a lane's score can still be: its best value if the competency is assessed,
    /// whether it can be, and whether it can stay unassessed.
    fn lane(&self, p: &Profile, v: usize, l: usize, maximise: bool) -> Share {
        let (earned, chances) = (i32::from(p.earned[l]), i32::from(p.chances[l]));
        let quiet = self.quiet[v] & (1 << l) != 0;
        let stays = (quiet && chances > 0).then_some((earned, chances));
        let best = self.best_share(v, l, maximise, (earned, chances), stays);
        Share {
            best: best.map(|(e, c)| percent(e as f32 / 4.0, c as f32)),
            can_stay_unassessed: chances == 0 && quiet,
        }
    }

    /// The highest (or lowest) share of a lane, as (quarters, opportunities), that a call with
    /// `so_far` of it can end with from `v`, or `stays` if better. The score rises with the
    /// share, so corners are compared by share exactly (cross-multiplied), not by score.
    fn best_share(
        &self,
        v: usize,
        l: usize,
        maximise: bool,
        so_far: (i32, i32),
        stays: Option<(i32, i32)>,
    ) -> Option<(i32, i32)> {
        let better = |a: (i32, i32), b: (i32, i32)| {
            let (x, y) = (a.0 * b.1, b.0 * a.1);
            if maximise { x > y } else { x < y }
        };
        let reached = self
            .hull(v, l, maximise)
            .iter()
            .map(|&(c, e)| (so_far.0 + i32::from(e), so_far.1 + i32::from(c)));
        stays
            .into_iter()
            .chain(reached)
            .reduce(|b, s| if better(s, b) { s } else { b })
    }

    /// Per competency judged turn by turn, over complete calls: the highest and the lowest
    /// share (quarters, opportunities) and whether some call meets no opportunity for it.
    /// Exact, since the best share from the start is met at a corner of its hull.
    pub fn shares_over_calls(&self) -> [ShareRange; LANES] {
        std::array::from_fn(|l| {
            let Some(&quiet) = self.quiet.first() else {
                return ShareRange::default();
            };
            ShareRange {
                highest: self.best_share(0, l, true, (0, 0), None),
                lowest: self.best_share(0, l, false, (0, 0), None),
                can_go_unassessed: quiet & (1 << l) != 0,
            }
        })
    }

    fn relational(&self, p: &Profile, v: usize, maximise: bool) -> u8 {
        let (m, b) = (self.manners[v], self.breaches[v]);
        let courtesy = if maximise {
            courtesy(p.manners + m.1, usize::from(p.breaches + b.0))
        } else {
            courtesy(p.manners + m.0, usize::from(p.breaches + b.1))
        };
        let shares = LISTENING_SLOTS.map(|l| self.lane(p, v, l, maximise));
        // Every mix of assessed listening competencies the call can still end with.
        let mut heard = None::<u8>;
        for subset in 0u8..8 {
            let mut values = Vec::with_capacity(3);
            let feasible = shares.iter().enumerate().all(|(i, s)| {
                if subset & (1 << i) != 0 {
                    s.best.inspect(|&x| values.push(x)).is_some()
                } else {
                    s.can_stay_unassessed
                }
            });
            if feasible {
                let value = listening(&values);
                heard = Some(heard.map_or(value, |h| pick(maximise, h, value)));
            }
        }
        let adapted = self.adapted(p, v, maximise);
        relational_score(courtesy, heard.unwrap_or(50), adapted)
    }

    fn adapted(&self, p: &Profile, v: usize, maximise: bool) -> u8 {
        let may = self.may[v];
        let options = |now: bool, bit: u16| -> &'static [bool] {
            match (now, may & bit != 0) {
                (true, _) => &[true],
                (false, true) => &[false, true],
                (false, false) => &[false],
            }
        };
        let mut best = None::<u8>;
        let mut endings = self.endings[v];
        while endings != 0 {
            let e = endings.trailing_zeros() as usize;
            endings &= endings - 1;
            for outcome in &self.outcomes[e] {
                for &fragile in options(p.fragile, MAY_FRAGILE) {
                    for &oriented in options(p.oriented, MAY_ORIENT) {
                        let offers = options(p.orientation_offered, MAY_OFFER_ORIENTATION);
                        for &offered in offers {
                            let a = adapted_solution(outcome, fragile, oriented, offered);
                            best = Some(best.map_or(a, |b| pick(maximise, b, a)));
                        }
                    }
                }
            }
        }
        best.unwrap_or(if maximise { 100 } else { 0 })
    }

    fn overall(&self, p: &Profile, v: usize, maximise: bool) -> u8 {
        // At most the 8 shares, DESC and the structure; on the stack, as this runs for every
        // profile the search meets.
        let mut scores = [0u8; LANES + 2];
        let (mut required, mut optional, mut optionals) = (0usize, [0u8; LANES + 1], 0usize);
        for l in 0..LANES {
            let share = self.lane(p, v, l, maximise);
            match (share.best, share.can_stay_unassessed) {
                (Some(x), false) => {
                    scores[required] = x;
                    required += 1;
                }
                (Some(x), true) => {
                    optional[optionals] = x;
                    optionals += 1;
                }
                (None, _) => {}
            }
        }
        let may = self.may[v];
        let desc_moves = may & (MAY_OFFER_DESC | MAY_CHOOSE_DESC) != 0;
        let desc = match (desc_moves, maximise) {
            (false, _) => p.competency(Competency::Desc),
            (true, true) => Some(100),
            (true, false) => Some(0),
        };
        if let Some(d) = desc {
            let offered = p.desc_offered != 0;
            let may_offer = may & MAY_OFFER_DESC != 0;
            if offered || (may_offer && may & MAY_SKIP_DESC == 0) {
                scores[required] = d;
                required += 1;
            } else if may_offer {
                optional[optionals] = d;
                optionals += 1;
            }
        }
        scores[required] = self.structure(p, v, maximise);
        required += 1;
        let b = self.breaches[v];
        let breaches = usize::from(p.breaches + if maximise { b.0 } else { b.1 });
        // The mean is best with the optional scores taken best first, as many as help.
        let optional = &mut optional[..optionals];
        if maximise {
            optional.sort_unstable_by(|x, y| y.cmp(x));
        } else {
            optional.sort_unstable();
        }
        let mut best = overall_of(&scores[..required], breaches);
        for (j, &x) in optional.iter().enumerate() {
            scores[required + j] = x;
            best = pick(
                maximise,
                best,
                overall_of(&scores[..=required + j], breaches),
            );
        }
        best
    }

    fn structure(&self, p: &Profile, v: usize, maximise: bool) -> u8 {
        let may = self.may[v];
        let (turns, late) = (self.turns[v], self.late[v]);
        let mut points = 0.0f32;
        points += match p.structure.identified {
            ID_FIRST => 25.0,
            ID_LATE => 10.0,
            ID_NONE if maximise && may & MAY_IDENTIFY != 0 => {
                if p.structure.turns == 0 {
                    25.0
                } else {
                    10.0
                }
            }
            _ => 0.0,
        };
        points += match p.structure.order {
            ORDER_UNDERSTOOD_FIRST => 25.0,
            ORDER_NONE if maximise && may & MAY_UNDERSTAND != 0 => 25.0,
            _ => 0.0,
        };
        points += if maximise {
            if p.structure.skips == 0 {
                25.0
            } else {
                order_points(
                    usize::from(p.structure.skips),
                    usize::from(p.structure.turns + turns.1),
                )
            }
        } else {
            let skips = usize::from(p.structure.skips + late);
            let answers = usize::from(p.structure.turns + turns.0).max(1);
            if skips == 0 {
                25.0
            } else {
                order_points(skips.min(answers), answers)
            }
        };
        points += match (p.structure.recap, p.structure.concluded) {
            (true, _) => 25.0,
            _ if maximise && may & MAY_RECAP != 0 => 25.0,
            (false, true) => 15.0,
            _ if maximise && may & MAY_CONCLUDE != 0 => 15.0,
            _ => 0.0,
        };
        points.round().clamp(0.0, 100.0) as u8
    }
}

/// A share's extremes over complete calls, as (quarters, opportunities).
#[derive(Debug, Clone, Copy, Default)]
pub struct ShareRange {
    pub highest: Option<(i32, i32)>,
    pub lowest: Option<(i32, i32)>,
    /// Some complete call meets no opportunity for it.
    pub can_go_unassessed: bool,
}

struct Share {
    best: Option<u8>,
    can_stay_unassessed: bool,
}

fn pick(maximise: bool, a: u8, b: u8) -> u8 {
    if maximise { a.max(b) } else { a.min(b) }
}

fn answer_may(a: &Answer) -> u16 {
    let mut may = 0;
    let bit = |cond: bool, b: u16| if cond { b } else { 0 };
    may |= bit(a.fragile, MAY_FRAGILE);
    may |= bit(a.oriented, MAY_ORIENT);
    may |= bit(a.orientation_offered, MAY_OFFER_ORIENTATION);
    may |= bit(a.identification, MAY_IDENTIFY);
    may |= bit(a.recap, MAY_RECAP);
    may |= bit(a.phase == Phase::Conclure, MAY_CONCLUDE);
    may |= bit(a.phase == Phase::Comprendre, MAY_UNDERSTAND);
    may |= bit(a.desc_offered != 0, MAY_OFFER_DESC);
    may |= bit(a.desc_steps.iter().any(Option::is_some), MAY_CHOOSE_DESC);
    may
}

/// One side of every situation's hull, per lane: the upper hulls (for the highest shares)
/// or the lower ones.
#[derive(Default)]
struct Hulls {
    /// Per situation and lane, which of the distinct hulls is its own.
    ids: Vec<u32>,
    /// Per distinct hull, where its corners lie in `corners`.
    bounds: Vec<(u32, u32)>,
    corners: Vec<Corner>,
}

impl Hulls {
    fn new(graph: &StateGraph, judged: &Judged, upper: bool) -> Hulls {
        let mut b = HullBuilder {
            hulls: Hulls {
                ids: vec![0; graph.vertices.len() * LANES],
                bounds: Vec::new(),
                corners: Vec::new(),
            },
            distinct: FxHashMap::default(),
            shifted: FxHashMap::default(),
            joined: FxHashMap::default(),
            candidates: Buckets::new(upper),
            scratch: Vec::new(),
            recent: vec![(u64::MAX, 0); 1 << RECENT_BITS],
        };
        let none = b.intern_candidates();
        debug_assert_eq!(none, NO_CORNERS);
        // One lane at a time, so that the lane's ids and what it combined stay in the cache.
        let mut lane = vec![NO_CORNERS; graph.vertices.len()];
        for l in 0..LANES {
            // What one lane combined, another seldom combines: forgotten, to keep them small
            // (`recent` is kept, as what it holds stays true).
            b.shifted.clear();
            b.joined.clear();
            for members in graph.groups.iter().rev() {
                let v = members[0];
                if graph.ending[v] {
                    continue;
                }
                let mut so_far = NO_CORNERS;
                let codes = &judged.per_lane[l][graph.moves.span(v)];
                for (m, &code) in graph.moves[v].iter().zip(codes) {
                    let rest = lane[m.to()];
                    let part = match code {
                        UNJUDGED => rest,
                        _ => b.shifted(rest, i16::from(code & CREDIT), code & QUIET != 0),
                    };
                    so_far = b.joined(so_far, part);
                }
                lane[v] = so_far;
            }
            for (v, &id) in lane.iter().enumerate() {
                b.hulls.ids[v * LANES + l] = id;
            }
        }
        b.hulls
    }

    fn of(&self, v: usize, lane: usize) -> &[Corner] {
        self.corners_of(self.ids[v * LANES + lane])
    }

    fn corners_of(&self, id: u32) -> &[Corner] {
        let (start, end) = self.bounds[id as usize];
        &self.corners[start as usize..end as usize]
    }
}

/// Per lane and move (in the order `StateGraph::moves` keeps them), how the move's answer is
/// judged in the lane: `UNJUDGED`, or its quarters of credit with `QUIET` set when the rest
/// of the call from where it leads can meet no opportunity in the lane. Read in one sweep per
/// lane, where looking each answer up would fetch it from all over memory.
struct Judged {
    per_lane: Vec<Vec<u8>>,
}

const UNJUDGED: u8 = u8::MAX;
const QUIET: u8 = 0x80;
const CREDIT: u8 = 0x7f;

impl Judged {
    fn new(graph: &StateGraph, answers: &[Vec<Answer>], quiet: &[u8]) -> Judged {
        let mut per_lane: Vec<Vec<u8>> = (0..LANES)
            .map(|_| Vec::with_capacity(graph.moves.total()))
            .collect();
        for (v, moves) in graph.moves.iter().enumerate() {
            let node = graph.vertices[v].node;
            for m in moves {
                let credits = &answers[node][m.choice()].credits;
                let quiet = quiet[m.to()];
                for (l, codes) in per_lane.iter_mut().enumerate() {
                    // Credits are quarters of at most one point, far below `CREDIT`.
                    debug_assert!(credits[l].is_none_or(|q| q < CREDIT));
                    codes.push(match credits[l] {
                        None => UNJUDGED,
                        Some(q) if quiet & (1 << l) != 0 => q | QUIET,
                        Some(q) => q,
                    });
                }
            }
        }
        Judged { per_lane }
    }
}

/// The id of the hull with no corner: that of an ending, or of a call cut at the limit.
const NO_CORNERS: u32 = 0;

/// A situation's hull in a lane is the hull of its moves' hulls put together, where a move
/// whose answer is judged in the lane shifts its own by one opportunity and the credit. Both
/// steps are remembered by the ids they combine: most situations combine hulls that others
/// combined already.
struct HullBuilder {
    hulls: Hulls,
    /// Hundreds of thousands of situations share a few thousand hulls (on generated
    /// scenarios, 1.8 million lanes had 14,000): kept once each, they stay in the cache
    /// instead of being fetched from all over memory for every move.
    distinct: FxHashMap<Box<[Corner]>, u32>,
    /// (hull, credit, whether the rest of the call can meet no opportunity): shifted hull.
    shifted: FxHashMap<(u32, i16, bool), u32>,
    /// (hull, hull), the smaller first: the hull of both.
    joined: FxHashMap<(u32, u32), u32>,
    candidates: Buckets,
    scratch: Vec<Corner>,
    /// The pairs joined last, by a hash of the pair, one each: most joins are found here,
    /// small enough to stay in the cache, rather than in `joined`.
    recent: Vec<(u64, u32)>,
}

/// Slots in `HullBuilder::recent`, a power of two.
const RECENT_BITS: u32 = 14;

impl HullBuilder {
    fn shifted(&mut self, rest: u32, credit: i16, quiet: bool) -> u32 {
        if let Some(&id) = self.shifted.get(&(rest, credit, quiet)) {
            return id;
        }
        for &(c, e) in self.hulls.corners_of(rest) {
            self.candidates.add((c + 1, e + credit));
        }
        if quiet {
            self.candidates.add((1, credit));
        }
        let id = self.intern_candidates();
        self.shifted.insert((rest, credit, quiet), id);
        id
    }

    fn joined(&mut self, a: u32, b: u32) -> u32 {
        if a == b || b == NO_CORNERS {
            return a;
        }
        if a == NO_CORNERS {
            return b;
        }
        let pair = (a.min(b), a.max(b));
        let key = (u64::from(pair.0) << 32) | u64::from(pair.1);
        let slot = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - RECENT_BITS)) as usize;
        if self.recent[slot].0 == key {
            return self.recent[slot].1;
        }
        if let Some(&id) = self.joined.get(&pair) {
            self.recent[slot] = (key, id);
            return id;
        }
        for id in [a, b] {
            let corners = self.hulls.corners_of(id);
            corners.iter().for_each(|&p| self.candidates.add(p));
        }
        let id = self.intern_candidates();
        self.joined.insert(pair, id);
        self.recent[slot] = (key, id);
        id
    }

    /// The id of the candidates' hull, the candidates emptied.
    fn intern_candidates(&mut self) -> u32 {
        self.scratch.clear();
        self.candidates.hull_into(&mut self.scratch);
        if let Some(&id) = self.distinct.get(self.scratch.as_slice()) {
            return id;
        }
        let h = &mut self.hulls;
        let id = h.bounds.len() as u32;
        let start = h.corners.len() as u32;
        h.corners.extend_from_slice(&self.scratch);
        h.bounds.push((start, h.corners.len() as u32));
        self.distinct.insert(self.scratch.as_slice().into(), id);
        id
    }
}

/// Candidate corners, kept as the most (or least) credit for each number of opportunities:
/// the children's hulls arrive sorted already, so bucketing by opportunities replaces a sort.
struct Buckets {
    credit: Vec<i16>,
    low: usize,
    high: usize,
    upper: bool,
}

impl Buckets {
    fn new(upper: bool) -> Buckets {
        Buckets {
            credit: vec![Self::empty(upper); crate::engine::MAX_TURNS + 2],
            low: usize::MAX,
            high: 0,
            upper,
        }
    }

    fn empty(upper: bool) -> i16 {
        if upper { i16::MIN } else { i16::MAX }
    }

    fn add(&mut self, (c, e): Corner) {
        let c = usize::from(c).min(self.credit.len() - 1);
        let slot = &mut self.credit[c];
        *slot = if self.upper {
            (*slot).max(e)
        } else {
            (*slot).min(e)
        };
        self.low = self.low.min(c);
        self.high = self.high.max(c);
    }

    /// The upper (or lower) convex hull of the candidates, appended to `out`, and the buckets
    /// emptied: for any call so far, the best (or worst) share it can still reach is at one of
    /// these corners.
    fn hull_into(&mut self, out: &mut Vec<Corner>) {
        let start = out.len();
        let empty = Self::empty(self.upper);
        let touched = if self.low <= self.high {
            self.low..self.high + 1
        } else {
            0..0
        };
        for c in touched {
            if self.credit[c] == empty {
                continue;
            }
            let (c, e) = (c as u16, std::mem::replace(&mut self.credit[c], empty));
            while out.len() >= start + 2 {
                let (c1, e1) = out[out.len() - 2];
                let (c2, e2) = out[out.len() - 1];
                // Cross product of (p2 - p1) and (p - p1): p2 is not a corner when it lies on
                // the wrong side of (or on) the line from p1 to p.
                let cross = (i32::from(c2) - i32::from(c1)) * (i32::from(e) - i32::from(e1))
                    - (i32::from(e2) - i32::from(e1)) * (i32::from(c) - i32::from(c1));
                let drop = if self.upper { cross >= 0 } else { cross <= 0 };
                if drop {
                    out.pop();
                } else {
                    break;
                }
            }
            out.push((c, e));
        }
        self.low = usize::MAX;
        self.high = 0;
    }
}
