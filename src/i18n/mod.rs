//! Languages and Fluent catalogues. Every text a trainee or trainer reads comes through here.

mod catalog;
pub mod stamp;
pub mod typography;

pub use catalog::{
    Catalog, MessageSource, STAMP_PREFIX, is_alternative as catalog_is_alternative, parse_ftl,
};

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Fr,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// The folder name under `locales/`, a BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Fr => "fr-FR",
            Lang::En => "en-US",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// French or English as the system asks; French otherwise, since the trainees are French.
    pub fn from_system() -> Lang {
        let requested: Vec<String> = sys_locale::get_locales().collect();
        Lang::negotiate(requested.iter().map(String::as_str))
    }

    pub fn negotiate<'a>(requested: impl IntoIterator<Item = &'a str>) -> Lang {
        use fluent_langneg::{NegotiationStrategy, negotiate_languages};
        use unic_langid::LanguageIdentifier;
        // POSIX locales look like "en_GB.UTF-8": keep the language and region only.
        let requested: Vec<LanguageIdentifier> = requested
            .into_iter()
            .filter_map(|s| {
                let s = s.split(['.', '@']).next().unwrap_or("").replace('_', "-");
                s.parse().ok()
            })
            .collect();
        let available: Vec<LanguageIdentifier> = Lang::ALL
            .iter()
            .filter_map(|l| l.tag().parse().ok())
            .collect();
        let default: LanguageIdentifier = Lang::Fr.tag().parse().expect("static tag");
        let chosen = negotiate_languages(
            &requested,
            &available,
            Some(&default),
            NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .and_then(|id| Lang::from_str(&id.to_string()).ok())
            .unwrap_or(Lang::Fr)
    }
}

impl Lang {
    /// Quotes speech the way each language does: « … » in French, “…” in English.
    pub fn quote(self, text: &str) -> String {
        match self {
            Lang::Fr => format!("« {text} »"),
            Lang::En => format!("“{text}”"),
        }
    }
}

impl FromStr for Lang {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let lower = s.to_ascii_lowercase();
        match lower.split(['-', '_']).next().unwrap_or("") {
            "fr" => Ok(Lang::Fr),
            "en" => Ok(Lang::En),
            _ => Err(format!("unknown language `{s}`: use fr or en")),
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiates_posix_locales_and_falls_back_to_french() {
        assert_eq!(Lang::negotiate(["en_GB.UTF-8"]), Lang::En);
        assert_eq!(Lang::negotiate(["fr_BE.UTF-8"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["de-DE", "en-US"]), Lang::En);
        assert_eq!(Lang::negotiate(["de-DE"]), Lang::Fr);
        assert_eq!(Lang::negotiate(["C"]), Lang::Fr);
        assert_eq!(Lang::negotiate([]), Lang::Fr);
    }
}
