//! TEMPORARY stand-in for the French/English technique detector, written in parallel on
//! another branch: same API, crude keyword rules. Replaced wholesale at merge.

use std::sync::OnceLock;

use crate::i18n::Lang;
use crate::scenario::Technique;

pub struct Classifier {
    rules: Vec<(Technique, Vec<&'static str>)>,
    stop: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Classification {
    pub text: String,
    pub techniques: Vec<Detection>,
    pub question: QuestionKind,
}

impl Classification {
    pub fn has(&self, technique: Technique) -> bool {
        self.techniques.iter().any(|d| d.id == technique)
    }
    pub fn techniques(&self) -> Vec<Technique> {
        self.techniques.iter().map(|d| d.id).collect()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Detection {
    pub id: Technique,
    pub evidence: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    Open,
    Closed,
    Leading,
    None,
}

fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '’' => '\'',
            c => c,
        })
        .collect()
}

impl Classifier {
    pub fn bundled() -> &'static Classifier {
        static C: OnceLock<Classifier> = OnceLock::new();
        C.get_or_init(|| {
            use Technique::*;
            Classifier {
                rules: vec![
                    (
                        Empathy,
                        vec![
                            "je comprends que",
                            "je comprends votre",
                            "difficile pour vous",
                            "i understand that",
                            "i understand how",
                            "must be hard",
                            "must be difficult",
                        ],
                    ),
                    (
                        Reformulation,
                        vec![
                            "si je comprends bien",
                            "autrement dit",
                            "vous me dites que",
                            "si je resume",
                            "en d'autres termes",
                            "if i understand",
                            "in other words",
                            "you're telling me",
                            "so you",
                        ],
                    ),
                    (
                        Cushion,
                        vec![
                            "si vous le permettez",
                            "je vous propose",
                            "pourriez-vous",
                            "if you allow",
                            "could you",
                            "i suggest",
                        ],
                    ),
                    (
                        Identification,
                        vec![
                            "je m'appelle",
                            "je suis",
                            "cabinet",
                            "reference",
                            "my name is",
                            "calling from",
                            "on behalf of",
                        ],
                    ),
                    (
                        Aggressive,
                        vec![
                            "calmez-vous",
                            "vous devez payer",
                            "menteur",
                            "calm down",
                            "you must pay",
                            "liar",
                        ],
                    ),
                    (
                        NegativeWording,
                        vec![
                            "calmez-vous",
                            "il faut",
                            "vous devez",
                            "probleme",
                            "vous avez tort",
                            "calm down",
                            "you must",
                            "problem",
                            "you're wrong",
                        ],
                    ),
                    (
                        PositiveWording,
                        vec![
                            "je vous propose",
                            "solution",
                            "je m'engage",
                            "i suggest",
                            "i commit",
                        ],
                    ),
                    (
                        Passive,
                        vec![
                            "desole",
                            "tant pis",
                            "laissons tomber",
                            "sorry",
                            "never mind",
                            "forget it",
                        ],
                    ),
                    (
                        ComplianceBreach,
                        vec![
                            "saisir votre",
                            "saisie",
                            "huissier demain",
                            "seize your",
                            "bailiff tomorrow",
                        ],
                    ),
                    (
                        Recap,
                        vec!["je recapitule", "pour resumer", "to recap", "to sum up"],
                    ),
                    (
                        Counterpart,
                        vec![
                            "en echange",
                            "si je vous accorde",
                            "in exchange",
                            "if i grant",
                        ],
                    ),
                    (
                        Consequences,
                        vec![
                            "mise en demeure",
                            "injonction",
                            "formal notice",
                            "court order",
                        ],
                    ),
                    (
                        Diagnosis,
                        vec![
                            "revenus",
                            "charges",
                            "reste a vivre",
                            "budget",
                            "income",
                            "expenses",
                        ],
                    ),
                    (
                        Orientation,
                        vec![
                            "cresus",
                            "assistante sociale",
                            "banque de france",
                            "social services",
                            "debt advice",
                        ],
                    ),
                    (
                        Assertive,
                        vec![
                            "en revanche",
                            "je ne peux pas",
                            "however",
                            "i cannot",
                            "i can't",
                        ],
                    ),
                    (SayNo, vec!["je ne peux pas", "i cannot", "i can't"]),
                ],
                stop: vec![
                    "le", "la", "les", "un", "une", "des", "de", "du", "d", "l", "je", "j", "vous",
                    "tu", "il", "elle", "nous", "on", "que", "qu", "qui", "et", "ou", "a", "au",
                    "aux", "en", "ce", "c", "se", "s", "ne", "n", "pas", "est", "sont", "mais",
                    "pour", "par", "sur", "dans", "avec", "votre", "vos", "mon", "ma", "mes",
                    "the", "an", "and", "or", "to", "of", "in", "on", "you", "your", "i", "is",
                    "are", "it", "that", "this", "for", "with", "me", "my", "we", "be", "m", "t",
                    "y",
                ],
            }
        })
    }

    pub fn classify(&self, text: &str, _lang: Lang) -> Classification {
        let folded = fold(text);
        let mut techniques = Vec::new();
        for (id, keys) in &self.rules {
            if let Some(k) = keys.iter().find(|k| folded.contains(*k)) {
                techniques.push(Detection {
                    id: *id,
                    evidence: k.to_string(),
                });
            }
        }
        let question = if !folded.contains('?') {
            QuestionKind::None
        } else if [
            "est-ce que",
            "pouvez-vous",
            "can you",
            "will you",
            "do you",
            "avez-vous",
            "etes-vous",
            "vous avez",
            "vous etes",
        ]
        .iter()
        .any(|k| folded.contains(k))
        {
            QuestionKind::Closed
        } else if ["bien d'accord", "n'est-ce pas", "don't you", "isn't it"]
            .iter()
            .any(|k| folded.contains(k))
        {
            QuestionKind::Leading
        } else {
            QuestionKind::Open
        };
        let q = match question {
            QuestionKind::Open => Some(Technique::OpenQuestion),
            QuestionKind::Closed => Some(Technique::ClosedQuestion),
            QuestionKind::Leading => Some(Technique::LeadingQuestion),
            QuestionKind::None => None,
        };
        if let Some(id) = q {
            techniques.push(Detection {
                id,
                evidence: "?".to_string(),
            });
        }
        Classification {
            text: text.to_string(),
            techniques,
            question,
        }
    }

    /// Content-word stems (normalised, accent-folded, stop words dropped), for similarity
    /// between an answer and authored phrasings.
    pub fn stems(&self, text: &str, _lang: Lang) -> Vec<String> {
        fold(text)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !self.stop.contains(w))
            .map(|w| w.chars().take(5).collect())
            .collect()
    }
}
