//! What was learned across attempts: per competency where the trainee started, where they
//! are and their best; per course objective whether it is acquired; what to practise next.
//! The rules are documented in docs/learning-record.md.

use serde::Serialize;

use super::attempt::{Attempt, History, Mode};
use crate::assessment::{Objective, Status};
use crate::scenario::Competency;

/// How many of the latest calls that assessed an objective decide its state: enough that one
/// lucky call does not count as learned, few enough that progress shows quickly.
pub const WINDOW: usize = 3;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Acquisition {
    Acquired,
    InProgress,
    NotYet,
}

impl Acquisition {
    pub fn id(self) -> &'static str {
        match self {
            Acquisition::Acquired => "acquired",
            Acquisition::InProgress => "in_progress",
            Acquisition::NotYet => "not_yet",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    pub attempt: u32,
    pub scenario: String,
    pub mode: Mode,
    pub score: u8,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompetencyProgress {
    pub competency: Competency,
    /// The score of the first positioning call that assessed it.
    pub positioning: Option<u8>,
    pub latest: Option<u8>,
    pub best: Option<u8>,
    /// Every finished call that assessed it, oldest first.
    pub trend: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ObjectiveProgress {
    pub objective: Objective,
    pub state: Acquisition,
    /// The statuses of the latest calls that assessed it, oldest first (at most `WINDOW`).
    pub recent: Vec<Status>,
    /// How many finished calls assessed it in all.
    pub assessed_in: usize,
}

/// A scenario as the suggestion needs it.
#[derive(Debug, Clone)]
pub struct ScenarioInfo {
    pub id: String,
    pub title: String,
    pub competencies: Vec<Competency>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub scenario: String,
    pub title: String,
    /// The competency it trains, the trainee's weakest; `None` for a first call.
    pub competency: Option<Competency>,
    pub latest: Option<u8>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progress {
    pub attempts: usize,
    pub finished: usize,
    pub exams: usize,
    pub total_ms: u64,
    pub competencies: Vec<CompetencyProgress>,
    pub objectives: Vec<ObjectiveProgress>,
    pub next: Option<Suggestion>,
}

pub fn progress(history: &History, scenarios: &[ScenarioInfo]) -> Progress {
    let finished: Vec<&Attempt> = history.finished().collect();
    let competencies: Vec<CompetencyProgress> = Competency::ALL
        .iter()
        .map(|&c| competency_progress(c, &finished))
        .collect();
    let objectives = Objective::ALL
        .iter()
        .map(|&o| objective_progress(o, &finished))
        .collect();
    let next = suggest(&competencies, &finished, scenarios);
    Progress {
        attempts: history.attempts.len(),
        finished: finished.len(),
        exams: history
            .attempts
            .iter()
            .filter(|a| a.mode == Mode::Exam)
            .count(),
        total_ms: history.attempts.iter().map(|a| a.duration_ms).sum(),
        competencies,
        objectives,
        next,
    }
}

fn competency_progress(c: Competency, finished: &[&Attempt]) -> CompetencyProgress {
    let trend: Vec<Point> = finished
        .iter()
        .filter_map(|a| {
            Some(Point {
                attempt: a.number,
                scenario: a.scenario.clone(),
                mode: a.mode,
                score: (*a.competencies.get(&c)?)?,
            })
        })
        .collect();
    let positioning = finished
        .iter()
        .filter(|a| a.positioning)
        .find_map(|a| *a.competencies.get(&c)?);
    CompetencyProgress {
        competency: c,
        positioning,
        latest: trend.last().map(|p| p.score),
        best: trend.iter().map(|p| p.score).max(),
        trend,
    }
}

/// Acquired: the latest call that assessed it showed it, and so did at least two of the
/// latest `WINDOW`. In progress: shown or partly shown at least once among them. Not yet:
/// otherwise, including never assessed.
fn objective_progress(o: Objective, finished: &[&Attempt]) -> ObjectiveProgress {
    let all: Vec<Status> = finished
        .iter()
        .filter_map(|a| a.objectives.get(&o).copied())
        .filter(|s| *s != Status::NotAssessed)
        .collect();
    let recent: Vec<Status> = all[all.len().saturating_sub(WINDOW)..].to_vec();
    let shown = recent.iter().filter(|s| **s == Status::Shown).count();
    let state = if recent.last() == Some(&Status::Shown) && shown >= 2 {
        Acquisition::Acquired
    } else if recent
        .iter()
        .any(|s| matches!(s, Status::Shown | Status::Partly))
    {
        Acquisition::InProgress
    } else {
        Acquisition::NotYet
    };
    ObjectiveProgress {
        objective: o,
        state,
        recent,
        assessed_in: all.len(),
    }
}

/// The weakest competency by latest score (compliance aside: a breach is fixed by knowing the
/// law, not by practising a scenario), trained by the scenario this trainee played least.
/// Before any call: the easiest way in, the first scenario never played.
fn suggest(
    competencies: &[CompetencyProgress],
    finished: &[&Attempt],
    scenarios: &[ScenarioInfo],
) -> Option<Suggestion> {
    let played = |id: &str| finished.iter().filter(|a| a.scenario == id).count();
    let mut weakest: Vec<&CompetencyProgress> = competencies
        .iter()
        .filter(|c| c.competency != Competency::Compliance && c.latest.is_some())
        .collect();
    weakest.sort_by_key(|c| (c.latest, c.trend.len()));
    for c in weakest {
        let best = scenarios
            .iter()
            .filter(|s| s.competencies.contains(&c.competency))
            .min_by_key(|s| played(&s.id));
        if let Some(s) = best {
            return Some(Suggestion {
                scenario: s.id.clone(),
                title: s.title.clone(),
                competency: Some(c.competency),
                latest: c.latest,
            });
        }
    }
    scenarios
        .iter()
        .min_by_key(|s| played(&s.id))
        .map(|s| Suggestion {
            scenario: s.id.clone(),
            title: s.title.clone(),
            competency: None,
            latest: None,
        })
}
