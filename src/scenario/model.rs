//! The scenario as a trainer writes it in RON: structure only, every text lives in Fluent.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub id: String,
    pub difficulty: Difficulty,
    pub minutes: u32,
    pub competencies: Vec<Competency>,
    /// Which debtor portrait the app shows.
    #[serde(default)]
    pub portrait: Portrait,
    pub briefing: Briefing,
    pub debtor: Gauges,
    #[serde(default)]
    pub flags: Vec<String>,
    #[serde(default)]
    pub hang_up_at: Option<String>,
    pub start: String,
    pub nodes: Vec<Node>,
    /// Node positions by id, built once after loading so lookups stay O(1) on large scenarios.
    #[serde(skip)]
    index: std::collections::HashMap<String, usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    Easy,
    Medium,
    Hard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Portrait {
    #[default]
    Man,
    Woman,
}

impl Portrait {
    pub fn id(self) -> &'static str {
        match self {
            Portrait::Man => "man",
            Portrait::Woman => "woman",
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Briefing {
    pub debtor_kind: DebtorKind,
    pub amount: f64,
    pub reference: String,
    pub due_date: String,
    #[serde(default)]
    pub reminders: Vec<Reminder>,
    #[serde(default)]
    pub monthly_capacity: Option<f64>,
    #[serde(default)]
    pub available_now: Option<f64>,
    #[serde(default)]
    pub negotiation: Option<Margins>,
}

impl Difficulty {
    pub fn id(self) -> &'static str {
        match self {
            Difficulty::Easy => "easy",
            Difficulty::Medium => "medium",
            Difficulty::Hard => "hard",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DebtorKind {
    Consumer,
    Business,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Reminder {
    pub date: String,
    pub channel: Channel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    Letter,
    Email,
    Sms,
    Phone,
    FormalNotice,
}

impl Channel {
    /// The id used in message keys (`channel-<id>`).
    pub fn id(self) -> &'static str {
        match self {
            Channel::Letter => "letter",
            Channel::Email => "email",
            Channel::Sms => "sms",
            Channel::Phone => "phone",
            Channel::FormalNotice => "formal-notice",
        }
    }
}

/// The negotiator's objective and the limits agreed with the creditor before dialling.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Margins {
    pub ideal_upfront: f64,
    pub min_upfront: f64,
    pub max_months: u32,
    /// The most the creditor lets the agent write off, in euros (none unless stated).
    #[serde(default)]
    pub max_discount: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Gauges {
    pub tension: u8,
    pub trust: u8,
    pub willingness: u8,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub enum Node {
    Talk(Talk),
    End(End),
}

impl Node {
    pub fn id(&self) -> &str {
        match self {
            Node::Talk(t) => &t.id,
            Node::End(e) => &e.id,
        }
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Talk {
    pub id: String,
    pub phase: Phase,
    #[serde(default)]
    pub cues: Vec<Cue>,
    pub options: Vec<Choice>,
    /// Whether the trainee may answer in their own words here (default yes).
    #[serde(default = "yes")]
    pub free_text: bool,
    /// Where a free answer that matches no option leads; without it the debtor asks the
    /// trainee to rephrase.
    #[serde(default)]
    pub unclear: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct End {
    pub id: String,
    pub result: EndResult,
    #[serde(default)]
    pub plan: Option<Plan>,
}

/// What the trainee can answer at a `Talk` node.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    #[serde(default)]
    pub tags: Vec<Technique>,
    #[serde(default)]
    pub phase: Option<Phase>,
    #[serde(default)]
    pub effects: Vec<Effect>,
    pub next: String,
    #[serde(default)]
    pub branches: Vec<Branch>,
}

impl Choice {
    pub fn has(&self, technique: Technique) -> bool {
        self.tags.contains(&technique)
    }
    pub fn has_any(&self, techniques: &[Technique]) -> bool {
        techniques.iter().any(|t| self.has(*t))
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Branch {
    #[serde(default)]
    pub when: Vec<Condition>,
    #[serde(default = "always")]
    pub chance: u8,
    pub next: String,
}

fn always() -> u8 {
    100
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Contact,
    Comprendre,
    Convaincre,
    Conclure,
}

impl Phase {
    pub const ALL: [Phase; 4] = [
        Phase::Contact,
        Phase::Comprendre,
        Phase::Convaincre,
        Phase::Conclure,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Phase::Contact => "contact",
            Phase::Comprendre => "comprendre",
            Phase::Convaincre => "convaincre",
            Phase::Conclure => "conclure",
        }
    }
    pub fn index(self) -> usize {
        self as usize
    }
}

/// What the debtor does in a line: the context that scoring judges an answer against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Cue {
    Emotion,
    Difficulty,
    Fragility,
    Attack,
    Demand,
    DropRequest,
    Objection,
    Digression,
    Explains,
    Bargain,
    Ready,
}

impl Cue {
    /// The id used in message keys (`hint-<id>`), as written in scenario files.
    pub fn id(self) -> &'static str {
        match self {
            Cue::Emotion => "emotion",
            Cue::Difficulty => "difficulty",
            Cue::Fragility => "fragility",
            Cue::Attack => "attack",
            Cue::Demand => "demand",
            Cue::DropRequest => "drop_request",
            Cue::Objection => "objection",
            Cue::Digression => "digression",
            Cue::Explains => "explains",
            Cue::Bargain => "bargain",
            Cue::Ready => "ready",
        }
    }
}

/// The shared technique vocabulary of DOMAIN.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Technique {
    Empathy,
    Reformulation,
    OpenQuestion,
    ClosedQuestion,
    LeadingQuestion,
    Cushion,
    DescDescribe,
    DescExpress,
    DescSpecify,
    DescConsequences,
    Assertive,
    Passive,
    Aggressive,
    Manipulative,
    SayNo,
    PositiveWording,
    NegativeWording,
    ObjectionHandling,
    Counterpart,
    Consequences,
    Recap,
    Diagnosis,
    Orientation,
    Identification,
    ComplianceBreach,
}

impl Technique {
    pub const ALL: [Technique; 25] = [
        Technique::Empathy,
        Technique::Reformulation,
        Technique::OpenQuestion,
        Technique::ClosedQuestion,
        Technique::LeadingQuestion,
        Technique::Cushion,
        Technique::DescDescribe,
        Technique::DescExpress,
        Technique::DescSpecify,
        Technique::DescConsequences,
        Technique::Assertive,
        Technique::Passive,
        Technique::Aggressive,
        Technique::Manipulative,
        Technique::SayNo,
        Technique::PositiveWording,
        Technique::NegativeWording,
        Technique::ObjectionHandling,
        Technique::Counterpart,
        Technique::Consequences,
        Technique::Recap,
        Technique::Diagnosis,
        Technique::Orientation,
        Technique::Identification,
        Technique::ComplianceBreach,
    ];

    /// The identifier used in files, reports and message ids.
    pub fn id(self) -> &'static str {
        match self {
            Technique::Empathy => "empathy",
            Technique::Reformulation => "reformulation",
            Technique::OpenQuestion => "open_question",
            Technique::ClosedQuestion => "closed_question",
            Technique::LeadingQuestion => "leading_question",
            Technique::Cushion => "cushion",
            Technique::DescDescribe => "desc_describe",
            Technique::DescExpress => "desc_express",
            Technique::DescSpecify => "desc_specify",
            Technique::DescConsequences => "desc_consequences",
            Technique::Assertive => "assertive",
            Technique::Passive => "passive",
            Technique::Aggressive => "aggressive",
            Technique::Manipulative => "manipulative",
            Technique::SayNo => "say_no",
            Technique::PositiveWording => "positive_wording",
            Technique::NegativeWording => "negative_wording",
            Technique::ObjectionHandling => "objection_handling",
            Technique::Counterpart => "counterpart",
            Technique::Consequences => "consequences",
            Technique::Recap => "recap",
            Technique::Diagnosis => "diagnosis",
            Technique::Orientation => "orientation",
            Technique::Identification => "identification",
            Technique::ComplianceBreach => "compliance_breach",
        }
    }

    /// The position in the DESC script, for the four DESC steps.
    pub fn desc_step(self) -> Option<usize> {
        match self {
            Technique::DescDescribe => Some(0),
            Technique::DescExpress => Some(1),
            Technique::DescSpecify => Some(2),
            Technique::DescConsequences => Some(3),
            _ => None,
        }
    }

    /// Answers a trainer flags as what not to do: the tempting wrong answers.
    pub fn is_counter_position(self) -> bool {
        matches!(
            self,
            Technique::Passive | Technique::Aggressive | Technique::Manipulative
        )
    }
}

/// The competencies an assessment reports on, in report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Competency {
    Empathy,
    Reformulation,
    Desc,
    Assertiveness,
    Questioning,
    CallStructure,
    PositiveLanguage,
    ObjectionHandling,
    Negotiation,
    Diagnosis,
    Compliance,
}

impl Competency {
    pub const ALL: [Competency; 11] = [
        Competency::Empathy,
        Competency::Reformulation,
        Competency::Desc,
        Competency::Assertiveness,
        Competency::Questioning,
        Competency::CallStructure,
        Competency::PositiveLanguage,
        Competency::ObjectionHandling,
        Competency::Negotiation,
        Competency::Diagnosis,
        Competency::Compliance,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Competency::Empathy => "empathy",
            Competency::Reformulation => "reformulation",
            Competency::Desc => "desc",
            Competency::Assertiveness => "assertiveness",
            Competency::Questioning => "questioning",
            Competency::CallStructure => "call_structure",
            Competency::PositiveLanguage => "positive_language",
            Competency::ObjectionHandling => "objection_handling",
            Competency::Negotiation => "negotiation",
            Competency::Diagnosis => "diagnosis",
            Competency::Compliance => "compliance",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Gauge {
    Tension,
    Trust,
    Willingness,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Above(Gauge, u8),
    Below(Gauge, u8),
    Flag(String),
    NotFlag(String),
    Visited(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    Raise(Gauge, u8),
    Lower(Gauge, u8),
    Set(String),
    Clear(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EndResult {
    FullPayment,
    PaymentPlan,
    Promise,
    HangUp,
    Escalation,
    Refusal,
}

impl EndResult {
    pub fn id(self) -> &'static str {
        match self {
            EndResult::FullPayment => "full_payment",
            EndResult::PaymentPlan => "payment_plan",
            EndResult::Promise => "promise",
            EndResult::HangUp => "hang_up",
            EndResult::Escalation => "escalation",
            EndResult::Refusal => "refusal",
        }
    }
    pub fn is_agreement(self) -> bool {
        matches!(
            self,
            EndResult::FullPayment | EndResult::PaymentPlan | EndResult::Promise
        )
    }
}

/// Money agreed at the end of a call.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    #[serde(default)]
    pub upfront: f64,
    #[serde(default)]
    pub monthly: f64,
    #[serde(default)]
    pub months: u32,
}

impl Plan {
    pub fn total(&self) -> f64 {
        self.upfront + self.monthly * f64::from(self.months)
    }
}

impl Scenario {
    /// Rebuilds the id index; call after changing `nodes`. The first of duplicate ids wins,
    /// as validation reports the others.
    pub fn reindex(&mut self) {
        self.index.clear();
        for (i, node) in self.nodes.iter().enumerate() {
            self.index.entry(node.id().to_string()).or_insert(i);
        }
    }
    pub fn node(&self, id: &str) -> Option<&Node> {
        match self.index.get(id) {
            Some(&i) => self.nodes.get(i),
            None if self.index.is_empty() => self.nodes.iter().find(|n| n.id() == id),
            None => None,
        }
    }
    pub fn talk(&self, id: &str) -> Option<&Talk> {
        match self.node(id) {
            Some(Node::Talk(t)) => Some(t),
            _ => None,
        }
    }
}

impl Talk {
    pub fn offers(&self, techniques: &[Technique]) -> bool {
        self.options.iter().any(|o| o.has_any(techniques))
    }
}

/// Message ids of the Fluent files, derived from RON ids so nothing is written twice.
pub mod message {
    pub fn option(node: &str, option: &str) -> String {
        format!("{node}-{option}")
    }
    pub const FEEDBACK: &str = "feedback";
    /// Attributes `.example-1`, `.example-2`, … of an option's message: other ways a trainee
    /// may say that answer in free text.
    pub const EXAMPLE_PREFIX: &str = "example-";
    pub fn is_example(attribute: &str) -> bool {
        attribute
            .strip_prefix(EXAMPLE_PREFIX)
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    }
    pub const OUTCOME: &str = "outcome";
    pub const TITLE: &str = "title";
    pub const SUMMARY: &str = "summary";
    pub const BRIEFING_DEBTOR: &str = "briefing-debtor";
    pub const BRIEFING_CREDITOR: &str = "briefing-creditor";
    pub const BRIEFING_HISTORY: &str = "briefing-history";
    pub const BRIEFING_OBJECTIVE: &str = "briefing-objective";
    pub const BRIEFING_MARGINS: &str = "briefing-margins";
}
