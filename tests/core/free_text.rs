//! Answers typed in the trainee's own words: matched to the authored options, with the
//! documented fallback, scored by the same rules as a chosen answer, never a panic.

use crate::common;

use amiable::engine::free_text::MAX_REPHRASE;
use amiable::engine::{Conversation, FreeAnswer, FreeReply, Resolution, Step, play_through};
use amiable::i18n::Lang;
use amiable::scenario::{self, LoadedScenario};
use amiable::scoring;
use amiable::text::{Detection, QuestionKind};

fn bundled(id: &str) -> LoadedScenario {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scenarios")
        .join(format!("{id}.ron"));
    common::load(&path)
}

fn played(reply: FreeReply) -> FreeAnswer {
    match reply {
        FreeReply::Played(a) => a,
        other => panic!("expected the answer to be played, got {other:?}"),
    }
}

/// Clear phrasings, in the trainee's own words, of each answer at the first decision of
/// every bundled scenario.
const FIRST_DECISIONS: &[(&str, &str, &str)] = &[
    (
        "aggressive-debtor",
        "Bonsoir Monsieur Lefort, ici Claire Martin du cabinet Recouvra, je vous appelle pour TéléFibre au sujet de votre facture.",
        "identify",
    ),
    (
        "aggressive-debtor",
        "Calmez-vous, vous devez payer cette facture à TéléFibre, il faut régulariser !",
        "calm_down",
    ),
    (
        "aggressive-debtor",
        "Pardon de vous déranger, excusez-moi, je peux vous rappeler à un autre moment.",
        "apologise",
    ),
    (
        "b2b-invoice-dispute",
        "Bonjour, Dominique Lenoir de la société Inox Cuisine Équipement. Pourriez-vous me passer Madame Royer, s’il vous plaît ?",
        "discreet",
    ),
    (
        "b2b-invoice-dispute",
        "Dites-lui que c’est pour sa facture impayée de 4 200 €, ça la fera venir plus vite.",
        "tell_waiter",
    ),
    (
        "b2b-invoice-dispute",
        "Ce n’est pas grave, ne la dérangez pas, je rappellerai plus tard.",
        "hang_back",
    ),
    (
        "over-indebted-household",
        "Bonjour Madame Ferreira, Karim Benali du cabinet Recouvra, je vous appelle pour Moneval Crédit au sujet de votre prêt auto.",
        "identify",
    ),
    (
        "over-indebted-household",
        "Madame Ferreira, vous avez des impayés sur votre crédit et vous ne répondez pas aux courriers : vous devez régulariser aujourd’hui.",
        "demand",
    ),
    (
        "over-indebted-household",
        "Pardon de vous déranger, ce n’est rien d’urgent, je peux rappeler un autre jour.",
        "apologise",
    ),
    (
        "talkative-debtor",
        "Bonjour, je parle bien à Monsieur Marcel Rigaud ? Camille Roux, du cabinet Recouvra, pour Thermi-Service Auvergne.",
        "identify",
    ),
    (
        "talkative-debtor",
        "Vous avez l’air en pleine forme, ça fait plaisir d’entendre quelqu’un d’aussi jovial !",
        "chat_along",
    ),
    (
        "talkative-debtor",
        "Monsieur Rigaud, votre facture est impayée depuis février, il faut la régler, et vite.",
        "no_intro",
    ),
    (
        "tristan-negotiation",
        "Bonjour Monsieur Morel, Camille Durand, du service recouvrement de Bois & Panneaux de l’Ouest, au sujet de la facture FA-2026-1187.",
        "identify",
    ),
    (
        "tristan-negotiation",
        "Vous nous devez 4 800 € depuis juin, il faut que ça cesse : je veux un virement aujourd’hui.",
        "amount_first",
    ),
    (
        "tristan-negotiation",
        "Excusez-moi de vous déranger en plein travail, je suis désolée, c’est juste une petite facture.",
        "apologise",
    ),
];

#[test]
fn clear_phrasings_of_each_first_decision_pick_their_answer() {
    for &(id, said, expected) in FIRST_DECISIONS {
        let loaded = bundled(id);
        let mut call = Conversation::new(loaded.scenario.clone(), 1);
        let answer = played(call.answer_free(said, loaded.texts(Lang::Fr)).unwrap());
        assert_eq!(answer.matched, expected, "{id}: {said}");
        assert_eq!(answer.resolution, Resolution::Understood, "{id}: {said}");
        let turn = &call.transcript().turns[0];
        assert_eq!(turn.option, expected);
        assert_eq!(turn.free.as_ref(), Some(&answer));
    }
}

#[test]
fn matching_is_deterministic() {
    let loaded = bundled("aggressive-debtor");
    let (_, said, _) = FIRST_DECISIONS[0];
    let once = |seed| {
        let mut call = Conversation::new(loaded.scenario.clone(), seed);
        played(call.answer_free(said, loaded.texts(Lang::Fr)).unwrap())
    };
    assert_eq!(once(1), once(1));
    assert_eq!(once(1), once(99), "the match does not depend on the seed");
}

/// The mini-call fixture with an authored example on `lost_job-empathise` in both languages.
fn mini_with_examples(ws: &common::Workspace) -> LoadedScenario {
    let path = ws.mini_variant("free-examples", |s| s.to_string());
    for (lang, example) in [
        (
            "fr-FR",
            "Ça doit être très dur de perdre son emploi ; vous avez été licencié, c’est bien cela ?",
        ),
        (
            "en-US",
            "That must be very hard, losing your job; you were laid off, is that right?",
        ),
    ] {
        let file = ws.dir.join(format!("locales/{lang}/free-examples.ftl"));
        let ftl = std::fs::read_to_string(&file).unwrap().replacen(
            "    .feedback = Empathie et reformulation.\n",
            &format!("    .feedback = Empathie et reformulation.\n    .example-1 = {example}\n"),
            1,
        );
        std::fs::write(&file, ftl).unwrap();
    }
    let loaded = common::load(&path);
    assert!(
        !scenario::load(&path)
            .diagnostics
            .iter()
            .any(|d| d.message.contains("example")),
        "`check` accepts examples on an answer"
    );
    loaded
}

#[test]
fn an_authored_example_is_matched_like_the_answer_itself() {
    let ws = common::Workspace::new("free-examples");
    let loaded = mini_with_examples(&ws);
    for (lang, said) in [
        (
            Lang::Fr,
            "Ça doit être très dur de perdre son emploi. Vous avez été licencié ?",
        ),
        (
            Lang::En,
            "That must be hard, losing your job. You were laid off?",
        ),
    ] {
        let mut call = Conversation::new(loaded.scenario.clone(), 1);
        call.choose(0).unwrap();
        let answer = played(call.answer_free(said, loaded.texts(lang)).unwrap());
        assert_eq!(answer.matched, "empathise", "{said}");
    }
}

#[test]
fn nothing_understood_asks_to_rephrase_then_takes_the_closest_answer() {
    for junk in [
        "",
        "   ",
        "xqzt vbnmw plok",
        "😀🙈🎉",
        "\u{0}\u{7}\u{1b}[31m",
    ] {
        let loaded = bundled("aggressive-debtor");
        let mut call = Conversation::new(loaded.scenario.clone(), 1);
        let texts = loaded.texts(Lang::Fr);
        for attempt in 1..=MAX_REPHRASE {
            match call.answer_free(junk, texts).unwrap() {
                FreeReply::Rephrase {
                    tries_left,
                    attempt: n,
                    ..
                } => {
                    assert_eq!(n, attempt);
                    assert_eq!(tries_left, MAX_REPHRASE - attempt);
                }
                other => panic!("{junk:?}: expected a request to rephrase, got {other:?}"),
            }
            assert!(
                call.transcript().turns.is_empty(),
                "a request to rephrase does not consume the turn"
            );
        }
        let answer = played(call.answer_free(junk, texts).unwrap());
        assert_eq!(answer.resolution, Resolution::Closest, "{junk:?}");
        assert_eq!(answer.rephrased.len(), MAX_REPHRASE);
        assert_eq!(call.transcript().turns.len(), 1);
    }
}

#[test]
fn an_unclear_branch_takes_the_answer_that_matches_nothing() {
    let ws = common::Workspace::new("free-unclear");
    let path = ws.mini_variant("free-unclear", |s| {
        s.replacen(
            "cues: [emotion, difficulty, explains],",
            "cues: [emotion, difficulty, explains],\n            unclear: \"cancel_it\",",
            1,
        )
    });
    let loaded = common::load(&path);
    let mut call = Conversation::new(loaded.scenario.clone(), 1);
    call.choose(0).unwrap();
    let answer = played(
        call.answer_free("xqzt vbnmw", loaded.texts(Lang::Fr))
            .unwrap(),
    );
    assert_eq!(answer.resolution, Resolution::Unclear);
    let Ok(Step::Decision { talk, .. }) = call.step() else {
        panic!("the call goes on")
    };
    assert_eq!(talk.id, "cancel_it");
    assert!(
        !call.state().flags.contains("felt_heard"),
        "an answer not understood does not have the effects of the closest option"
    );
}

#[test]
fn a_node_can_refuse_free_text() {
    let ws = common::Workspace::new("free-off");
    let path = ws.mini_variant("free-off", |s| {
        s.replacen(
            "phase: contact,",
            "phase: contact,\n            free_text: false,",
            1,
        )
    });
    let loaded = common::load(&path);
    let mut call = Conversation::new(loaded.scenario.clone(), 1);
    assert!(call.answer_free("Bonjour", loaded.texts(Lang::Fr)).is_err());
    assert!(call.transcript().turns.is_empty());
}

#[test]
fn the_debtor_reacts_to_what_was_said() {
    let loaded = common::mini();
    let texts = loaded.texts(Lang::Fr);
    let after = |said: &str| {
        let mut call = Conversation::new(loaded.scenario.clone(), 1);
        call.choose(0).unwrap();
        let before = call.state().gauges.tension;
        // Said again while the debtor asks to rephrase, until it is played.
        while call.transcript().turns.len() < 2 {
            call.answer_free(said, texts).unwrap();
        }
        (before, call.transcript().turns[1].after.tension)
    };
    let (before, kind) = after("Je comprends que ce soit difficile pour vous.");
    assert!(kind < before, "empathy calms: {before} -> {kind}");
    let (before, harsh) = after("Calmez-vous, vous devez payer !");
    assert!(
        harsh > before,
        "aggression raises tension: {before} -> {harsh}"
    );
}

#[test]
fn a_free_turn_with_the_tags_of_an_answer_scores_as_that_answer() {
    let loaded = common::mini();
    for choices in [[0, 0, 0, 0], [1, 1, 1, 1], [2, 2, 2, 2], [0, 2, 1, 0]] {
        let chosen = play_through(loaded.scenario.clone(), 5, &choices, |_, _| None).unwrap();
        let mut free = chosen.clone();
        for turn in &mut free.turns {
            let talk = loaded.scenario.talk(&turn.node).unwrap();
            let option = &talk.options[turn.choice];
            turn.free = Some(FreeAnswer {
                text: "mes propres mots".into(),
                detections: option
                    .tags
                    .iter()
                    .map(|&id| Detection {
                        id,
                        evidence: "mots".into(),
                    })
                    .collect(),
                question: QuestionKind::None,
                matched: option.id.clone(),
                confidence: 0.8,
                resolution: Resolution::Understood,
                rephrased: vec![],
            });
        }
        let a = scoring::score(&loaded.scenario, &chosen);
        let b = scoring::score(&loaded.scenario, &free);
        assert_eq!(a, b, "choices {choices:?}");
    }
}

#[test]
fn the_better_answer_of_a_poor_free_turn_is_the_best_authored_one() {
    let loaded = common::mini();
    let mut call = Conversation::new(loaded.scenario.clone(), 1);
    call.choose(0).unwrap();
    let texts = loaded.texts(Lang::Fr);
    for _ in 0..=MAX_REPHRASE {
        let _ = call.answer_free("xqzt vbnmw", texts).unwrap();
    }
    let card = scoring::score(&loaded.scenario, call.transcript());
    assert_eq!(card.choices[1].better.as_deref(), Some("empathise"));
}

#[test]
fn odd_input_never_panics_and_the_call_ends() {
    let huge = "é".repeat(200_000);
    let inputs: Vec<String> = vec![
        String::new(),
        huge,
        "😀".repeat(5000),
        "\u{0}\u{1}\u{2}\r\n\t\u{7f}".into(),
        "\u{202e}\u{200b}\u{feff}".into(),
        "?????!!!!....".into(),
        "Je comprends que ce soit difficile pour vous.".into(),
        "Si je comprends bien, vous avez perdu votre emploi ?".into(),
        "Calmez-vous, vous devez payer !".into(),
        "a\u{301}\u{301}\u{301}".into(),
    ];
    for id in ["aggressive-debtor", "over-indebted-household"] {
        let loaded = bundled(id);
        for lang in Lang::ALL {
            for input in &inputs {
                let mut call = Conversation::new(loaded.scenario.clone(), 3);
                let mut steps = 0;
                while !call.is_over() && steps < 200 {
                    let _ = call.answer_free(input, loaded.texts(lang)).unwrap();
                    steps += 1;
                }
                assert!(call.is_over(), "{id}: the call ends");
                for t in &call.transcript().turns {
                    let f = t.free.as_ref().unwrap();
                    assert!(f.text.chars().count() <= 1000);
                    assert!(!f.text.chars().any(char::is_control));
                }
                let a = amiable::assessment::assess(
                    &loaded,
                    call.transcript(),
                    lang,
                    &amiable::catalogue::app_texts(lang).unwrap(),
                );
                assert!(a.feedback.iter().all(|f| f.free.is_some()));
            }
        }
    }
}

#[test]
fn a_free_transcript_serialises_what_was_said_and_understood() {
    let loaded = common::mini();
    let mut call = Conversation::new(loaded.scenario.clone(), 1);
    let _ = call
        .answer_free(
            "Bonjour Monsieur Test, Léa Martin pour la Banque Test, au sujet du dossier MINI-1.",
            loaded.texts(Lang::Fr),
        )
        .unwrap();
    let json = serde_json::to_value(call.transcript()).unwrap();
    let free = &json["turns"][0]["free"];
    assert_eq!(free["matched"], "identify");
    assert_eq!(free["resolution"], "understood");
    assert!(free["detections"].is_array());
    assert!(free["confidence"].as_f64().unwrap() > 0.0);
}
