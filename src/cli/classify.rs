//! `amiable classify`: what the free-text classifier sees in a sentence, for trainers who
//! write or check rules (assets/text/rules.ron).

use std::process::ExitCode;

use crate::i18n::Lang;
use crate::text::{Classifier, QuestionKind};

pub fn run(lang: Lang, text: &str, json: bool) -> Result<ExitCode, String> {
    let result = Classifier::bundled().classify(text, lang);
    if json {
        let out = serde_json::to_string_pretty(&result).map_err(|e| e.to_string())?;
        println!("{out}");
        return Ok(ExitCode::SUCCESS);
    }
    if result.techniques.is_empty() {
        println!("No technique detected.");
    }
    let width = result
        .techniques
        .iter()
        .map(|d| d.id.id().len())
        .max()
        .unwrap_or(0);
    for d in &result.techniques {
        println!("{:<width$}  \"{}\"", d.id.id(), d.evidence);
    }
    let question = match result.question {
        QuestionKind::Open => "open",
        QuestionKind::Closed => "closed",
        QuestionKind::Leading => "leading",
        QuestionKind::None => "none (not a question)",
    };
    println!("Question: {question}");
    Ok(ExitCode::SUCCESS)
}
