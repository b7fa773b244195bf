//! Tokenisation: words with their place in the text as typed (for evidence), their folded form
//! (for exact matching) and their stem (for matching any inflection), grouped in sentences.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::normalise::{fold, is_apostrophe, is_word_char, lower_nfc};
use crate::i18n::Lang;

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the original text. Words that come from one typed word ("j'" → "je",
    /// "jai" → "je ai") share the range of what was typed.
    pub start: usize,
    pub end: usize,
    /// Accent-folded lowercase word; every number is "0" so that a rule's "150 €" matches any
    /// amount.
    pub fold: String,
    /// Snowball stem of the accented lowercase word, then folded.
    pub stem: String,
    pub sentence: usize,
    /// Punctuation (a comma…) separates it from the word before: "je comprends, pas de souci"
    /// is not "je comprends pas".
    pub pause_before: bool,
}

#[derive(Debug, Clone, Copy)]
pub struct Sentence {
    /// Token range.
    pub first: usize,
    pub end: usize,
    /// Ends with "?" (the only sure sign in writing; intonation questions have nothing else).
    pub question_mark: bool,
}

#[derive(Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

/// French elided forms and the word they stand for: "j'" is "je", so a rule written "je
/// comprends" also matches "j'comprends", and "qu'est-ce" reads as "que est ce".
fn elision(piece: &str) -> Option<&'static str> {
    Some(match piece {
        "l" => "le",
        "j" => "je",
        "qu" => "que",
        "n" => "ne",
        "d" => "de",
        "m" => "me",
        "t" => "te",
        "s" => "se",
        "c" => "ce",
        "jusqu" => "jusque",
        "lorsqu" => "lorsque",
        "puisqu" => "puisque",
        "quoiqu" => "quoique",
        _ => return None,
    })
}

/// One language's word-level processing: its stemmer and its common spellings (SMS forms,
/// missing apostrophes) that stand for other words.
pub struct Lexer {
    lang: Lang,
    stemmer: Stemmer,
    spellings: HashMap<String, Vec<String>>,
}

impl Lexer {
    pub fn new(lang: Lang, spellings: &[(String, String)]) -> Lexer {
        let algorithm = match lang {
            Lang::Fr => Algorithm::French,
            Lang::En => Algorithm::English,
        };
        let mut lexer = Lexer {
            lang,
            stemmer: Stemmer::create(algorithm),
            spellings: HashMap::new(),
        };
        let mut map = HashMap::new();
        for (typed, meant) in spellings {
            let words = lexer.words(meant);
            map.insert(fold(&lower_nfc(typed)), words);
        }
        lexer.spellings = map;
        lexer
    }

    /// The folded words of a phrase, spellings not applied (used to read the spellings table).
    fn words(&self, text: &str) -> Vec<String> {
        self.tokenise(text)
            .tokens
            .into_iter()
            .map(|t| t.fold)
            .collect()
    }

    pub fn stem(&self, word: &str) -> String {
        fold(&self.stemmer.stem(word))
    }

    pub fn tokenise(&self, text: &str) -> Tokens {
        let mut out = Tokens::default();
        let mut sentence_first = 0;
        let mut piece_start: Option<usize> = None;
        let mut pause = false;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let end_sentence = |out: &mut Tokens, first: &mut usize, question: bool| {
            let end = out.tokens.len();
            if end > *first {
                out.sentences.push(Sentence {
                    first: *first,
                    end,
                    question_mark: question,
                });
                *first = end;
            } else if question {
                // "Vous pouvez payer ? ?" or a "?" on its own after a sentence already closed
                // by "." still asks the previous sentence.
                if let Some(last) = out.sentences.last_mut() {
                    last.question_mark = true;
                }
            }
        };
        for (i, &(at, c)) in chars.iter().enumerate() {
            let prev = i.checked_sub(1).map(|p| chars[p].1);
            let next = chars.get(i + 1).map(|n| n.1);
            let in_number = matches!(c, '.' | ',')
                && prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit());
            if is_word_char(c) || in_number {
                piece_start.get_or_insert(at);
                continue;
            }
            if let Some(start) = piece_start.take() {
                let elided = is_apostrophe(c) && next.is_some_and(is_word_char);
                self.push_piece(&mut out, text, start, at, elided, pause);
                pause = false;
            }
            if !(c.is_whitespace() || is_apostrophe(c) || c == '-') {
                pause = true;
            }
            match c {
                '?' | '\u{ff1f}' | '\u{061f}' => end_sentence(&mut out, &mut sentence_first, true),
                '.' | '!' | '…' | '\n' | '\r' | '\u{3002}' => {
                    end_sentence(&mut out, &mut sentence_first, false)
                }
                '€' | '%' | '$' | '£' => {
                    let sentence = out.sentences.len();
                    out.tokens.push(Token {
                        start: at,
                        end: at + c.len_utf8(),
                        fold: c.to_string(),
                        stem: c.to_string(),
                        sentence,
                        pause_before: pause,
                    });
                    pause = false;
                }
                _ => {}
            }
        }
        if let Some(start) = piece_start {
            self.push_piece(&mut out, text, start, text.len(), false, pause);
        }
        end_sentence(&mut out, &mut sentence_first, false);
        out
    }

    fn push_piece(
        &self,
        out: &mut Tokens,
        text: &str,
        start: usize,
        end: usize,
        elided: bool,
        pause: bool,
    ) {
        let sentence = out.sentences.len();
        let lower = lower_nfc(&text[start..end]);
        let mut pause_before = pause;
        let mut push = |fold: String, stem: String| {
            out.tokens.push(Token {
                start,
                end,
                fold,
                stem,
                sentence,
                pause_before,
            });
            pause_before = false;
        };
        if lower.starts_with(|c: char| c.is_ascii_digit()) {
            push("0".into(), "0".into());
            return;
        }
        if self.lang == Lang::Fr
            && elided
            && let Some(word) = elision(&fold(&lower))
        {
            push(word.into(), self.stem(word));
            return;
        }
        let folded = fold(&lower);
        if let Some(words) = self.spellings.get(&folded) {
            for w in words {
                push(w.clone(), self.stem(w));
            }
            return;
        }
        push(folded, self.stem(&lower));
    }
}
