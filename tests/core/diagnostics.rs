//! One broken file per kind of problem `check` finds, with the exact message and position a
//! trainer reads. Each starts from the clean fixture and breaks one thing.

use crate::common::Workspace;
use amiable::scenario;

/// What `check` says of the fixture with `ron` applied to its structure and `ftl` to the
/// English texts: `line:col: severity: message`, file names left out.
fn said(name: &str, ron: impl Fn(&str) -> String, ftl: impl Fn(&str) -> String) -> Vec<String> {
    let ws = Workspace::new(&format!("diag-{name}"));
    let path = ws.mini_variant(name, ron);
    let en = ws.dir.join(format!("locales/en-US/{name}.ftl"));
    let text = std::fs::read_to_string(&en).unwrap();
    std::fs::write(&en, ftl(&text)).unwrap();
    scenario::load(&path)
        .diagnostics
        .iter()
        .map(|d| {
            let parts: Vec<String> = d
                .location
                .path
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            let file = if parts.last().is_some_and(|f| f.ends_with(".ftl")) {
                parts[parts.len() - 2..].join("/")
            } else {
                parts.last().cloned().unwrap_or_default()
            };
            let severity = if d.is_error() { "error" } else { "warning" };
            let hint = d
                .hint
                .as_deref()
                .map(|h| format!(" ({h})"))
                .unwrap_or_default();
            format!(
                "{file}:{}:{}: {severity}: {}{hint}",
                d.location.line, d.location.col, d.message
            )
        })
        .collect()
}

fn same(s: &str) -> String {
    s.to_string()
}

fn structure(name: &str, edit: impl Fn(&str) -> String) -> Vec<String> {
    said(name, edit, same)
}

fn texts(name: &str, edit: impl Fn(&str) -> String) -> Vec<String> {
    said(name, same, edit)
}

/// The diagnostics include exactly this line.
fn says(said: &[String], line: &str) {
    assert!(
        said.iter().any(|l| l == line),
        "expected:\n{line}\nsaid:\n{}",
        said.join("\n")
    );
}

/// The diagnostics are exactly these lines.
fn says_only(said: &[String], lines: &[&str]) {
    assert_eq!(said, lines, "\nsaid:\n{}", said.join("\n"));
}

#[test]
fn ron_syntax() {
    let d = structure("ron_syntax", |s| s.replacen("minutes: 3,", "minutes: 3", 1));
    says_only(&d, &["ron_syntax.ron:6:5: error: RON: Expected comma"]);
}

#[test]
fn missing_field() {
    let d = structure("missing_field", |s| s.replacen("    minutes: 3,\n", "", 1));
    says_only(
        &d,
        &[
            "missing_field.ron:67:1: error: RON: Unexpected missing field named `minutes` in `Scenario`",
        ],
    );
}

#[test]
fn unknown_field() {
    let d = structure("unknown_field", |s| {
        s.replacen("minutes: 3,", "minutes: 3,\n    mood: 4,", 1)
    });
    assert_eq!(d.len(), 1);
    assert!(d[0].starts_with(
        "unknown_field.ron:6:5: error: RON: Unexpected field named `mood` in `Scenario`, expected one of `id`,"
    ), "{}", d[0]);
}

#[test]
fn unknown_technique_tag() {
    let d = structure("unknown_tag", |s| {
        s.replacen("[identification, cushion]", "[identification, cushon]", 1)
    });
    assert_eq!(d.len(), 1);
    assert!(d[0].starts_with(
        "unknown_tag.ron:26:57: error: RON: Unexpected variant named `cushon` in enum `Technique`, expected one of `empathy`,"
    ), "{}", d[0]);
}

#[test]
fn scenario_id_differs_from_file_name() {
    let d = structure("id_mismatch", |s| {
        s.replacen("id: \"id_mismatch\"", "id: \"other-id\"", 1)
    });
    says_only(
        &d,
        &[
            "id_mismatch.ron:3:9: error: scenario id `other-id` differs from the file name `id_mismatch`",
        ],
    );
}

#[test]
fn gauge_out_of_range() {
    let d = structure("gauge", |s| s.replacen("tension: 60,", "tension: 160,", 1));
    says_only(
        &d,
        &["gauge.ron:16:14: error: tension is 160; gauges go from 0 to 100"],
    );
}

#[test]
fn link_to_a_missing_node() {
    let d = structure("missing_link", |s| {
        s.replacen("next: \"offer\",\n", "next: \"ofer\",\n", 1)
    });
    says_only(
        &d,
        &["missing_link.ron:47:94: error: next node `ofer` does not exist (did you mean `offer`?)"],
    );
}

#[test]
fn hang_up_at_must_be_an_ending() {
    let d = structure("hang_up_not_end", |s| {
        s.replacen("hang_up_at: \"hangs_up\"", "hang_up_at: \"offer\"", 1)
    });
    says(
        &d,
        "hang_up_not_end.ron:18:17: error: hang_up_at `offer` must be an End node",
    );
}

#[test]
fn node_id_must_be_snake_case() {
    let d = structure("node_case", |s| s.replace("\"gave_up\"", "\"Gave-Up\""));
    says(
        &d,
        "node_case.ron:65:17: error: node id `Gave-Up` must be snake_case: lowercase letters, digits and _, starting with a letter",
    );
}

#[test]
fn duplicate_node_id() {
    let d = structure("duplicate_node", |s| {
        s.replacen("id: \"offer\",", "id: \"lost_job\",", 1)
    });
    says(
        &d,
        "duplicate_node.ron:54:17: error: node id `lost_job` is used twice (first at line 33)",
    );
}

#[test]
fn decision_without_answers() {
    let d = structure("no_answer", |s| {
        let start = s.find("                (id: \"plan\"").unwrap();
        let end = s.find("        End(id: \"agreed\"").unwrap();
        let close = s[start..end].rfind("            ],").unwrap() + start;
        format!("{}{}", &s[..start], &s[close..])
    });
    says(
        &d,
        "no_answer.ron:54:17: error: node `offer` offers no answer",
    );
}

#[test]
fn decision_with_fewer_than_three_answers() {
    let d = structure("two_answers", |s| {
        s.replacen(
            "                (id: \"whatever\", tags: [passive], next: \"gave_up\"),\n",
            "",
            1,
        )
    });
    says(
        &d,
        "two_answers.ron:54:17: warning: node `offer` offers 2 answers; a decision needs at least 3",
    );
}

#[test]
fn option_id_must_be_snake_case() {
    let d = structure("option_case", |s| {
        s.replacen("(id: \"whatever\"", "(id: \"Whatever\"", 1)
    });
    says(
        &d,
        "option_case.ron:60:22: error: option id `Whatever` must be snake_case",
    );
}

#[test]
fn duplicate_option_id() {
    let d = structure("duplicate_option", |s| {
        s.replacen("(id: \"too_much\"", "(id: \"plan\"", 1)
    });
    says(
        &d,
        "duplicate_option.ron:59:22: error: option id `plan` is used twice in node `offer`",
    );
}

#[test]
fn chance_above_100() {
    let d = structure("chance", |s| s.replacen("chance: 50,", "chance: 150,", 1));
    says_only(&d, &["chance.ron:28:80: error: chance 150 is above 100"]);
}

#[test]
fn effect_on_an_undeclared_flag() {
    let d = structure("undeclared_flag", |s| {
        s.replacen("set(\"felt_heard\")", "set(\"felt_herd\")", 1)
    });
    says_only(
        &d,
        &[
            "undeclared_flag.ron:37:81: error: flag `felt_herd` is not declared in `flags` (did you mean `felt_heard`?)",
        ],
    );
}

#[test]
fn condition_on_an_undeclared_flag() {
    let d = structure("undeclared_condition", |s| {
        s.replacen("flag(\"felt_heard\")", "flag(\"heard\")", 1)
    });
    says_only(
        &d,
        &[
            "undeclared_condition.ron:48:45: error: flag `heard` is not declared in `flags` (add it to the `flags` list)",
        ],
    );
}

#[test]
fn unreachable_node() {
    let d = structure("unreachable", |s| {
        s.replacen("next: \"agreed_unrealistic\"", "next: \"agreed\"", 1)
    });
    says_only(
        &d,
        &[
            "unreachable.ron:64:17: warning: node `agreed_unrealistic` can never be reached from `opening`",
        ],
    );
}

#[test]
fn loop_with_no_way_out() {
    let d = structure("no_way_out", |s| {
        s.replace("next: \"agreed\")", "next: \"offer\")")
            .replace("next: \"agreed_unrealistic\")", "next: \"offer\")")
            .replace(
                "(id: \"whatever\", tags: [passive], next: \"gave_up\")",
                "(id: \"whatever\", tags: [passive], next: \"offer\")",
            )
    });
    says(
        &d,
        "no_way_out.ron:54:17: error: no ending can be reached from node `offer`: the call would never end",
    );
}

#[test]
fn text_missing_in_a_locale() {
    let d = texts("missing_text", |t| t.replacen("offer = ", "offer-x = ", 1));
    says_only(
        &d,
        &[
            "missing_text.ron:54:17: error: en-US has no text for `offer`",
            "en-US/missing_text.ftl:28:1: warning: message `offer-x` is not used by the scenario",
        ],
    );
}

#[test]
fn unused_message() {
    let d = texts("unused_message", |t| {
        format!("{t}stray = Nobody reads me.\n")
    });
    says_only(
        &d,
        &["en-US/unused_message.ftl:43:1: warning: message `stray` is not used by the scenario"],
    );
}

#[test]
fn unused_attribute() {
    let d = texts("unused_attribute", |t| {
        t.replacen("offer = ", "offer = x\n    .tone = calm\noffer-old = ", 1)
    });
    says(
        &d,
        "en-US/unused_attribute.ftl:28:1: warning: attribute `.tone` of `offer` is not used (known: .altN, .feedback, .outcome, .example-N)",
    );
}

#[test]
fn fluent_syntax_error() {
    let d = texts("fluent_syntax", |t| {
        t.replacen("gave_up = ", "gave_up = {", 1)
    });
    says(
        &d,
        "en-US/fluent_syntax.ftl:39:15: error: Fluent syntax: Expected a token starting with \"}\"",
    );
}

#[test]
fn message_defined_twice() {
    let d = texts("defined_twice", |t| format!("{t}title = Again\n"));
    says_only(
        &d,
        &["en-US/defined_twice.ftl:43:1: error: message `title` is defined twice"],
    );
}

#[test]
fn translation_with_other_variables() {
    let d = texts("variables", |t| {
        t.replacen("offer = ", "offer = { $amount } ", 1)
    });
    says_only(
        &d,
        &[
            "en-US/variables.ftl:28:1: error: message `offer` uses $amount in en-US but none in fr-FR",
        ],
    );
}

#[test]
fn translation_older_than_the_french() {
    let d = texts("stale", |t| format!("# source: 0000000000000000\n{t}"));
    says_only(
        &d,
        &[
            "en-US/stale.ftl:2:1: warning: the en-US text of `title` was translated from an older fr-FR text (update the translation, then run `amiable stamp` on the scenario)",
        ],
    );
}

#[test]
fn unclear_target_must_exist() {
    let d = structure("unclear_missing", |s| {
        s.replacen(
            "cues: [emotion, difficulty, explains],",
            "cues: [emotion, difficulty, explains],\n            unclear: \"nowhere\",",
            1,
        )
    });
    says_only(
        &d,
        &["unclear_missing.ron:36:22: error: unclear target `nowhere` does not exist"],
    );
}

#[test]
fn unclear_target_on_a_node_without_free_text() {
    let d = structure("unclear_unused", |s| {
        s.replacen(
            "cues: [emotion, difficulty, explains],",
            "cues: [emotion, difficulty, explains],\n            free_text: false,\n            unclear: \"gave_up\",",
            1,
        )
    });
    says_only(
        &d,
        &[
            "unclear_unused.ron:37:22: warning: node `lost_job` has an `unclear` target but takes no free text (remove `free_text: false`, or the `unclear` target)",
        ],
    );
}

#[test]
fn free_text_examples_belong_to_answers() {
    let on_answer = texts("example_on_answer", |t| {
        t.replacen(
            "offer-plan = ",
            "offer-plan = x\n    .example-1 = I suggest 60 now and 60 a month.\noffer-plan-old = ",
            1,
        )
    });
    assert!(
        !on_answer.iter().any(|l| l.contains("example-1")),
        "{}",
        on_answer.join("\n")
    );
    let on_line = texts("example_on_line", |t| {
        t.replacen(
            "offer = ",
            "offer = x\n    .example-1 = What?\noffer-old = ",
            1,
        )
    });
    says(
        &on_line,
        "en-US/example_on_line.ftl:28:1: warning: attribute `.example-1` of `offer` is not used: free-text examples belong to an answer's message",
    );
}
