//! xAPI 1.0.3 statements for recorded attempts, so a course's learning record store (LRS)
//! sees each call: `initialized`, one `answered` per answer (a `cmi.interaction` of type
//! `choice` naming the answers offered), then `completed` and `passed` or `failed` with the
//! scores, or `terminated` for a call left before its end.
//!
//! Statement ids are derived from the attempt's registration, so sending an attempt twice
//! gives the LRS the same statements and not duplicates.

use chrono::{DateTime, Duration, SecondsFormat, Utc};
use serde_json::{Map, Value, json};
use uuid::Uuid;

use super::view::AttemptView;
use super::{PASS_MARK, passed};
use crate::i18n::{Catalog, Lang};
use crate::record::Attempt;
use crate::scenario::{LoadedScenario, Node, message};

/// Where Amiable's activity and extension IRIs live.
pub const IRI_BASE: &str = "https://amiable.training/xapi";
/// The system where trainees' pseudonyms are accounts (xAPI `account.homePage`).
pub const HOME_PAGE: &str = "https://amiable.training";
pub const VERSION: &str = "1.0.3";

const ADL_VERBS: &str = "http://adlnet.gov/expapi/verbs";
const SIMULATION: &str = "http://adlnet.gov/expapi/activities/simulation";
const INTERACTION: &str = "http://adlnet.gov/expapi/activities/cmi.interaction";

/// Verbs, with how an LRS shows them in each language.
const VERBS: [(&str, &str, &str); 6] = [
    ("initialized", "initialized", "a commencé"),
    ("answered", "answered", "a répondu"),
    ("completed", "completed", "a terminé"),
    ("passed", "passed", "a réussi"),
    ("failed", "failed", "a échoué"),
    ("terminated", "terminated", "a quitté"),
];

pub fn scenario_iri(id: &str) -> String {
    format!("{IRI_BASE}/scenarios/{}", iri_segment(id))
}

pub fn extension_iri(name: &str) -> String {
    format!("{IRI_BASE}/extensions/{name}")
}

/// Ids are lowercase letters, digits, `-` and `_` when a scenario passes `check`; anything
/// else is percent-encoded so the IRI stays valid for a scenario that does not.
fn iri_segment(id: &str) -> String {
    let mut out = String::new();
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// xAPI durations are ISO 8601, precise to a hundredth of a second.
pub fn iso_duration(ms: u64) -> String {
    let centis = ms / 10;
    let hours = centis / 360_000;
    let minutes = centis / 6_000 % 60;
    let seconds = centis / 100 % 60;
    let hundredths = centis % 100;
    let mut s = String::from("PT");
    if hours > 0 {
        s.push_str(&format!("{hours}H"));
    }
    if minutes > 0 {
        s.push_str(&format!("{minutes}M"));
    }
    if hundredths > 0 {
        s.push_str(&format!("{seconds}.{hundredths:02}S"));
    } else if seconds > 0 || (hours == 0 && minutes == 0) {
        s.push_str(&format!("{seconds}S"));
    }
    s
}

fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Millis, true)
}

/// A language map with both languages; a text missing in one is left out rather than faked.
fn lang_map(texts: &[(Lang, String)]) -> Value {
    let mut map = Map::new();
    for (lang, text) in texts {
        if !text.is_empty() {
            map.insert(lang.tag().to_string(), Value::String(text.clone()));
        }
    }
    Value::Object(map)
}

fn verb(id: &str) -> Value {
    let (_, en, fr) = VERBS
        .iter()
        .find(|(v, _, _)| *v == id)
        .expect("a verb Amiable uses");
    json!({
        "id": format!("{ADL_VERBS}/{id}"),
        "display": { "en-US": en, "fr-FR": fr },
    })
}

/// The scenario's texts in every language, when it can still be loaded.
pub struct ScenarioTexts<'a> {
    pub loaded: &'a LoadedScenario,
}

impl ScenarioTexts<'_> {
    fn each(&self, id: &str) -> Vec<(Lang, String)> {
        Lang::ALL
            .iter()
            .filter_map(|&l| {
                let texts: &Catalog = self.loaded.texts(l);
                texts.get(id).map(|t| (l, t))
            })
            .collect()
    }
}

/// Every statement of one attempt. `scenario` gives the answers offered at each decision in
/// both languages; without it (the scenario was removed or changed) the answered statements
/// name only the answer given.
pub fn statements(attempt: &Attempt, scenario: Option<&ScenarioTexts<'_>>) -> Vec<Value> {
    let actor = json!({
        "objectType": "Agent",
        "name": attempt.profile,
        "account": { "homePage": HOME_PAGE, "name": attempt.profile },
    });
    let activity = scenario_activity(attempt, scenario);
    let context = |with_parent: bool| {
        let mut c = json!({
            "registration": attempt.registration.to_string(),
            "language": attempt.lang.tag(),
            "platform": format!("Amiable {}", env!("CARGO_PKG_VERSION")),
            "extensions": {
                extension_iri("mode"): attempt.mode.id(),
                extension_iri("attempt"): attempt.number,
                extension_iri("seed"): attempt.seed.to_string(),
            },
        });
        if with_parent {
            c["contextActivities"] = json!({ "parent": [activity.clone()] });
        }
        c
    };
    let id = |what: &str| Uuid::new_v5(&attempt.registration, what.as_bytes()).to_string();
    let ended = attempt.started + Duration::milliseconds(attempt.duration_ms as i64);
    let mut out = vec![json!({
        "id": id("initialized"),
        "actor": actor,
        "verb": verb("initialized"),
        "object": activity,
        "context": context(false),
        "timestamp": timestamp(attempt.started),
    })];
    let view = AttemptView::of(attempt);
    for (i, interaction) in interactions(attempt, &view, scenario)
        .into_iter()
        .enumerate()
    {
        out.push(json!({
            "id": id(&format!("answered-{}", i + 1)),
            "actor": actor,
            "verb": verb("answered"),
            "object": interaction.object,
            "result": interaction.result,
            "context": context(true),
            // Answer times are not recorded one by one: the statement carries the time the
            // call was recorded.
            "timestamp": timestamp(ended),
        }));
    }
    let duration = iso_duration(attempt.duration_ms);
    if !attempt.finished {
        out.push(json!({
            "id": id("terminated"),
            "actor": actor,
            "verb": verb("terminated"),
            "object": activity,
            "result": { "completion": false, "duration": duration },
            "context": context(false),
            "timestamp": timestamp(ended),
        }));
        return out;
    }
    let result = json!({
        "score": {
            "scaled": f64::from(attempt.overall) / 100.0,
            "raw": attempt.overall,
            "min": 0,
            "max": 100,
        },
        "success": passed(attempt),
        "completion": true,
        "duration": duration,
        "extensions": score_extensions(attempt, &view),
    });
    out.push(json!({
        "id": id("completed"),
        "actor": actor,
        "verb": verb("completed"),
        "object": activity,
        "result": result,
        "context": context(false),
        "timestamp": timestamp(ended),
    }));
    let outcome = if passed(attempt) { "passed" } else { "failed" };
    out.push(json!({
        "id": id(outcome),
        "actor": actor,
        "verb": verb(outcome),
        "object": activity,
        "result": result,
        "context": context(false),
        "timestamp": timestamp(ended),
    }));
    out
}

fn scenario_activity(attempt: &Attempt, scenario: Option<&ScenarioTexts<'_>>) -> Value {
    let (name, description) = match scenario {
        Some(s) => (s.each(message::TITLE), s.each(message::SUMMARY)),
        None => (vec![(attempt.lang, attempt.title.clone())], Vec::new()),
    };
    let mut definition = json!({ "name": lang_map(&name), "type": SIMULATION });
    if !description.is_empty() {
        definition["description"] = lang_map(&description);
    }
    json!({
        "objectType": "Activity",
        "id": scenario_iri(&attempt.scenario),
        "definition": definition,
    })
}

/// Competency and relational scores, 0 to 100, under IRIs of ours; the pass mark with them so
/// an LRS report can explain `success`.
fn score_extensions(attempt: &Attempt, view: &AttemptView) -> Value {
    let mut map = Map::new();
    for (competency, score) in &attempt.competencies {
        if let Some(score) = score {
            map.insert(
                extension_iri(&format!("competency/{}", competency.id())),
                json!(score),
            );
        }
    }
    map.insert(extension_iri("relational"), json!(attempt.relational));
    map.insert(extension_iri("pass-mark"), json!(PASS_MARK));
    map.insert(
        extension_iri("compliance-breaches"),
        json!(view.compliance_breaches),
    );
    if let Some(ending) = &attempt.ending {
        map.insert(extension_iri("ending"), json!(ending));
    }
    Value::Object(map)
}

struct Interaction {
    object: Value,
    result: Value,
}

/// One interaction per decision: the answer taken there. Typed answers keep their words, and
/// the attempts the debtor asked to rephrase, in result extensions.
fn interactions(
    attempt: &Attempt,
    view: &AttemptView,
    scenario: Option<&ScenarioTexts<'_>>,
) -> Vec<Interaction> {
    let mut out = Vec::new();
    for f in &view.feedback {
        let node = scenario.and_then(|s| match s.loaded.scenario.node(&f.node) {
            Some(Node::Talk(t)) => Some((s, t)),
            _ => None,
        });
        let mut definition = json!({
            "type": INTERACTION,
            "interactionType": "choice",
        });
        match node {
            Some((s, talk)) => {
                let line = s.each(&talk.id);
                let short: Vec<(Lang, String)> = line
                    .iter()
                    .map(|(l, t)| (*l, super::html::excerpt(t, 60)))
                    .collect();
                definition["name"] = lang_map(&short);
                definition["description"] = lang_map(&line);
                definition["choices"] = Value::Array(
                    talk.options
                        .iter()
                        .map(|o| {
                            json!({
                                "id": o.id,
                                "description": lang_map(&s.each(&message::option(&talk.id, &o.id))),
                            })
                        })
                        .collect(),
                );
            }
            None => {
                definition["name"] = lang_map(&[(attempt.lang, f.node.clone())]);
                definition["choices"] = json!([{
                    "id": f.option,
                    "description": lang_map(&[(attempt.lang, f.said.clone())]),
                }]);
            }
        }
        let mut result = json!({ "response": f.option });
        if let Some(free) = &f.free {
            let detected: Vec<&str> = free.detected.iter().map(|d| d.technique.as_str()).collect();
            result["extensions"] = json!({
                extension_iri("typed-answer"): free.text,
                extension_iri("detected-techniques"): detected,
                extension_iri("rephrased"): free.rephrased,
            });
        }
        out.push(Interaction {
            object: json!({
                "objectType": "Activity",
                "id": format!("{}/decisions/{}", scenario_iri(&attempt.scenario), iri_segment(&f.node)),
                "definition": definition,
            }),
            result,
        });
    }
    out
}
