//! The course objectives of DOMAIN.md, and which competencies show each of them.

use serde::{Deserialize, Serialize};

use crate::scenario::Competency;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Objective {
    Listen,
    ObserveWithoutJudging,
    ReceiveCriticism,
    SayNo,
    Convince,
    RealisticSolution,
    ConcludeAgreement,
    MasterEmotions,
    StructureCall,
    HandleObjections,
    NegotiatePlan,
    RespectTheLaw,
}

impl Objective {
    pub const ALL: [Objective; 12] = [
        Objective::Listen,
        Objective::ObserveWithoutJudging,
        Objective::ReceiveCriticism,
        Objective::SayNo,
        Objective::Convince,
        Objective::RealisticSolution,
        Objective::ConcludeAgreement,
        Objective::MasterEmotions,
        Objective::StructureCall,
        Objective::HandleObjections,
        Objective::NegotiatePlan,
        Objective::RespectTheLaw,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Objective::Listen => "listen",
            Objective::ObserveWithoutJudging => "observe_without_judging",
            Objective::ReceiveCriticism => "receive_criticism",
            Objective::SayNo => "say_no",
            Objective::Convince => "convince",
            Objective::RealisticSolution => "realistic_solution",
            Objective::ConcludeAgreement => "conclude_agreement",
            Objective::MasterEmotions => "master_emotions",
            Objective::StructureCall => "structure_call",
            Objective::HandleObjections => "handle_objections",
            Objective::NegotiatePlan => "negotiate_plan",
            Objective::RespectTheLaw => "respect_the_law",
        }
    }

    /// The competencies whose scores show this objective. Two objectives also read the
    /// outcome (see `assessment::objective_reports`).
    pub fn competencies(self) -> &'static [Competency] {
        use Competency::*;
        match self {
            Objective::Listen => &[Empathy, Reformulation, Questioning],
            Objective::ObserveWithoutJudging => &[Empathy, PositiveLanguage],
            Objective::ReceiveCriticism => &[Desc, Assertiveness],
            Objective::SayNo => &[Assertiveness],
            Objective::Convince => &[PositiveLanguage, ObjectionHandling],
            Objective::RealisticSolution => &[Diagnosis],
            Objective::ConcludeAgreement => &[CallStructure],
            Objective::MasterEmotions => &[Assertiveness, PositiveLanguage],
            Objective::StructureCall => &[CallStructure],
            Objective::HandleObjections => &[ObjectionHandling],
            Objective::NegotiatePlan => &[Negotiation],
            Objective::RespectTheLaw => &[Compliance],
        }
    }
}

/// How far one call showed an objective. The thresholds are those of the strengths and the
/// points to work on, so the three views of an assessment agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Shown,
    Partly,
    NotShown,
    NotAssessed,
}

pub const STRENGTH_AT: u8 = 75;
pub const WEAK_BELOW: u8 = 60;

impl Status {
    pub fn of(score: Option<u8>) -> Status {
        match score {
            None => Status::NotAssessed,
            Some(s) if s >= STRENGTH_AT => Status::Shown,
            Some(s) if s >= WEAK_BELOW => Status::Partly,
            Some(_) => Status::NotShown,
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            Status::Shown => "shown",
            Status::Partly => "partly",
            Status::NotShown => "not_shown",
            Status::NotAssessed => "not_assessed",
        }
    }
}
