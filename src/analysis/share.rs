//! The exact highest and lowest share (credit earned over opportunities met) that a complete
//! call can reach, for a scenario whose calls cannot loop. A share of sums is not a sum, so a
//! plain longest-path pass cannot find it; Dinkelbach's parametric search can: the best share
//! is the `λ` at which the best call by `earned - λ·chances` scores exactly 0. Each round is
//! one backward sweep over the situations and the rounds raise `λ` superlinearly (two or
//! three suffice on the bundled and generated scenarios), so a few sweeps replace the Pareto
//! frontiers that made large scenarios slow. The eight competencies judged turn by turn are
//! searched side by side, one lane each, in the same sweeps.
//!
//! Everything is integral (`λ = p/q`, comparing `q·earned - p·chances`), so there is no
//! rounding to disagree with the scoring, which is applied to the winning call's own numbers.

use super::flat::Flat;

pub const LANES: usize = 8;

/// What one answer gives a lane: `0` when the turn is no opportunity for it, else one more
/// than the quarters of credit earned.
pub type Credits = [u8; LANES];

/// A share's totals over a call.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Part {
    pub earned: i64,
    pub chances: i64,
}

/// The extreme calls' totals, and whether some complete call meets no opportunity at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Extremes {
    pub lowest: Option<Part>,
    pub highest: Option<Part>,
    pub can_go_unassessed: bool,
}

/// The rounds allowed before giving up; Dinkelbach needs a handful, this only guards against
/// a mistake turning into an endless loop.
const MAX_ROUNDS: usize = 200;

/// The lowest and highest `earned / chances`, lane by lane, over the complete calls with
/// `chances > 0`; `credits[i]` is what the `i`-th move of `flat` gives each lane.
pub fn extremes(flat: &Flat, credits: &[Credits]) -> [Extremes; LANES] {
    let highest = best_shares(flat, credits, 1);
    let lowest = best_shares(flat, credits, -1);
    let quiet = quiet_calls(flat, credits);
    std::array::from_fn(|l| Extremes {
        highest: highest[l],
        lowest: lowest[l].map(|p| Part {
            earned: -p.earned,
            chances: p.chances,
        }),
        can_go_unassessed: quiet & (1 << l) != 0,
    })
}

/// The best rest of a call in one lane. Small integers: a call has at most
/// `engine::MAX_TURNS` answers, each worth at most 4 quarters, and `p/q` is a share of them.
#[derive(Debug, Clone, Copy)]
struct Lane {
    value: i32,
    earned: i16,
    chances: i16,
}

/// No ending can be reached from here (a decision cut short has no way out). Far enough
/// below any real value that adding a call's worth to it still reads as stuck, so the
/// sweep needs no branch for it.
const STUCK: Lane = Lane {
    value: i32::MIN / 2,
    earned: 0,
    chances: 0,
};

fn stuck(l: &Lane) -> bool {
    l.value < i32::MIN / 4
}

/// The highest share of `sign · earned` over chances, per lane.
fn best_shares(flat: &Flat, credits: &[Credits], sign: i16) -> [Option<Part>; LANES] {
    // Below every share there can be: at most 4 quarters are earned per chance.
    let mut ratio = [(-5i32, 1i32); LANES];
    let mut best = [None; LANES];
    let mut done = [false; LANES];
    let mut lanes = vec![[STUCK; LANES]; flat.len()];
    for _ in 0..MAX_ROUNDS {
        if done.iter().all(|&d| d) || flat.len() == 0 {
            break;
        }
        sweep(flat, credits, sign, &ratio, &mut lanes);
        for l in 0..LANES {
            let top = lanes[0][l];
            // A call without any opportunity is worth 0 whatever the ratio; once one with an
            // opportunity is known, 0 means that none does better.
            if done[l] || stuck(&top) || top.value <= 0 {
                done[l] = true;
                continue;
            }
            let (earned, chances) = (i32::from(top.earned), i32::from(top.chances));
            let g = gcd(earned.abs(), chances).max(1);
            ratio[l] = (earned / g, chances / g);
            best[l] = Some(Part {
                earned: i64::from(earned),
                chances: i64::from(chances),
            });
        }
    }
    best
}

/// One backward sweep: for each situation and lane, the best rest of the call by
/// `q·earned - p·chances`.
fn sweep(
    flat: &Flat,
    credits: &[Credits],
    sign: i16,
    ratio: &[(i32, i32); LANES],
    lanes: &mut [[Lane; LANES]],
) {
    let zero = Lane {
        value: 0,
        earned: 0,
        chances: 0,
    };
    for v in (0..flat.len()).rev() {
        if flat.ending[v] {
            lanes[v] = [zero; LANES];
            continue;
        }
        let mut here = [STUCK; LANES];
        for i in flat.moves(v) {
            let rest = lanes[flat.to[i] as usize];
            let gives = credits[i];
            for l in 0..LANES {
                let chance = i16::from(gives[l] > 0);
                let earned = sign * i16::from(gives[l].saturating_sub(1));
                let (p, q) = ratio[l];
                let value = rest[l].value + q * i32::from(earned) - p * i32::from(chance);
                if value > here[l].value {
                    here[l] = Lane {
                        value,
                        earned: rest[l].earned + earned,
                        chances: rest[l].chances + chance,
                    };
                }
            }
        }
        lanes[v] = here;
    }
}

/// Per lane (one bit each), whether some complete call meets no opportunity for it.
fn quiet_calls(flat: &Flat, credits: &[Credits]) -> u8 {
    let mut quiet = vec![0u8; flat.len()];
    for v in (0..flat.len()).rev() {
        if flat.ending[v] {
            quiet[v] = u8::MAX;
            continue;
        }
        let mut here = 0u8;
        for i in flat.moves(v) {
            let mut silent = 0u8;
            for (l, &g) in credits[i].iter().enumerate() {
                silent |= u8::from(g == 0) << l;
            }
            here |= quiet[flat.to[i] as usize] & silent;
        }
        quiet[v] = here;
    }
    quiet.first().copied().unwrap_or(0)
}

fn gcd(mut a: i32, mut b: i32) -> i32 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}
