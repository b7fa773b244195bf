//! `amiable new`: a scenario skeleton, in both languages, that passes `check` and plays, so a
//! trainer starts from something that works and replaces the texts.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Template {
    /// A call in the 4 C with a realistic plan, a promise and a refusal
    Basic,
    /// An angry debtor: high tension, an attack to receive, a hang-up ending
    Aggressive,
    /// A negotiation with an objective, margins and a counterpart to obtain
    Negotiation,
}

pub fn run(id: &str, template: Template, dir: Option<&Path>) -> Result<ExitCode, String> {
    let valid = id.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !valid {
        return Err(format!(
            "`{id}` is not a scenario id: use lowercase letters, digits and hyphens, starting with a letter"
        ));
    }
    let root = dir.map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let files = [
        (
            root.join("scenarios").join(format!("{id}.ron")),
            ron(id, template),
        ),
        (
            root.join("locales/fr-FR").join(format!("{id}.ftl")),
            ftl(template, FR),
        ),
        (
            root.join("locales/en-US").join(format!("{id}.ftl")),
            ftl(template, EN),
        ),
    ];
    if let Some((existing, _)) = files.iter().find(|(p, _)| p.exists()) {
        return Err(format!(
            "{} already exists; nothing was written",
            existing.display()
        ));
    }
    for (path, text) in &files {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
        }
        std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("{}", path.display());
    }
    println!(
        "Next: write the texts (the .ftl files), then `amiable check {}` and `amiable play {}`.",
        files[0].0.display(),
        files[0].0.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn ron(id: &str, template: Template) -> String {
    let (difficulty, competencies, debtor, extra_briefing, opening_cues, middle_cues, middle_tags) =
        match template {
            Template::Basic => (
                "easy",
                "[empathy, reformulation, call_structure]",
                "(tension: 40, trust: 40, willingness: 40)",
                "",
                "[]",
                "[difficulty, explains]",
                "[empathy, reformulation, open_question]",
            ),
            Template::Aggressive => (
                "hard",
                "[empathy, assertiveness, desc]",
                "(tension: 75, trust: 20, willingness: 30)",
                "",
                "[attack]",
                "[attack, demand]",
                "[empathy, assertive, say_no, desc_describe]",
            ),
            Template::Negotiation => (
                "hard",
                "[negotiation, assertiveness, call_structure]",
                "(tension: 40, trust: 40, willingness: 50)",
                "\n        negotiation: (ideal_upfront: 1200, min_upfront: 400, max_months: 4),",
                "[]",
                "[bargain]",
                "[counterpart, assertive]",
            ),
        };
    format!(
        r#"// {id}: written with `amiable new`. The structure of the call lives here; every text is in
// locales/fr-FR/{id}.ftl and locales/en-US/{id}.ftl. See docs/authoring.md.
Scenario(
    id: "{id}",
    difficulty: {difficulty},         // easy | medium | hard
    minutes: 5,
    competencies: {competencies},
    portrait: man,             // man | woman
    briefing: (
        debtor_kind: consumer,  // consumer | business
        amount: 1200,
        reference: "REF-0001",
        due_date: "2026-09-30",
        reminders: [(date: "2026-10-15", channel: letter)],
        monthly_capacity: 200,
        available_now: 400,{extra_briefing}
    ),
    debtor: {debtor},
    flags: ["heard"],
    hang_up_at: "hangs_up",
    start: "opening",
    nodes: [
        Talk(
            id: "opening",
            phase: contact,
            cues: {opening_cues},
            options: [
                (id: "identify", tags: [identification, cushion], next: "situation"),
                (id: "demand", tags: [aggressive, negative_wording], phase: convaincre, next: "situation",
                    branches: [(when: [above(tension, 80)], chance: 50, next: "hangs_up")]),
                (id: "apologise", tags: [passive], next: "refused"),
            ],
        ),
        Talk(
            id: "situation",
            phase: comprendre,
            cues: {middle_cues},
            options: [
                (id: "listen", tags: {middle_tags}, effects: [set("heard")], next: "proposal"),
                (id: "dismiss", tags: [aggressive], next: "proposal"),
                (id: "give_in", tags: [passive], next: "refused"),
            ],
        ),
        Talk(
            id: "proposal",
            phase: conclure,
            cues: [ready],
            options: [
                (id: "recap", tags: [recap, closed_question, positive_wording], next: "agreed",
                    branches: [(when: [not_flag("heard")], chance: 50, next: "promised")]),
                (id: "pressure", tags: [manipulative], next: "promised"),
                (id: "vague", tags: [passive], next: "promised"),
            ],
        ),
        End(id: "agreed", result: payment_plan, plan: (upfront: 400, monthly: 200, months: 4)),
        End(id: "promised", result: promise),
        End(id: "refused", result: refusal),
        End(id: "hangs_up", result: hang_up),
    ],
)
"#
    )
}

/// The placeholder texts of one language: what each message is for, to be replaced.
struct Words {
    /// "To write: …", with the language's colon spacing.
    todo: &'static str,
    briefing: [(&'static str, &'static str); 7],
    line: &'static str,
    answer: &'static str,
    good: &'static str,
    bad: &'static str,
    outcome: &'static str,
}

const FR: Words = Words {
    todo: "À écrire : ",
    briefing: [
        ("title", "le titre"),
        ("summary", "la situation en une ligne"),
        ("briefing-debtor", "qui est le débiteur"),
        ("briefing-creditor", "le créancier et la dette"),
        ("briefing-history", "les relances déjà faites"),
        ("briefing-objective", "l’objectif de la négociation"),
        ("briefing-margins", "les marges de la négociation"),
    ],
    line: "la réplique du débiteur",
    answer: "la réponse du chargé de recouvrement",
    good: "pourquoi cette réponse fonctionne",
    bad: "pourquoi cette réponse ne fonctionne pas, et ce qu’il aurait fallu dire",
    outcome: "ce que l’appel a obtenu",
};

const EN: Words = Words {
    todo: "To write: ",
    briefing: [
        ("title", "the title"),
        ("summary", "the situation in one line"),
        ("briefing-debtor", "who the debtor is"),
        ("briefing-creditor", "the creditor and the debt"),
        ("briefing-history", "the reminders already sent"),
        ("briefing-objective", "the objective of the negotiation"),
        ("briefing-margins", "the margins of the negotiation"),
    ],
    line: "the debtor's line",
    answer: "the agent's answer",
    good: "why this answer works",
    bad: "why this answer does not work, and what to say instead",
    outcome: "what the call obtained",
};

fn ftl(template: Template, w: Words) -> String {
    let t = w.todo;
    let mut out = String::new();
    for (id, what) in w.briefing {
        let negotiation_only = id == "briefing-objective" || id == "briefing-margins";
        if !negotiation_only || template == Template::Negotiation {
            out.push_str(&format!("{id} = {t}{what}\n"));
        }
    }
    let nodes: [(&str, [(&str, bool); 3]); 3] = [
        (
            "opening",
            [("identify", true), ("demand", false), ("apologise", false)],
        ),
        (
            "situation",
            [("listen", true), ("dismiss", false), ("give_in", false)],
        ),
        (
            "proposal",
            [("recap", true), ("pressure", false), ("vague", false)],
        ),
    ];
    for (node, options) in nodes {
        out.push_str(&format!(
            "\n{node} = {t}{} ({node})\n    .alt1 = {t}{} ({node}, 2)\n",
            w.line, w.line
        ));
        for (option, good) in options {
            let why = if good { w.good } else { w.bad };
            out.push_str(&format!(
                "{node}-{option} = {t}{} ({option})\n    .feedback = {t}{why}\n",
                w.answer
            ));
        }
    }
    for end in ["agreed", "promised", "refused", "hangs_up"] {
        out.push_str(&format!(
            "\n{end} = {t}{} ({end})\n    .outcome = {t}{}\n",
            w.line, w.outcome
        ));
    }
    out
}
