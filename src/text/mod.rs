//! Free-text understanding: which techniques of DOMAIN.md a trainee's typed answer shows, and
//! with which words. Rules are data (assets/text/rules.ron) so that a trainer can read and
//! extend them; this module only normalises, tokenises, stems and matches them in one pass.
//!
//! No Bevy here: the classifier is plain data, `Send + Sync`, shared by the app, the terminal
//! mode and the `amiable classify` tool.

mod classify;
mod normalise;
mod rules;
mod tokens;

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::scenario::Technique;

pub use rules::{MAX_GAP, Rule, RulesError};

/// The rules as shipped, for tools and tests that look at them (examples, coverage).
pub const BUNDLED_RULES: &str = include_str!("../../assets/text/rules.ron");

pub struct Classifier {
    fr: rules::Compiled,
    en: rules::Compiled,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Classification {
    pub text: String,
    pub techniques: Vec<Detection>,
    pub question: QuestionKind,
}

impl Classification {
    pub fn has(&self, technique: Technique) -> bool {
        self.techniques.iter().any(|d| d.id == technique)
    }

    /// Distinct, in `Technique` order.
    pub fn techniques(&self) -> Vec<Technique> {
        let mut ids: Vec<Technique> = self.techniques.iter().map(|d| d.id).collect();
        ids.sort();
        ids.dedup();
        ids
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Detection {
    pub id: Technique,
    /// The trainee's words that triggered it, as typed.
    pub evidence: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Open,
    Closed,
    Leading,
    None,
}

impl QuestionKind {
    pub fn id(self) -> &'static str {
        match self {
            QuestionKind::Open => "open",
            QuestionKind::Closed => "closed",
            QuestionKind::Leading => "leading",
            QuestionKind::None => "none",
        }
    }
}

impl Classifier {
    /// Parsed once from assets/text/rules.ron, which the tests prove valid.
    pub fn bundled() -> &'static Classifier {
        static BUNDLED: OnceLock<Classifier> = OnceLock::new();
        BUNDLED.get_or_init(|| {
            Classifier::from_ron(BUNDLED_RULES).expect("the bundled rules.ron is valid")
        })
    }

    pub fn from_ron(source: &str) -> Result<Classifier, RulesError> {
        let file = parse_rules(source)?;
        Ok(Classifier {
            fr: rules::Compiled::new(Lang::Fr, file.fr)?,
            en: rules::Compiled::new(Lang::En, file.en)?,
        })
    }

    fn lang(&self, lang: Lang) -> &rules::Compiled {
        match lang {
            Lang::Fr => &self.fr,
            Lang::En => &self.en,
        }
    }

    pub fn classify(&self, text: &str, lang: Lang) -> Classification {
        classify::classify(self.lang(lang), text)
    }

    /// Content-word stems (normalised, accent-folded, stop words dropped), for similarity
    /// between an answer and authored phrasings.
    pub fn stems(&self, text: &str, lang: Lang) -> Vec<String> {
        let c = self.lang(lang);
        c.lexer
            .tokenise(text)
            .tokens
            .into_iter()
            .filter(|t| t.fold.chars().any(char::is_alphabetic) && !c.stop_words.contains(&t.fold))
            .map(|t| t.stem)
            .collect()
    }
}

/// The rules of one language, with their example sentences, as written in a rules file.
pub fn rules_of(source: &str, lang: Lang) -> Result<Vec<Rule>, RulesError> {
    let file = parse_rules(source)?;
    Ok(match lang {
        Lang::Fr => file.fr.rules,
        Lang::En => file.en.rules,
    })
}

fn parse_rules(source: &str) -> Result<rules::RulesFile, RulesError> {
    ron::from_str(source).map_err(|e| RulesError::Ron {
        line: e.span.start.line.max(1),
        col: e.span.start.col.max(1),
        message: e.code.to_string(),
    })
}
