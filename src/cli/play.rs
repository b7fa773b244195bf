use std::io::Write;
use std::process::ExitCode;

use fluent_bundle::FluentValue;
use rand::RngExt;

use crate::assessment;
use crate::catalogue;
use crate::engine::{self, Conversation, FreeReply, Resolution, Step};
use crate::i18n::{Catalog, Lang};
use crate::record::{self, Mode, NewAttempt, Pending, Profile, Records};
use crate::scenario::{self, LoadedScenario, message};
use crate::scoring;

use super::learner::Recorder;
use super::term::{self, Answer, wrap};
use super::{Auto, PlayArgs, render};

pub fn run(lang: Lang, profile: Option<&str>, args: &PlayArgs) -> Result<ExitCode, String> {
    let loaded = load_playable(&args.scenario)?;
    let app = catalogue::app_texts(lang).map_err(render::diagnostics)?;
    let profile = match profile {
        Some(name) => Some(
            Records::open_default()
                .find_or_create(name)
                .map_err(|e| e.to_string())?,
        ),
        None => None,
    };
    let resumed = match &profile {
        Some(p) => take_pending(p, &loaded, &app, lang, args)?,
        None if args.resume => return Err("--resume needs --profile NAME".into()),
        None => None,
    };
    let seed = resumed
        .as_ref()
        .map(|r| r.header.seed)
        .or(args.seed)
        .unwrap_or_else(|| rand::rng().random());
    let mode = resumed.as_ref().map_or(args.mode, |r| r.header.mode);
    let mut recorder = match (&profile, &resumed) {
        (Some(p), Some(pending)) => Some(Recorder::resume(p.clone(), pending)?),
        (Some(p), None) => Some(Recorder::start(
            p.clone(),
            &loaded.scenario.id,
            seed,
            lang,
            mode,
        )?),
        (None, None) => None,
        (None, Some(_)) => unreachable!("a resumed call comes from a profile"),
    };
    // With --json, stdout carries only the assessment; the call itself goes to stderr.
    let mut stdout = std::io::stdout();
    let mut stderr = std::io::stderr();
    let out: &mut dyn Write = if args.json { &mut stderr } else { &mut stdout };
    let call = Call {
        loaded: &loaded,
        app: &app,
        lang,
        seed,
        mode,
        resumed: resumed.as_ref().map(|p| p.answers.as_slice()),
    };
    let (transcript, quit) = match play(&call, args, recorder.as_mut(), out)? {
        Played::Ended(t) => (t, false),
        Played::Quit(t) => (t, true),
    };
    let assessment = assessment::assess(&loaded, &transcript, lang, &app);
    if let Some(recorder) = recorder {
        if transcript.turns.is_empty() {
            recorder.discard();
        } else {
            let attempt = recorder.finish(&assessment)?;
            let line = app.text_args(
                "profile-recording",
                &[
                    ("name", FluentValue::from(attempt.profile.clone())),
                    ("number", FluentValue::from(attempt.number)),
                ],
            );
            writeln!(out, "{line}").map_err(|e| e.to_string())?;
        }
    } else if !args.json && args.choices.is_empty() && args.auto.is_none() {
        writeln!(out, "{}", app.text("profile-not-recording")).map_err(|e| e.to_string())?;
    }
    if quit {
        if mode == Mode::Exam {
            writeln!(out, "{}", app.text("mode-exam-abandoned")).map_err(|e| e.to_string())?;
        }
        return Ok(ExitCode::SUCCESS);
    }
    if args.json {
        let json = serde_json::to_string_pretty(&assessment).map_err(|e| e.to_string())?;
        println!("{json}");
    } else {
        let mut shown = assessment.clone();
        // A trainer's own file is replayed by its path, not its id.
        shown.scenario = args.scenario.clone();
        if mode == Mode::Exam {
            shown.feedback.clear();
        }
        render::assessment(&shown, &app, &mut std::io::stdout()).map_err(|e| e.to_string())?;
        if mode == Mode::Exam {
            println!("{}", app.text("mode-exam-feedback-withheld"));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// An interrupted call of this profile: resumed when it is this scenario's and the trainee
/// wants it, else recorded as an unfinished attempt so its answers are not lost.
fn take_pending(
    profile: &Profile,
    loaded: &LoadedScenario,
    app: &Catalog,
    lang: Lang,
    args: &PlayArgs,
) -> Result<Option<Pending>, String> {
    let pending = match profile.pending_call() {
        Ok(Some(p)) => p,
        Ok(None) if args.resume => {
            return Err(format!(
                "{} has no interrupted call to resume",
                profile.name
            ));
        }
        Ok(None) => return Ok(None),
        Err(warning) => {
            eprintln!("amiable: warning: {warning}");
            return Ok(None);
        }
    };
    let same = pending.header.scenario == loaded.scenario.id;
    let interactive = args.choices.is_empty() && args.auto.is_none() && !args.json;
    let wanted = same
        && (args.resume || {
            interactive && {
                let offer = app.text_args(
                    "profile-resume-offer",
                    &[
                        (
                            "scenario",
                            FluentValue::from(pending.header.scenario.clone()),
                        ),
                        ("answers", FluentValue::from(pending.answers.len())),
                    ],
                );
                print!("{} ", offer.trim_end());
                let _ = std::io::stdout().flush();
                let answer = term::read_line(None)?.unwrap_or_default();
                matches!(
                    answer.trim().to_lowercase().as_str(),
                    "o" | "oui" | "y" | "yes"
                )
            }
        });
    if wanted {
        match record::replay(
            loaded.scenario.clone(),
            loaded.texts(pending.header.lang),
            pending.header.seed,
            &pending.answers,
        ) {
            Ok(_) => return Ok(Some(pending)),
            Err(why) => eprintln!(
                "{}",
                app.text_args("profile-resume-failed", &[("why", FluentValue::from(why))])
            ),
        }
    } else if args.resume {
        return Err(format!(
            "the interrupted call of {} is of `{}`, not `{}`",
            profile.name, pending.header.scenario, loaded.scenario.id
        ));
    }
    settle_pending(profile, &pending, app, lang);
    Ok(None)
}

/// Records an interrupted call that will not be resumed, as far as it went.
fn settle_pending(profile: &Profile, pending: &Pending, app: &Catalog, lang: Lang) {
    let recorded = (|| -> Result<(), String> {
        if pending.answers.is_empty() {
            return Ok(());
        }
        let loaded = load_playable(&pending.header.scenario)?;
        let conversation = record::replay(
            loaded.scenario.clone(),
            loaded.texts(pending.header.lang),
            pending.header.seed,
            &pending.answers,
        )?;
        let assessment = assessment::assess(&loaded, conversation.transcript(), lang, app);
        profile
            .record(NewAttempt {
                assessment: &assessment,
                mode: pending.header.mode,
                registration: pending.header.registration,
                started: pending.header.started,
                duration_ms: pending.elapsed_ms,
                answers: pending.answers.clone(),
            })
            .map(|_| ())
            .map_err(|e| e.to_string())
    })();
    match recorded {
        Ok(()) => profile.discard_pending(),
        Err(why) => {
            // Kept on disk: a later Amiable (or the trainer) may still make sense of it.
            let aside = record::set_aside(&profile.journal_path());
            eprintln!(
                "amiable: warning: the interrupted call could not be recorded ({why}); kept as {}",
                aside.display()
            );
        }
    }
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

/// What a call needs besides the answers.
struct Call<'a> {
    loaded: &'a LoadedScenario,
    app: &'a Catalog,
    lang: Lang,
    seed: u64,
    mode: Mode,
    /// Answers of an interrupted call, replayed before the trainee goes on.
    resumed: Option<&'a [record::Answer]>,
}

enum Played {
    Ended(engine::Transcript),
    /// The trainee quit; the call as far as it went.
    Quit(engine::Transcript),
}

/// Plays the call, showing it on `out`.
fn play(
    call: &Call<'_>,
    args: &PlayArgs,
    mut recorder: Option<&mut Recorder>,
    out: &mut dyn Write,
) -> Result<Played, String> {
    let Call {
        loaded,
        app,
        lang,
        seed,
        mode,
        ..
    } = *call;
    let texts = loaded.texts(lang);
    let io = |e: std::io::Error| e.to_string();
    render::briefing(loaded, lang, app, seed, out).map_err(io)?;
    if mode == Mode::Exam {
        let rules = app.text_args(
            "mode-exam-rules",
            &[("seconds", FluentValue::from(record::EXAM_RESPONSE_SECONDS))],
        );
        writeln!(out, "\n{}", wrap(&rules, "")).map_err(io)?;
    }
    let mut conversation = match call.resumed {
        Some(answers) => {
            let c = record::replay(loaded.scenario.clone(), texts, seed, answers)?;
            let line = app.text_args(
                "profile-resumed",
                &[("answers", FluentValue::from(answers.len()))],
            );
            writeln!(out, "\n{line}").map_err(io)?;
            c
        }
        None => Conversation::new(loaded.scenario.clone(), seed),
    };
    let mut picker = engine::auto_picker(seed);
    let mut scripted = args.choices.iter();
    let mut decision = conversation.transcript().turns.len();
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
                if mode == Mode::Practice {
                    for cue in &talk.cues {
                        let hint = format!(
                            "{} {}",
                            app.text("hint-header"),
                            app.text(&format!("hint-{}", cue.id()))
                        );
                        writeln!(out, "{}", wrap(&hint, "  💡 ")).map_err(io)?;
                    }
                }
                let count = talk.options.len();
                if args.free && talk.free_text && scripted.len() == 0 {
                    let played = free_turn(&mut conversation, texts, app, lang, out)?;
                    if let Some(r) = recorder.as_deref_mut() {
                        r.sync(conversation.transcript())?;
                    }
                    if !played {
                        writeln!(out, "{}", app.text("play-quit")).map_err(io)?;
                        return Ok(Played::Quit(conversation.into_transcript()));
                    }
                    continue;
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
                            let limit = (mode == Mode::Exam).then(|| {
                                std::time::Duration::from_secs(record::EXAM_RESPONSE_SECONDS)
                            });
                            match term::ask_within(
                                &prompt,
                                &app.text("play-invalid"),
                                count,
                                limit,
                                out,
                            )? {
                                Answer::Choice(i) => i,
                                Answer::TimedOut => {
                                    writeln!(out, "{}", app.text("mode-exam-timed-out"))
                                        .map_err(io)?;
                                    scoring::worst_choice(talk)
                                }
                                Answer::Quit => {
                                    writeln!(out, "{}", app.text("play-quit")).map_err(io)?;
                                    return Ok(Played::Quit(conversation.into_transcript()));
                                }
                            }
                        }
                    },
                };
                let option = &talk.options[index];
                let said = texts.text(&message::option(&talk.id, &option.id));
                writeln!(out, "{}", wrap(&format!("🎧 {said}"), "")).map_err(io)?;
                if mode == Mode::Practice {
                    let id = message::option(&talk.id, &option.id);
                    if let Some(feedback) = texts.attr(&id, message::FEEDBACK) {
                        let line = format!("{} {feedback}", app.text("feedback-header"));
                        writeln!(out, "{}", wrap(&line, "  ✎ ")).map_err(io)?;
                    }
                }
                conversation.choose(index).map_err(|e| e.to_string())?;
                if let Some(r) = recorder.as_deref_mut() {
                    r.sync(conversation.transcript())?;
                }
            }
        }
    }
    Ok(Played::Ended(conversation.into_transcript()))
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
pub fn menu(lang: Lang, profile: Option<&str>) -> Result<ExitCode, String> {
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
        Answer::Quit | Answer::TimedOut => return Ok(ExitCode::SUCCESS),
    };
    let args = PlayArgs {
        scenario: playable[index].path.display().to_string(),
        seed: None,
        choices: Vec::new(),
        auto: None,
        json: false,
        mode: Mode::Practice,
        resume: false,
        free: false,
    };
    run(lang, profile, &args)
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
