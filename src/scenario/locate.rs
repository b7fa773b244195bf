//! Finds where, in the RON text, a parsed value was written. RON gives positions only for
//! syntax errors, so checks made on the parsed scenario look the value up in the source.

use crate::diagnostic::{Location, SourceText};

use super::model::{Node, Scenario, Talk};

/// Offsets of each node and option declaration, in document order.
pub struct Positions {
    pub nodes: Vec<NodePos>,
}

pub struct NodePos {
    pub id: usize,
    /// Where the `unclear:` target is written (the node's id when it has none).
    pub unclear: usize,
    pub options: Vec<OptionPos>,
}

pub struct OptionPos {
    pub id: usize,
    pub next: usize,
    pub branches: Vec<usize>,
}

impl Positions {
    pub fn find(src: &SourceText, scenario: &Scenario) -> Positions {
        let mut cursor = find_field(src, "nodes", None, 0).unwrap_or(0);
        let mut nodes = Vec::with_capacity(scenario.nodes.len());
        for node in &scenario.nodes {
            let id = find_field(src, "id", Some(node.id()), cursor).unwrap_or(cursor);
            cursor = id + 1;
            let mut options = Vec::new();
            if let Node::Talk(talk) = node {
                for option in &talk.options {
                    let opt = find_field(src, "id", Some(&option.id), cursor).unwrap_or(cursor);
                    let next = find_field(src, "next", Some(&option.next), opt).unwrap_or(opt);
                    let branches = option
                        .branches
                        .iter()
                        .map(|b| find_field(src, "next", Some(&b.next), opt).unwrap_or(opt))
                        .collect();
                    cursor = opt + 1;
                    options.push(OptionPos {
                        id: opt,
                        next,
                        branches,
                    });
                }
            }
            let unclear = match node {
                Node::Talk(Talk {
                    unclear: Some(u), ..
                }) => find_field(src, "unclear", Some(u), id).unwrap_or(id),
                _ => id,
            };
            nodes.push(NodePos {
                id,
                unclear,
                options,
            });
        }
        Positions { nodes }
    }
}

/// The offset of `field: "value"` (or of `field:` when no value is given) at or after `from`.
pub fn find_field(
    src: &SourceText,
    field: &str,
    value: Option<&str>,
    from: usize,
) -> Option<usize> {
    let text = &src.text;
    let mut search = from;
    loop {
        let at = match value {
            Some(v) => src.find_quoted(v, search)?,
            None => search + text.get(search..)?.find(&format!("{field}:"))?,
        };
        let before = text[..at].trim_end();
        let matches = match value {
            Some(_) => before
                .strip_suffix(':')
                .map(str::trim_end)
                .is_some_and(|b| ends_with_ident(b, field)),
            None => {
                ends_with_ident(&text[..at + field.len()], field) && !is_ident_char_before(text, at)
            }
        };
        if matches {
            return Some(at);
        }
        search = at + 1;
    }
}

fn ends_with_ident(s: &str, ident: &str) -> bool {
    s.strip_suffix(ident)
        .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric() || c == '_'))
}

fn is_ident_char_before(text: &str, at: usize) -> bool {
    text[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_')
}

pub fn top_level(src: &SourceText, field: &str) -> Location {
    src.at(find_field(src, field, None, 0).unwrap_or(0))
}
