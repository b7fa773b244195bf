//! Checks that go beyond syntax: links, reachability, declared flags, and the texts each
//! language must provide. Every problem is reported, none stops the others.

use std::collections::{HashMap, HashSet, VecDeque};

use crate::diagnostic::{Diagnostic, SourceText};
use crate::i18n::Catalog;
use crate::i18n::catalog_is_alternative as is_alternative;

use super::locate::{Positions, find_field, top_level};
use super::model::{Condition, Effect, Node, Scenario, message};

pub fn structure(src: &SourceText, scenario: &Scenario) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let pos = Positions::find(src, scenario);
    let ids: Vec<&str> = scenario.nodes.iter().map(Node::id).collect();
    let known: HashSet<&str> = ids.iter().copied().collect();

    let stem = src
        .path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if scenario.id != stem {
        out.push(Diagnostic::error(
            src.at(find_field(src, "id", Some(&scenario.id), 0).unwrap_or(0)),
            format!(
                "scenario id `{}` differs from the file name `{stem}`",
                scenario.id
            ),
        ));
    }
    if scenario.competencies.is_empty() {
        out.push(Diagnostic::error(
            top_level(src, "competencies"),
            "a scenario names at least one target competency",
        ));
    }
    for (name, value) in [
        ("tension", scenario.debtor.tension),
        ("trust", scenario.debtor.trust),
        ("willingness", scenario.debtor.willingness),
    ] {
        if value > 100 {
            out.push(Diagnostic::error(
                top_level(src, name),
                format!("{name} is {value}; gauges go from 0 to 100"),
            ));
        }
    }

    let link = |out: &mut Vec<Diagnostic>, target: &str, at: usize, what: &str| {
        if !known.contains(target) {
            let mut d = Diagnostic::error(src.at(at), format!("{what} `{target}` does not exist"));
            if let Some(close) = closest(target, &ids) {
                d = d.with_hint(format!("did you mean `{close}`?"));
            }
            out.push(d);
        }
    };
    link(
        &mut out,
        &scenario.start,
        find_field(src, "start", Some(&scenario.start), 0).unwrap_or(0),
        "start node",
    );
    if let Some(h) = &scenario.hang_up_at {
        let at = find_field(src, "hang_up_at", Some(h), 0).unwrap_or(0);
        link(&mut out, h, at, "hang-up ending");
        if matches!(scenario.node(h), Some(Node::Talk(_))) {
            out.push(Diagnostic::error(
                src.at(at),
                format!("hang_up_at `{h}` must be an End node"),
            ));
        }
    }

    let flags: HashSet<&str> = scenario.flags.iter().map(String::as_str).collect();
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (node, np) in scenario.nodes.iter().zip(&pos.nodes) {
        let id = node.id();
        if !is_snake_case(id) {
            out.push(Diagnostic::error(
                src.at(np.id),
                format!("node id `{id}` must be snake_case: lowercase letters, digits and _, starting with a letter"),
            ));
        }
        if let Some(first) = seen.insert(id, np.id) {
            let first = src.at(first);
            out.push(Diagnostic::error(
                src.at(np.id),
                format!(
                    "node id `{id}` is used twice (first at line {})",
                    first.line
                ),
            ));
        }
        let Node::Talk(talk) = node else { continue };
        if talk.options.is_empty() {
            out.push(Diagnostic::error(
                src.at(np.id),
                format!("node `{id}` offers no answer"),
            ));
        } else if talk.options.len() < 3 {
            out.push(Diagnostic::warning(
                src.at(np.id),
                format!(
                    "node `{id}` offers {} answers; a decision needs at least 3",
                    talk.options.len()
                ),
            ));
        }
        if let Some(unclear) = &talk.unclear {
            link(&mut out, unclear, np.unclear, "unclear target");
            if !talk.free_text {
                out.push(
                    Diagnostic::warning(
                        src.at(np.unclear),
                        format!("node `{id}` has an `unclear` target but takes no free text"),
                    )
                    .with_hint("remove `free_text: false`, or the `unclear` target"),
                );
            }
        }
        let mut option_ids = HashSet::new();
        for (option, op) in talk.options.iter().zip(&np.options) {
            if !is_snake_case(&option.id) {
                out.push(Diagnostic::error(
                    src.at(op.id),
                    format!("option id `{}` must be snake_case", option.id),
                ));
            }
            if !option_ids.insert(option.id.as_str()) {
                out.push(Diagnostic::error(
                    src.at(op.id),
                    format!("option id `{}` is used twice in node `{id}`", option.id),
                ));
            }
            link(&mut out, &option.next, op.next, "next node");
            for (branch, &bp) in option.branches.iter().zip(&op.branches) {
                link(&mut out, &branch.next, bp, "branch target");
                if branch.chance > 100 {
                    out.push(Diagnostic::error(
                        src.at(bp),
                        format!("chance {} is above 100", branch.chance),
                    ));
                }
                for condition in &branch.when {
                    let (flag, what) = match condition {
                        Condition::Flag(f) | Condition::NotFlag(f) => (f, "flag"),
                        Condition::Visited(n) => (n, "node"),
                        _ => continue,
                    };
                    let at = src.find_quoted(flag, op.id).unwrap_or(op.id);
                    if what == "flag" && !flags.contains(flag.as_str()) {
                        out.push(undeclared_flag(src, at, flag, &scenario.flags));
                    } else if what == "node" {
                        link(&mut out, flag, at, "visited node");
                    }
                }
            }
            for effect in &option.effects {
                if let Effect::Set(f) | Effect::Clear(f) = effect
                    && !flags.contains(f.as_str())
                {
                    let at = src.find_quoted(f, op.id).unwrap_or(op.id);
                    out.push(undeclared_flag(src, at, f, &scenario.flags));
                }
            }
        }
    }
    out.extend(reachability(src, scenario, &pos));
    out
}

fn undeclared_flag(src: &SourceText, at: usize, flag: &str, declared: &[String]) -> Diagnostic {
    let names: Vec<&str> = declared.iter().map(String::as_str).collect();
    let d = Diagnostic::error(
        src.at(at),
        format!("flag `{flag}` is not declared in `flags`"),
    );
    match closest(flag, &names) {
        Some(c) => d.with_hint(format!("did you mean `{c}`?")),
        None => d.with_hint("add it to the `flags` list"),
    }
}

fn reachability(src: &SourceText, scenario: &Scenario, pos: &Positions) -> Vec<Diagnostic> {
    let index: HashMap<&str, usize> = scenario
        .nodes
        .iter()
        .enumerate()
        .rev()
        .map(|(i, n)| (n.id(), i))
        .collect();
    let hang_up = scenario
        .hang_up_at
        .as_deref()
        .and_then(|h| index.get(h))
        .copied();
    let links = |i: usize| -> Vec<usize> {
        let mut next = Vec::new();
        if let Node::Talk(t) = &scenario.nodes[i] {
            for o in &t.options {
                next.extend(index.get(o.next.as_str()));
                next.extend(o.branches.iter().filter_map(|b| index.get(b.next.as_str())));
            }
            if t.free_text {
                next.extend(t.unclear.as_deref().and_then(|u| index.get(u)));
            }
        }
        next
    };
    // Any answer may push tension to the top, so the hang-up ending can be reached from every
    // decision; it is not counted as a way out of a loop, since a calm loop never reaches it.
    let successors = |i: usize| -> Vec<usize> {
        let mut next = links(i);
        if matches!(scenario.nodes[i], Node::Talk(_)) {
            next.extend(hang_up);
        }
        next
    };
    let n = scenario.nodes.len();
    let mut reached = vec![false; n];
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut queue = VecDeque::new();
    if let Some(&s) = index.get(scenario.start.as_str()) {
        reached[s] = true;
        queue.push_back(s);
    }
    for i in 0..n {
        for j in links(i) {
            preds[j].push(i);
        }
    }
    while let Some(i) = queue.pop_front() {
        for j in successors(i) {
            if !reached[j] {
                reached[j] = true;
                queue.push_back(j);
            }
        }
    }
    let mut ends = vec![false; n];
    let mut queue: VecDeque<usize> = (0..n)
        .filter(|&i| matches!(scenario.nodes[i], Node::End(_)))
        .collect();
    for &i in &queue {
        ends[i] = true;
    }
    while let Some(i) = queue.pop_front() {
        for &p in &preds[i] {
            if !ends[p] {
                ends[p] = true;
                queue.push_back(p);
            }
        }
    }
    let mut out = Vec::new();
    for i in 0..n {
        let id = scenario.nodes[i].id();
        let at = src.at(pos.nodes[i].id);
        if index.get(id) != Some(&i) {
            continue;
        }
        if !reached[i] {
            out.push(Diagnostic::warning(
                at.clone(),
                format!("node `{id}` can never be reached from `{}`", scenario.start),
            ));
        }
        if !ends[i] {
            out.push(Diagnostic::error(
                at,
                format!("no ending can be reached from node `{id}`: the call would never end"),
            ));
        }
    }
    out
}

/// The texts each language must hold for this scenario, and what it holds for nothing.
pub fn texts(src: &SourceText, scenario: &Scenario, catalog: &Catalog) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let tag = catalog.lang().tag();
    let mut expected: HashSet<String> = HashSet::new();
    let mut need = |out: &mut Vec<Diagnostic>, id: String, attribute: Option<&str>, at: usize| {
        let present = match (catalog.source(&id), attribute) {
            (None, _) => false,
            (Some(_), None) => catalog.get(&id).is_some(),
            (Some(s), Some(a)) => s.attributes.iter().any(|x| x == a),
        };
        if !present {
            let what = match attribute {
                Some(a) => format!("`{id}.{a}`"),
                None => format!("`{id}`"),
            };
            out.push(Diagnostic::error(
                src.at(at),
                format!("{tag} has no text for {what}"),
            ));
        }
        expected.insert(id);
    };
    let top = |field: &str| find_field(src, field, None, 0).unwrap_or(0);
    for id in [
        message::TITLE,
        message::SUMMARY,
        message::BRIEFING_DEBTOR,
        message::BRIEFING_CREDITOR,
        message::BRIEFING_HISTORY,
    ] {
        need(&mut out, id.to_string(), None, top("briefing"));
    }
    if scenario.briefing.negotiation.is_some() {
        for id in [message::BRIEFING_OBJECTIVE, message::BRIEFING_MARGINS] {
            need(&mut out, id.to_string(), None, top("negotiation"));
        }
    }
    let pos = Positions::find(src, scenario);
    let mut option_messages: HashSet<String> = HashSet::new();
    for node in &scenario.nodes {
        if let Node::Talk(talk) = node {
            option_messages.extend(
                talk.options
                    .iter()
                    .map(|o| message::option(&talk.id, &o.id)),
            );
        }
    }
    for (node, np) in scenario.nodes.iter().zip(&pos.nodes) {
        need(&mut out, node.id().to_string(), None, np.id);
        match node {
            Node::End(_) => need(
                &mut out,
                node.id().to_string(),
                Some(message::OUTCOME),
                np.id,
            ),
            Node::Talk(talk) => {
                for (option, op) in talk.options.iter().zip(&np.options) {
                    let id = message::option(node.id(), &option.id);
                    need(&mut out, id.clone(), None, op.id);
                    need(&mut out, id, Some(message::FEEDBACK), op.id);
                }
            }
        }
    }
    // Each .ftl is read once, only if something in it needs pointing at.
    let mut files: HashMap<std::path::PathBuf, Option<SourceText>> = HashMap::new();
    let mut at = |path: &std::path::Path, offset: usize| {
        files
            .entry(path.to_path_buf())
            .or_insert_with(|| SourceText::read(path).ok())
            .as_ref()
            .map(|ftl| ftl.at(offset))
    };
    for id in catalog.ids() {
        let s = catalog.source(id).expect("listed id");
        if !expected.contains(id)
            && let Some(loc) = at(&s.path, s.offset)
        {
            out.push(Diagnostic::warning(
                loc,
                format!("message `{id}` is not used by the scenario"),
            ));
        }
        for a in &s.attributes {
            let example = message::is_example(a);
            let known = is_alternative(a)
                || a == message::FEEDBACK
                || a == message::OUTCOME
                || (example && option_messages.contains(id));
            if !known && let Some(loc) = at(&s.path, s.offset) {
                let warning = if example {
                    format!(
                        "attribute `.{a}` of `{id}` is not used: free-text examples belong to an answer's message"
                    )
                } else {
                    format!(
                        "attribute `.{a}` of `{id}` is not used (known: .altN, .feedback, .outcome, .example-N)"
                    )
                };
                out.push(Diagnostic::warning(loc, warning));
            }
        }
    }
    for id in catalog.ids() {
        let s = catalog.source(id).expect("listed id");
        let Some(Some(ftl)) = files
            .entry(s.path.clone())
            .or_insert_with(|| SourceText::read(&s.path).ok())
            .as_ref()
            .map(|ftl| placeholder_in(&ftl.text, s.offset).then(|| ftl.at(s.offset)))
        else {
            continue;
        };
        out.push(
            Diagnostic::warning(
                ftl,
                format!("message `{id}` still has the placeholder text of `amiable new`"),
            )
            .with_hint("write the real text, or the call shows \"To write: …\" to trainees"),
        );
    }
    out
}

/// The texts `amiable new` writes to be replaced, in every language it writes.
const PLACEHOLDERS: [&str; 2] = ["À écrire", "To write:"];

/// Whether the message starting at `offset` (its value or an attribute) is still a
/// placeholder.
fn placeholder_in(text: &str, offset: usize) -> bool {
    let rest = text.get(offset..).unwrap_or("");
    let mut lines = rest.lines();
    let first = lines.next().into_iter();
    let attributes = lines.take_while(|l| l.starts_with([' ', '\t']));
    first.chain(attributes).any(|line| {
        line.split_once('=')
            .is_some_and(|(_, v)| PLACEHOLDERS.iter().any(|p| v.trim_start().starts_with(p)))
    })
}

/// A translation must use the variables its source uses, or the text shows an error instead of
/// the amount or the name. The first catalogue (French) is the source.
pub fn same_variables(catalogs: &[Catalog]) -> Vec<Diagnostic> {
    let Some((source, translations)) = catalogs.split_first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for translation in translations {
        for id in translation.ids() {
            let (Some(theirs), Some(ours)) = (translation.source(id), source.source(id)) else {
                continue;
            };
            if theirs.variables != ours.variables {
                let Ok(ftl) = SourceText::read(&theirs.path) else {
                    continue;
                };
                let list = |v: &std::collections::BTreeSet<String>| {
                    if v.is_empty() {
                        "none".to_string()
                    } else {
                        v.iter()
                            .map(|x| format!("${x}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                };
                out.push(Diagnostic::error(
                    ftl.at(theirs.offset),
                    format!(
                        "message `{id}` uses {} in {} but {} in {}",
                        list(&theirs.variables),
                        translation.lang().tag(),
                        list(&ours.variables),
                        source.lang().tag()
                    ),
                ));
            }
        }
    }
    out
}

/// Translations whose recorded source fingerprint no longer matches the French text: the
/// French changed after the translation was made. Messages with no stamp are not judged.
pub fn stale_translations(catalogs: &[Catalog]) -> Vec<Diagnostic> {
    let Some((source, translations)) = catalogs.split_first() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for translation in translations {
        for id in translation.ids() {
            let Some(theirs) = translation.source(id) else {
                continue;
            };
            let (Some(stamp), Some(now)) = (&theirs.stamp, source.fingerprint(id)) else {
                continue;
            };
            if *stamp != now {
                let Ok(ftl) = SourceText::read(&theirs.path) else {
                    continue;
                };
                out.push(
                    Diagnostic::warning(
                        ftl.at(theirs.offset),
                        format!(
                            "the {} text of `{id}` was translated from an older {} text",
                            translation.lang().tag(),
                            source.lang().tag()
                        ),
                    )
                    .with_hint("update the translation, then run `amiable stamp` on the scenario"),
                );
            }
        }
    }
    out
}

pub fn is_snake_case(id: &str) -> bool {
    let mut chars = id.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn closest<'a>(target: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::levenshtein(target, c), *c))
        .filter(|(d, c)| *d <= (target.len().max(c.len()) / 3).max(2))
        .min()
        .map(|(_, c)| c)
}
