//! Good calls to start branch and bound from. The overall score is a mean of shares, which no
//! single sweep can maximise; but near a given call it behaves like a weighted sum of the
//! credits earned, each competency weighed by one over its opportunities in that call and
//! measured against its share there (the linearisation behind Dinkelbach's method). One sweep
//! gives, from every situation, the best rest of call for that sum. The call is then changed
//! at one answer, the rest taken from the sweep, and the change that scores best by the real
//! rules is kept; the weights are set again from it while the score improves. Where no single
//! change improves it, pairs of changes are tried before giving up: on 10,000 generated
//! decisions, single changes stop at 84 where the best call scores 86, which pairs reach, and
//! branch and bound then keeps 61,000 profiles instead of 172,000. What comes out
//! is a real call, scored by the real rules: the search that follows stays exact, and drops
//! much more from the start, since whatever cannot beat this call is left alone.

use rustc_hash::FxHashMap;

use super::flat::Flat;
use super::frontier::{self, Frontiers, Score};
use super::parallel::both;
use super::profile::{Answer, PER_TURN, Profile};
use super::states::StateGraph;

const LANES: usize = PER_TURN.len();

/// Rounds of changes from one call, each with one sweep; they stop when one brings nothing.
const ROUNDS: usize = 6;

/// How much a breach of the debtor's rights weighs against the shares (each between 0 and 4
/// quarters): the overall score is capped at 40 after one, so a call avoids it when it can,
/// and a call after the lowest score seeks it.
const BREACH: f32 = 40.0;

/// A search among the calls of a scenario that cannot loop.
pub struct Surrogate<'a> {
    flat: &'a Flat,
    graph: &'a StateGraph,
    answers: &'a [Vec<Answer>],
    /// Per move of `flat`, the answer it gives, numbered across the scenario: a sweep weighs
    /// each answer once, not once for every situation it is given in (on generated scenarios,
    /// twenty times fewer).
    answer_of: Vec<u32>,
    /// Per answer: per lane, `0` when no opportunity, else one more than the quarters.
    credits: Vec<[u8; LANES]>,
    breach: Vec<bool>,
}

impl<'a> Surrogate<'a> {
    pub fn new(flat: &'a Flat, graph: &'a StateGraph, answers: &'a [Vec<Answer>]) -> Self {
        let mut first_answer = Vec::with_capacity(answers.len());
        let mut count = 0u32;
        for node in answers {
            first_answer.push(count);
            count += node.len() as u32;
        }
        let every = || answers.iter().flatten();
        Surrogate {
            flat,
            graph,
            answers,
            answer_of: (0..flat.to.len())
                .map(|i| first_answer[flat.node[i] as usize] + u32::from(flat.choice[i]))
                .collect(),
            credits: every()
                .map(|a| std::array::from_fn(|k| a.credits[k].map_or(0, |q| q + 1)))
                .collect(),
            breach: every().map(|a| a.breach).collect(),
        }
    }

    /// The best call climbed to from the two best of `starts`, when it beats them all; `None`
    /// when one of them has the extreme score already or none could be improved.
    pub fn best_from(
        &self,
        starts: &[Frontiers],
        minimise: bool,
        score: &Score<'_>,
    ) -> Option<Frontiers> {
        let oriented = |f: &Frontiers| -> Option<i32> {
            let e = &f.entries[*f.at_ends.first()? as usize];
            let s = i32::from(score(
                &e.profile,
                self.graph.vertices[e.vertex as usize].node,
            ));
            Some(if minimise { -s } else { s })
        };
        let extreme = if minimise { 0 } else { 100 };
        let known = starts.iter().filter_map(oriented).max()?;
        if known == extreme {
            return None;
        }
        // Climbs from weaker starts nearly always end where the best ones do (measured on
        // generated scenarios: the same call with a third of the sweeps), so only the two best
        // climb, one per thread.
        let mut ranked: Vec<&Frontiers> = starts.iter().filter(|f| !f.at_ends.is_empty()).collect();
        ranked.sort_by_key(|f| std::cmp::Reverse(oriented(f)));
        let climb = |start: Option<&&Frontiers>| -> Option<Frontiers> {
            let mut policies = FxHashMap::default();
            start.map(|start| self.improve(start, minimise, score, &mut policies))
        };
        let (first, second) = both(|| climb(ranked.first()), || climb(ranked.get(1)));
        let found = first.into_iter().chain(second).max_by_key(oriented)?;
        (oriented(&found)? > known).then_some(found)
    }

    /// From `start` (one complete call), a call that scores better by `score` (higher, or
    /// lower when `minimise`), or `start` itself when none is found. Each round weighs the
    /// credits as the current call stands, then tries, at every answer of the call, each other
    /// answer followed by the best rest of call for those weights, and keeps the best of
    /// these calls by the real score.
    fn improve(
        &self,
        start: &Frontiers,
        minimise: bool,
        score: &Score<'_>,
        policies: &mut FxHashMap<(Profile, usize), Vec<u32>>,
    ) -> Frontiers {
        let oriented = |p: &Profile, vertex: usize| {
            let s = i32::from(score(p, self.graph.vertices[vertex].node));
            if minimise { -s } else { s }
        };
        let Some(&end) = start.at_ends.first() else {
            return start.clone();
        };
        let (choices, vertices) = start.path(end);
        let mut call: Vec<(usize, usize)> = choices
            .into_iter()
            .zip(vertices[1..].iter().copied())
            .collect();
        let mut profiles = self.profiles(&call);
        let last = |call: &[(usize, usize)]| call.last().map_or(0, |s| s.1);
        let mut best = oriented(&profiles[call.len()], last(&call));
        let mut improved = false;
        for _ in 0..ROUNDS {
            let p = profiles[call.len()];
            let overall = f32::from(score(&p, self.graph.vertices[last(&call)].node));
            let pick = policies
                .entry((p, last(&call)))
                .or_insert_with(|| self.policy(&p, overall, minimise));
            let mut found: Option<(i32, Vec<(usize, usize)>)> = None;
            let consider =
                |found: &mut Option<(i32, Vec<(usize, usize)>)>,
                 (tried, profile): (Vec<(usize, usize)>, Profile)| {
                    let to = last(&tried);
                    if !self.graph.ending[to] {
                        return;
                    }
                    let s = oriented(&profile, to);
                    if s > found.as_ref().map_or(best, |f| f.0) {
                        *found = Some((s, tried));
                    }
                };
            for (t, i) in self.changes(&call) {
                consider(&mut found, self.roll(&call[..t], profiles[t], i, pick));
            }
            // At a peak for one change, a pair of changes can still climb: the second one
            // is tried on the call the first one leads to. Rollouts are cheap next to sweeps.
            if found.is_none() {
                for (t, i) in self.changes(&call) {
                    let (first, _) = self.roll(&call[..t], profiles[t], i, pick);
                    let along = self.profiles(&first);
                    for (t2, j) in self.changes(&first).filter(|&(t2, _)| t2 > t) {
                        consider(&mut found, self.roll(&first[..t2], along[t2], j, pick));
                    }
                }
            }
            let Some((s, tried)) = found else { break };
            best = s;
            call = tried;
            profiles = self.profiles(&call);
            improved = true;
        }
        if !improved {
            return start.clone();
        }
        frontier::call(self.graph, self.answers, &call, true)
    }

    /// Every answer that could be given instead at each step of a call: the step and the move
    /// of `flat` (the call's own answer among them).
    fn changes<'c>(
        &'c self,
        call: &'c [(usize, usize)],
    ) -> impl Iterator<Item = (usize, usize)> + 'c {
        (0..call.len()).flat_map(move |t| {
            let here = if t == 0 { 0 } else { call[t - 1].1 };
            self.flat
                .moves(self.flat.position[here] as usize)
                .map(move |i| (t, i))
        })
    }

    /// The call that keeps `kept`, gives move `i`, then follows `pick` to its end, with the
    /// profile it ends with (`at` is the profile after `kept`).
    fn roll(
        &self,
        kept: &[(usize, usize)],
        at: Profile,
        mut i: usize,
        pick: &[u32],
    ) -> (Vec<(usize, usize)>, Profile) {
        let mut tried = kept.to_vec();
        let mut profile = at;
        loop {
            profile = profile.after(self.answer(i));
            let to = self.flat.to[i] as usize;
            tried.push((
                usize::from(self.flat.choice[i]),
                self.flat.vertex[to] as usize,
            ));
            if pick[to] == u32::MAX {
                return (tried, profile);
            }
            i = pick[to] as usize;
        }
    }

    fn answer(&self, i: usize) -> &Answer {
        &self.answers[self.flat.node[i] as usize][usize::from(self.flat.choice[i])]
    }

    /// The profile after each answer of a call (the first is the empty one).
    fn profiles(&self, call: &[(usize, usize)]) -> Vec<Profile> {
        let mut out = vec![Profile::default()];
        let mut v = 0;
        for &(choice, to) in call {
            let node = self.graph.vertices[v].node;
            out.push(out[out.len() - 1].after(&self.answers[node][choice]));
            v = to;
        }
        out
    }

    /// Per situation of `flat`, the move that starts the best rest of call by the weighted
    /// sum standing for the score near a call with profile `p` and score `overall`
    /// (`u32::MAX` at endings and dead ends).
    fn policy(&self, p: &Profile, overall: f32, minimise: bool) -> Vec<u32> {
        let sign = if minimise { -1.0 } else { 1.0 };
        let typical = (f32::from(p.structure.turns) / 4.0).max(1.0);
        let mut weight = [0.0f32; LANES];
        let mut share = [0.0f32; LANES];
        for k in 0..LANES {
            let chances = f32::from(p.chances[k]);
            // A competency the call does not assess helps the mean only above its level.
            (weight[k], share[k]) = if chances > 0.0 {
                (1.0 / chances, f32::from(p.earned[k]) / chances)
            } else {
                (1.0 / typical, 4.0 * overall / 100.0)
            };
        }
        let gains: Vec<f32> = (self.credits.iter().zip(&self.breach))
            .map(|(credits, &breach)| {
                let mut gain = -BREACH * f32::from(u8::from(breach));
                for (k, &c) in credits.iter().enumerate() {
                    if c > 0 {
                        gain += weight[k] * (f32::from(c - 1) - share[k]);
                    }
                }
                sign * gain
            })
            .collect();
        let flat = self.flat;
        let mut total = vec![f32::NEG_INFINITY; flat.len()];
        let mut pick = vec![u32::MAX; flat.len()];
        for v in (0..flat.len()).rev() {
            if flat.ending[v] {
                total[v] = 0.0;
                continue;
            }
            for i in flat.moves(v) {
                let t = gains[self.answer_of[i] as usize] + total[flat.to[i] as usize];
                if t > total[v] {
                    total[v] = t;
                    pick[v] = i as u32;
                }
            }
        }
        pick
    }
}
