//! The result of one call, in the trainee's language: scores with evidence, outcome,
//! relational experience, strengths, points to work on tied to the course objectives,
//! feedback on each choice, and the transcript.

mod case_file;
mod objectives;

pub use case_file::case_file;

pub use objectives::{Objective, STRENGTH_AT, Status, WEAK_BELOW};

use fluent_bundle::FluentValue;
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::engine::{Resolution, Transcript};
use crate::i18n::{Catalog, Lang};
use crate::scenario::{Competency, LoadedScenario, Phase, Plan, Technique, message};
use crate::scoring::{self, Agreement, Scorecard};

#[derive(Debug, Clone, Serialize)]
pub struct Assessment {
    pub scenario: String,
    pub title: String,
    pub seed: u64,
    pub lang: Lang,
    /// The answers played, 1-based as `--choices` takes them, so the call can be replayed.
    pub choices: Vec<usize>,
    pub finished: bool,
    pub overall: u8,
    pub outcome: OutcomeReport,
    pub relational_experience: RelationalReport,
    pub competencies: Competencies,
    pub strengths: Vec<CompetencyLine>,
    pub to_work_on: Vec<WorkOn>,
    pub objectives: Vec<ObjectiveReport>,
    pub feedback: Vec<ChoiceFeedback>,
    pub transcript: Vec<Line>,
    pub compliance_breaches: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct OutcomeReport {
    pub ending: Option<String>,
    pub result: Option<String>,
    pub result_label: String,
    pub agreement: Agreement,
    pub amount_owed: f64,
    pub amount_agreed: Option<f64>,
    pub plan: Option<Plan>,
    pub schedule: Option<String>,
    pub realistic: Option<bool>,
    pub within_margins: Option<bool>,
    /// What was obtained, as the scenario's author narrates it.
    pub summary: String,
    /// Why the agreement is or is not realistic.
    pub explanation: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RelationalReport {
    pub score: u8,
    pub courtesy: u8,
    pub listening: u8,
    pub adapted_solution: u8,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompetencyReport {
    #[serde(skip)]
    pub competency: Competency,
    pub name: String,
    pub score: Option<u8>,
    pub assessed: bool,
    pub target: bool,
    pub opportunities: usize,
    pub evidence: Vec<EvidenceLine>,
}

/// Competencies keyed by id, in report order.
#[derive(Debug, Clone)]
pub struct Competencies(pub Vec<CompetencyReport>);

impl Serialize for Competencies {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(Some(self.0.len()))?;
        for c in &self.0 {
            map.serialize_entry(c.competency.id(), c)?;
        }
        map.end()
    }
}

impl Competencies {
    pub fn get(&self, competency: Competency) -> &CompetencyReport {
        self.0
            .iter()
            .find(|c| c.competency == competency)
            .expect("every competency is reported")
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct EvidenceLine {
    pub turn: Option<usize>,
    /// The trainee's words at that turn.
    pub words: Option<String>,
    pub credit: f32,
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompetencyLine {
    pub competency: Competency,
    pub name: String,
    pub score: u8,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkOn {
    pub competency: Competency,
    pub name: String,
    pub score: u8,
    pub objectives: Vec<String>,
    pub advice: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ObjectiveReport {
    pub objective: Objective,
    pub text: String,
    pub status: Status,
    pub status_label: String,
    pub score: Option<u8>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ChoiceFeedback {
    pub turn: usize,
    pub node: String,
    pub option: String,
    pub said: String,
    pub feedback: String,
    pub better: Option<Alternative>,
    /// For an answer typed in the trainee's own words: what was detected and how it was
    /// understood. `said` and `feedback` are then those of the option it was understood as.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub free: Option<FreeFeedback>,
}

#[derive(Debug, Clone, Serialize)]
pub struct FreeFeedback {
    /// The trainee's words.
    pub text: String,
    pub detected: Vec<DetectedTechnique>,
    pub resolution: Resolution,
    /// 0 to 1.
    pub confidence: f32,
    /// How the answer was understood, in words.
    pub explanation: String,
    /// Earlier answers the debtor asked to rephrase.
    pub rephrased: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DetectedTechnique {
    pub technique: Technique,
    pub name: String,
    /// The words that showed it.
    pub evidence: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct Alternative {
    pub option: String,
    pub said: String,
    pub feedback: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Debtor,
    Trainee,
}

#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub turn: usize,
    pub speaker: Speaker,
    pub phase: Option<Phase>,
    pub text: String,
}

/// Scores a transcript and writes its assessment in `lang`.
pub fn assess(
    loaded: &LoadedScenario,
    transcript: &Transcript,
    lang: Lang,
    app: &Catalog,
) -> Assessment {
    let scorecard = scoring::score(&loaded.scenario, transcript);
    build(loaded, transcript, &scorecard, lang, app)
}

pub fn build(
    loaded: &LoadedScenario,
    transcript: &Transcript,
    card: &Scorecard,
    lang: Lang,
    app: &Catalog,
) -> Assessment {
    let scenario = &loaded.scenario;
    let texts = loaded.texts(lang);
    // What the trainee said at a turn: the typed words of a free answer, else the option's.
    let words = |t: &crate::engine::Turn| -> String {
        match &t.free {
            Some(f) => f.text.clone(),
            None => texts.text(&message::option(&t.node, &t.option)),
        }
    };
    let said = |turn: usize| -> Option<String> {
        let t = transcript.turns.get(turn.checked_sub(1)?)?;
        Some(words(t))
    };
    let name = |c: Competency| app.text(&format!("competency-{}", c.id()));

    let competencies = Competencies(
        card.competencies
            .iter()
            .map(|c| CompetencyReport {
                competency: c.competency,
                name: name(c.competency),
                score: c.score,
                assessed: c.score.is_some(),
                target: scenario.competencies.contains(&c.competency),
                opportunities: c.opportunities,
                evidence: c
                    .evidence
                    .iter()
                    .map(|e| EvidenceLine {
                        turn: e.turn,
                        words: e.turn.and_then(said),
                        credit: e.credit,
                        why: app.text(&format!("why-{}", e.reason)),
                    })
                    .collect(),
            })
            .collect(),
    );

    let mut strengths: Vec<CompetencyLine> = card
        .competencies
        .iter()
        .filter_map(|c| Some((c.competency, c.score?)))
        .filter(|&(_, s)| s >= STRENGTH_AT)
        .map(|(c, score)| CompetencyLine {
            competency: c,
            name: name(c),
            score,
        })
        .collect();
    strengths.sort_by_key(|l| std::cmp::Reverse(l.score));

    let mut to_work_on: Vec<WorkOn> = card
        .competencies
        .iter()
        .filter_map(|c| Some((c.competency, c.score?)))
        .filter(|&(_, s)| s < WEAK_BELOW)
        .map(|(c, score)| WorkOn {
            competency: c,
            name: name(c),
            score,
            objectives: Objective::ALL
                .iter()
                .filter(|o| o.competencies().contains(&c))
                .map(|o| app.text(&format!("objective-{}", o.id())))
                .collect(),
            advice: app.text(&format!("advice-{}", c.id())),
        })
        .collect();
    to_work_on.sort_by_key(|w| w.score);

    let objectives = objective_reports(card, app);
    let outcome = outcome_report(loaded, card, lang, app);
    let relational_experience = RelationalReport {
        score: card.relational.score,
        courtesy: card.relational.courtesy,
        listening: card.relational.listening,
        adapted_solution: card.relational.adapted_solution,
        notes: card
            .relational
            .notes
            .iter()
            .map(|n| app.text(&format!("why-{n}")))
            .collect(),
    };

    let feedback = card
        .choices
        .iter()
        .map(|c| {
            let id = message::option(&c.node, &c.option);
            let free = transcript
                .turns
                .get(c.turn.saturating_sub(1))
                .and_then(|t| t.free.as_ref())
                .map(|f| free_feedback(f, app));
            ChoiceFeedback {
                free,
                turn: c.turn,
                node: c.node.clone(),
                option: c.option.clone(),
                said: texts.text(&id),
                feedback: texts.attr(&id, message::FEEDBACK).unwrap_or_default(),
                better: c.better.as_ref().map(|b| {
                    let id = message::option(&c.node, b);
                    Alternative {
                        option: b.clone(),
                        said: texts.text(&id),
                        feedback: texts.attr(&id, message::FEEDBACK).unwrap_or_default(),
                    }
                }),
            }
        })
        .collect();

    let mut transcript_lines = Vec::new();
    for (i, t) in transcript.turns.iter().enumerate() {
        let phase = scenario.talk(&t.node).map(|talk| talk.phase);
        transcript_lines.push(Line {
            turn: i + 1,
            speaker: Speaker::Debtor,
            phase,
            text: texts
                .variant(&t.node, t.line_pick)
                .unwrap_or_else(|| texts.text(&t.node)),
        });
        transcript_lines.push(Line {
            turn: i + 1,
            speaker: Speaker::Trainee,
            phase: Some(t.phase),
            text: words(t),
        });
    }
    if let Some(end) = &transcript.ending {
        transcript_lines.push(Line {
            turn: transcript.turns.len() + 1,
            speaker: Speaker::Debtor,
            phase: None,
            text: texts
                .variant(&end.node, end.line_pick)
                .unwrap_or_else(|| texts.text(&end.node)),
        });
    }

    Assessment {
        scenario: scenario.id.clone(),
        title: texts.text(message::TITLE),
        seed: transcript.seed,
        lang,
        choices: transcript.turns.iter().map(|t| t.choice + 1).collect(),
        finished: transcript.ending.is_some(),
        overall: card.overall,
        outcome,
        relational_experience,
        competencies,
        strengths,
        to_work_on,
        objectives,
        feedback,
        transcript: transcript_lines,
        compliance_breaches: card.compliance_breaches,
    }
}

fn free_feedback(f: &crate::engine::FreeAnswer, app: &Catalog) -> FreeFeedback {
    let percent = FluentValue::from((f.confidence * 100.0).round() as i64);
    let mut explanation = match f.resolution {
        Resolution::Understood => app.text_args("free-understood-how", &[("percent", percent)]),
        Resolution::Unclear => app.text_args("free-unclear", &[("percent", percent)]),
        Resolution::Closest => app.text_args(
            "free-closest",
            &[
                ("tries", FluentValue::from(f.rephrased.len())),
                ("percent", percent),
            ],
        ),
    };
    if f.resolution != Resolution::Closest && !f.rephrased.is_empty() {
        explanation.push(' ');
        explanation.push_str(&app.text_args(
            "free-rephrased",
            &[("tries", FluentValue::from(f.rephrased.len()))],
        ));
    }
    FreeFeedback {
        text: f.text.clone(),
        detected: f
            .detections
            .iter()
            .map(|d| DetectedTechnique {
                technique: d.id,
                name: technique_name(d.id, app),
                evidence: d.evidence.clone(),
            })
            .collect(),
        resolution: f.resolution,
        confidence: f.confidence,
        explanation,
        rephrased: f.rephrased.clone(),
    }
}

impl FreeFeedback {
    /// The detected techniques with their evidence, on one line: `empathy (“I understand”), …`.
    pub fn detected_summary(&self, lang: Lang, app: &Catalog) -> String {
        if self.detected.is_empty() {
            return app.text("free-detected-none");
        }
        self.detected
            .iter()
            .map(|d| {
                if d.evidence.trim().is_empty() {
                    d.name.clone()
                } else {
                    format!("{} ({})", d.name, lang.quote(d.evidence.trim()))
                }
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// A technique's name in the trainee's language.
pub fn technique_name(technique: Technique, app: &Catalog) -> String {
    app.text(&format!("technique-{}", technique.id()))
}

/// Each objective's score is the mean of its competencies' scores; realistic solution and
/// conclusion also count the outcome, since they are about what the call obtained.
fn objective_reports(card: &Scorecard, app: &Catalog) -> Vec<ObjectiveReport> {
    Objective::ALL
        .iter()
        .map(|&o| {
            let mut scores: Vec<u8> = o
                .competencies()
                .iter()
                .filter_map(|&c| card.score(c))
                .collect();
            match o {
                Objective::RealisticSolution => {
                    scores.extend(card.outcome.realistic.map(|r| if r { 100 } else { 0 }))
                }
                Objective::ConcludeAgreement => scores.push(match card.outcome.agreement {
                    Agreement::Full => 100,
                    Agreement::Partial => 60,
                    Agreement::None => 0,
                }),
                _ => {}
            }
            let score = scoring::mean(&scores).map(|m| m.round() as u8);
            let status = Status::of(score);
            ObjectiveReport {
                objective: o,
                text: app.text(&format!("objective-{}", o.id())),
                status,
                status_label: app.text(&format!("status-{}", status.id())),
                score,
            }
        })
        .collect()
}

fn outcome_report(
    loaded: &LoadedScenario,
    card: &Scorecard,
    lang: Lang,
    app: &Catalog,
) -> OutcomeReport {
    let o = &card.outcome;
    let texts = loaded.texts(lang);
    let money = |v: f64| FluentValue::from(format_money(v, lang));
    let schedule = o.plan.map(|p| {
        let mut parts = Vec::new();
        if p.upfront > 0.0 {
            parts.push(app.text_args("schedule-upfront", &[("amount", money(p.upfront))]));
        }
        if p.months > 0 {
            parts.push(app.text_args(
                "schedule-monthly",
                &[
                    ("amount", money(p.monthly)),
                    ("months", FluentValue::from(p.months)),
                ],
            ));
        }
        parts.join(if lang == Lang::Fr { " puis " } else { " then " })
    });
    let explanation = match (o.realistic, o.within_margins) {
        (None, _) if o.agreement == Agreement::None => app.text("outcome-no-agreement"),
        (Some(false), _) => app.text("outcome-unrealistic"),
        (_, Some(false)) => app.text("outcome-beyond-margins"),
        (Some(true), _) => app.text("outcome-realistic"),
        (None, _) => app.text("outcome-realism-unknown"),
    };
    let summary = match &o.ending {
        Some(id) => texts.attr(id, message::OUTCOME).unwrap_or_default(),
        None => app.text("outcome-unfinished"),
    };
    let result_label = match o.result {
        Some(r) => app.text(&format!("result-{}", r.id())),
        None => app.text("result-unfinished"),
    };
    OutcomeReport {
        ending: o.ending.clone(),
        result: o.result.map(|r| r.id().to_string()),
        result_label,
        agreement: o.agreement,
        amount_owed: o.amount_owed,
        amount_agreed: o.amount_agreed,
        plan: o.plan,
        schedule,
        realistic: o.realistic,
        within_margins: o.within_margins,
        summary,
        explanation,
    }
}

/// Euros as each language writes them: "1 240,50 €" and "€1,240.50".
pub fn format_money(value: f64, lang: Lang) -> String {
    let cents = (value * 100.0).round() as i64;
    let (units, frac) = (cents / 100, (cents % 100).abs());
    let digits = units.abs().to_string();
    let sep = if lang == Lang::Fr { '\u{202F}' } else { ',' };
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let sign = if cents < 0 { "-" } else { "" };
    let decimals = if frac == 0 {
        String::new()
    } else {
        format!("{}{frac:02}", if lang == Lang::Fr { ',' } else { '.' })
    };
    match lang {
        Lang::Fr => format!("{sign}{grouped}{decimals}\u{a0}€"),
        Lang::En => format!("{sign}€{grouped}{decimals}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_written_the_local_way() {
        assert_eq!(format_money(1240.5, Lang::Fr), "1\u{202F}240,50\u{a0}€");
        assert_eq!(format_money(1240.5, Lang::En), "€1,240.50");
        assert_eq!(format_money(40.0, Lang::En), "€40");
        assert_eq!(format_money(999.0, Lang::Fr), "999\u{a0}€");
    }
}
