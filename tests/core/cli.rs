//! The `amiable` binary as a trainee or trainer uses it.

use crate::common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn amiable(args: &[&str]) -> Output {
    run_with_input(args, "")
}

fn run_with_input(args: &[&str], input: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_amiable"))
        .args(args)
        .env("LANG", "fr_FR.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("amiable runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

/// Output as a person reads it: French non-breaking spaces read as spaces.
fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).replace(['\u{a0}', '\u{202f}'], " ")
}

fn mini() -> String {
    common::fixture_path("mini-call").display().to_string()
}

#[test]
fn play_json_has_the_documented_keys() {
    let out = amiable(&[
        "play",
        &mini(),
        "--seed",
        "3",
        "--choices",
        "1,1,1,1",
        "--json",
        "--lang",
        "en",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is only JSON");
    assert_eq!(a["scenario"], "mini-call");
    assert_eq!(a["seed"], 3);
    assert_eq!(a["lang"], "en");
    for key in [
        "empathy",
        "reformulation",
        "desc",
        "assertiveness",
        "questioning",
        "call_structure",
        "positive_language",
        "objection_handling",
        "negotiation",
        "diagnosis",
        "compliance",
    ] {
        let c = &a["competencies"][key];
        assert!(
            c.get("score").is_some() && c["evidence"].is_array(),
            "{key}: {c}"
        );
    }
    assert_eq!(a["competencies"]["empathy"]["score"], 100);
    assert_eq!(a["outcome"]["result"], "payment_plan");
    assert_eq!(a["outcome"]["realistic"], true);
    assert!(a["relational_experience"]["score"].as_u64().unwrap() >= 90);
    assert_eq!(
        a["transcript"].as_array().unwrap().len(),
        9,
        "4 debtor lines, 4 answers, the last line"
    );
    assert_eq!(a["choices"], serde_json::json!([1, 1, 1, 1]));
    // The call itself went to stderr, in English.
    assert!(text(&out.stderr).contains("Case file before the call"));
}

#[test]
fn the_same_seed_gives_the_same_assessment() {
    let args = [
        "play",
        &mini(),
        "--seed",
        "11",
        "--auto",
        "random",
        "--json",
    ];
    let a = amiable(&args);
    let b = amiable(&args);
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn an_out_of_range_choice_is_a_clear_error() {
    let out = amiable(&["play", &mini(), "--seed", "1", "--choices", "1,5"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("la réponse 5 n’existe pas à la décision 2 : choisissez entre 1 et 3"),
        "{err}"
    );
    assert!(!err.contains("panicked"));
}

#[test]
fn the_terminal_asks_when_choices_run_out() {
    let out = run_with_input(
        &["play", &mini(), "--seed", "1", "--choices", "1"],
        "9\nabc\n1\n1\n1\n",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(
        shown.contains("Tapez le numéro d’une des réponses proposées."),
        "{shown}"
    );
    assert!(shown.contains("Bilan de l’appel"));
    assert!(shown.contains("Empathie"));
    // Without a terminal and without answers, it stops with a message instead of hanging.
    let out = amiable(&["play", &mini(), "--seed", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("end of input"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn check_reports_positions_and_sets_the_exit_code() {
    let clean = amiable(&["check", &mini()]);
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stdout));
    let ws = common::Workspace::new("cli-check");
    let path = ws.mini_variant("broken", |s| {
        s.replacen("next: \"offer\",\n", "next: \"ofer\",\n", 1)
    });
    let out = amiable(&["check", &path.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let shown = text(&out.stdout);
    let expected = format!(
        "{}:47:94: error: next node `ofer` does not exist (did you mean `offer`?)",
        path.display()
    );
    assert!(shown.contains(&expected), "{shown}");
    assert!(
        shown.contains("47 |"),
        "the offending line is quoted: {shown}"
    );
}

#[test]
fn list_shows_the_bundled_catalogue() {
    let out = amiable(&["list", "--json", "--lang", "en"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"aggressive-debtor"), "{ids:?}");
    for e in list.as_array().unwrap() {
        assert!(e["minutes"].as_u64().unwrap() > 0);
        assert!(!e["competencies"].as_array().unwrap().is_empty());
        assert!(!e["title"].as_str().unwrap().is_empty());
    }
    let table = amiable(&["list"]);
    assert!(text(&table.stdout).contains("min"));
}

#[test]
fn unknown_scenarios_and_languages_are_explained() {
    let out = amiable(&["play", "no-such-scenario", "--choices", "1"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("no-such-scenario.ron"),
        "{}",
        text(&out.stderr)
    );
    let out = amiable(&["list", "--lang", "de"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("use fr or en"));
}

#[cfg(feature = "desktop")]
#[test]
fn without_a_display_the_app_points_to_terminal_play() {
    let out = Command::new(env!("CARGO_BIN_EXE_amiable"))
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.contains("amiable play"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn new_writes_a_skeleton_that_checks_and_plays() {
    let ws = common::Workspace::new("cli-new");
    let dir = ws.dir.display().to_string();
    for template in ["basic", "aggressive", "negotiation"] {
        let id = format!("my-{template}-case");
        let out = amiable(&["new", &id, "--template", template, "--dir", &dir]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let ron = ws
            .dir
            .join("scenarios")
            .join(format!("{id}.ron"))
            .display()
            .to_string();
        // It passes: no error, only a reminder of every text still to write.
        let check = amiable(&["check", &ron]);
        let said = text(&check.stdout);
        assert_eq!(check.status.code(), Some(0), "{template}: {said}");
        assert!(!said.contains("error:"), "{template}: {said}");
        assert!(
            said.contains("warning: message `title` still has the placeholder text"),
            "{template}: {said}"
        );
        for lang in ["fr", "en"] {
            let play = amiable(&[
                "play", &ron, "--auto", "best", "--json", "--lang", lang, "--seed", "1",
            ]);
            assert!(
                play.status.success(),
                "{template} {lang}: {}",
                text(&play.stderr)
            );
            let a: serde_json::Value = serde_json::from_slice(&play.stdout).unwrap();
            assert_eq!(a["finished"], true);
        }
    }
    let again = amiable(&["new", "my-basic-case", "--dir", &dir]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("already exists; nothing was written"));
    let bad = amiable(&["new", "Bad_Id", "--dir", &dir]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn check_warns_when_the_french_changed_after_the_translation_was_stamped() {
    let ws = common::Workspace::new("cli-stamp");
    let path = ws.mini_variant("stamped", |s| s.to_string());
    let ron = path.display().to_string();
    let stamp = amiable(&["stamp", &ron]);
    assert!(stamp.status.success(), "{}", text(&stamp.stderr));
    assert!(text(&stamp.stdout).contains("messages stamped"));
    let clean = amiable(&["check", "--deny-warnings", &ron]);
    assert_eq!(clean.status.code(), Some(0), "{}", text(&clean.stdout));

    let fr = ws.dir.join("locales/fr-FR/stamped.ftl");
    let source = std::fs::read_to_string(&fr).unwrap();
    std::fs::write(
        &fr,
        source.replace(
            "offer = Et vous proposez quoi ?",
            "offer = Et alors, vous proposez quoi ?",
        ),
    )
    .unwrap();
    let stale = amiable(&["check", &ron]);
    assert_eq!(
        stale.status.code(),
        Some(0),
        "a stale translation is a warning"
    );
    let shown = text(&stale.stdout);
    assert!(
        shown
            .contains("warning: the en-US text of `offer` was translated from an older fr-FR text"),
        "{shown}"
    );
    assert!(shown.contains("en-US/stamped.ftl:"), "{shown}");
    assert_eq!(
        amiable(&["check", "--deny-warnings", &ron]).status.code(),
        Some(1)
    );

    assert!(amiable(&["stamp", &ron]).status.success());
    assert_eq!(
        amiable(&["check", "--deny-warnings", &ron]).status.code(),
        Some(0)
    );
}

/// The trainer's promise of `analyze`: its best call, replayed with `play --choices`, scores
/// the maximum it announced, on every bundled scenario.
#[test]
fn analyze_best_path_replays_to_the_announced_maximum() {
    for id in amiable::catalogue::bundled()
        .iter()
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
    {
        let out = amiable(&["analyze", &id, "--json"]);
        assert!(out.status.success(), "{id}: {}", text(&out.stderr));
        let a: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert!(a["endings"].as_array().is_some_and(|e| !e.is_empty()));
        for (name, range) in a["competencies"].as_object().unwrap() {
            assert!(
                range["max"].as_u64() >= range["min"].as_u64(),
                "{id} {name}"
            );
        }
        for (path, seed, expected) in [
            ("best_path", &a["best"]["seed"], &a["overall"]["max"]),
            ("worst_path", &a["worst"]["seed"], &a["overall"]["min"]),
        ] {
            let choices = a[path].as_str().unwrap();
            let seed = seed.as_u64().expect("a seed is found").to_string();
            let args = ["play", &id, "--choices", choices, "--seed", &seed, "--json"];
            let played = amiable(&args);
            assert!(played.status.success(), "{id}: {}", text(&played.stderr));
            let call: serde_json::Value = serde_json::from_slice(&played.stdout).unwrap();
            assert_eq!(call["finished"], true, "{id} {path}");
            assert_eq!(&call["overall"], expected, "{id} {path} {choices}");
        }
    }
}

/// `amiable check | head` closes the pipe early: the tool ends quietly, as Unix tools do,
/// instead of panicking on the write.
#[cfg(unix)]
#[test]
fn a_closed_output_pipe_is_not_a_panic() {
    let ws = common::Workspace::new("cli-pipe");
    // Diagnostics go to standard output: break the file so that there are some.
    let broken = ws.mini_variant("pipe", |s| s.replace("next: \"offer\"", "next: \"ofer\""));
    let mut child = Command::new(env!("CARGO_BIN_EXE_amiable"))
        .args(["check", &broken.display().to_string()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("amiable runs");
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn classify_prints_techniques_with_evidence_and_question_type() {
    let out = amiable(&[
        "classify",
        "Je comprends que ce soit difficile. Qu'est-ce qui vous empêche de régler ?",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("empathy") && stdout.contains("\"Je comprends\""),
        "{stdout}"
    );
    assert!(stdout.contains("open_question"), "{stdout}");
    assert!(stdout.contains("Question: open"), "{stdout}");
}

#[test]
fn classify_json_has_the_documented_keys() {
    let out = amiable(&[
        "classify",
        "--lang",
        "en",
        "--json",
        "You do agree that this invoice is due, don't you?",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is only JSON");
    assert_eq!(
        v["text"],
        "You do agree that this invoice is due, don't you?"
    );
    assert_eq!(v["question"], "leading");
    let techniques = v["techniques"].as_array().unwrap();
    assert!(
        techniques.iter().any(|t| t["id"] == "leading_question"
            && t["evidence"].as_str().is_some_and(|e| !e.is_empty()))
    );
    let none = amiable(&["classify", "--json", ""]);
    assert!(none.status.success());
    let v: serde_json::Value = serde_json::from_slice(&none.stdout).unwrap();
    assert_eq!(v["question"], "none");
    assert_eq!(v["techniques"], serde_json::json!([]));
}

#[test]
fn play_free_reads_typed_answers_and_says_what_was_understood() {
    let input = "\nxqzt vbnmw\nBonjour Monsieur Test, Léa Martin pour la Banque Test, au sujet du dossier MINI-1.\nJe comprends que ce soit difficile ; si je comprends bien, vous avez perdu votre emploi.\n";
    let out = run_with_input(
        &[
            "play",
            &mini(),
            "--seed",
            "2",
            "--free",
            "--json",
            "--lang",
            "fr",
        ],
        &format!("{input}q\n"),
    );
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("Tapez votre réponse"),
        "an empty line asks again:\n{err}"
    );
    assert!(
        err.contains("reformuler"),
        "gibberish: the debtor asks to rephrase:\n{err}"
    );
    assert!(err.contains("Compris comme :"), "{err}");
    assert!(err.contains("Détecté :"), "{err}");
    assert!(out.stdout.is_empty(), "quitting gives no assessment");
}

#[test]
fn play_free_json_reports_each_free_answer() {
    let lines = [
        "Bonjour Monsieur Test, Léa Martin pour la Banque Test, au sujet du dossier MINI-1.",
        "Je comprends que ce soit difficile ; si je comprends bien, vous avez perdu votre emploi.",
        "Je ne peux pas l'annuler : la facture de 300 € est échue.",
        "Je vous propose 60 € maintenant puis 60 € par mois.",
    ];
    let out = run_with_input(
        &[
            "play",
            &mini(),
            "--seed",
            "2",
            "--free",
            "--json",
            "--lang",
            "fr",
        ],
        &format!("{}\n", lines.join("\n")),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let a: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is only JSON");
    let feedback = a["feedback"].as_array().unwrap();
    assert!(!feedback.is_empty());
    for f in feedback {
        let free = &f["free"];
        assert!(free["text"].is_string(), "{f}");
        assert!(free["detected"].is_array(), "{f}");
        assert!(free["explanation"].is_string(), "{f}");
    }
    assert_eq!(feedback[0]["option"], "identify");
    assert_eq!(a["transcript"][1]["text"], lines[0]);
}

#[test]
fn quiz_names_every_position_of_a_tie_in_both_languages() {
    // "Always" for the passive and assertive statements, "never" for the others.
    let tie = "4,4,1,1,4,4,1,1,4,4,1,1,4,4,1,1,4,1,4,1";
    let fr = amiable(&["quiz", "assertiveness", "--answers", tie]);
    assert!(fr.status.success(), "{}", text(&fr.stderr));
    let fr = text(&fr.stdout);
    assert!(
        fr.contains("Profil partagé à égalité entre Passif et Assertif"),
        "{fr}"
    );
    assert!(!fr.contains("Position dominante"), "{fr}");
    // Both positions are explained, in the order of the profile.
    let (passive, assertive) = (fr.find("  Passif :"), fr.find("  Assertif :"));
    assert!(passive.is_some() && passive < assertive, "{fr}");
    let en = amiable(&["quiz", "assertiveness", "--lang", "en", "--answers", tie]);
    let en = text(&en.stdout);
    assert!(
        en.contains("Profile shared equally between Passive and Assertive"),
        "{en}"
    );
    // One position ahead is still named dominant.
    let lead = "1,4,1,1,4,1,1,1,1,4,1,1,4,1,1,1,1,1,4,1";
    let fr = text(&amiable(&["quiz", "assertiveness", "--answers", lead]).stdout);
    assert!(fr.contains("Position dominante : Assertif"), "{fr}");
    assert!(!fr.contains("Passif :"), "{fr}");
}
