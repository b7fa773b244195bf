use std::process::ExitCode;

use serde::Serialize;

use crate::catalogue;
use crate::i18n::Lang;
use crate::scenario::{self, Competency, Difficulty, message};

#[derive(Serialize)]
struct Entry {
    id: String,
    title: String,
    summary: String,
    difficulty: Difficulty,
    minutes: u32,
    competencies: Vec<Competency>,
}

pub fn run(lang: Lang, json: bool) -> Result<ExitCode, String> {
    let app = catalogue::app_texts(lang).map_err(super::render::diagnostics)?;
    let mut entries = Vec::new();
    let mut broken = 0;
    for path in catalogue::bundled() {
        let outcome = scenario::load(&path);
        let Some(loaded) = outcome.scenario else {
            broken += 1;
            eprintln!(
                "{}",
                app.text_args(
                    "list-broken",
                    &[("path", path.display().to_string().into())]
                )
            );
            continue;
        };
        let texts = loaded.texts(lang);
        entries.push(Entry {
            id: loaded.scenario.id.clone(),
            title: texts.text(message::TITLE),
            summary: texts.text(message::SUMMARY),
            difficulty: loaded.scenario.difficulty,
            minutes: loaded.scenario.minutes,
            competencies: loaded.scenario.competencies.clone(),
        });
    }
    if json {
        println!(
            "{}",
            serde_json::to_string_pretty(&entries).map_err(|e| e.to_string())?
        );
    } else {
        for e in &entries {
            let difficulty = app.text(&format!("difficulty-{}", e.difficulty.id()));
            let comps: Vec<String> = e
                .competencies
                .iter()
                .map(|c| app.text(&format!("competency-{}", c.id())))
                .collect();
            println!("{:<26} {}", e.id, e.title);
            println!(
                "{:<26} {} · {} min · {}",
                "",
                difficulty,
                e.minutes,
                comps.join(", ")
            );
            println!("{:<26} {}\n", "", e.summary);
        }
    }
    Ok(if broken > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
