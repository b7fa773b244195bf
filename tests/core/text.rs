//! The free-text classifier: every example of rules.ron, negation, evidence, robustness.

use amiable::i18n::Lang;
use amiable::scenario::Technique;
use amiable::text::{BUNDLED_RULES, Classifier, QuestionKind, rules_of};

#[test]
fn every_rule_example_behaves() {
    let c = Classifier::bundled();
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for rule in rules_of(BUNDLED_RULES, lang).unwrap() {
            for s in &rule.must {
                if !c.classify(s, lang).has(rule.id) {
                    failures.push(format!(
                        "{}: {} must detect: {s}",
                        lang.code(),
                        rule.id.id()
                    ));
                }
            }
            for s in &rule.must_not {
                if c.classify(s, lang).has(rule.id) {
                    failures.push(format!(
                        "{}: {} must not detect: {s}",
                        lang.code(),
                        rule.id.id()
                    ));
                }
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn every_technique_has_a_french_rule_with_an_example() {
    let rules = rules_of(BUNDLED_RULES, Lang::Fr).unwrap();
    for t in Technique::ALL {
        assert!(
            rules.iter().any(|r| r.id == t && !r.must.is_empty()),
            "{} has no French rule with an example",
            t.id()
        );
    }
}

#[test]
fn negation_cancels_empathy() {
    let c = Classifier::bundled();
    let not = c.classify("je ne comprends pas pourquoi vous ne payez pas", Lang::Fr);
    assert!(!not.has(Technique::Empathy), "{not:?}");
    assert!(
        !c.classify("Je comprends pas ce que vous dites.", Lang::Fr)
            .has(Technique::Empathy)
    );
    assert!(
        !c.classify("I don't understand.", Lang::En)
            .has(Technique::Empathy)
    );
    let yes = c.classify("Je comprends que ce soit difficile.", Lang::Fr);
    assert!(yes.has(Technique::Empathy));
    // A comma separates: "pas de souci" does not negate "je comprends".
    assert!(
        c.classify("Je comprends, pas de souci.", Lang::Fr)
            .has(Technique::Empathy)
    );
}

#[test]
fn evidence_is_the_words_as_typed() {
    let c = Classifier::bundled();
    let r = c.classify("Bon… JE COMPRENDS que ce soit dur, Madame.", Lang::Fr);
    let d = r
        .techniques
        .iter()
        .find(|d| d.id == Technique::Empathy)
        .unwrap();
    assert_eq!(d.evidence, "JE COMPRENDS");
    // Typographic apostrophe, missing accents, decomposed accents.
    let r = c.classify("Qu’est-ce qui vous empeche de regler ?", Lang::Fr);
    assert_eq!(r.question, QuestionKind::Open);
    assert!(
        r.techniques
            .iter()
            .any(|d| d.evidence.starts_with("Qu’est")),
        "{r:?}"
    );
    let r = c.classify("La facture est e\u{301}chue depuis le 3 mai.", Lang::Fr);
    assert!(r.has(Technique::DescDescribe), "{r:?}");
}

#[test]
fn question_kinds() {
    let c = Classifier::bundled();
    let kind = |s: &str| c.classify(s, Lang::Fr).question;
    assert_eq!(
        kind("Qu'est-ce qui vous empêche de régler cette facture ?"),
        QuestionKind::Open
    );
    assert_eq!(
        kind("Pouvez-vous payer 150 € le 5 du mois ?"),
        QuestionKind::Closed
    );
    assert_eq!(
        kind("Vous êtes bien d'accord que la facture est due ?"),
        QuestionKind::Leading
    );
    assert_eq!(kind("Je vous propose 150 € par mois."), QuestionKind::None);
    let r = c.classify("Vous avez reçu la facture ?", Lang::Fr);
    assert_eq!(r.techniques(), [Technique::ClosedQuestion]);
    assert_eq!(r.techniques[0].evidence, "Vous avez reçu la facture");
    assert_eq!(
        c.classify("What happened?", Lang::En).question,
        QuestionKind::Open
    );
}

#[test]
fn odd_inputs_get_an_answer() {
    let c = Classifier::bundled();
    let long = "je comprends que ce soit difficile ".repeat(300);
    let long: String = long.chars().take(10_000).collect();
    let inputs = [
        String::new(),
        " ".into(),
        "?".into(),
        "???!!!...".into(),
        long,
        "a".repeat(10_000),
        "😀🙏 je comprends 👍".into(),
        "أنا أفهم أن هذه الفترة صعبة".into(),
        "我理解这段时间对您来说很困难。".into(),
        "\u{0}\u{1}\u{7}\u{1b}[31mje\u{8}comprends\u{7f}\r\n\t".into(),
        "\u{301}\u{301}é\u{200b}\u{feff}’’'".into(),
        "l' j' qu' n' d'".into(),
        "0,5.3,,..€€%".into(),
    ];
    for lang in Lang::ALL {
        for text in &inputs {
            let r = c.classify(text, lang);
            assert_eq!(&r.text, text);
            for d in &r.techniques {
                assert!(text.contains(&d.evidence));
            }
            let _ = c.stems(text, lang);
        }
    }
    assert!(
        c.classify("😀🙏 je comprends 👍", Lang::Fr)
            .has(Technique::Empathy)
    );
    assert!(
        c.classify(&"je comprends que ce soit difficile ".repeat(300), Lang::Fr)
            .has(Technique::Empathy)
    );
}

#[test]
fn stems_drop_stop_words_and_fold_accents() {
    let c = Classifier::bundled();
    let a = c.stems("Je vous propose un échéancier de 150 € par mois.", Lang::Fr);
    let b = c.stems("je vous proposerais un echeancier mensuel", Lang::Fr);
    assert!(a.contains(&"echeanci".to_string()), "{a:?}");
    assert!(b.contains(&"echeanci".to_string()), "{b:?}");
    assert!(
        !a.iter().any(|s| s == "je" || s == "vous" || s == "0"),
        "{a:?}"
    );
}

#[test]
fn bad_rules_say_where() {
    let Err(e) = Classifier::from_ron("(fr: (rules: [ (id: nope, patterns: []) ]))") else {
        panic!("accepted")
    };
    let text = e.to_string();
    assert!(text.contains("1:"), "{text}");
    let bad = BUNDLED_RULES.replacen("\"je (vous|) comprends\"", "\"je (vous comprends\"", 1);
    let Err(e) = Classifier::from_ron(&bad) else {
        panic!("accepted")
    };
    assert!(e.to_string().contains("empathy"), "{e}");
}

#[test]
fn classifier_is_shared_between_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Classifier>();
    let handles: Vec<_> = (0..4)
        .map(|_| std::thread::spawn(|| Classifier::bundled().classify("Je comprends.", Lang::Fr)))
        .collect();
    for h in handles {
        assert!(h.join().unwrap().has(Technique::Empathy));
    }
}
