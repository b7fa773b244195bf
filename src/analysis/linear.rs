//! Every competency's range for a scenario whose calls cannot loop, in a few sweeps over the
//! situations: the shares judged turn by turn by parametric search (`share`), DESC, the 4 C
//! structure and compliance from the few states their scores read (`reach`).

use std::collections::BTreeMap;

use super::CompetencyRange;
use super::flat::Flat;
use super::profile::{Answer, PER_TURN, Profile};
use super::reach::{self, DescState};
use super::share::{self, Credits, LANES, Part};
use crate::scenario::Competency;

pub fn competency_ranges(
    flat: &Flat,
    answers: &[Vec<Answer>],
) -> BTreeMap<&'static str, CompetencyRange> {
    let credits: Vec<Credits> = (0..flat.to.len())
        .map(|i| {
            let a = &answers[flat.node[i] as usize][usize::from(flat.choice[i])];
            std::array::from_fn(|k| a.credits[k].map_or(0, |q| q + 1))
        })
        .collect();
    let shares = share::extremes(flat, &credits);
    let score = |p: Part| percent_of_quarters(p.earned, p.chances);
    let mut ranges = BTreeMap::new();
    for (k, found) in shares.iter().enumerate().take(LANES) {
        ranges.insert(
            PER_TURN[k].id(),
            CompetencyRange {
                min: found.lowest.map(score),
                max: found.highest.map(score),
                can_go_unassessed: found.can_go_unassessed,
            },
        );
    }
    for c in [
        Competency::Desc,
        Competency::CallStructure,
        Competency::Compliance,
    ] {
        ranges.insert(c.id(), ranged_by_states(c, flat, answers));
    }
    ranges
}

/// A per-turn competency's score from its quarters and opportunities, as `Profile` gives it.
fn percent_of_quarters(quarters: i64, chances: i64) -> u8 {
    crate::scoring::percent(quarters as f32 / 4.0, chances as f32)
}

/// The range of DESC, the 4 C structure or compliance from the states calls can end in.
fn ranged_by_states(c: Competency, flat: &Flat, answers: &[Vec<Answer>]) -> CompetencyRange {
    let scores: Vec<Option<u8>> = match c {
        Competency::Desc => reach::desc_final_states(flat, answers)
            .into_iter()
            .map(DescState::score)
            .collect(),
        Competency::CallStructure => {
            let start = reach::structure_state(&Profile::default());
            let step =
                |s, a: &Answer| reach::structure_state(&reach::structure_profile(s).after(a));
            reach::final_states(flat, answers, start, step)
                .into_iter()
                .map(|s| reach::structure_profile(s).competency(c))
                .collect()
        }
        _ => {
            // Two breaches already leave nothing of the compliance score.
            let with = |breaches| Profile {
                breaches,
                ..Profile::default()
            };
            let step = |b: u16, a: &Answer| with(b).after(a).breaches.min(2);
            reach::final_states(flat, answers, 0u16, step)
                .into_iter()
                .map(|b| with(b).competency(c))
                .collect()
        }
    };
    CompetencyRange {
        min: scores.iter().flatten().min().copied(),
        max: scores.iter().flatten().max().copied(),
        can_go_unassessed: scores.iter().any(Option::is_none),
    }
}
