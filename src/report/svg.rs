//! Small inline SVG charts for the printed report: no script, no external resource, readable
//! in black and white (exams are squares, positioning calls are hollow).

use std::fmt::Write;

use super::html::escape;

pub struct ChartPoint {
    /// Shown under the point: the attempt number.
    pub label: String,
    pub score: u8,
    pub exam: bool,
    pub positioning: bool,
    /// Read by screen readers and shown on hover.
    pub tip: String,
}

const INK: &str = "#1f3b57";
const GRID: &str = "#c9d3dd";

/// Scores 0 to 100 over attempts, oldest on the left.
pub fn trend(points: &[ChartPoint], width: u32, height: u32, title: &str) -> String {
    let (left, right, top, bottom) = (30.0, 10.0, 10.0, 22.0);
    let w = f64::from(width) - left - right;
    let h = f64::from(height) - top - bottom;
    let x = |i: usize| {
        if points.len() <= 1 {
            left + w / 2.0
        } else {
            left + w * i as f64 / (points.len() - 1) as f64
        }
    };
    let y = |score: u8| top + h * (1.0 - f64::from(score.min(100)) / 100.0);
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{t}"><title>{t}</title>"##,
        t = escape(title)
    );
    for g in [0u8, 50, 100] {
        let _ = write!(
            s,
            r##"<line x1="{left}" y1="{y:.1}" x2="{x2:.1}" y2="{y:.1}" stroke="{GRID}" stroke-width="1"/><text x="{tx}" y="{ty:.1}" font-size="9" text-anchor="end" fill="#555">{g}</text>"##,
            y = y(g),
            x2 = left + w,
            tx = left - 4.0,
            ty = y(g) + 3.0
        );
    }
    if points.len() > 1 {
        let path: Vec<String> = points
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{:.1},{:.1}", x(i), y(p.score)))
            .collect();
        let _ = write!(
            s,
            r##"<polyline points="{}" fill="none" stroke="{INK}" stroke-width="1.5"/>"##,
            path.join(" ")
        );
    }
    // Labels thin out so they never collide, whatever the number of attempts.
    let every = (points.len() as f64 * 22.0 / w).ceil().max(1.0) as usize;
    for (i, p) in points.iter().enumerate() {
        let (cx, cy) = (x(i), y(p.score));
        let fill = if p.positioning { "#fff" } else { INK };
        let tip = format!("<title>{}</title>", escape(&p.tip));
        if p.exam {
            let _ = write!(
                s,
                r##"<rect x="{:.1}" y="{:.1}" width="7" height="7" fill="{fill}" stroke="{INK}" stroke-width="1.5">{tip}</rect>"##,
                cx - 3.5,
                cy - 3.5
            );
        } else {
            let _ = write!(
                s,
                r##"<circle cx="{cx:.1}" cy="{cy:.1}" r="3.5" fill="{fill}" stroke="{INK}" stroke-width="1.5">{tip}</circle>"##
            );
        }
        if i % every == 0 || i + 1 == points.len() {
            let _ = write!(
                s,
                r##"<text x="{cx:.1}" y="{ly:.1}" font-size="9" text-anchor="middle" fill="#555">{}</text>"##,
                escape(&p.label),
                ly = top + h + 14.0
            );
        }
    }
    s.push_str("</svg>");
    s
}

/// A horizontal bar for one score; an empty frame when the score is unknown.
pub fn bar(score: Option<u8>, width: u32) -> String {
    let filled = score.map_or(0.0, |v| f64::from(width) * f64::from(v.min(100)) / 100.0);
    let colour = match score {
        Some(v) if v >= 75 => "#2e7d4f",
        Some(v) if v >= 60 => "#b8860b",
        Some(_) => "#b03a2e",
        None => "none",
    };
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="bar" width="{width}" height="10" viewBox="0 0 {width} 10" aria-hidden="true"><rect x="0.5" y="0.5" width="{w}" height="9" fill="none" stroke="{GRID}"/><rect x="0.5" y="0.5" width="{filled:.1}" height="9" fill="{colour}"/></svg>"##,
        w = width - 1
    )
}

/// A horizontal bar in the ink colour, for a score that is a position rather than a mark.
pub fn neutral_bar(score: u8, width: u32) -> String {
    let filled = f64::from(width) * f64::from(score.min(100)) / 100.0;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="bar" width="{width}" height="10" viewBox="0 0 {width} 10" aria-hidden="true"><rect x="0.5" y="0.5" width="{w}" height="9" fill="none" stroke="{GRID}"/><rect x="0.5" y="0.5" width="{filled:.1}" height="9" fill="{INK}"/></svg>"##,
        w = width - 1
    )
}

/// A group's spread on one score: the min–max span as a band, the mean as a tick.
pub fn range(min: f64, max: f64, mean: f64, width: u32) -> String {
    let x = |v: f64| 1.0 + (f64::from(width) - 2.0) * v.clamp(0.0, 100.0) / 100.0;
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="range" width="{width}" height="12" viewBox="0 0 {width} 12" aria-hidden="true"><line x1="1" y1="6" x2="{end}" y2="6" stroke="{GRID}"/><rect x="{a:.1}" y="2" width="{w:.1}" height="8" fill="#9db4cc"/><line x1="{m:.1}" y1="0" x2="{m:.1}" y2="12" stroke="{INK}" stroke-width="2"/></svg>"##,
        end = width - 1,
        a = x(min),
        w = (x(max) - x(min)).max(1.0),
        m = x(mean)
    )
}

/// A trend small enough for a table row: the 0 and 100 lines faint, the 50 line dashed, no
/// labels (the row's numbers say them).
pub fn sparkline(points: &[ChartPoint], width: u32, height: u32, title: &str) -> String {
    let (pad_x, pad_y) = (5.0, 4.0);
    let w = f64::from(width) - 2.0 * pad_x;
    let h = f64::from(height) - 2.0 * pad_y;
    let x = |i: usize| {
        if points.len() <= 1 {
            pad_x + w / 2.0
        } else {
            pad_x + w * i as f64 / (points.len() - 1) as f64
        }
    };
    let y = |score: u8| pad_y + h * (1.0 - f64::from(score.min(100)) / 100.0);
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" class="spark" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-label="{t}"><title>{t}</title><line x1="{pad_x}" y1="{top:.1}" x2="{r:.1}" y2="{top:.1}" stroke="{GRID}"/><line x1="{pad_x}" y1="{mid:.1}" x2="{r:.1}" y2="{mid:.1}" stroke="{GRID}" stroke-dasharray="3 3"/><line x1="{pad_x}" y1="{bot:.1}" x2="{r:.1}" y2="{bot:.1}" stroke="{GRID}"/>"##,
        t = escape(title),
        top = y(100),
        mid = y(50),
        bot = y(0),
        r = pad_x + w
    );
    if points.len() > 1 {
        let path: Vec<String> = points
            .iter()
            .enumerate()
            .map(|(i, p)| format!("{:.1},{:.1}", x(i), y(p.score)))
            .collect();
        let _ = write!(
            s,
            r##"<polyline points="{}" fill="none" stroke="{INK}" stroke-width="1.2"/>"##,
            path.join(" ")
        );
    }
    for (i, p) in points.iter().enumerate() {
        let tip = escape(&p.tip);
        if p.exam {
            let _ = write!(
                s,
                r##"<rect x="{:.1}" y="{:.1}" width="5" height="5" fill="{INK}"><title>{tip}</title></rect>"##,
                x(i) - 2.5,
                y(p.score) - 2.5
            );
        } else {
            let _ = write!(
                s,
                r##"<circle cx="{:.1}" cy="{:.1}" r="2.3" fill="{INK}"><title>{tip}</title></circle>"##,
                x(i),
                y(p.score)
            );
        }
    }
    s.push_str("</svg>");
    s
}
