//! The branching map of a scenario, as Graphviz DOT or as SVG laid out in pure Rust (no system
//! Graphviz needed). Decisions show the first words of the debtor's line, answers are coloured
//! by how good they are at their decision, endings by whether they are an agreement.

use std::fmt::Write;

use crate::i18n::Catalog;
use crate::scenario::{Node, Phase, Scenario, Technique};
use crate::scoring::choice_value;

/// How many words of the debtor's line label a decision.
const LABEL_WORDS: usize = 6;

fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut label = words
        .iter()
        .take(LABEL_WORDS)
        .copied()
        .collect::<Vec<_>>()
        .join(" ");
    if words.len() > LABEL_WORDS {
        label.push('…');
    }
    // DOT strings are double-quoted; the labels are read, not parsed, so a plain quote will do.
    label.replace(['"', '\\'], "'")
}

/// The quality colour of an answer at its decision: the best offered is green, a passive,
/// aggressive, manipulative or illegal answer red, anything between orange.
fn quality_color(best: f32, value: f32, tags: &[Technique]) -> &'static str {
    let wrong = tags
        .iter()
        .any(|t| t.is_counter_position() || *t == Technique::ComplianceBreach);
    if wrong {
        "red"
    } else if value + 0.01 >= best {
        "forestgreen"
    } else {
        "darkorange"
    }
}

fn phase_fill(phase: Phase) -> &'static str {
    match phase {
        Phase::Contact => "lightgray",
        Phase::Comprendre => "lightblue",
        Phase::Convaincre => "lightyellow",
        Phase::Conclure => "lavender",
    }
}

pub fn dot(scenario: &Scenario, texts: &Catalog) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "digraph scenario {{");
    let _ = writeln!(out, "  rankdir=TB;");
    for node in &scenario.nodes {
        let line = first_words(&texts.text(node.id()));
        match node {
            Node::Talk(t) => {
                let _ = writeln!(
                    out,
                    "  {} [shape=box, style=filled, fillcolor={}, label=\"{}: {}\"];",
                    node.id(),
                    phase_fill(t.phase),
                    node.id(),
                    line
                );
            }
            Node::End(e) => {
                let fill = if e.result.is_agreement() {
                    "lightgreen"
                } else {
                    "lightpink"
                };
                let _ = writeln!(
                    out,
                    "  {} [shape=box, style=filled, fillcolor={fill}, width=3, label=\"END {}: {}\"];",
                    node.id(),
                    e.result.id(),
                    line
                );
            }
        }
    }
    for node in &scenario.nodes {
        let Node::Talk(t) = node else { continue };
        let values: Vec<f32> = t.options.iter().map(|o| choice_value(t, o)).collect();
        let best = values.iter().copied().fold(f32::MIN, f32::max);
        for (i, (option, value)) in t.options.iter().zip(&values).enumerate() {
            let color = quality_color(best, *value, &option.tags);
            let _ = writeln!(
                out,
                "  {} -> {} [color={color}, label=\"{} {}\"];",
                t.id,
                option.next,
                i + 1,
                option.id
            );
            for b in &option.branches {
                let _ = writeln!(
                    out,
                    "  {} -> {} [color={color}, style=dashed, label=\"{} ({}%)\"];",
                    t.id,
                    b.next,
                    i + 1,
                    b.chance
                );
            }
        }
    }
    if let Some(h) = &scenario.hang_up_at {
        let _ = writeln!(
            out,
            "  // Any decision may end at `{h}` when tension reaches 100."
        );
    }
    out.push_str("}\n");
    out
}

/// Lays the DOT out and draws it as SVG. The layout library may panic on inputs it does not
/// expect; that becomes an error message, never a crash.
pub fn svg(scenario: &Scenario, texts: &Catalog) -> Result<String, String> {
    let source = dot(scenario, texts);
    std::panic::catch_unwind(move || {
        use layout::backends::svg::SVGWriter;
        use layout::gv::{DotParser, GraphBuilder};
        let graph = DotParser::new(&source)
            .process()
            .map_err(|e| format!("cannot read the graph: {e}"))?;
        let mut builder = GraphBuilder::new();
        builder.visit_graph(&graph);
        let mut visual = builder.get();
        let mut svg = SVGWriter::new();
        visual.do_it(false, false, false, &mut svg);
        Ok(svg.finalize())
    })
    .unwrap_or_else(|_| Err("the graph layout failed on this scenario".to_string()))
}
