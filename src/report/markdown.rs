//! The same report as Markdown, for a course platform's page or an e-mail: tables, and the
//! trends as one bar character per call.

use std::fmt::Write;

use super::html::{mode_label, verdict};
use super::view::AttemptView;
use super::{PASS_MARK, ReportInput, arg, local_date, minutes_seconds};
use crate::record::quiz::Position;

/// Text that Markdown shows as written: no markup, no HTML, no table break.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '#' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// One character per score, so a trend reads at a glance in a terminal or a table.
pub fn spark(score: u8) -> char {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    BARS[(usize::from(score.min(100)) * 7 + 50) / 100]
}

pub fn report(input: &ReportInput<'_>) -> String {
    let app = input.app;
    let lang = input.lang();
    let mut m = String::new();
    let t = |id: &str| escape(&app.text(id));
    let _ = writeln!(m, "# {}\n", escape(&super::title(app, input.profile)));
    if input.shows_withheld_detail() {
        let _ = writeln!(m, "**{}**\n", t("learn-trainer-copy"));
    }
    let _ = writeln!(
        m,
        "{}  \n{}\n",
        escape(&app.text_args(
            "learn-meta",
            &[
                arg("created", local_date(input.created, lang)),
                arg("generated", local_date(input.generated, lang)),
            ],
        )),
        escape(&app.text_args(
            "progress-summary",
            &[
                arg("attempts", input.progress.attempts),
                arg("exams", input.progress.exams),
                arg("minutes", (input.progress.total_ms + 30_000) / 60_000),
            ],
        ))
    );
    let p = input.progress;
    let _ = writeln!(m, "## {}\n", t("progress-header"));
    if p.finished == 0 {
        let _ = writeln!(m, "{}\n", t("progress-empty"));
    } else {
        let overall: String = input
            .history
            .iter()
            .filter(|a| a.finished)
            .map(|a| spark(a.overall))
            .collect();
        let _ = writeln!(
            m,
            "{}{} {overall}\n",
            t("learn-overall-trend"),
            super::html::colon(app)
        );
    }
    let _ = writeln!(
        m,
        "| {} | {} | {} | {} | {} |\n|---|---:|---:|---:|---|",
        t("learn-col-competency"),
        t("learn-col-positioning"),
        t("learn-col-latest"),
        t("learn-col-best"),
        t("learn-trend")
    );
    let score = |s: Option<u8>| s.map_or("—".to_string(), |v| v.to_string());
    for c in &p.competencies {
        let trend: String = if c.trend.is_empty() {
            t("progress-not-yet-assessed")
        } else {
            c.trend.iter().map(|pt| spark(pt.score)).collect()
        };
        let _ = writeln!(
            m,
            "| {} | {} | {} | {} | {trend} |",
            t(&format!("competency-{}", c.competency.id())),
            score(c.positioning),
            score(c.latest),
            score(c.best)
        );
    }
    let _ = writeln!(
        m,
        "\n### {}\n\n| {} | {} |\n|---|---|",
        t("progress-objectives"),
        t("learn-col-objective"),
        t("learn-col-state")
    );
    for o in &p.objectives {
        let _ = writeln!(
            m,
            "| {} | {} |",
            t(&format!("objective-{}", o.objective.id())),
            t(&format!("acquisition-{}", o.state.id()))
        );
    }
    let _ = writeln!(m, "\n{}\n", t("acquisition-rule"));
    if let Some(next) = &p.next {
        let line = match next.competency {
            Some(c) => app.text_args(
                "progress-next",
                &[
                    arg("title", next.title.clone()),
                    arg("competency", app.text(&format!("competency-{}", c.id()))),
                ],
            ),
            None => app.text_args("progress-next-first", &[arg("title", next.title.clone())]),
        };
        let _ = writeln!(
            m,
            "**{}** `amiable play {}`\n",
            escape(&line),
            next.scenario
        );
    }
    if let Some(q) = input.quizzes.last() {
        let _ = writeln!(
            m,
            "## {}\n\n{}\n",
            t("learn-quiz"),
            escape(&app.text_args(
                "learn-quiz-taken",
                &[arg("date", local_date(q.taken, lang))]
            ))
        );
        for pos in Position::ALL {
            let _ = writeln!(
                m,
                "- {}{} {}",
                t(&format!("position-{}", pos.id())),
                super::html::colon(app),
                q.scores.get(&pos).copied().unwrap_or(0)
            );
        }
        let (verdict, explained) = super::quiz_verdict(app, q);
        let _ = writeln!(m, "\n**{}**\n", escape(&verdict));
        for e in &explained {
            let _ = writeln!(m, "{}\n", escape(e));
        }
    }
    let _ = writeln!(m, "## {}\n", t("learn-attempts"));
    if input.attempts.is_empty() {
        let _ = writeln!(m, "{}\n", t("learn-no-attempt"));
    } else {
        let cols = [
            "learn-col-number",
            "learn-col-date",
            "learn-col-scenario",
            "learn-col-mode",
            "learn-col-score",
            "learn-col-relational",
            "learn-col-duration",
            "learn-col-result",
        ];
        let header: Vec<String> = cols.iter().map(|c| t(c)).collect();
        let _ = writeln!(
            m,
            "| {} |\n|---:|---|---|---|---:|---:|---:|---|",
            header.join(" | ")
        );
        for a in &input.attempts {
            let view = AttemptView::of(a);
            let _ = writeln!(
                m,
                "| {} | {} | {} | {} | {} | {} | {} | {} ({}) |",
                a.number,
                local_date(a.started, lang),
                escape(&a.title),
                escape(&mode_label(a, app)),
                a.overall,
                a.relational,
                minutes_seconds(a.duration_ms),
                escape(&view.outcome.result_label),
                escape(&verdict(a, app))
            );
        }
        let _ = writeln!(
            m,
            "\n{}\n",
            escape(&app.text_args("learn-pass-rule", &[arg("mark", PASS_MARK)]))
        );
    }
    for a in &input.attempts {
        attempt(&mut m, a, input);
    }
    m
}

fn attempt(m: &mut String, a: &crate::record::Attempt, input: &ReportInput<'_>) {
    let app = input.app;
    let t = |id: &str| escape(&app.text(id));
    let view = AttemptView::of(a);
    let _ = writeln!(
        m,
        "## {}\n\n{} ({})\n",
        escape(&app.text_args(
            "learn-attempt-title",
            &[arg("number", a.number), arg("title", a.title.clone())]
        )),
        escape(&app.text_args(
            "learn-attempt-meta",
            &[
                arg("date", local_date(a.started, input.lang())),
                arg("mode", mode_label(a, app)),
                arg("duration", minutes_seconds(a.duration_ms)),
                arg("seed", a.seed.to_string()),
            ]
        )),
        escape(&verdict(a, app))
    );
    let r = &view.relational_experience;
    let _ = writeln!(
        m,
        "**{}** · {}\n",
        escape(&app.text_args("learn-overall", &[arg("score", a.overall)])),
        escape(&app.text_args(
            "learn-relational",
            &[
                arg("score", r.score),
                arg("courtesy", r.courtesy),
                arg("listening", r.listening),
                arg("adapted", r.adapted_solution)
            ]
        ))
    );
    if !view.outcome.summary.is_empty() {
        let _ = writeln!(
            m,
            "**{}** {}\n",
            escape(&view.outcome.result_label),
            escape(&view.outcome.summary)
        );
    }
    let _ = writeln!(
        m,
        "### {}\n\n| {} | {} |\n|---|---:|",
        t("learn-competencies"),
        t("learn-col-competency"),
        t("learn-col-score")
    );
    for c in view.competencies.values() {
        let _ = writeln!(
            m,
            "| {}{} | {} |",
            escape(&c.name),
            if c.target { " ★" } else { "" },
            c.score.map_or("—".to_string(), |s| s.to_string())
        );
    }
    if !view.to_work_on.is_empty() {
        let _ = writeln!(m, "\n### {}\n", t("learn-work-on"));
        for w in &view.to_work_on {
            let _ = writeln!(
                m,
                "- **{} ({})**{} {}",
                escape(&w.name),
                w.score,
                super::html::colon(app),
                escape(&w.advice)
            );
        }
    }
    if input.withholds(a) && !view.feedback.is_empty() {
        let _ = writeln!(
            m,
            "\n### {}\n\n{}",
            t("learn-answers"),
            t("mode-exam-feedback-withheld")
        );
    } else if !view.feedback.is_empty() {
        let _ = writeln!(
            m,
            "\n### {}\n\n| {} | {} | {} |\n|---:|---|---|",
            t("learn-answers"),
            t("learn-col-turn"),
            t("learn-col-said"),
            t("learn-col-feedback")
        );
        for f in &view.feedback {
            let said = match &f.free {
                Some(free) => {
                    escape(&app.text_args("learn-typed", &[arg("text", free.text.clone())]))
                }
                None => escape(&f.said),
            };
            let _ = writeln!(m, "| {} | {said} | {} |", f.turn, escape(&f.feedback));
        }
    }
    m.push('\n');
}
