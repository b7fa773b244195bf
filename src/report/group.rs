//! The trainer's view of a group: the exports trainees hand in, one row per trainee and
//! scenario (where they started, where they are, their best), and per competency the
//! group's mean and spread. As CSV for a spreadsheet and as a printable HTML page.

use std::collections::{BTreeMap, HashSet};
use std::fmt::Write;

use chrono::{DateTime, Utc};

use super::export::Export;
use super::html::{STYLE, escape};
use super::{arg, local_date, svg};
use crate::i18n::{Catalog, Lang};
use crate::record::Attempt;
use crate::scenario::Competency;

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub trainee: String,
    pub scenario: String,
    pub title: String,
    pub attempts: usize,
    pub exams: usize,
    /// Overall score of the positioning call (the first finished one).
    pub positioning: Option<u8>,
    /// Overall score of the latest finished call.
    pub latest: Option<u8>,
    pub best: Option<u8>,
    /// Each competency's score in the latest finished call that assessed it.
    pub competencies: BTreeMap<Competency, Option<u8>>,
}

/// How a score spreads over the rows that have it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub count: usize,
    pub mean: f64,
    /// Sample standard deviation (0 for a single row), as a spreadsheet's STDEV gives it.
    pub sd: f64,
    pub min: u8,
    pub max: u8,
}

impl Spread {
    pub fn of(values: impl IntoIterator<Item = u8>) -> Option<Spread> {
        let v: Vec<f64> = values.into_iter().map(f64::from).collect();
        if v.is_empty() {
            return None;
        }
        let n = v.len() as f64;
        let mean = v.iter().sum::<f64>() / n;
        let sd = if v.len() > 1 {
            (v.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (n - 1.0)).sqrt()
        } else {
            0.0
        };
        Some(Spread {
            count: v.len(),
            mean,
            sd,
            min: v.iter().cloned().fold(f64::MAX, f64::min) as u8,
            max: v.iter().cloned().fold(0.0, f64::max) as u8,
        })
    }
}

#[derive(Debug, Clone)]
pub struct Group {
    pub trainees: usize,
    pub rows: Vec<Row>,
    pub positioning: Option<Spread>,
    pub latest: Option<Spread>,
    pub best: Option<Spread>,
    pub competencies: Vec<(Competency, Option<Spread>)>,
    /// Attempts met twice (the same export handed in twice), counted once.
    pub duplicates: usize,
}

pub fn group(exports: &[Export]) -> Group {
    let mut seen = HashSet::new();
    let mut duplicates = 0;
    // Rows are keyed, and so sorted, by the folded pseudonym: "Émilie" sorts with the E's, as
    // a French reader expects, and "emilie" handed in twice is one trainee. A row shows the
    // name as the first export spelled it.
    let mut by_row: BTreeMap<(String, String), (String, Vec<&Attempt>)> = BTreeMap::new();
    let mut trainees = HashSet::new();
    for e in exports {
        let folded = crate::record::fold_name(&e.profile.name);
        trainees.insert(folded.clone());
        for a in &e.attempts {
            if !seen.insert(a.registration) {
                duplicates += 1;
                continue;
            }
            by_row
                .entry((folded.clone(), a.scenario.clone()))
                .or_insert_with(|| (e.profile.name.clone(), Vec::new()))
                .1
                .push(a);
        }
    }
    let rows: Vec<Row> = by_row
        .into_iter()
        .map(|((_, scenario), (trainee, mut attempts))| {
            attempts.sort_by_key(|a| (a.started, a.number));
            let finished: Vec<&&Attempt> = attempts.iter().filter(|a| a.finished).collect();
            let competencies = Competency::ALL
                .iter()
                .map(|&c| {
                    let latest = finished
                        .iter()
                        .rev()
                        .find_map(|a| a.competencies.get(&c).copied().flatten());
                    (c, latest)
                })
                .collect();
            Row {
                title: attempts.last().map(|a| a.title.clone()).unwrap_or_default(),
                trainee,
                scenario,
                attempts: attempts.len(),
                exams: attempts
                    .iter()
                    .filter(|a| a.mode == crate::record::Mode::Exam)
                    .count(),
                positioning: finished
                    .iter()
                    .find(|a| a.positioning)
                    .or(finished.first())
                    .map(|a| a.overall),
                latest: finished.last().map(|a| a.overall),
                best: finished.iter().map(|a| a.overall).max(),
                competencies,
            }
        })
        .collect();
    let spread_of = |pick: &dyn Fn(&Row) -> Option<u8>| Spread::of(rows.iter().filter_map(pick));
    Group {
        trainees: trainees.len(),
        positioning: spread_of(&|r| r.positioning),
        latest: spread_of(&|r| r.latest),
        best: spread_of(&|r| r.best),
        competencies: Competency::ALL
            .iter()
            .map(|&c| (c, spread_of(&|r| r.competencies.get(&c).copied().flatten())))
            .collect(),
        rows,
        duplicates,
    }
}

/// A number as the spreadsheet of that language reads it: a decimal comma in French.
pub fn decimal(value: f64, lang: Lang) -> String {
    let s = format!("{value:.1}");
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

fn csv_cell(text: &str) -> String {
    // A pseudonym or a title that starts like a formula would be run by the spreadsheet
    // (`=HYPERLINK(…)`): a leading apostrophe keeps it text. Scores never start so.
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        return format!("\"'{}\"", text.replace('"', "\"\""));
    }
    if text.contains([';', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn headers(app: &Catalog) -> Vec<String> {
    let mut h: Vec<String> = [
        "group-col-trainee",
        "learn-col-scenario",
        "learn-col-attempts",
        "learn-col-exams",
        "learn-col-positioning",
        "learn-col-latest",
        "learn-col-best",
    ]
    .iter()
    .map(|id| app.text(id))
    .collect();
    h.extend(
        Competency::ALL
            .iter()
            .map(|c| app.text(&format!("competency-{}", c.id()))),
    );
    h
}

/// Semicolon-separated UTF-8 with a byte-order mark: what a French spreadsheet opens as
/// columns with its accents intact. Summary rows follow a blank line.
pub fn csv(g: &Group, app: &Catalog) -> String {
    let lang = app.lang();
    let mut out = String::from("\u{FEFF}");
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .map(|c| csv_cell(c))
            .collect::<Vec<_>>()
            .join(";")
            + "\r\n"
    };
    out.push_str(&line(headers(app)));
    let score = |s: Option<u8>| s.map_or(String::new(), |v| v.to_string());
    for r in &g.rows {
        let mut cells = vec![
            r.trainee.clone(),
            r.title.clone(),
            r.attempts.to_string(),
            r.exams.to_string(),
            score(r.positioning),
            score(r.latest),
            score(r.best),
        ];
        cells.extend(Competency::ALL.iter().map(|c| score(r.competencies[c])));
        out.push_str(&line(cells));
    }
    out.push_str("\r\n");
    type Stat = fn(&Spread, Lang) -> String;
    let stats: [(&str, Stat); 5] = [
        ("group-count", |s, _| s.count.to_string()),
        ("group-mean", |s, l| decimal(s.mean, l)),
        ("group-sd", |s, l| decimal(s.sd, l)),
        ("group-min", |s, _| s.min.to_string()),
        ("group-max", |s, _| s.max.to_string()),
    ];
    for (id, stat) in stats {
        let cell = |s: &Option<Spread>| s.as_ref().map_or(String::new(), |s| stat(s, lang));
        let mut cells = vec![
            app.text(id),
            String::new(),
            String::new(),
            String::new(),
            cell(&g.positioning),
            cell(&g.latest),
            cell(&g.best),
        ];
        cells.extend(g.competencies.iter().map(|(_, s)| cell(s)));
        out.push_str(&line(cells));
    }
    out
}

/// The group on landscape A4 pages: the table of rows, then the spread per competency.
pub fn html(g: &Group, app: &Catalog, generated: DateTime<Utc>) -> String {
    let lang = app.lang();
    let mut h = String::new();
    let title = app.text("group-title");
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>{t}</title><style>{STYLE}\n@page {{ size: A4 landscape; }}\nbody {{ max-width: none; }}\n.rows td, .rows th {{ font-size: 8pt; padding: 0.8mm 1mm; }}\n.rows th {{ vertical-align: bottom; }}\n.rows thead tr {{ background: #eef2f6; }}\n.rows th.vert {{ writing-mode: vertical-rl; text-orientation: sideways; transform: rotate(180deg); text-align: left; white-space: nowrap; }}\n.rows td.scenario {{ min-width: 55mm; }}\n</style></head><body><h1>{t}</h1>",
        lang.code(),
        t = escape(&title)
    );
    let _ = write!(
        h,
        "<p class=\"meta\">{}</p>",
        escape(&app.text_args(
            "group-meta",
            &[
                arg("trainees", g.trainees),
                arg("rows", g.rows.len()),
                arg("generated", local_date(generated, lang)),
            ]
        ))
    );
    h.push_str("<table class=\"rows\"><thead><tr>");
    for (i, head) in headers(app).iter().enumerate() {
        // Eleven competency names side by side would not fit a page: they stand upright.
        let class = match i {
            0 | 1 => "",
            2..=6 => " class=\"num\"",
            _ => " class=\"num vert\"",
        };
        let _ = write!(h, "<th{class}>{}</th>", escape(head));
    }
    h.push_str("</tr></thead><tbody>");
    let score = |s: Option<u8>| s.map_or("—".to_string(), |v| v.to_string());
    for r in &g.rows {
        let _ = write!(
            h,
            "<tr><td>{}</td><td class=\"scenario\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>",
            escape(&r.trainee),
            escape(&r.title),
            r.attempts,
            r.exams,
            score(r.positioning),
            score(r.latest),
            score(r.best)
        );
        for c in Competency::ALL {
            let _ = write!(h, "<td class=\"num\">{}</td>", score(r.competencies[&c]));
        }
        h.push_str("</tr>");
    }
    let _ = write!(
        h,
        "</tbody></table><p class=\"note\">{}</p>",
        escape(&app.text("group-note"))
    );
    let _ = write!(
        h,
        "<section class=\"keep\"><h2>{}</h2><table><thead><tr><th></th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th></th></tr></thead><tbody>",
        escape(&app.text("group-spread")),
        escape(&app.text("group-count")),
        escape(&app.text("group-mean")),
        escape(&app.text("group-sd")),
        escape(&app.text("group-range")),
    );
    let mut lines: Vec<(String, &Option<Spread>)> = vec![
        (app.text("group-overall-positioning"), &g.positioning),
        (app.text("group-overall-latest"), &g.latest),
    ];
    lines.extend(
        g.competencies
            .iter()
            .map(|(c, s)| (app.text(&format!("competency-{}", c.id())), s)),
    );
    for (name, s) in lines {
        match s {
            Some(s) => {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}–{}</td><td>{}</td></tr>",
                    escape(&name),
                    s.count,
                    decimal(s.mean, lang),
                    decimal(s.sd, lang),
                    s.min,
                    s.max,
                    svg::range(f64::from(s.min), f64::from(s.max), s.mean, 260)
                );
            }
            None => {
                let _ = write!(
                    h,
                    "<tr><td>{}</td><td class=\"num\">0</td><td colspan=\"4\">{}</td></tr>",
                    escape(&name),
                    escape(&app.text("progress-not-yet-assessed"))
                );
            }
        }
    }
    let _ = writeln!(
        h,
        "</tbody></table><p class=\"note\">{}</p></section><footer>{}</footer></body></html>",
        escape(&app.text("group-range-note")),
        escape(&app.text_args("group-footer", &[arg("version", env!("CARGO_PKG_VERSION"))]))
    );
    h
}

/// The group in a terminal: the rows, then each competency's mean, spread and range.
pub fn text(g: &Group, app: &Catalog) -> String {
    let lang = app.lang();
    let mut out = String::new();
    let score = |s: Option<u8>| s.map_or("—".to_string(), |v| v.to_string());
    let width = |f: &dyn Fn(&Row) -> usize, header: &str| {
        g.rows
            .iter()
            .map(f)
            .max()
            .unwrap_or(0)
            .max(header.chars().count())
    };
    let (trainee, scenario) = (
        app.text("group-col-trainee"),
        app.text("learn-col-scenario"),
    );
    let tw = width(&|r| r.trainee.chars().count(), &trainee);
    let sw = width(&|r| r.title.chars().count(), &scenario);
    let _ = writeln!(
        out,
        "{}\n",
        app.text_args(
            "group-meta",
            &[
                arg("trainees", g.trainees),
                arg("rows", g.rows.len()),
                arg("generated", local_date(Utc::now(), lang)),
            ]
        )
    );
    let cols = [
        app.text("learn-col-attempts"),
        app.text("learn-col-positioning"),
        app.text("learn-col-latest"),
        app.text("learn-col-best"),
    ];
    let widths: Vec<usize> = cols.iter().map(|c| c.chars().count() + 2).collect();
    let _ = write!(out, "{trainee:<tw$}  {scenario:<sw$}");
    for (c, w) in cols.iter().zip(&widths) {
        let _ = write!(out, "{c:>w$}");
    }
    out.push('\n');
    for r in &g.rows {
        let _ = write!(out, "{:<tw$}  {:<sw$}", r.trainee, r.title);
        let cells = [
            r.attempts.to_string(),
            score(r.positioning),
            score(r.latest),
            score(r.best),
        ];
        for (c, w) in cells.iter().zip(&widths) {
            let _ = write!(out, "{c:>w$}");
        }
        out.push('\n');
    }
    let _ = writeln!(out, "\n{}", app.text("group-spread"));
    for (c, s) in &g.competencies {
        let name = app.text(&format!("competency-{}", c.id()));
        match s {
            Some(s) => {
                let _ = writeln!(
                    out,
                    "  {name:<32} {} {:>5}  {} {:>5}  {}–{}  (n = {})",
                    app.text("group-mean"),
                    decimal(s.mean, lang),
                    app.text("group-sd"),
                    decimal(s.sd, lang),
                    s.min,
                    s.max,
                    s.count
                );
            }
            None => {
                let _ = writeln!(
                    out,
                    "  {name:<32} {}",
                    app.text("progress-not-yet-assessed")
                );
            }
        }
    }
    out
}
