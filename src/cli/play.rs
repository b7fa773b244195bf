use std::io::Write;
use std::process::ExitCode;

use fluent_bundle::FluentValue;
use rand::RngExt;

use crate::assessment;
use crate::catalogue;
use crate::engine::{self, Conversation, FreeReply, Resolution, Step};
use crate::i18n::{Catalog, Lang};
use crate::scenario::{self, LoadedScenario, message};
use crate::scoring;

use super::term::{self, Answer, wrap};
use super::{Auto, PlayArgs, render};

pub fn run(lang: Lang, args: &PlayArgs) -> Result<ExitCode, String> {
    let loaded = load_playable(&args.scenario)?;
    let app = catalogue::app_texts(lang).map_err(render::diagnostics)?;
    let seed = args.seed.unwrap_or_else(|| rand::rng().random());
    // With --json, stdout carries only the assessment; the call itself goes to stderr.
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    let out: &mut dyn Write = if args.json { &mut stderr } else { &mut stdout };
    let transcript = match play(&loaded, &app, lang, seed, args, out)? {
        Some(t) => t,
        None => return Ok(ExitCode::SUCCESS),
    };
    let assessment = assessment::assess(&loaded, &transcript, lang, &app);
    if args.json {
        let json = serde_json::to_string_pretty(&assessment).map_err(|e| e.to_string())?;
        println!("{json}");
    } else {
        render::assessment(&assessment, &app, &mut std::io::stdout()).map_err(|e| e.to_string())?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A bundled id or a path, loaded; its diagnostics go to stderr when it cannot be played.
pub fn load_playable(name: &str) -> Result<LoadedScenario, String> {
    let path = catalogue::resolve(name);
    if !path.exists() {
        return Err(unknown_scenario(name, &path));
    }
    let outcome = scenario::load(&path);
    match outcome.scenario {
        Some(loaded) => Ok(loaded),
        None => {
            for d in &outcome.diagnostics {
                eprintln!("{}", super::check::excerpt(d));
            }
            Err(format!("{} has errors (see above)", path.display()))
        }
    }
}

/// Plays the call, showing it on `out`; `None` when the trainee quits.
fn play(
    loaded: &LoadedScenario,
    app: &Catalog,
    lang: Lang,
    seed: u64,
    args: &PlayArgs,
    out: &mut dyn Write,
) -> Result<Option<engine::Transcript>, String> {
    let texts = loaded.texts(lang);
    let io = |e: std::io::Error| e.to_string();
    render::briefing(loaded, lang, app, seed, out).map_err(io)?;
    let mut conversation = Conversation::new(loaded.scenario.clone(), seed);
    let mut picker = engine::auto_picker(seed);
    let mut scripted = args.choices.iter();
    let mut decision = 0;
    loop {
        match conversation.step().map_err(|e| e.to_string())? {
            Step::Ended { end, line_pick } => {
                let line = texts.variant(&end.id, line_pick).unwrap_or_default();
                writeln!(out, "\n{}", wrap(&format!("📞 {line}"), "")).map_err(io)?;
                writeln!(out, "{}", app.text("play-call-ended")).map_err(io)?;
                break;
            }
            Step::Decision { talk, line_pick } => {
                decision += 1;
                let phase = app.text(&format!("phase-{}", talk.phase.id()));
                let mood = app.text(&format!(
                    "mood-{}",
                    engine::Mood::of(conversation.state(), Some(talk)).id()
                ));
                writeln!(
                    out,
                    "\n── {} {decision} · {phase} · {mood} ──",
                    app.text("play-decision")
                )
                .map_err(io)?;
                let line = texts
                    .variant(&talk.id, line_pick)
                    .unwrap_or_else(|| texts.text(&talk.id));
                writeln!(out, "{}", wrap(&format!("📞 {line}"), "")).map_err(io)?;
                for (i, option) in talk.options.iter().enumerate() {
                    let said = texts.text(&message::option(&talk.id, &option.id));
                    let numbered = format!("  {}. {said}", i + 1);
                    let wrapped = textwrap::fill(
                        &numbered,
                        textwrap::Options::new(80).subsequent_indent("     "),
                    );
                    writeln!(out, "{wrapped}").map_err(io)?;
                }
                let count = talk.options.len();
                if args.free && talk.free_text && scripted.len() == 0 {
                    match free_turn(&mut conversation, texts, app, lang, out)? {
                        true => continue,
                        false => return Ok(None),
                    }
                }
                let index = match scripted.next() {
                    Some(&n) if (1..=count).contains(&n) => n - 1,
                    Some(&n) => {
                        return Err(app.text_args(
                            "play-choice-out-of-range",
                            &[
                                ("choice", FluentValue::from(n)),
                                ("decision", FluentValue::from(decision)),
                                ("count", FluentValue::from(count)),
                            ],
                        ));
                    }
                    None => match args.auto {
                        Some(Auto::Random) => picker.random_range(0..count),
                        Some(Auto::Best) => scoring::best_choice(talk),
                        None => {
                            let prompt = app
                                .text_args("play-prompt", &[("count", FluentValue::from(count))]);
                            match term::ask(&prompt, &app.text("play-invalid"), count, out)? {
                                Answer::Choice(i) => i,
                                Answer::Quit => {
                                    writeln!(out, "{}", app.text("play-quit")).map_err(io)?;
                                    return Ok(None);
                                }
                            }
                        }
                    },
                };
                let said = texts.text(&message::option(&talk.id, &talk.options[index].id));
                writeln!(out, "{}", wrap(&format!("🎧 {said}"), "")).map_err(io)?;
                conversation.choose(index).map_err(|e| e.to_string())?;
            }
        }
    }
    Ok(Some(conversation.into_transcript()))
}

/// Reads answers typed in the trainee's own words until one is played; `false` when the
/// trainee quits.
fn free_turn(
    conversation: &mut Conversation,
    texts: &Catalog,
    app: &Catalog,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<bool, String> {
    let io = |e: std::io::Error| e.to_string();
    loop {
        let Some(line) = term::ask_line(&app.text("free-prompt"), out)? else {
            return Ok(false);
        };
        if line.trim().is_empty() {
            writeln!(out, "{}", app.text("free-empty")).map_err(io)?;
            continue;
        }
        writeln!(out, "{}", wrap(&format!("🎧 {}", line.trim()), "")).map_err(io)?;
        let reply = conversation
            .answer_free(&line, texts)
            .map_err(|e| e.to_string())?;
        let detected = |d: &[crate::text::Detection]| -> String {
            let names: Vec<String> = d
                .iter()
                .map(|d| {
                    format!(
                        "{} ({})",
                        assessment::technique_name(d.id, app),
                        lang.quote(d.evidence.trim())
                    )
                })
                .collect();
            let names = if names.is_empty() {
                app.text("free-detected-none")
            } else {
                names.join(", ")
            };
            format!("{} {names}", app.text("free-detected"))
        };
        match reply {
            FreeReply::Played(answer) => {
                writeln!(out, "{}", wrap(&detected(&answer.detections), "   ")).map_err(io)?;
                let said = texts.text(&message::option(
                    &conversation
                        .transcript()
                        .turns
                        .last()
                        .map(|t| t.node.clone())
                        .unwrap_or_default(),
                    &answer.matched,
                ));
                let percent = FluentValue::from((answer.confidence * 100.0).round() as i64);
                let how = match answer.resolution {
                    Resolution::Understood => app.text_args(
                        "free-understood",
                        &[("answer", FluentValue::from(lang.quote(&said)))],
                    ),
                    Resolution::Unclear => app.text_args("free-unclear", &[("percent", percent)]),
                    Resolution::Closest => {
                        let tries = FluentValue::from(answer.rephrased.len());
                        let first = app
                            .text_args("free-closest", &[("tries", tries), ("percent", percent)]);
                        let then = app.text_args(
                            "free-understood",
                            &[("answer", FluentValue::from(lang.quote(&said)))],
                        );
                        format!("{first} {then}")
                    }
                };
                writeln!(out, "{}", wrap(&how, "   ")).map_err(io)?;
                return Ok(true);
            }
            FreeReply::Rephrase {
                classification,
                tries_left,
                attempt,
            } => {
                writeln!(
                    out,
                    "{}",
                    wrap(&detected(&classification.techniques), "   ")
                )
                .map_err(io)?;
                let line = app
                    .variant("free-rephrase", attempt.saturating_sub(1) as u32)
                    .unwrap_or_else(|| app.text("free-rephrase"));
                writeln!(out, "{}", wrap(&format!("📞 {line}"), "")).map_err(io)?;
                writeln!(
                    out,
                    "{}",
                    app.text_args(
                        "free-tries-left",
                        &[("tries", FluentValue::from(tries_left))]
                    )
                )
                .map_err(io)?;
            }
        }
    }
}

/// With no subcommand: pick a bundled scenario from a numbered menu, then play it.
pub fn menu(lang: Lang) -> Result<ExitCode, String> {
    let app = catalogue::app_texts(lang).map_err(render::diagnostics)?;
    let mut playable = Vec::new();
    for path in catalogue::bundled() {
        if let Some(loaded) = scenario::load(&path).scenario {
            playable.push(loaded);
        }
    }
    if playable.is_empty() {
        return Err(format!(
            "no playable scenario in {}",
            catalogue::scenarios_dir().display()
        ));
    }
    let mut out = std::io::stdout();
    let io = |e: std::io::Error| e.to_string();
    writeln!(out, "{}\n", app.text("menu-welcome")).map_err(io)?;
    for (i, s) in playable.iter().enumerate() {
        let t = s.texts(lang);
        writeln!(
            out,
            "  {}. {} — {}",
            i + 1,
            t.text(message::TITLE),
            t.text(message::SUMMARY)
        )
        .map_err(io)?;
    }
    let prompt = app.text_args(
        "menu-prompt",
        &[("count", FluentValue::from(playable.len()))],
    );
    let index = match term::ask(&prompt, &app.text("play-invalid"), playable.len(), &mut out)? {
        Answer::Choice(i) => i,
        Answer::Quit => return Ok(ExitCode::SUCCESS),
    };
    let args = PlayArgs {
        scenario: playable[index].path.display().to_string(),
        seed: None,
        choices: Vec::new(),
        auto: None,
        json: false,
        free: false,
    };
    run(lang, &args)
}

fn unknown_scenario(name: &str, path: &std::path::Path) -> String {
    let ids: Vec<String> = catalogue::bundled()
        .iter()
        .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        .collect();
    let closest = ids
        .iter()
        .min_by_key(|id| strsim::levenshtein(name, id))
        .filter(|id| strsim::levenshtein(name, id) <= 4);
    let mut message = format!("no scenario `{name}` (no file {})", path.display());
    if let Some(id) = closest {
        message.push_str(&format!("; did you mean `{id}`?"));
    }
    message.push_str(&format!(" Bundled scenarios: {}", ids.join(", ")));
    message
}
