use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::Lang;
use crate::diagnostic::{Diagnostic, SourceText};

/// Where a message is defined, so that checks can point at it.
#[derive(Debug, Clone)]
pub struct MessageSource {
    pub path: PathBuf,
    pub offset: usize,
    pub attributes: Vec<String>,
    /// The `$variables` the message and its attributes use: translations must use the same.
    pub variables: std::collections::BTreeSet<String>,
    /// In a translation, the fingerprint of the source text it was translated from, kept in a
    /// `# source: …` comment line above the message (written by `amiable stamp`).
    pub stamp: Option<String>,
}

/// The comment line that carries a translation's source fingerprint.
pub const STAMP_PREFIX: &str = "source:";

/// The messages of one language, from one or more `.ftl` files.
pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    sources: BTreeMap<String, MessageSource>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("lang", &self.lang)
            .field("messages", &self.sources.len())
            .finish()
    }
}

/// Parses Fluent source, reporting every syntax error with its position.
pub fn parse_ftl(source: &SourceText) -> (FluentResource, Vec<Diagnostic>) {
    match FluentResource::try_new(source.text.clone()) {
        Ok(res) => (res, Vec::new()),
        Err((res, errors)) => {
            let diags = errors
                .into_iter()
                .map(|e| {
                    Diagnostic::error(source.at(e.pos.start), format!("Fluent syntax: {}", e.kind))
                })
                .collect();
            (res, diags)
        }
    }
}

impl Catalog {
    pub fn new(lang: Lang) -> Catalog {
        let id = lang.tag().parse().expect("static language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Unicode isolation marks show up as garbage in terminals and JSON.
        bundle.set_use_isolating(false);
        Catalog {
            lang,
            bundle,
            sources: BTreeMap::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Adds one file; returns its syntax errors and duplicate ids. Valid entries are kept even
    /// when others are broken, so one typo does not blank a whole scenario.
    pub fn add(&mut self, source: &SourceText) -> Vec<Diagnostic> {
        let (resource, mut diags) = parse_ftl(source);
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let id = m.id.name.to_string();
                let offset = offset_in(resource.source(), m.id.name);
                if self.sources.contains_key(&id) {
                    diags.push(Diagnostic::error(
                        source.at(offset),
                        format!("message `{id}` is defined twice"),
                    ));
                    continue;
                }
                self.sources.insert(
                    id,
                    MessageSource {
                        path: source.path.clone(),
                        offset,
                        attributes: m.attributes.iter().map(|a| a.id.name.to_string()).collect(),
                        variables: message_variables(m),
                        stamp: None,
                    },
                );
            }
        }
        // The runtime parser drops comments; stamps are read with the full one, only when the
        // file has any.
        if source.text.contains(STAMP_PREFIX) {
            let full = match fluent_syntax::parser::parse(source.text.as_str()) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            for entry in &full.body {
                if let ast::Entry::Message(m) = entry
                    && let Some(comment) = &m.comment
                    && let Some(s) = self.sources.get_mut(m.id.name)
                {
                    s.stamp = comment.content.iter().find_map(|line| {
                        line.trim()
                            .strip_prefix(STAMP_PREFIX)
                            .map(|h| h.trim().to_string())
                    });
                }
            }
        }
        // Duplicates were reported above; the bundle keeps the first definition and adds the rest.
        let _ = self.bundle.add_resource(resource);
        diags
    }

    pub fn load(lang: Lang, paths: &[&Path]) -> Result<Catalog, Vec<Diagnostic>> {
        let mut catalog = Catalog::new(lang);
        let mut diags = Vec::new();
        for path in paths {
            match SourceText::read(path) {
                Ok(src) => diags.extend(catalog.add(&src)),
                Err(d) => diags.push(d),
            }
        }
        if diags.iter().any(Diagnostic::is_error) {
            Err(diags)
        } else {
            Ok(catalog)
        }
    }

    pub fn has(&self, id: &str) -> bool {
        self.sources.contains_key(id)
    }

    pub fn source(&self, id: &str) -> Option<&MessageSource> {
        self.sources.get(id)
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.sources.keys().map(String::as_str)
    }

    pub fn get(&self, id: &str) -> Option<String> {
        self.format(id, None, None)
    }

    pub fn attr(&self, id: &str, attribute: &str) -> Option<String> {
        self.format(id, Some(attribute), None)
    }

    pub fn with_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (k, v) in args {
            fluent_args.set(*k, v.clone());
        }
        self.format(id, None, Some(&fluent_args))
    }

    /// The message's value or one of its `.altN` phrasings, picked by `pick` (a random draw made
    /// by the engine, so the choice stays reproducible per seed while the count may differ per
    /// language).
    pub fn variant(&self, id: &str, pick: u32) -> Option<String> {
        let alts = self.alternatives(id);
        let index = pick as usize % (alts.len() + 1);
        if index == 0 {
            self.get(id)
        } else {
            self.attr(id, &alts[index - 1])
        }
    }

    /// A fingerprint of the message's text and attributes (FNV-1a, 64 bits, in hex): what a
    /// translation records to know later whether its source has changed.
    pub fn fingerprint(&self, id: &str) -> Option<String> {
        let source = self.sources.get(id)?;
        let mut text = self.get(id).unwrap_or_default();
        for a in &source.attributes {
            text.push('\n');
            text.push_str(a);
            text.push('=');
            text.push_str(&self.attr(id, a).unwrap_or_default());
        }
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in text.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        Some(format!("{hash:016x}"))
    }

    pub fn alternatives(&self, id: &str) -> Vec<String> {
        self.sources
            .get(id)
            .map(|s| {
                s.attributes
                    .iter()
                    .filter(|a| is_alternative(a))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Formats a message, or a clearly marked id when it is missing, so a gap in a translation
    /// shows on screen instead of crashing the call.
    pub fn text(&self, id: &str) -> String {
        self.get(id).unwrap_or_else(|| missing(id))
    }

    pub fn text_args(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.with_args(id, args).unwrap_or_else(|| missing(id))
    }

    fn format(
        &self,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = match attribute {
            Some(a) => message.get_attribute(a)?.value(),
            None => message.value()?,
        };
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, args, &mut errors);
        Some(match self.lang {
            Lang::Fr => super::typography::french(&text),
            Lang::En => text.into_owned(),
        })
    }
}

pub fn is_alternative(attribute: &str) -> bool {
    attribute
        .strip_prefix("alt")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

fn missing(id: &str) -> String {
    format!("⟨{id}⟩")
}

/// Byte offset of a slice borrowed from `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize)
        .saturating_sub(whole.as_ptr() as usize)
        .min(whole.len())
}

fn message_variables(m: &ast::Message<&str>) -> std::collections::BTreeSet<String> {
    let mut found = std::collections::BTreeSet::new();
    let patterns = m.value.iter().chain(m.attributes.iter().map(|a| &a.value));
    for pattern in patterns {
        pattern_variables(pattern, &mut found);
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, found: &mut std::collections::BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, found);
        }
    }
}

fn expression_variables(
    expression: &ast::Expression<&str>,
    found: &mut std::collections::BTreeSet<String>,
) {
    match expression {
        ast::Expression::Inline(inline) => inline_variables(inline, found),
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, found);
            for v in variants {
                pattern_variables(&v.value, found);
            }
        }
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&str>,
    found: &mut std::collections::BTreeSet<String>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            found.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_variables(a, found);
            }
            for a in &arguments.named {
                inline_variables(&a.value, found);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, found),
        _ => {}
    }
}
