//! The terminal's way of showing a briefing and an assessment.

use std::io::{self, Write};

use fluent_bundle::FluentValue;

use crate::assessment::{Assessment, Speaker, case_file};
use crate::diagnostic::Diagnostic;
use crate::i18n::{Catalog, Lang};
use crate::scenario::{LoadedScenario, message};

use super::term::wrap;

pub fn diagnostics(diags: Vec<Diagnostic>) -> String {
    let lines: Vec<String> = diags.iter().map(ToString::to_string).collect();
    format!("Amiable's own texts are broken:\n{}", lines.join("\n"))
}

pub fn briefing(
    loaded: &LoadedScenario,
    lang: Lang,
    app: &Catalog,
    seed: u64,
    out: &mut dyn Write,
) -> io::Result<()> {
    let t = loaded.texts(lang);
    writeln!(out, "═══ {} ═══", t.text(message::TITLE))?;
    writeln!(out, "{}", wrap(&t.text(message::SUMMARY), ""))?;
    writeln!(out, "\n{}", app.text("briefing-heading"))?;
    for (label, value) in case_file(loaded, lang, app) {
        writeln!(out, "{}", wrap(&format!("{label} {value}"), "  "))?;
    }
    writeln!(
        out,
        "\n{}",
        app.text_args(
            "play-seed",
            &[("seed", FluentValue::from(seed.to_string()))]
        )
    )?;
    Ok(())
}

fn bar(score: u8) -> String {
    let filled = (usize::from(score) + 5) / 10;
    format!("{}{}", "█".repeat(filled), "░".repeat(10 - filled))
}

pub fn assessment(a: &Assessment, app: &Catalog, out: &mut dyn Write) -> io::Result<()> {
    let lang = a.lang;
    writeln!(
        out,
        "\n═══ {} — {} ═══",
        app.text("report-heading"),
        a.title
    )?;
    let o = &a.outcome;
    writeln!(out, "{} {}", app.text("report-outcome"), o.result_label)?;
    if let Some(schedule) = &o.schedule {
        writeln!(out, "  {schedule}")?;
    }
    if !o.summary.is_empty() {
        writeln!(out, "{}", wrap(&o.summary, "  "))?;
    }
    writeln!(out, "{}", wrap(&o.explanation, "  "))?;
    let r = &a.relational_experience;
    writeln!(
        out,
        "{} {}/100 ({})",
        app.text("report-relational"),
        r.score,
        app.text_args(
            "report-relational-parts",
            &[
                ("courtesy", FluentValue::from(r.courtesy)),
                ("listening", FluentValue::from(r.listening)),
                ("solution", FluentValue::from(r.adapted_solution)),
            ]
        )
    )?;
    for note in &r.notes {
        writeln!(out, "{}", wrap(note, "  · "))?;
    }
    writeln!(out, "{} {}/100", app.text("report-overall"), a.overall)?;

    writeln!(out, "\n{}", app.text("report-competencies"))?;
    for c in &a.competencies.0 {
        let target = if c.target { "◆" } else { " " };
        match c.score {
            Some(s) => writeln!(out, "{target} {:<28} {} {s:>3}", c.name, bar(s))?,
            None => writeln!(
                out,
                "{target} {:<28} {}",
                c.name,
                app.text("report-not-assessed")
            )?,
        }
        if c.target {
            for e in &c.evidence {
                let turn = e.turn.map_or(String::new(), |t| {
                    format!("{} {t} ", app.text("report-turn"))
                });
                let mark = if e.credit >= 0.75 {
                    "+"
                } else if e.credit > 0.0 {
                    "~"
                } else {
                    "−"
                };
                writeln!(
                    out,
                    "{}",
                    wrap(&format!("{mark} {turn}{}", e.why), "      ")
                )?;
            }
        }
    }
    writeln!(out, "  ◆ {}", app.text("report-target-legend"))?;

    if !a.strengths.is_empty() {
        let list: Vec<String> = a
            .strengths
            .iter()
            .map(|s| format!("{} ({})", s.name, s.score))
            .collect();
        writeln!(
            out,
            "\n{}",
            wrap(
                &format!("{} {}", app.text("report-strengths"), list.join(", ")),
                ""
            )
        )?;
    }
    if !a.to_work_on.is_empty() {
        writeln!(out, "\n{}", app.text("report-to-work-on"))?;
        for w in &a.to_work_on {
            writeln!(
                out,
                "{}",
                wrap(
                    &format!(
                        "{} ({}) — {}",
                        w.name,
                        w.score,
                        w.objectives
                            .join(if lang == Lang::Fr { " ; " } else { "; " })
                    ),
                    "  "
                )
            )?;
            writeln!(out, "{}", wrap(&w.advice, "     "))?;
        }
    }
    writeln!(out, "\n{}", app.text("report-objectives"))?;
    for ob in &a.objectives {
        writeln!(out, "  {:<14} {}", ob.status_label, ob.text)?;
    }
    writeln!(out, "\n{}", app.text("report-feedback"))?;
    for f in &a.feedback {
        let mark = if f.better.is_none() { "✔" } else { "✘" };
        let words = f.free.as_ref().map_or(&f.said, |free| &free.text);
        writeln!(
            out,
            "{}",
            wrap(
                &format!(
                    "{mark} {} {} — {}",
                    app.text("report-turn"),
                    f.turn,
                    lang.quote(words)
                ),
                "  "
            )
        )?;
        if let Some(free) = &f.free {
            let detected = format!(
                "{} {}",
                app.text("free-detected"),
                free.detected_summary(lang, app)
            );
            writeln!(out, "{}", wrap(&detected, "      "))?;
            let understood = app.text_args(
                "free-understood",
                &[("answer", FluentValue::from(lang.quote(&f.said)))],
            );
            writeln!(out, "{}", wrap(&understood, "      "))?;
            writeln!(out, "{}", wrap(&free.explanation, "      "))?;
        }
        writeln!(out, "{}", wrap(&f.feedback, "      "))?;
        if let Some(b) = &f.better {
            writeln!(
                out,
                "{}",
                wrap(
                    &format!("{} {}", app.text("report-better"), lang.quote(&b.said)),
                    "      → "
                )
            )?;
        }
    }
    let trainee_turns = a
        .transcript
        .iter()
        .filter(|l| l.speaker == Speaker::Trainee)
        .count();
    let choices: Vec<String> = a.choices.iter().map(ToString::to_string).collect();
    writeln!(
        out,
        "\n{}",
        app.text_args(
            "report-replay",
            &[
                ("scenario", FluentValue::from(a.scenario.clone())),
                ("seed", FluentValue::from(a.seed.to_string())),
                ("turns", FluentValue::from(trainee_turns)),
                ("choices", FluentValue::from(choices.join(","))),
            ]
        )
    )?;
    Ok(())
}

/// What was learned across attempts, for `amiable history`.
pub fn progress(
    p: &crate::record::Progress,
    quizzes: &[crate::record::quiz::QuizResult],
    app: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    let score = |s: Option<u8>| s.map_or("  —".to_string(), |s| format!("{s:>3}"));
    writeln!(out, "\n{}", app.text("progress-header"))?;
    writeln!(out, "  {}", app.text("progress-columns"))?;
    for c in &p.competencies {
        let name = app.text(&format!("competency-{}", c.competency.id()));
        if c.trend.is_empty() {
            writeln!(
                out,
                "  {name:<28} {}",
                app.text("progress-not-yet-assessed")
            )?;
            continue;
        }
        let trend: String = c
            .trend
            .iter()
            .map(|pt| crate::report::markdown::spark(pt.score))
            .collect();
        writeln!(
            out,
            "  {name:<28} {} {} {}  {trend}",
            score(c.positioning),
            score(c.latest),
            score(c.best)
        )?;
    }
    writeln!(out, "\n{}", app.text("progress-objectives"))?;
    for o in &p.objectives {
        writeln!(
            out,
            "  {:<12} {}",
            app.text(&format!("acquisition-{}", o.state.id())),
            app.text(&format!("objective-{}", o.objective.id()))
        )?;
    }
    writeln!(out, "{}", wrap(&app.text("acquisition-rule"), "  "))?;
    if let Some(next) = &p.next {
        let line = match next.competency {
            Some(c) => app.text_args(
                "progress-next",
                &[
                    ("title", FluentValue::from(next.title.clone())),
                    (
                        "competency",
                        FluentValue::from(app.text(&format!("competency-{}", c.id()))),
                    ),
                ],
            ),
            None => app.text_args(
                "progress-next-first",
                &[("title", FluentValue::from(next.title.clone()))],
            ),
        };
        writeln!(out, "\n{}", wrap(&line, ""))?;
        writeln!(out, "  amiable play {}", next.scenario)?;
    }
    if let Some(q) = quizzes.last() {
        writeln!(out)?;
        quiz_result(q, app, out)?;
    }
    Ok(())
}

pub fn quiz_result(
    r: &crate::record::quiz::QuizResult,
    app: &Catalog,
    out: &mut dyn Write,
) -> io::Result<()> {
    use crate::record::quiz::Position;
    writeln!(out, "{}", app.text("quiz-result-header"))?;
    for p in Position::ALL {
        let s = r.scores.get(&p).copied().unwrap_or(0);
        writeln!(
            out,
            "  {:<14} {} {s:>3}",
            app.text(&format!("position-{}", p.id())),
            bar(s)
        )?;
    }
    // A tie names every leading position, as the reports do.
    let (verdict, explained) = crate::report::quiz_verdict(app, r);
    writeln!(out, "{}", wrap(&verdict, ""))?;
    for e in &explained {
        writeln!(out, "{}", wrap(e, "  "))?;
    }
    Ok(())
}
