//! Broken scenario files give positioned diagnostics, all at once, and never a panic.

use crate::common;

use crate::common::Workspace;
use amiable::diagnostic::Diagnostic;
use amiable::scenario;

fn diagnostics(path: &std::path::Path) -> Vec<Diagnostic> {
    scenario::load(path).diagnostics
}

fn find<'a>(diags: &'a [Diagnostic], needle: &str) -> &'a Diagnostic {
    diags
        .iter()
        .find(|d| d.message.contains(needle))
        .unwrap_or_else(|| panic!("no diagnostic containing {needle:?} in:\n{}", render(diags)))
}

fn render(diags: &[Diagnostic]) -> String {
    diags
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_fixture_is_clean() {
    let d = diagnostics(&common::fixture_path("mini-call"));
    assert!(d.is_empty(), "{}", render(&d));
}

#[test]
fn ron_syntax_errors_have_their_position() {
    let ws = Workspace::new("syntax");
    let path = ws.mini_variant("broken", |s| s.replacen("minutes: 3,", "minutes: 3", 1));
    let d = diagnostics(&path);
    assert_eq!(d.len(), 1, "{}", render(&d));
    assert!(d[0].message.starts_with("RON:"), "{}", d[0]);
    // RON reports the missing comma where the next field starts.
    assert_eq!((d[0].location.line, d[0].location.col), (6, 5), "{}", d[0]);
}

#[test]
fn unknown_fields_and_tags_are_named() {
    let ws = Workspace::new("unknown");
    let path = ws.mini_variant("tags", |s| {
        s.replacen(
            "tags: [identification, cushion]",
            "tags: [identification, cushon]",
            1,
        )
    });
    let d = diagnostics(&path);
    assert!(d[0].message.contains("cushon"), "{}", d[0]);
    assert_eq!(
        (d[0].location.line, d[0].location.col),
        (26, 57),
        "{}",
        d[0]
    );
    let path = ws.mini_variant("field", |s| {
        s.replacen("minutes: 3,", "minutes: 3,\n    mood: 4,", 1)
    });
    let d = diagnostics(&path);
    assert!(d[0].message.contains("mood"), "{}", d[0]);
    assert_eq!(d[0].location.line, 6, "{}", d[0]);
}

#[test]
fn a_link_to_a_missing_node_suggests_the_closest_id() {
    let ws = Workspace::new("link");
    let path = ws.mini_variant("link", |s| {
        s.replacen("next: \"offer\",\n", "next: \"ofer\",\n", 1)
    });
    let d = diagnostics(&path);
    let link = find(&d, "next node `ofer` does not exist");
    assert_eq!(link.hint.as_deref(), Some("did you mean `offer`?"));
    assert_eq!((link.location.line, link.location.col), (47, 94), "{link}");
    assert!(
        link.to_string()
            .starts_with(&format!("{}:47:94: error:", path.display()))
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let ws = Workspace::new("many");
    let path = ws.mini_variant("many", |s| {
        s.replacen("set(\"felt_heard\")", "set(\"felt_herd\")", 1)
            .replacen("next: \"gave_up\")", "next: \"gaveup\")", 1)
            .replacen("id: \"offer\",", "id: \"lost_job\",", 1)
    });
    let d = diagnostics(&path);
    find(&d, "flag `felt_herd` is not declared");
    find(&d, "`gaveup` does not exist");
    find(&d, "node id `lost_job` is used twice");
    assert!(d.len() >= 3, "{}", render(&d));
}

#[test]
fn unreachable_nodes_and_endless_loops_are_found() {
    let ws = Workspace::new("graph");
    // "offer" now only leads back to itself: no ending can be reached from it.
    let path = ws.mini_variant("graph", |s| {
        s.replace("next: \"agreed\")", "next: \"offer\")")
            .replace("next: \"agreed_unrealistic\")", "next: \"offer\")")
            .replace(
                "(id: \"whatever\", tags: [passive], next: \"gave_up\")",
                "(id: \"whatever\", tags: [passive], next: \"offer\")",
            )
    });
    let d = diagnostics(&path);
    find(&d, "no ending can be reached from node `offer`");
    let unreachable = find(&d, "node `agreed` can never be reached");
    assert!(!unreachable.is_error());
}

#[test]
fn missing_translations_and_fluent_errors_are_positioned() {
    let ws = Workspace::new("ftl");
    let path = ws.mini_variant("texts", |s| s.to_string());
    let en = ws.dir.join("locales/en-US/texts.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    let text = text.replace(
        "offer-whatever = Comme vous voulez.\n    .feedback = Passif.\n",
        "",
    );
    let text = text.replace("gave_up = Au revoir.", "gave_up = Au revoir {");
    std::fs::write(&en, text).unwrap();
    let d = diagnostics(&path);
    let missing = find(&d, "en-US has no text for `offer-whatever`");
    assert_eq!(missing.location.path, path);
    assert_eq!(missing.location.line, 60, "{missing}");
    let syntax = find(&d, "Fluent syntax");
    assert_eq!(syntax.location.path, en);
    assert!(syntax.location.line > 30);
}

#[test]
fn a_missing_translation_file_is_one_clear_error() {
    let ws = Workspace::new("nofile");
    let path = ws.mini_variant("alone", |s| s.to_string());
    std::fs::remove_file(ws.dir.join("locales/en-US/alone.ftl")).unwrap();
    let d = diagnostics(&path);
    let e = find(&d, "no en-US translation");
    assert!(e.location.path.ends_with("en-US/alone.ftl"));
}

#[test]
fn unreadable_or_odd_files_never_panic() {
    let ws = Workspace::new("odd");
    for (name, bytes) in [
        ("empty", b"".to_vec()),
        ("binary", vec![0xff, 0xfe, 0x00, 0x41]),
        ("text", b"hello world".to_vec()),
        ("deep", "(".repeat(10_000).into_bytes()),
    ] {
        let path = ws.dir.join("scenarios").join(format!("{name}.ron"));
        std::fs::write(&path, bytes).unwrap();
        let d = diagnostics(&path);
        assert!(
            !d.is_empty() && d.iter().all(|d| d.location.line >= 1),
            "{name}: {}",
            render(&d)
        );
    }
    let d = diagnostics(&ws.dir.join("scenarios/absent.ron"));
    assert!(d[0].message.contains("cannot read file"));
}

#[test]
fn mutated_files_always_yield_positioned_diagnostics() {
    let original = std::fs::read_to_string(common::fixture_path("mini-call")).unwrap();
    let ws = Workspace::new("mutate");
    let path = ws.dir.join("scenarios/mini-call.ron");
    for lang in ["fr-FR", "en-US"] {
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/locales")
            .join(lang)
            .join("mini-call.ftl");
        std::fs::copy(src, ws.dir.join("locales").join(lang).join("mini-call.ftl")).unwrap();
    }
    let lines: Vec<&str> = original.lines().collect();
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    for round in 0..200 {
        let mutated: String = match round % 4 {
            0 => original[..next(original.len())].to_string(),
            1 => {
                let mut bytes = original.clone().into_bytes();
                let i = next(bytes.len());
                bytes[i] ^= 1 << next(8);
                String::from_utf8_lossy(&bytes).into_owned()
            }
            2 => {
                let skip = next(lines.len());
                lines
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| *i != skip)
                    .map(|(_, l)| *l)
                    .collect::<Vec<_>>()
                    .join("\n")
            }
            _ => {
                let dup = next(lines.len());
                let mut v = lines.clone();
                v.insert(dup, lines[dup]);
                v.join("\n")
            }
        };
        std::fs::write(&path, &mutated).unwrap();
        let outcome = scenario::load(&path);
        if outcome.scenario.is_none() {
            assert!(
                outcome.diagnostics.iter().any(Diagnostic::is_error),
                "round {round}: blocked without an error"
            );
        }
        for d in &outcome.diagnostics {
            assert!(
                d.location.line >= 1 && d.location.line <= mutated.lines().count().max(1) + 1
                    || d.location.path != path,
                "round {round}: {d}"
            );
        }
    }
}

#[test]
fn a_translation_with_other_variables_is_an_error() {
    let ws = Workspace::new("vars");
    let path = ws.mini_variant("vars", |s| s.to_string());
    for (lang, var) in [("fr-FR", "montant"), ("en-US", "amount")] {
        let ftl = ws.dir.join("locales").join(lang).join("vars.ftl");
        let text = std::fs::read_to_string(&ftl).unwrap();
        std::fs::write(
            &ftl,
            text.replace(
                "offer = Et vous proposez quoi ?",
                &format!("offer = Et vous proposez quoi pour {{ ${var} }} ?"),
            ),
        )
        .unwrap();
    }
    let d = diagnostics(&path);
    let e = find(
        &d,
        "message `offer` uses $amount in en-US but $montant in fr-FR",
    );
    assert!(e.location.path.ends_with("en-US/vars.ftl"));
    assert_eq!(e.location.line, 28);
}
