//! Good calls to start branch and bound from. The overall score is a mean of shares, which no
//! single sweep can maximise; but near a given call it behaves like a weighted sum of the
//! credits earned, each competency weighed by one over its opportunities in that call and
//! measured against its share there (the linearisation behind Dinkelbach's method). One sweep
//! gives, from every situation, the best rest of call for that sum. The call is then changed
//! at one answer, the rest taken from the sweep, and the change that scores best by the real
//! rules is kept; the weights are set again from it while the score improves. What comes out
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
    /// Per move of `flat`: per lane, `0` when no opportunity, else one more than the quarters.
    credits: Vec<[u8; LANES]>,
    breach: Vec<bool>,
}

impl<'a> Surrogate<'a> {
    pub fn new(flat: &'a Flat, graph: &'a StateGraph, answers: &'a [Vec<Answer>]) -> Self {
        let answer = |i: usize| &answers[flat.node[i] as usize][usize::from(flat.choice[i])];
        Surrogate {
            flat,
            graph,
            answers,
            credits: (0..flat.to.len())
                .map(|i| std::array::from_fn(|k| answer(i).credits[k].map_or(0, |q| q + 1)))
                .collect(),
            breach: (0..flat.to.len()).map(|i| answer(i).breach).collect(),
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
            for t in 0..call.len() {
                let here = if t == 0 { 0 } else { call[t - 1].1 };
                let u = self.flat.position[here] as usize;
                for i in self.flat.moves(u) {
                    let mut tried = call[..t].to_vec();
                    let mut profile = profiles[t];
                    let mut i = i;
                    loop {
                        profile = profile.after(self.answer(i));
                        let to = self.flat.to[i] as usize;
                        tried.push((
                            usize::from(self.flat.choice[i]),
                            self.flat.vertex[to] as usize,
                        ));
                        if pick[to] == u32::MAX {
                            break;
                        }
                        i = pick[to] as usize;
                    }
                    let to = last(&tried);
                    if !self.graph.ending[to] {
                        continue;
                    }
                    let s = oriented(&profile, to);
                    if s > found.as_ref().map_or(best, |f| f.0) {
                        found = Some((s, tried));
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
        let flat = self.flat;
        let mut total = vec![f32::NEG_INFINITY; flat.len()];
        let mut pick = vec![u32::MAX; flat.len()];
        for v in (0..flat.len()).rev() {
            if flat.ending[v] {
                total[v] = 0.0;
                continue;
            }
            for i in flat.moves(v) {
                let mut gain = -BREACH * f32::from(u8::from(self.breach[i]));
                for (k, &c) in self.credits[i].iter().enumerate() {
                    if c > 0 {
                        gain += weight[k] * (f32::from(c - 1) - share[k]);
                    }
                }
                let t = sign * gain + total[flat.to[i] as usize];
                if t > total[v] {
                    total[v] = t;
                    pick[v] = i as u32;
                }
            }
        }
        pick
    }
}
