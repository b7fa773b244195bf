//! The assertiveness self-positioning questionnaire of the courses: statements the trainee
//! rates from "never" to "always", giving a profile across the four classic positions.
//! Statements and explanations are texts in `locales/*/learning.ftl`.

use std::collections::BTreeMap;
use std::fs;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::RecordError;
use super::profile::Profile;
use super::store;
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Position {
    Passive,
    Aggressive,
    Manipulative,
    Assertive,
}

impl Position {
    pub const ALL: [Position; 4] = [
        Position::Passive,
        Position::Aggressive,
        Position::Manipulative,
        Position::Assertive,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Position::Passive => "passive",
            Position::Aggressive => "aggressive",
            Position::Manipulative => "manipulative",
            Position::Assertive => "assertive",
        }
    }
}

/// The answer scale: 0 never, 1 rarely, 2 often, 3 always. Four steps, so there is no
/// comfortable middle to hide in.
pub const SCALE: u8 = 4;

/// The statements in the order asked, each with the position it reveals. Interleaved so
/// that no run of statements gives the position away.
pub const STATEMENTS: [Position; 20] = {
    use Position::*;
    [
        Passive,
        Assertive,
        Aggressive,
        Manipulative,
        Assertive,
        Passive,
        Manipulative,
        Aggressive,
        Passive,
        Assertive,
        Aggressive,
        Manipulative,
        Assertive,
        Passive,
        Manipulative,
        Aggressive,
        Passive,
        Aggressive,
        Assertive,
        Manipulative,
    ]
};

/// The message id of statement `index` (0-based).
pub fn statement_id(index: usize) -> String {
    format!("quiz-assertiveness-q{:02}", index + 1)
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuizResult {
    pub taken: DateTime<Utc>,
    pub lang: Lang,
    /// One answer per statement, 0 to `SCALE - 1`.
    pub answers: Vec<u8>,
    /// Each position's share of its maximum, 0 to 100.
    pub scores: BTreeMap<Position, u8>,
    /// The highest position; ties go to the order of `Position::ALL`, assertive last, so a
    /// tie never flatters the trainee. A report names every tied position: see `leading`.
    pub dominant: Position,
}

impl QuizResult {
    /// Every position with the highest score, in the order of `Position::ALL`: one when a
    /// position leads, two or more when they tie (the first is `dominant`).
    pub fn leading(&self) -> Vec<Position> {
        let score = |p: &Position| self.scores.get(p).copied().unwrap_or(0);
        let top = Position::ALL.iter().map(score).max().unwrap_or(0);
        Position::ALL
            .into_iter()
            .filter(|p| score(p) == top)
            .collect()
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum QuizError {
    #[error("the questionnaire has {expected} statements, {given} answers were given")]
    Count { expected: usize, given: usize },
    #[error("answer {index} is {value}: answers go from 1 (never) to {SCALE} (always)")]
    OutOfScale { index: usize, value: u8 },
}

/// Scores a full set of answers (0-based on the scale).
pub fn score(answers: &[u8], lang: Lang, taken: DateTime<Utc>) -> Result<QuizResult, QuizError> {
    if answers.len() != STATEMENTS.len() {
        return Err(QuizError::Count {
            expected: STATEMENTS.len(),
            given: answers.len(),
        });
    }
    if let Some((i, &v)) = answers.iter().enumerate().find(|(_, v)| **v >= SCALE) {
        return Err(QuizError::OutOfScale {
            index: i + 1,
            value: v + 1,
        });
    }
    let scores: BTreeMap<Position, u8> = Position::ALL
        .iter()
        .map(|&p| {
            let (sum, count) = STATEMENTS
                .iter()
                .zip(answers)
                .filter(|(q, _)| **q == p)
                .fold((0u32, 0u32), |(s, n), (_, &a)| (s + u32::from(a), n + 1));
            let max = count * u32::from(SCALE - 1);
            (p, ((sum * 100 + max / 2) / max.max(1)) as u8)
        })
        .collect();
    let dominant = Position::ALL
        .iter()
        .copied()
        .max_by_key(|p| (scores[p], std::cmp::Reverse(*p as u8)))
        .unwrap_or(Position::Assertive);
    Ok(QuizResult {
        taken,
        lang,
        answers: answers.to_vec(),
        scores,
        dominant,
    })
}

impl Profile {
    /// Keeps a questionnaire result; earlier ones stay, to show change over a course.
    pub fn save_quiz(&self, result: &QuizResult) -> Result<(), RecordError> {
        let dir = self.dir.join("quiz");
        let path = dir.join(format!(
            "assertiveness-{}.json",
            result.taken.format("%Y%m%dT%H%M%S%3fZ")
        ));
        let bytes = serde_json::to_vec_pretty(result)
            .map_err(|e| RecordError::io(path.clone(), std::io::Error::other(e)))?;
        store::write_atomic(&path, &bytes).map_err(|e| RecordError::io(path, e))
    }

    /// Every questionnaire taken, oldest first, and warnings for files set aside.
    pub fn quizzes(&self) -> (Vec<QuizResult>, Vec<String>) {
        let mut results = Vec::new();
        let mut warnings = Vec::new();
        let Ok(entries) = fs::read_dir(self.dir.join("quiz")) else {
            return (results, warnings);
        };
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for path in paths {
            if path.extension().is_none_or(|e| e != "json") {
                continue;
            }
            match fs::read(&path)
                .ok()
                .and_then(|b| serde_json::from_slice::<QuizResult>(&b).ok())
            {
                Some(r) => results.push(r),
                None => {
                    let aside = store::set_aside(&path);
                    warnings.push(format!(
                        "{}: not a questionnaire result; moved to {}",
                        path.display(),
                        aside.display()
                    ));
                }
            }
        }
        results.sort_by_key(|r| r.taken);
        (results, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn five_statements_per_position() {
        for p in Position::ALL {
            assert_eq!(STATEMENTS.iter().filter(|q| **q == p).count(), 5, "{p:?}");
        }
    }

    #[test]
    fn scores_are_shares_of_the_maximum_and_ties_do_not_flatter() {
        let all_often = vec![2; 20];
        let r = score(&all_often, Lang::Fr, Utc::now()).unwrap();
        assert!(r.scores.values().all(|&s| s == 67));
        assert_eq!(r.dominant, Position::Passive);
        assert_eq!(r.leading(), Position::ALL.to_vec());
        let assertive: Vec<u8> = STATEMENTS
            .iter()
            .map(|p| if *p == Position::Assertive { 3 } else { 0 })
            .collect();
        let r = score(&assertive, Lang::Fr, Utc::now()).unwrap();
        assert_eq!(r.scores[&Position::Assertive], 100);
        assert_eq!(r.scores[&Position::Passive], 0);
        assert_eq!(r.dominant, Position::Assertive);
        assert_eq!(r.leading(), vec![Position::Assertive]);
        assert!(score(&[0; 19], Lang::Fr, Utc::now()).is_err());
        assert_eq!(
            score(&[4; 20], Lang::Fr, Utc::now()),
            Err(QuizError::OutOfScale { index: 1, value: 5 })
        );
    }
}
