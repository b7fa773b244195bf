//! Reports and exports: the printable HTML escapes what scenarios and trainees wrote, xAPI
//! statements follow the 1.0.3 rules field by field, an LRS receives them as the spec says,
//! and the group view computes and writes what a French spreadsheet expects.

use crate::common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::PathBuf;

use amiable::assessment;
use amiable::catalogue;
use amiable::engine::play_through;
use amiable::i18n::Lang;
use amiable::record::quiz::QuizResult;
use amiable::record::{self, Answer, Attempt, Mode, NewAttempt, Profile, Records};
use amiable::report::{self, Export, ReportInput, Selection, group, lrs, xapi};
use amiable::scenario::LoadedScenario;
use serde_json::Value;

fn temp_root(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("amiable-report-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn record_call(
    profile: &Profile,
    loaded: &LoadedScenario,
    seed: u64,
    choices: &[usize],
    mode: Mode,
) -> Attempt {
    let zero: Vec<usize> = choices.iter().map(|c| c - 1).collect();
    let transcript = play_through(loaded.scenario.clone(), seed, &zero, |_, _| None).unwrap();
    let app = catalogue::app_texts(Lang::Fr).unwrap();
    let a = assessment::assess(loaded, &transcript, Lang::Fr, &app);
    profile
        .record(NewAttempt {
            assessment: &a,
            mode,
            registration: uuid::Uuid::new_v4(),
            started: chrono::Utc::now(),
            duration_ms: 83_456,
            answers: record::answers_of(&transcript),
        })
        .unwrap()
}

fn html_of(profile: &Profile, quizzes: &[QuizResult], lang: Lang) -> String {
    let history = profile.history();
    let app = catalogue::app_texts(lang).unwrap();
    let progress = record::progress(&history, &[]);
    let input = ReportInput {
        profile: &profile.name,
        created: profile.created,
        attempts: report::select(&history, Selection::All).unwrap(),
        history: &history.attempts,
        progress: &progress,
        quizzes,
        generated: chrono::Utc::now(),
        app: &app,
        trainer: false,
    };
    report::html::report(&input)
}

#[test]
fn html_report_shows_a_script_in_a_scenario_as_text() {
    let ws = common::Workspace::new("report-script");
    let path = ws.mini_variant("script-call", |ron| ron.to_string());
    for lang in ["fr-FR", "en-US"] {
        let file = ws.dir.join(format!("locales/{lang}/script-call.ftl"));
        let ftl = std::fs::read_to_string(&file).unwrap();
        let ftl = ftl
            .replacen("title = ", "title = <script>alert('title')</script> ", 1)
            .replacen(
                "opening-identify = ",
                "opening-identify = <script>alert(1)</script> <img src=x onerror=alert(2)> ",
                1,
            );
        std::fs::write(&file, ftl).unwrap();
    }
    let loaded = common::load(&path);
    let records = Records::at(temp_root("script"));
    let profile = records.create("<b>Zoé</b> & co").unwrap();
    record_call(&profile, &loaded, 1, &[1, 1, 1, 1], Mode::Practice);
    record_call(&profile, &loaded, 2, &[2, 2, 2, 2], Mode::Exam);
    let html = html_of(&profile, &[], Lang::Fr);
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "no script element");
    assert!(!lower.contains("<img"), "no image element");
    assert!(!lower.contains("<b>zo"), "the pseudonym is not markup");
    assert!(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("&lt;b&gt;Zoé&lt;/b&gt; &amp; co"));
    // Self-contained: nothing is fetched from elsewhere.
    for outside in ["src=\"http", "href=\"http", "url(", "@import", "<link"] {
        assert!(!lower.contains(outside), "external resource: {outside}");
    }
    assert!(html.contains("@page { size: A4"));
    assert!(html.starts_with("<!DOCTYPE html>") && html.contains("<html lang=\"fr\">"));
    // Both attempts are detailed, with the trend chart of the overall score.
    assert_eq!(html.matches("<section class=\"attempt\">").count(), 2);
    assert!(html.contains("<svg") && html.contains("<polyline"));
    // The Markdown report does not let markup through either.
    let (_, md) = copies_of(&profile, Lang::En, false);
    assert!(!md.to_lowercase().contains("<script"));
    assert!(md.contains("# Learning record of &lt;b&gt;Zoé&lt;/b&gt; &amp; co"));
    let _ = std::fs::remove_dir_all(records.root());
}

/// What a printed page needs, found when the reports were printed from headless Chromium: no
/// row or heading left alone at a page foot, words that do not break inside, quotes and
/// elision as each language writes them, and no good-or-bad colour on a questionnaire.
#[test]
fn html_report_prints_cleanly_in_each_language() {
    let loaded = common::mini();
    let records = Records::at(temp_root("print"));
    let emilie = records.create("Émilie").unwrap();
    record_call(&emilie, &loaded, 1, &[1, 1, 1, 1], Mode::Practice);
    record_call(&emilie, &loaded, 2, &[2, 2, 2, 2], Mode::Practice);
    let quiz = record::quiz::score(&[3; 20], Lang::Fr, chrono::Utc::now()).unwrap();
    let fr = html_of(&emilie, std::slice::from_ref(&quiz), Lang::Fr);
    // A table row, a figure and a heading's first lines stay together on a page.
    assert!(fr.contains("figure, .keep, tr { break-inside: avoid;"));
    assert!(fr.contains("h2, h3 { break-after: avoid;"));
    // French elides "de" before a vowel, accented or not; a consonant keeps it.
    assert!(
        fr.contains("<h1>Carnet d’apprentissage d’Émilie</h1>"),
        "elision"
    );
    let camille = records.create("Camille").unwrap();
    record_call(&camille, &loaded, 1, &[1, 1, 1, 1], Mode::Practice);
    assert!(
        html_of(&camille, &[], Lang::Fr).contains("<h1>Carnet d’apprentissage de Camille</h1>")
    );
    // A date is never cut at its hyphens, a state never between its words.
    let en = html_of(&emilie, std::slice::from_ref(&quiz), Lang::En);
    assert!(
        en.contains("<td><span class=\"nowrap\">"),
        "dates in unbroken words"
    );
    assert!(en.contains(".nowrap, .acquired, .in_progress, .not_yet { white-space: nowrap; }"));
    // The answer quoted in the evidence takes the report's quotation marks.
    assert!(
        fr.contains("<span class=\"said\">«\u{a0}"),
        "French guillemets"
    );
    assert!(!en.contains("« "), "no French guillemets in English");
    assert!(
        en.contains("<span class=\"said\">\u{201c}"),
        "English quotes"
    );
    // A questionnaire position is drawn in ink, never in the green, amber and red of marks.
    let quiz_part = &fr[fr.find("<h2>Questionnaire").unwrap()..fr.find("<h2>Tentatives").unwrap()];
    for mark in ["#2e7d4f", "#b8860b", "#b03a2e"] {
        assert!(
            !quiz_part.contains(mark),
            "questionnaire bar coloured as a mark: {mark}"
        );
    }
    // The answer table fixes its column widths, so no column is squeezed to a word.
    assert!(fr.contains("<table class=\"answers"));
    let _ = std::fs::remove_dir_all(records.root());
}

/// The HTML and Markdown reports of every attempt, as the trainee's copy or the trainer's.
fn copies_of(profile: &Profile, lang: Lang, trainer: bool) -> (String, String) {
    let history = profile.history();
    let app = catalogue::app_texts(lang).unwrap();
    let progress = record::progress(&history, &[]);
    let input = ReportInput {
        profile: &profile.name,
        created: profile.created,
        attempts: history.attempts.iter().collect(),
        history: &history.attempts,
        progress: &progress,
        quizzes: &[],
        generated: chrono::Utc::now(),
        app: &app,
        trainer,
    };
    (
        report::html::report(&input),
        report::markdown::report(&input),
    )
}

/// An exam withholds its answer-by-answer detail from the trainee, in the reports as after
/// the call: no comment, no better answer, no evidence quoting the answers; one line says
/// so. The trainer's copy (`--trainer`) holds it all.
#[test]
fn an_exam_report_withholds_the_answer_detail_unless_it_is_the_trainers() {
    let loaded = common::mini();
    let records = Records::at(temp_root("exam-detail"));
    let p = records.create("Inès").unwrap();
    let exam = record_call(&p, &loaded, 2, &[2, 2, 2, 2], Mode::Exam);
    let view = report::AttemptView::of(&exam);
    let comments: Vec<&str> = view.feedback.iter().map(|f| f.feedback.as_str()).collect();
    let better: Vec<&str> = view
        .feedback
        .iter()
        .filter_map(|f| f.better.as_ref().map(|b| b.said.as_str()))
        .collect();
    assert!(
        !comments.is_empty() && !better.is_empty(),
        "a call with answers to better"
    );
    for lang in [Lang::Fr, Lang::En] {
        let app = catalogue::app_texts(lang).unwrap();
        let withheld = app.text("mode-exam-feedback-withheld");
        let (html, md) = copies_of(&p, lang, false);
        assert!(html.contains(&report::html::escape(&withheld)), "{lang:?}");
        assert!(
            md.contains(&report::markdown::escape(&withheld)),
            "{lang:?}"
        );
        assert!(!html.contains("<table class=\"answers"));
        assert!(!html.contains("class=\"evidence\""));
        assert!(!html.contains(&report::html::escape(&app.text("learn-col-better"))));
        assert!(!html.contains(&report::html::escape(&app.text("learn-trainer-copy"))));
        let (trainer_html, trainer_md) = copies_of(&p, lang, true);
        assert!(!trainer_html.contains(&report::html::escape(&withheld)));
        assert!(!trainer_md.contains(&report::markdown::escape(&withheld)));
        assert!(trainer_html.contains("<table class=\"answers"));
        assert!(trainer_html.contains("class=\"evidence\""));
        assert!(trainer_html.contains(&report::html::escape(&app.text("learn-trainer-copy"))));
        assert!(trainer_md.contains(&report::markdown::escape(&app.text("learn-trainer-copy"))));
    }
    // The attempt keeps the call's language (French here): its words are checked once.
    let (html, md) = copies_of(&p, Lang::Fr, false);
    let (trainer_html, trainer_md) = copies_of(&p, Lang::Fr, true);
    for c in &comments {
        assert!(
            !html.contains(&report::html::escape(c)),
            "comment shown: {c}"
        );
        assert!(
            !md.contains(&report::markdown::escape(c)),
            "comment shown: {c}"
        );
        assert!(trainer_html.contains(&report::html::escape(c)), "{c}");
        assert!(trainer_md.contains(&report::markdown::escape(c)), "{c}");
    }
    for b in &better {
        assert!(
            !html.contains(&report::html::escape(b)),
            "better answer shown: {b}"
        );
        assert!(trainer_html.contains(&report::html::escape(b)), "{b}");
    }
    // A practice call is detailed in either copy.
    record_call(&p, &loaded, 3, &[2, 2, 2, 2], Mode::Practice);
    let (html, md) = copies_of(&p, Lang::Fr, false);
    assert_eq!(html.matches("<table class=\"answers").count(), 1);
    assert_eq!(
        md.matches("| N° | Votre réponse | Commentaire |").count(),
        1
    );
    let _ = std::fs::remove_dir_all(records.root());
}

/// Positions that tie for the highest score are all named: the report does not pick one.
#[test]
fn a_questionnaire_tie_is_shown_as_a_shared_profile() {
    let records = Records::at(temp_root("quiz-tie"));
    let p = records.create("Ana").unwrap();
    use amiable::record::quiz::{Position, STATEMENTS, score};
    let two: Vec<u8> = STATEMENTS
        .iter()
        .map(|q| u8::from(matches!(q, Position::Passive | Position::Aggressive)) * 3)
        .collect();
    let tied = score(&two, Lang::Fr, chrono::Utc::now()).unwrap();
    assert_eq!(
        tied.leading(),
        vec![Position::Passive, Position::Aggressive]
    );
    let fr = html_of(&p, std::slice::from_ref(&tied), Lang::Fr);
    assert!(
        fr.contains("<strong>Profil partagé à égalité entre Passif et Agressif</strong>"),
        "{fr}"
    );
    assert!(!fr.contains("Position dominante"));
    assert!(
        fr.contains("<p>Passif\u{a0}: vous évitez")
            && fr.contains("<p>Agressif\u{a0}: vous imposez")
    );
    let en = html_of(&p, std::slice::from_ref(&tied), Lang::En);
    assert!(en.contains("Profile shared equally between Passive and Aggressive"));
    let all = score(&[2; 20], Lang::Fr, chrono::Utc::now()).unwrap();
    let en = html_of(&p, std::slice::from_ref(&all), Lang::En);
    assert!(en.contains(
        "Profile shared equally between Passive, Aggressive, Manipulative and Assertive"
    ));
    // One position ahead is still the dominant one, in the Markdown report too.
    let history = p.history();
    let app = catalogue::app_texts(Lang::Fr).unwrap();
    let progress = record::progress(&history, &[]);
    let one: Vec<u8> = STATEMENTS
        .iter()
        .map(|q| if *q == Position::Assertive { 3 } else { 1 })
        .collect();
    let one = score(&one, Lang::Fr, chrono::Utc::now()).unwrap();
    let md = report::markdown::report(&ReportInput {
        profile: &p.name,
        created: p.created,
        attempts: vec![],
        history: &history.attempts,
        progress: &progress,
        quizzes: std::slice::from_ref(&one),
        generated: chrono::Utc::now(),
        app: &app,
        trainer: false,
    });
    assert!(
        md.contains("**Position dominante\u{a0}: Assertif**"),
        "{md}"
    );
    assert!(!md.contains("partagé"));
    let _ = std::fs::remove_dir_all(records.root());
}

#[test]
fn selection_names_the_attempts_or_says_which_exist() {
    let records = Records::at(temp_root("select"));
    let p = records.create("Sam").unwrap();
    let h = p.history();
    assert!(report::select(&h, Selection::Last).is_err());
    assert!(report::select(&h, Selection::All).unwrap().is_empty());
    let loaded = common::mini();
    record_call(&p, &loaded, 1, &[1, 1, 1, 1], Mode::Practice);
    record_call(&p, &loaded, 2, &[2, 1, 1, 1], Mode::Practice);
    let h = p.history();
    assert_eq!(report::select(&h, Selection::Last).unwrap()[0].number, 2);
    assert_eq!(
        report::select(&h, Selection::Number(1)).unwrap()[0].number,
        1
    );
    let err = report::select(&h, Selection::Number(7)).unwrap_err();
    assert!(err.contains("recorded: 1, 2"), "{err}");
    let _ = std::fs::remove_dir_all(records.root());
}

#[test]
fn iso_durations_are_precise_to_a_hundredth() {
    assert_eq!(xapi::iso_duration(0), "PT0S");
    assert_eq!(xapi::iso_duration(999), "PT0.99S");
    assert_eq!(xapi::iso_duration(5_000), "PT5S");
    assert_eq!(xapi::iso_duration(83_456), "PT1M23.45S");
    assert_eq!(xapi::iso_duration(3_600_000), "PT1H");
    assert_eq!(xapi::iso_duration(3_723_000), "PT1H2M3S");
}

// ---- xAPI 1.0.3, field by field ----

fn is_uuid(v: &Value) -> bool {
    v.as_str()
        .and_then(|s| uuid::Uuid::parse_str(s).ok().map(|u| u.to_string() == s))
        .unwrap_or(false)
}

/// An absolute IRI: a scheme, then `:`, then something, and no space.
fn is_iri(v: &Value) -> bool {
    let Some(s) = v.as_str() else { return false };
    let Some((scheme, rest)) = s.split_once(':') else {
        return false;
    };
    !scheme.is_empty()
        && scheme.chars().next().unwrap().is_ascii_alphabetic()
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        && !rest.is_empty()
        && !s.contains(char::is_whitespace)
}

/// A language map: RFC 5646 tags to strings, at least one entry.
fn check_lang_map(v: &Value, both: bool, at: &str) {
    let map = v
        .as_object()
        .unwrap_or_else(|| panic!("{at}: a language map"));
    assert!(!map.is_empty(), "{at}: empty language map");
    for (tag, text) in map {
        assert!(
            tag.parse::<unic_langid::LanguageIdentifier>().is_ok(),
            "{at}: {tag}"
        );
        assert!(text.as_str().is_some_and(|t| !t.is_empty()), "{at}.{tag}");
    }
    if both {
        assert!(
            map.contains_key("fr-FR") && map.contains_key("en-US"),
            "{at}: readable in fr-FR and en-US: {map:?}"
        );
    }
}

fn check_extensions(v: &Value, at: &str) {
    for key in v.as_object().unwrap_or_else(|| panic!("{at}")).keys() {
        assert!(is_iri(&Value::String(key.clone())), "{at}: key {key}");
    }
}

/// No null and no empty object anywhere outside extensions: an LRS rejects them.
fn check_no_empty(v: &Value, at: &str) {
    match v {
        Value::Null => panic!("{at}: null"),
        Value::Object(m) => {
            assert!(!m.is_empty(), "{at}: empty object");
            for (k, x) in m {
                if k != "extensions" {
                    check_no_empty(x, &format!("{at}.{k}"));
                }
            }
        }
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| check_no_empty(x, &format!("{at}[{i}]"))),
        _ => {}
    }
}

fn is_iso_duration(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("PT") else {
        return false;
    };
    if rest.is_empty() {
        return false;
    }
    let mut number = String::new();
    let mut last_unit = 0;
    for c in rest.chars() {
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
            continue;
        }
        let unit = match c {
            'H' => 1,
            'M' => 2,
            'S' => 3,
            _ => return false,
        };
        if number.is_empty() || unit <= last_unit || (number.contains('.') && c != 'S') {
            return false;
        }
        if let Some((_, frac)) = number.split_once('.')
            && (frac.is_empty() || frac.len() > 2)
        {
            return false;
        }
        number.clear();
        last_unit = unit;
    }
    number.is_empty()
}

fn check_activity(v: &Value, both: bool, at: &str) {
    assert_eq!(v["objectType"], "Activity", "{at}");
    assert!(is_iri(&v["id"]), "{at}.id");
    let d = &v["definition"];
    check_lang_map(&d["name"], both, &format!("{at}.definition.name"));
    if d.get("description").is_some() {
        check_lang_map(
            &d["description"],
            both,
            &format!("{at}.definition.description"),
        );
    }
    assert!(is_iri(&d["type"]), "{at}.definition.type");
}

fn check_statement(s: &Value, both_languages: bool) {
    let at = s["verb"]["id"].as_str().unwrap_or("?").to_string();
    check_no_empty(s, &at);
    let allowed: HashSet<&str> = [
        "id",
        "actor",
        "verb",
        "object",
        "result",
        "context",
        "timestamp",
    ]
    .into();
    for k in s.as_object().unwrap().keys() {
        assert!(allowed.contains(k.as_str()), "{at}: unexpected {k}");
    }
    assert!(is_uuid(&s["id"]), "{at}: id");
    // Actor: an Agent identified by exactly one inverse functional identifier, an account.
    let actor = &s["actor"];
    assert_eq!(actor["objectType"], "Agent");
    let ifis = ["mbox", "mbox_sha1sum", "openid", "account"]
        .iter()
        .filter(|k| actor.get(**k).is_some())
        .count();
    assert_eq!(ifis, 1, "{at}: one IFI");
    let home = actor["account"]["homePage"].as_str().unwrap();
    assert!(home.starts_with("https://") || home.starts_with("http://"));
    assert!(
        actor["account"]["name"]
            .as_str()
            .is_some_and(|n| !n.is_empty())
    );
    // Verb.
    assert!(is_iri(&s["verb"]["id"]));
    check_lang_map(&s["verb"]["display"], true, &format!("{at}.verb.display"));
    // Object.
    let interaction = s["object"]["definition"].get("interactionType").is_some();
    check_activity(&s["object"], both_languages, &format!("{at}.object"));
    if interaction {
        let d = &s["object"]["definition"];
        assert_eq!(
            d["type"],
            "http://adlnet.gov/expapi/activities/cmi.interaction"
        );
        assert_eq!(d["interactionType"], "choice");
        let choices = d["choices"].as_array().expect("choices");
        assert!(!choices.is_empty());
        let mut ids = HashSet::new();
        for c in choices {
            let id = c["id"].as_str().expect("choice id");
            assert!(
                !id.is_empty() && ids.insert(id.to_string()),
                "{at}: choice {id}"
            );
            check_lang_map(
                &c["description"],
                both_languages,
                &format!("{at}.choice {id}"),
            );
        }
        let response = s["result"]["response"].as_str().expect("response");
        for r in response.split("[,]") {
            assert!(ids.contains(r), "{at}: response {r} is one of the choices");
        }
    }
    // Result.
    if let Some(r) = s.get("result") {
        if let Some(score) = r.get("score") {
            let scaled = score["scaled"].as_f64().unwrap();
            let (raw, min, max) = (
                score["raw"].as_f64().unwrap(),
                score["min"].as_f64().unwrap(),
                score["max"].as_f64().unwrap(),
            );
            assert!((-1.0..=1.0).contains(&scaled), "{at}: scaled");
            assert!(
                min < max && (min..=max).contains(&raw),
                "{at}: raw in min..max"
            );
            assert!(
                (scaled - raw / max).abs() < 1e-9,
                "{at}: scaled = raw / max"
            );
        }
        for flag in ["success", "completion"] {
            if let Some(v) = r.get(flag) {
                assert!(v.is_boolean(), "{at}: {flag}");
            }
        }
        if let Some(d) = r.get("duration") {
            assert!(is_iso_duration(d.as_str().unwrap()), "{at}: duration {d}");
        }
        if let Some(e) = r.get("extensions") {
            check_extensions(e, &format!("{at}.result.extensions"));
        }
    }
    // Context.
    let c = &s["context"];
    assert!(is_uuid(&c["registration"]), "{at}: registration");
    assert!(
        c["language"]
            .as_str()
            .unwrap()
            .parse::<unic_langid::LanguageIdentifier>()
            .is_ok()
    );
    check_extensions(&c["extensions"], &format!("{at}.context.extensions"));
    if let Some(ca) = c.get("contextActivities") {
        for (k, list) in ca.as_object().unwrap() {
            assert!(["parent", "grouping", "category", "other"].contains(&k.as_str()));
            for a in list.as_array().expect("contextActivities are arrays") {
                check_activity(a, both_languages, &format!("{at}.context.{k}"));
            }
        }
    }
    chrono::DateTime::parse_from_rfc3339(s["timestamp"].as_str().unwrap())
        .unwrap_or_else(|e| panic!("{at}: timestamp: {e}"));
}

fn verbs(statements: &[Value]) -> Vec<String> {
    statements
        .iter()
        .map(|s| {
            s["verb"]["id"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_string()
        })
        .collect()
}

#[test]
fn xapi_statements_follow_the_1_0_3_rules_field_by_field() {
    let loaded = common::mini();
    let records = Records::at(temp_root("xapi"));
    let p = records.create("Inès Dupont").unwrap();
    let good = record_call(&p, &loaded, 1, &[1, 1, 1, 1], Mode::Exam);
    let poor = record_call(&p, &loaded, 2, &[2, 2, 2, 2], Mode::Practice);
    let texts = xapi::ScenarioTexts { loaded: &loaded };
    for (attempt, outcome) in [(&good, "passed"), (&poor, "failed")] {
        let statements = xapi::statements(attempt, Some(&texts));
        let v = verbs(&statements);
        let answered = attempt.answers.len();
        assert_eq!(v[0], "initialized");
        assert!(v[1..=answered].iter().all(|x| x == "answered"), "{v:?}");
        assert_eq!(&v[answered + 1..], ["completed", outcome]);
        for s in &statements {
            check_statement(s, true);
            assert_eq!(
                s["context"]["registration"],
                attempt.registration.to_string()
            );
            assert_eq!(s["actor"]["account"]["name"], "Inès Dupont");
        }
        // The answered statements carry the answer given, one of the choices offered.
        let first = &statements[1];
        let opening = loaded.scenario.talk("opening").unwrap();
        let Answer::Choice(n) = attempt.answers[0] else {
            unreachable!()
        };
        assert_eq!(
            first["result"]["response"],
            opening.options[n - 1].id.as_str()
        );
        assert_eq!(
            first["object"]["definition"]["choices"]
                .as_array()
                .unwrap()
                .len(),
            loaded.scenario.talk("opening").unwrap().options.len()
        );
        let last = statements.last().unwrap();
        assert_eq!(last["result"]["score"]["raw"], attempt.overall);
        assert_eq!(last["result"]["success"], outcome == "passed");
        assert_eq!(last["result"]["duration"], "PT1M23.45S");
        let ext = last["result"]["extensions"].as_object().unwrap();
        assert!(ext.contains_key(&xapi::extension_iri("competency/empathy")));
        // Ids are stable: sending the same attempt twice gives the LRS the same statements.
        let again = xapi::statements(attempt, Some(&texts));
        let ids: Vec<&Value> = statements.iter().map(|s| &s["id"]).collect();
        let ids_again: Vec<&Value> = again.iter().map(|s| &s["id"]).collect();
        assert_eq!(ids, ids_again);
        assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
    }
    assert!(good.overall >= report::PASS_MARK && poor.overall < report::PASS_MARK);
    // Without the scenario (removed since), statements stay valid and name the answer given.
    let lone = xapi::statements(&good, None);
    for s in &lone {
        check_statement(s, false);
    }
    let _ = std::fs::remove_dir_all(records.root());
}

#[test]
fn an_unfinished_call_is_terminated_without_completion() {
    let loaded = common::mini();
    let records = Records::at(temp_root("xapi-unfinished"));
    let p = records.create("Léo").unwrap();
    let transcript = play_through(loaded.scenario.clone(), 1, &[0, 0], |_, _| None).unwrap();
    let app = catalogue::app_texts(Lang::Fr).unwrap();
    let a = assessment::assess(&loaded, &transcript, Lang::Fr, &app);
    let attempt = p
        .record(NewAttempt {
            assessment: &a,
            mode: Mode::Exam,
            registration: uuid::Uuid::new_v4(),
            started: chrono::Utc::now(),
            duration_ms: 20_000,
            answers: vec![Answer::Choice(1), Answer::Choice(1)],
        })
        .unwrap();
    assert!(!attempt.finished);
    let statements = xapi::statements(&attempt, Some(&xapi::ScenarioTexts { loaded: &loaded }));
    assert_eq!(
        verbs(&statements),
        ["initialized", "answered", "answered", "terminated"]
    );
    for s in &statements {
        check_statement(s, true);
    }
    assert_eq!(statements[3]["result"]["completion"], false);
    let _ = std::fs::remove_dir_all(records.root());
}

/// A one-request HTTP server that records what it received and answers `status`.
fn one_shot_lrs(status: u16, body: &'static str) -> (String, std::thread::JoinHandle<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/xapi/", listener.local_addr().unwrap());
    let handle = std::thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut head = String::new();
        let mut length = 0usize;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
            head.push_str(&line);
            if line == "\r\n" || line.is_empty() {
                break;
            }
        }
        let mut body_in = vec![0u8; length];
        reader.read_exact(&mut body_in).unwrap();
        let mut stream = stream;
        write!(
            stream,
            "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        )
        .unwrap();
        head + &String::from_utf8(body_in).unwrap()
    });
    (url, handle)
}

#[test]
fn statements_are_posted_to_an_lrs_with_the_version_header_and_basic_credentials() {
    let loaded = common::mini();
    let records = Records::at(temp_root("lrs"));
    let p = records.create("Ana").unwrap();
    let attempt = record_call(&p, &loaded, 1, &[1, 1, 1, 1], Mode::Practice);
    let statements = xapi::statements(&attempt, Some(&xapi::ScenarioTexts { loaded: &loaded }));
    let (url, server) = one_shot_lrs(200, r#"["a","b","c","d","e","f","g"]"#);
    let sent = lrs::send(
        &lrs::Lrs {
            url: &url,
            user: Some("key"),
            password: Some("sécret"),
        },
        &statements,
    )
    .unwrap();
    let request = server.join().unwrap();
    assert_eq!(sent.status, 200);
    assert_eq!(sent.stored, 7);
    assert!(
        request.starts_with("POST /xapi/statements HTTP/1.1\r\n"),
        "{request}"
    );
    let lower = request.to_ascii_lowercase();
    assert!(lower.contains("x-experience-api-version: 1.0.3\r\n"));
    assert!(lower.contains("content-type: application/json"));
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode("key:sécret");
    assert!(request.contains(&format!("Basic {token}")), "{request}");
    let body = &request[request.find("\r\n\r\n").unwrap() + 4..];
    let posted: Vec<Value> = serde_json::from_str(body).unwrap();
    assert_eq!(posted, statements);

    let (url, server) = one_shot_lrs(401, r#"{"error":"bad credentials"}"#);
    let err = lrs::send(
        &lrs::Lrs {
            url: &format!("{url}statements"),
            user: Some("key"),
            password: None,
        },
        &statements,
    )
    .unwrap_err();
    server.join().unwrap();
    assert!(
        err.contains("HTTP 401") && err.contains("credentials"),
        "{err}"
    );
    let err = lrs::send(
        &lrs::Lrs {
            url: "ftp://lrs",
            user: None,
            password: None,
        },
        &statements,
    )
    .unwrap_err();
    assert!(err.contains("http://"), "{err}");
    let _ = std::fs::remove_dir_all(records.root());
}

// ---- The group view ----

fn export_of(profile: &Profile) -> Export {
    let history = profile.history();
    let app = catalogue::app_texts(Lang::Fr).unwrap();
    let progress = record::progress(&history, &[]);
    Export::of(&ReportInput {
        profile: &profile.name,
        created: profile.created,
        attempts: history.attempts.iter().collect(),
        history: &history.attempts,
        progress: &progress,
        quizzes: &[],
        generated: chrono::Utc::now(),
        app: &app,
        trainer: false,
    })
}

#[test]
fn group_rows_and_spread_come_from_the_exports() {
    let loaded = common::mini();
    let records = Records::at(temp_root("group"));
    let a = records.create("Alix").unwrap();
    let b = records.create("Bruno; \"B\"").unwrap();
    let a1 = record_call(&a, &loaded, 1, &[2, 2, 2, 2], Mode::Practice);
    let a2 = record_call(&a, &loaded, 2, &[1, 1, 1, 1], Mode::Exam);
    let b1 = record_call(&b, &loaded, 3, &[1, 2, 1, 1], Mode::Practice);
    // Exports go through their JSON form, as a trainer receives them.
    let dir = records.root().join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let mut exports = Vec::new();
    for (name, p) in [("a", &a), ("b", &b), ("a-again", &a)] {
        let path = dir.join(format!("{name}.json"));
        std::fs::write(&path, export_of(p).to_json()).unwrap();
        exports.push(report::read_export(&path).unwrap());
    }
    let g = group::group(&exports);
    assert_eq!(g.trainees, 2);
    assert_eq!(g.duplicates, 2, "the export handed in twice counts once");
    assert_eq!(g.rows.len(), 2);
    let row_a = &g.rows[0];
    assert_eq!(row_a.trainee, "Alix");
    assert_eq!(row_a.attempts, 2);
    assert_eq!(row_a.exams, 1);
    assert_eq!(row_a.positioning, Some(a1.overall));
    assert_eq!(row_a.latest, Some(a2.overall));
    assert_eq!(row_a.best, Some(a1.overall.max(a2.overall)));
    let latest = [a2.overall, b1.overall].map(f64::from);
    let mean = (latest[0] + latest[1]) / 2.0;
    let sd = ((latest[0] - mean).powi(2) + (latest[1] - mean).powi(2)).sqrt();
    let spread = g.latest.unwrap();
    assert_eq!(spread.count, 2);
    assert!((spread.mean - mean).abs() < 1e-9 && (spread.sd - sd).abs() < 1e-9);
    assert_eq!(spread.min, a2.overall.min(b1.overall));

    let fr = group::csv(&g, &catalogue::app_texts(Lang::Fr).unwrap());
    assert!(fr.starts_with('\u{FEFF}'), "UTF-8 with a byte-order mark");
    let lines: Vec<&str> = fr.trim_start_matches('\u{FEFF}').split("\r\n").collect();
    assert!(lines[0].starts_with("Stagiaire;Scénario;"), "{}", lines[0]);
    let columns = lines[0].split(';').count();
    assert_eq!(columns, 7 + 11);
    assert!(
        lines[2].starts_with("\"Bruno; \"\"B\"\"\";"),
        "quoted: {}",
        lines[2]
    );
    let mean_line = lines.iter().find(|l| l.starts_with("Moyenne;")).unwrap();
    let expected = format!("{mean:.1}").replace('.', ",");
    assert!(mean_line.contains(&format!(";{expected};")), "{mean_line}");
    let en = group::csv(&g, &catalogue::app_texts(Lang::En).unwrap());
    assert!(
        en.contains(&format!(";{mean:.1};")),
        "a decimal point in English"
    );
    let html = group::html(
        &g,
        &catalogue::app_texts(Lang::Fr).unwrap(),
        chrono::Utc::now(),
    );
    assert!(html.contains("Bruno; &quot;B&quot;") && html.contains("size: A4 landscape"));
    // Upright headers lay every glyph sideways: an apostrophe does not stand as a dash.
    assert!(html.contains("text-orientation: sideways"));
    let _ = std::fs::remove_dir_all(records.root());
}

#[test]
fn group_rows_sort_as_a_french_reader_expects_and_csv_cells_are_never_formulas() {
    let loaded = common::mini();
    let records = Records::at(temp_root("group-sort"));
    let dir = records.root().join("exports");
    std::fs::create_dir_all(&dir).unwrap();
    let mut exports = Vec::new();
    for name in ["Zoé", "Émilie", "=HYPERLINK(\"http://x\")", "John"] {
        let p = records.create(name).unwrap();
        record_call(&p, &loaded, 1, &[1, 1, 1, 1], Mode::Practice);
        let path = dir.join(format!("{}.json", record::slug(name)));
        std::fs::write(&path, export_of(&p).to_json()).unwrap();
        exports.push(report::read_export(&path).unwrap());
    }
    let g = group::group(&exports);
    let names: Vec<&str> = g.rows.iter().map(|r| r.trainee.as_str()).collect();
    // "Émilie" sorts with the E's, not after "Zoé" as bytes would put it.
    assert_eq!(names, ["=HYPERLINK(\"http://x\")", "Émilie", "John", "Zoé"]);
    let csv = group::csv(&g, &catalogue::app_texts(Lang::Fr).unwrap());
    let first = csv
        .trim_start_matches('\u{FEFF}')
        .split("\r\n")
        .nth(1)
        .unwrap();
    assert!(
        first.starts_with("\"'=HYPERLINK(\"\"http://x\"\")\";"),
        "a leading = stays text: {first}"
    );
    let _ = std::fs::remove_dir_all(records.root());
}

#[test]
fn unreadable_exports_say_which_file_and_why() {
    let dir = temp_root("bad-exports");
    std::fs::create_dir_all(&dir).unwrap();
    let broken = dir.join("broken.json");
    std::fs::write(&broken, "{\n  \"format\": 1,\n  \"profile\": ").unwrap();
    let err = report::read_export(&broken).unwrap_err();
    assert!(err.contains("broken.json:3:"), "{err}");
    let newer = dir.join("newer.json");
    std::fs::write(&newer, r#"{"format": 9}"#).unwrap();
    let err = report::read_export(&newer).unwrap_err();
    assert!(err.contains("format 9 is newer"), "{err}");
    let other = dir.join("other.json");
    std::fs::write(&other, r#"{"name": "x"}"#).unwrap();
    assert!(
        report::read_export(&other)
            .unwrap_err()
            .contains("not an Amiable export")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// `amiable report` gives the trainee's copy; `--trainer` the trainer's, with the exam's detail.
#[test]
fn the_report_command_withholds_an_exams_detail_unless_trainer() {
    let data = temp_root("cli-trainer");
    let loaded = common::mini();
    let p = Records::at(&data).create("Éloi").unwrap();
    record_call(&p, &loaded, 2, &[2, 2, 2, 2], Mode::Exam);
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_amiable"))
            .args(["--profile", "eloi", "--lang", "fr", "report"])
            .args(extra)
            .env("AMIABLE_DATA_DIR", &data)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{extra:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    let withheld = "le détail réponse par réponse est réservé au formateur";
    let table = "| N° | Votre réponse | Commentaire |";
    let md = run(&["--format", "md"]);
    assert!(md.contains(withheld) && !md.contains(table), "{md}");
    let md = run(&["--format", "md", "--trainer"]);
    assert!(!md.contains(withheld) && md.contains(table), "{md}");
    let html = run(&[]);
    assert!(html.contains(withheld) && !html.contains("<table class=\"answers"));
    let html = run(&["--trainer"]);
    assert!(!html.contains(withheld) && html.contains("<table class=\"answers"));
    // The export a trainer collects is complete either way.
    let json: Value = serde_json::from_str(&run(&["--format", "json"])).unwrap();
    let feedback = &json["attempts"][0]["assessment"]["feedback"];
    assert!(feedback.as_array().is_some_and(|f| !f.is_empty()), "{json}");
    let _ = std::fs::remove_dir_all(&data);
}

/// The commands as a trainee and a trainer type them, on the real binary.
#[test]
fn report_and_group_commands_write_every_format() {
    let data = temp_root("cli");
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_amiable"))
            .args(args)
            .env("AMIABLE_DATA_DIR", &data)
            .env("LANG", "fr_FR.UTF-8")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    };
    run(&["profile", "create", "Maëlle"]);
    run(&[
        "--profile",
        "maelle",
        "--lang",
        "en",
        "play",
        "aggressive-debtor",
        "--seed",
        "3",
        "--auto",
        "best",
    ]);
    let html = data.join("out/report.html");
    let json = data.join("out/maelle.json");
    run(&[
        "--profile",
        "Maëlle",
        "report",
        "--out",
        html.to_str().unwrap(),
    ]);
    let page = std::fs::read_to_string(&html).unwrap();
    assert!(
        page.contains("<html lang=\"en\">"),
        "the trainee's language by default"
    );
    assert!(page.contains("Learning record of Maëlle"));
    run(&[
        "--profile",
        "Maëlle",
        "--lang",
        "fr",
        "report",
        "--format",
        "md",
        "--last",
    ]);
    run(&[
        "--profile",
        "Maëlle",
        "report",
        "--format",
        "json",
        "--out",
        json.to_str().unwrap(),
    ]);
    let xapi = run(&[
        "--profile",
        "Maëlle",
        "report",
        "--format",
        "xapi",
        "--attempt",
        "1",
    ]);
    let statements: Vec<Value> = serde_json::from_slice(&xapi.stdout).unwrap();
    assert_eq!(verbs(&statements).last().unwrap(), "passed");
    for s in &statements {
        check_statement(s, true);
    }
    let csv = data.join("out/group.csv");
    run(&[
        "--lang",
        "fr",
        "group",
        json.to_str().unwrap(),
        "--csv",
        csv.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(text.starts_with("\u{FEFF}Stagiaire;"));
    assert!(text.contains("Maëlle;"));
    // Played in English, grouped in French: the row names the scenario in French.
    assert!(text.contains("Maëlle;Client agressif"), "{text}");
    // A wrong attempt number and a missing export are plain errors, not panics.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_amiable"))
        .args(["--profile", "Maëlle", "report", "--attempt", "9"])
        .env("AMIABLE_DATA_DIR", &data)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no attempt number 9"));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_amiable"))
        .args(["group", "/nonexistent/x.json"])
        .env("AMIABLE_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.json"));
    let _ = std::fs::remove_dir_all(&data);
}
