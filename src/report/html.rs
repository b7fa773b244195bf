//! The trainee's report as one self-contained HTML file: inline CSS and SVG, no script and
//! no external resource, laid out to print on A4. Every text that comes from a scenario, a
//! trainee or a catalogue is escaped, so a `<script>` in a scenario shows as text.

use std::fmt::Write;

use super::svg::{self, ChartPoint};
use super::view::AttemptView;
use super::{PASS_MARK, ReportInput, arg, local_date, minutes_seconds, passed};
use crate::i18n::Catalog;
use crate::record::quiz::{Position, QuizResult};
use crate::record::{Attempt, Mode};

/// Text made safe for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in HTML text; a typed answer may hold some.
            c if c.is_control() && !matches!(c, '\n' | '\t') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

pub(crate) const STYLE: &str = r#"
@page { size: A4; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1b1b1b; line-height: 1.35; max-width: 190mm; margin: 0 auto; }
h1 { font-size: 17pt; color: #1f3b57; margin: 0 0 2mm; }
h2 { font-size: 13pt; color: #1f3b57; border-bottom: 1px solid #1f3b57; padding-bottom: 1mm; margin: 6mm 0 2mm; }
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; }
p { margin: 1mm 0; }
.meta, .note { color: #555; }
.note { font-size: 9pt; }
table { width: 100%; border-collapse: collapse; margin: 1mm 0 2mm; }
th, td { text-align: left; vertical-align: top; padding: 1mm 1.5mm; border-bottom: 1px solid #dde3ea; }
th { background: #eef2f6; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
figure, .keep, tr { break-inside: avoid; page-break-inside: avoid; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
thead { display: table-header-group; }
.nowrap, .acquired, .in_progress, .not_yet { white-space: nowrap; }
table.answers { table-layout: fixed; }
table.answers th:nth-child(1) { width: 9mm; }
table.answers th:nth-child(2) { width: 36%; }
table.answers th:nth-child(3) { width: 30%; }
table.answers.only th:nth-child(2) { width: 55%; }
table.answers.only th:nth-child(3) { width: auto; }
figure { margin: 2mm 0; }
figcaption { font-size: 9pt; color: #555; }
.attempt { break-before: page; page-break-before: always; }
.badge { display: inline-block; padding: 0 2mm; border-radius: 2mm; font-size: 8.5pt; border: 1px solid #999; }
.acquired { color: #1e6b40; font-weight: 600; }
.in_progress { color: #8a6300; font-weight: 600; }
.not_yet { color: #9b2c22; font-weight: 600; }
.evidence { margin: 0; padding-left: 4mm; font-size: 9pt; color: #333; }
.said { font-style: italic; }
.debtor { color: #5a2d0c; }
.trainee { color: #1f3b57; }
.transcript td:first-child { white-space: nowrap; width: 22mm; }
footer { margin-top: 6mm; font-size: 8.5pt; color: #777; }
"#;

/// The whole report.
pub fn report(input: &ReportInput<'_>) -> String {
    let app = input.app;
    let mut h = String::new();
    let title = super::title(app, input.profile);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head><body>\n",
        input.lang().code(),
        escape(&title)
    );
    let _ = write!(h, "<header><h1>{}</h1>", escape(&title));
    let meta = app.text_args(
        "learn-meta",
        &[
            arg("created", local_date(input.created, input.lang())),
            arg("generated", local_date(input.generated, input.lang())),
        ],
    );
    let _ = write!(h, "<p class=\"meta\">{}</p>", escape(&meta));
    let summary = app.text_args(
        "progress-summary",
        &[
            arg("attempts", input.progress.attempts),
            arg("exams", input.progress.exams),
            arg("minutes", (input.progress.total_ms + 30_000) / 60_000),
        ],
    );
    let _ = write!(h, "<p class=\"meta\">{}</p>", escape(&summary));
    if input.shows_withheld_detail() {
        let _ = write!(
            h,
            "<p class=\"meta\"><strong>{}</strong></p>",
            escape(&app.text("learn-trainer-copy"))
        );
    }
    h.push_str("</header>\n");
    learned(&mut h, input, app);
    if let Some(q) = input.quizzes.last() {
        quiz(&mut h, q, input, app);
    }
    attempts_table(&mut h, &input.attempts, app);
    for a in &input.attempts {
        attempt(&mut h, a, input, app);
    }
    let _ = writeln!(
        h,
        "<footer>{}</footer></body></html>",
        escape(&app.text_args("learn-footer", &[arg("version", env!("CARGO_PKG_VERSION"))]))
    );
    h
}

fn learned(h: &mut String, input: &ReportInput<'_>, app: &Catalog) {
    let p = input.progress;
    let _ = write!(
        h,
        "<section><h2>{}</h2>",
        escape(&app.text("progress-header"))
    );
    if p.finished == 0 {
        let _ = write!(h, "<p>{}</p>", escape(&app.text("progress-empty")));
    } else {
        let overall = overall_points(input.history, app);
        let caption = app.text("learn-overall-trend");
        let _ = write!(
            h,
            "<figure>{}<figcaption>{} · {}</figcaption></figure>",
            svg::trend(&overall, 680, 150, &caption),
            escape(&caption),
            escape(&app.text("learn-chart-legend"))
        );
    }
    let _ = write!(
        h,
        "<table class=\"competencies\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr></thead><tbody>",
        escape(&app.text("learn-col-competency")),
        escape(&app.text("learn-col-positioning")),
        escape(&app.text("learn-col-latest")),
        escape(&app.text("learn-col-best")),
        escape(&app.text("learn-trend")),
    );
    let score = |s: Option<u8>| s.map_or("—".to_string(), |v| v.to_string());
    for c in &p.competencies {
        let name = app.text(&format!("competency-{}", c.competency.id()));
        let chart = if c.trend.is_empty() {
            escape(&app.text("progress-not-yet-assessed"))
        } else {
            let points: Vec<ChartPoint> = c
                .trend
                .iter()
                .map(|pt| ChartPoint {
                    label: pt.attempt.to_string(),
                    score: pt.score,
                    exam: pt.mode == Mode::Exam,
                    positioning: false,
                    tip: format!("{} · {}", pt.scenario, pt.score),
                })
                .collect();
            svg::sparkline(&points, 220, 26, &name)
        };
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{chart}</td></tr>",
            escape(&name),
            score(c.positioning),
            score(c.latest),
            score(c.best)
        );
    }
    h.push_str("</tbody></table>");
    let _ = write!(
        h,
        "<h3>{}</h3><table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
        escape(&app.text("progress-objectives")),
        escape(&app.text("learn-col-objective")),
        escape(&app.text("learn-col-state")),
        escape(&app.text("learn-col-recent")),
    );
    for o in &p.objectives {
        let recent: Vec<String> = o
            .recent
            .iter()
            .map(|s| app.text(&format!("status-{}", status_id(*s))))
            .collect();
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"{}\">{}</td><td>{}</td></tr>",
            escape(&app.text(&format!("objective-{}", o.objective.id()))),
            o.state.id(),
            escape(&app.text(&format!("acquisition-{}", o.state.id()))),
            escape(&recent.join(" · "))
        );
    }
    let _ = write!(
        h,
        "</tbody></table><p class=\"note\">{}</p>",
        escape(&app.text("acquisition-rule"))
    );
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
        let _ = write!(
            h,
            "<p class=\"keep\"><strong>{}</strong> <code>amiable play {}</code></p>",
            escape(&line),
            escape(&next.scenario)
        );
    }
    h.push_str("</section>\n");
}

/// The overall score of every finished call, one point per attempt.
fn overall_points(history: &[Attempt], app: &Catalog) -> Vec<ChartPoint> {
    history
        .iter()
        .filter(|a| a.finished)
        .map(|a| ChartPoint {
            label: a.number.to_string(),
            score: a.overall,
            exam: a.mode == Mode::Exam,
            positioning: a.positioning,
            tip: format!("{} · {} · {}", a.number, a.title, mode_label(a, app)),
        })
        .collect()
}

fn status_id(s: crate::assessment::Status) -> &'static str {
    use crate::assessment::Status;
    match s {
        Status::Shown => "shown",
        Status::Partly => "partly",
        Status::NotShown => "not_shown",
        Status::NotAssessed => "not_assessed",
    }
}

fn quiz(h: &mut String, q: &QuizResult, input: &ReportInput<'_>, app: &Catalog) {
    let _ = write!(
        h,
        "<section class=\"keep\"><h2>{}</h2><p class=\"meta\">{}</p><table><tbody>",
        escape(&app.text("learn-quiz")),
        escape(&app.text_args(
            "learn-quiz-taken",
            &[arg("date", local_date(q.taken, input.lang()))]
        ))
    );
    for p in Position::ALL {
        let score = q.scores.get(&p).copied().unwrap_or(0);
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"num\">{score}</td><td>{}</td></tr>",
            escape(&app.text(&format!("position-{}", p.id()))),
            // A position is not a mark: a high "aggressive" must not come out green.
            svg::neutral_bar(score, 200)
        );
    }
    let (verdict, explained) = super::quiz_verdict(app, q);
    let _ = write!(
        h,
        "</tbody></table><p><strong>{}</strong></p>",
        escape(&verdict)
    );
    for e in &explained {
        let _ = write!(h, "<p>{}</p>", escape(e));
    }
    h.push_str("</section>\n");
}

fn attempts_table(h: &mut String, attempts: &[&Attempt], app: &Catalog) {
    let _ = write!(
        h,
        "<section><h2>{}</h2>",
        escape(&app.text("learn-attempts"))
    );
    if attempts.is_empty() {
        let _ = write!(
            h,
            "<p>{}</p></section>",
            escape(&app.text("learn-no-attempt"))
        );
        return;
    }
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
    let _ = write!(
        h,
        "<p class=\"note\">{}</p><table><thead><tr>",
        escape(&app.text_args("learn-pass-rule", &[arg("mark", PASS_MARK)]))
    );
    for (i, c) in cols.iter().enumerate() {
        let class = if matches!(i, 0 | 4 | 5 | 6) {
            " class=\"num\""
        } else {
            ""
        };
        let _ = write!(h, "<th{class}>{}</th>", escape(&app.text(c)));
    }
    h.push_str("</tr></thead><tbody>");
    for a in attempts {
        let view = AttemptView::of(a);
        let _ = write!(
            h,
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{} {}</td></tr>",
            a.number,
            unbroken_words(&local_date(a.started, app.lang())),
            escape(&a.title),
            escape(&mode_label(a, app)),
            a.overall,
            a.relational,
            minutes_seconds(a.duration_ms),
            escape(&view.outcome.result_label),
            verdict_badge(a, app)
        );
    }
    h.push_str("</tbody></table></section>\n");
}

pub(crate) fn mode_label(a: &Attempt, app: &Catalog) -> String {
    let mut mode = app.text(&format!("mode-{}", a.mode.id()));
    if a.positioning {
        mode = format!("{mode}, {}", app.text("mode-positioning"));
    }
    mode
}

pub(crate) fn verdict(a: &Attempt, app: &Catalog) -> String {
    if !a.finished {
        app.text("learn-unfinished")
    } else if passed(a) {
        app.text("learn-passed")
    } else {
        app.text("learn-failed")
    }
}

fn verdict_badge(a: &Attempt, app: &Catalog) -> String {
    format!("<span class=\"badge\">{}</span>", escape(&verdict(a, app)))
}

fn attempt(h: &mut String, a: &Attempt, input: &ReportInput<'_>, app: &Catalog) {
    let view = AttemptView::of(a);
    let _ = write!(
        h,
        "<section class=\"attempt\"><h2>{}</h2><p class=\"meta\">{} {}</p>",
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
        verdict_badge(a, app)
    );
    let r = &view.relational_experience;
    let _ = write!(
        h,
        "<p><strong>{}</strong> · {}</p>",
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
    let o = &view.outcome;
    if !o.result_label.is_empty() || !o.summary.is_empty() {
        let _ = write!(
            h,
            "<p><strong>{}</strong> {}</p><p class=\"note\">{}</p>",
            escape(&o.result_label),
            escape(&o.summary),
            escape(&o.explanation)
        );
    }
    // An exam's detail, answer by answer, is the trainer's: the evidence of each competency
    // names the answers and what was missed in them, the answer table the better answers.
    let withheld = input.withholds(a);
    competencies(h, &view, app, !withheld);
    if !view.strengths.is_empty() {
        let names: Vec<String> = view
            .strengths
            .iter()
            .map(|s| format!("{} ({})", s.name, s.score))
            .collect();
        let _ = write!(
            h,
            "<h3>{}</h3><p>{}</p>",
            escape(&app.text("learn-strengths")),
            escape(&names.join(" · "))
        );
    }
    if !view.to_work_on.is_empty() {
        let _ = write!(h, "<h3>{}</h3><ul>", escape(&app.text("learn-work-on")));
        for w in &view.to_work_on {
            let _ = write!(
                h,
                "<li><strong>{} ({})</strong>{} {}</li>",
                escape(&w.name),
                w.score,
                colon(app),
                escape(&w.advice)
            );
        }
        h.push_str("</ul>");
    }
    if !view.objectives.is_empty() {
        let _ = write!(
            h,
            "<h3>{}</h3><table><tbody>",
            escape(&app.text("learn-objectives"))
        );
        for o in &view.objectives {
            let _ = write!(
                h,
                "<tr><td>{}</td><td>{}</td></tr>",
                escape(&o.text),
                escape(&o.status_label)
            );
        }
        h.push_str("</tbody></table>");
    }
    if !withheld {
        answers(h, &view, app);
    } else if !view.feedback.is_empty() {
        let _ = write!(
            h,
            "<h3>{}</h3><p class=\"note\">{}</p>",
            escape(&app.text("learn-answers")),
            escape(&app.text("mode-exam-feedback-withheld"))
        );
    }
    transcript(h, &view, app);
    h.push_str("</section>\n");
}

/// Each competency's score, and what showed it when `with_evidence` (an exam's is withheld).
fn competencies(h: &mut String, view: &AttemptView, app: &Catalog, with_evidence: bool) {
    let _ = write!(
        h,
        "<h3>{}</h3><table><thead><tr><th>{}</th><th class=\"num\">{}</th><th></th>{}</tr></thead><tbody>",
        escape(&app.text("learn-competencies")),
        escape(&app.text("learn-col-competency")),
        escape(&app.text("learn-col-score")),
        if with_evidence {
            format!("<th>{}</th>", escape(&app.text("learn-col-evidence")))
        } else {
            String::new()
        },
    );
    for c in view.competencies.values() {
        let mut evidence = String::new();
        for e in c.evidence.iter().filter(|_| with_evidence) {
            let turn = e.turn.map_or(String::new(), |t| {
                app.text_args("learn-evidence-turn", &[arg("turn", t)])
            });
            // The full words are in the answer-by-answer table; a few name the answer here.
            let words = e
                .words
                .as_deref()
                .map(|w| {
                    format!(
                        " <span class=\"said\">{}</span>",
                        escape(&quoted(&excerpt(w, 48), app))
                    )
                })
                .unwrap_or_default();
            let lead = format!("{}{words}", escape(&turn));
            let sep = if lead.is_empty() { "" } else { " — " };
            let _ = write!(evidence, "<li>{lead}{sep}{}</li>", escape(&e.why));
        }
        let target = if c.target { " ★" } else { "" };
        let _ = write!(
            h,
            "<tr><td>{}{target}</td><td class=\"num\">{}</td><td>{}</td>{}</tr>",
            escape(&c.name),
            c.score.map_or("—".to_string(), |s| s.to_string()),
            svg::bar(c.score, 90),
            match (with_evidence, evidence.is_empty()) {
                (false, _) => String::new(),
                (true, true) => "<td></td>".to_string(),
                (true, false) => format!("<td><ul class=\"evidence\">{evidence}</ul></td>"),
            }
        );
    }
    let _ = write!(
        h,
        "</tbody></table><p class=\"note\">{}</p>",
        escape(&app.text("learn-target-note"))
    );
}

/// Words quoted as the report's language quotes them: « … » with no-break spaces in French,
/// “…” in English.
pub(crate) fn quoted(text: &str, app: &Catalog) -> String {
    match app.lang() {
        crate::i18n::Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
        crate::i18n::Lang::En => format!("\u{201c}{text}\u{201d}"),
    }
}

/// Escaped text whose words each stay on one line (a date and its time may go on two lines,
/// but "2026-12-06" is never cut at its hyphens).
fn unbroken_words(text: &str) -> String {
    text.split(' ')
        .map(|w| format!("<span class=\"nowrap\">{}</span>", escape(w)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// French sets a colon apart with a space; English does not.
pub(crate) fn colon(app: &Catalog) -> &'static str {
    match app.lang() {
        crate::i18n::Lang::Fr => "\u{a0}:",
        crate::i18n::Lang::En => ":",
    }
}

/// The first words of a text, cut at a word boundary.
pub(crate) fn excerpt(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        return text.to_string();
    }
    let mut out = String::new();
    for word in text.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max_chars {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = text.chars().take(max_chars).collect();
    }
    let out = out.trim_end_matches(['.', '…', ',', ';', ':', ' ']);
    let mut out = out.to_string();
    out.push('…');
    out
}

fn answers(h: &mut String, view: &AttemptView, app: &Catalog) {
    if view.feedback.is_empty() {
        return;
    }
    // Where every answer was the best one, the column of better answers would stay empty.
    let any_better = view.feedback.iter().any(|f| f.better.is_some());
    let _ = write!(
        h,
        "<h3>{}</h3><table class=\"answers{}\"><thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th>{}</tr></thead><tbody>",
        escape(&app.text("learn-answers")),
        if any_better { "" } else { " only" },
        escape(&app.text("learn-col-turn")),
        escape(&app.text("learn-col-said")),
        escape(&app.text("learn-col-feedback")),
        if any_better {
            format!("<th>{}</th>", escape(&app.text("learn-col-better")))
        } else {
            String::new()
        },
    );
    for f in &view.feedback {
        let mut said = format!("<span class=\"said\">{}</span>", escape(&f.said));
        if let Some(free) = &f.free {
            let detected: Vec<String> = free
                .detected
                .iter()
                .map(|d| format!("{} ({})", d.name, quoted(&d.evidence, app)))
                .collect();
            said = format!(
                "{}<br><span class=\"note\">{}</span><br>{said}",
                escape(&app.text_args("learn-typed", &[arg("text", free.text.clone())])),
                escape(&app.text_args("learn-detected", &[arg("list", detected.join(", "))]))
            );
        }
        let better = f
            .better
            .as_ref()
            .map(|b| format!("<span class=\"said\">{}</span>", escape(&b.said)))
            .unwrap_or_default();
        let _ = write!(
            h,
            "<tr><td class=\"num\">{}</td><td>{said}</td><td>{}</td>{}</tr>",
            f.turn,
            escape(&f.feedback),
            if any_better {
                format!("<td>{better}</td>")
            } else {
                String::new()
            }
        );
    }
    h.push_str("</tbody></table>");
}

fn transcript(h: &mut String, view: &AttemptView, app: &Catalog) {
    if view.transcript.is_empty() {
        return;
    }
    let _ = write!(
        h,
        "<h3>{}</h3><table class=\"transcript\"><tbody>",
        escape(&app.text("learn-transcript"))
    );
    for l in &view.transcript {
        let (class, who) = if l.speaker == "trainee" {
            ("trainee", app.text("learn-speaker-trainee"))
        } else {
            ("debtor", app.text("learn-speaker-debtor"))
        };
        let _ = write!(
            h,
            "<tr class=\"{class}\"><td>{}</td><td>{}</td></tr>",
            escape(&who),
            escape(&l.text)
        );
    }
    h.push_str("</tbody></table>");
}
