//! Every competency's range for a scenario whose calls cannot loop, in a few sweeps over the
//! situations: the shares judged turn by turn from the hulls the bounds keep anyway
//! (`bound::Outlook`), DESC, the 4 C structure and compliance from the few states their
//! scores read (`reach`).

use std::collections::BTreeMap;

use super::CompetencyRange;
use super::bound::Outlook;
use super::flat::Flat;
use super::profile::{Answer, PER_TURN, Profile};
use super::reach::{self, DescState};
use crate::scenario::Competency;

/// The competencies judged turn by turn.
pub fn per_turn_ranges(outlook: &Outlook) -> BTreeMap<&'static str, CompetencyRange> {
    let score = |(quarters, chances)| percent_of_quarters(quarters, chances);
    (PER_TURN.iter().zip(outlook.shares_over_calls()))
        .map(|(c, share)| {
            let range = CompetencyRange {
                min: share.lowest.map(score),
                max: share.highest.map(score),
                can_go_unassessed: share.can_go_unassessed,
            };
            (c.id(), range)
        })
        .collect()
}

/// The competencies whose ranges come from the states they read.
pub const BY_STATES: [Competency; 3] = [
    Competency::Desc,
    Competency::CallStructure,
    Competency::Compliance,
];

/// A per-turn competency's score from its quarters and opportunities, as `Profile` gives it.
fn percent_of_quarters(quarters: i32, chances: i32) -> u8 {
    crate::scoring::percent(quarters as f32 / 4.0, chances as f32)
}

/// The range of DESC, the 4 C structure or compliance from the states calls can end in.
pub fn state_range(c: Competency, flat: &Flat, answers: &[Vec<Answer>]) -> CompetencyRange {
    let scores: Vec<Option<u8>> = match c {
        Competency::Desc => reach::desc_final_states(flat, answers)
            .into_iter()
            .map(DescState::score)
            .collect(),
        Competency::CallStructure => {
            let states = reach::structure_final_states(flat, answers);
            reach::structure_scores(&states).map(Some).collect()
        }
        _ => {
            // The score falls with each breach: the fewest and the most give its range.
            let with = |breaches| Profile {
                breaches,
                ..Profile::default()
            };
            let fewest_and_most = reach::breaches(flat, answers);
            (fewest_and_most.iter())
                .flat_map(|&(low, high)| [low, high])
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
