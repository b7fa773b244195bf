//! `amiable analyze`: what a scenario lets a trainee reach, for the trainer who wrote it.

use std::fmt::Write as _;
use std::process::ExitCode;

use crate::analysis::{Analysis, Range, analyze_within};

use super::play::load_playable;

pub fn run(name: &str, json: bool, max_answers: Option<usize>) -> Result<ExitCode, String> {
    let loaded = load_playable(name)?;
    let analysis =
        analyze_within(&loaded.scenario, max_answers).map_err(|e| format!("{name}: {e}"))?;
    if json {
        let text = serde_json::to_string_pretty(&analysis).map_err(|e| e.to_string())?;
        println!("{text}");
    } else {
        // A trainer's own file is replayed by its path, not its id.
        let id = &analysis.scenario;
        let text = report(&analysis).replace(
            &format!("amiable play {id} "),
            &format!("amiable play {name} "),
        );
        print!("{text}");
    }
    Ok(ExitCode::SUCCESS)
}

fn range(r: &Range) -> String {
    match (r.min, r.max) {
        (Some(lo), Some(hi)) if !r.exact => {
            format!("{lo:>3} – {hi:<3} at least (too many calls to be exact)")
        }
        (Some(lo), Some(hi)) => format!("{lo:>3} – {hi:<3}"),
        _ => "not assessed".to_string(),
    }
}

pub fn report(a: &Analysis) -> String {
    let mut out = String::new();
    let id = &a.scenario;
    let _ = writeln!(
        out,
        "{id}: {} situations (node and debtor state) reachable{}\n",
        a.situations,
        if a.loops {
            format!(
                "; it loops, so the figures cover every call of up to {} answers \
                 (--max-answers to change)",
                a.max_answers
            )
        } else {
            String::new()
        }
    );
    let _ = writeln!(out, "Endings (overall score of the calls that end there)");
    for e in &a.endings {
        match &e.choices {
            Some(choices) => {
                let odds = if e.probability >= 0.9999 {
                    "always".to_string()
                } else {
                    format!("{:.0} % of the time", e.probability * 100.0)
                };
                let _ = writeln!(
                    out,
                    "  {:<24} {:<13} {}  with --choices {choices} ({odds})",
                    e.id,
                    e.result.id(),
                    range(&e.overall)
                );
            }
            None => {
                let _ = writeln!(out, "  {:<24} {:<13} never reached", e.id, e.result.id());
            }
        }
    }
    let _ = writeln!(out, "\nReachable scores (lowest – highest)");
    for (c, r) in &a.competencies {
        let scored = Range {
            min: r.min,
            max: r.max,
            exact: true,
        };
        let note = if r.can_go_unassessed {
            "  (some calls give no chance to show it)"
        } else {
            ""
        };
        let _ = writeln!(out, "  {c:<24} {}{note}", range(&scored));
    }
    let _ = writeln!(out, "  {:<24} {}", "relational", range(&a.relational));
    let _ = writeln!(out, "  {:<24} {}", "overall", range(&a.overall));
    for (label, replay) in [("Best", &a.best), ("Worst", &a.worst)] {
        if let Some(r) = replay {
            let seed = match r.seed {
                Some(s) => format!(" --seed {s}"),
                None => " (no seed found that makes the debtor react this way)".to_string(),
            };
            let _ = writeln!(
                out,
                "\n{label} call: overall {}, ends at {}\n  amiable play {id} --choices {}{seed}",
                r.overall, r.ending, r.choices
            );
        }
    }
    let lists: [(&str, Vec<String>); 3] = [
        (
            "Decisions where every answer is worth the same (nothing to learn there)",
            a.flat_decisions.clone(),
        ),
        ("Answers no call can reach", a.never_chosen.clone()),
        (
            "Branches whose conditions never hold when their answer is given",
            a.branches_never_taken
                .iter()
                .map(|b| {
                    format!(
                        "{}/{} branch {} (to {})",
                        b.node, b.option, b.branch, b.next
                    )
                })
                .collect(),
        ),
    ];
    for (title, items) in lists {
        let _ = write!(out, "\n{title}: ");
        if items.is_empty() {
            let _ = writeln!(out, "none");
        } else {
            let _ = writeln!(out);
            for item in items {
                let _ = writeln!(out, "  {item}");
            }
        }
    }
    out
}
