//! How the debtor sounds on the line: what a portrait or a terminal hint shows.

use serde::Serialize;

use crate::scenario::{Cue, Talk};

use super::DebtorState;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mood {
    Angry,
    Annoyed,
    Worried,
    Wary,
    Calm,
    Relieved,
}

impl Mood {
    /// Tension speaks first; then what the line itself does (hostility, distress); then trust.
    pub fn of(state: &DebtorState, line: Option<&Talk>) -> Mood {
        let g = state.gauges;
        let voices = |cues: &[Cue]| line.is_some_and(|t| t.cues.iter().any(|c| cues.contains(c)));
        if g.tension >= 75 {
            Mood::Angry
        } else if voices(&[Cue::Attack, Cue::Demand]) {
            Mood::Annoyed
        } else if voices(&[Cue::Emotion, Cue::Fragility, Cue::Difficulty]) && g.tension < 50 {
            Mood::Worried
        } else if g.tension >= 50 {
            Mood::Annoyed
        } else if g.trust >= 60 && g.willingness >= 50 {
            Mood::Relieved
        } else if g.trust < 30 {
            Mood::Wary
        } else {
            Mood::Calm
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Mood::Angry => "angry",
            Mood::Annoyed => "annoyed",
            Mood::Worried => "worried",
            Mood::Wary => "wary",
            Mood::Calm => "calm",
            Mood::Relieved => "relieved",
        }
    }
}
