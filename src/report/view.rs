//! The parts of a recorded assessment that reports show, read back from the attempt file.
//! Every field has a default, so an attempt written by an older Amiable still reports what
//! it holds instead of failing.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::record::Attempt;
use crate::scenario::Competency;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct AttemptView {
    pub outcome: OutcomeView,
    pub relational_experience: RelationalView,
    pub competencies: BTreeMap<Competency, CompetencyView>,
    pub strengths: Vec<NamedScore>,
    pub to_work_on: Vec<WorkOnView>,
    pub objectives: Vec<ObjectiveView>,
    pub feedback: Vec<FeedbackView>,
    pub transcript: Vec<LineView>,
    pub compliance_breaches: usize,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OutcomeView {
    pub result_label: String,
    pub summary: String,
    pub explanation: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RelationalView {
    pub score: u8,
    pub courtesy: u8,
    pub listening: u8,
    pub adapted_solution: u8,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CompetencyView {
    pub name: String,
    pub score: Option<u8>,
    pub target: bool,
    pub evidence: Vec<EvidenceView>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct EvidenceView {
    pub turn: Option<usize>,
    pub words: Option<String>,
    pub credit: f32,
    pub why: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct NamedScore {
    pub name: String,
    pub score: u8,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WorkOnView {
    pub name: String,
    pub score: u8,
    pub advice: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ObjectiveView {
    pub text: String,
    pub status: String,
    pub status_label: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FeedbackView {
    pub turn: usize,
    pub node: String,
    pub option: String,
    pub said: String,
    pub feedback: String,
    pub better: Option<BetterView>,
    pub free: Option<FreeView>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BetterView {
    pub said: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct FreeView {
    pub text: String,
    /// Earlier typed answers at this decision that the debtor asked to rephrase.
    pub rephrased: Vec<String>,
    pub detected: Vec<DetectedView>,
    pub explanation: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DetectedView {
    /// The technique id, as in `../shared/DOMAIN.md`.
    pub technique: String,
    pub name: String,
    pub evidence: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LineView {
    pub turn: usize,
    pub speaker: String,
    pub text: String,
}

impl AttemptView {
    /// What the attempt's stored assessment says; empty parts where it says nothing.
    pub fn of(attempt: &Attempt) -> AttemptView {
        serde_json::from_value(attempt.assessment.clone()).unwrap_or_default()
    }
}
