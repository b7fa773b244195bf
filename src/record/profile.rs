//! Trainee profiles: a pseudonym and a folder holding everything recorded for it.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::RecordError;
use super::store::{self, write_atomic};

/// The longest pseudonym accepted: enough for "Prénom N. (groupe B)", short enough for a
/// report header.
pub const MAX_NAME_CHARS: usize = 40;

const PROFILE_FILE: &str = "profile.ron";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProfileFile {
    pub name: String,
    pub created: DateTime<Utc>,
}

/// A profile found on disk.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub name: String,
    pub created: DateTime<Utc>,
    pub dir: PathBuf,
}

/// The profiles under one data folder.
#[derive(Debug, Clone)]
pub struct Records {
    root: PathBuf,
}

/// Profiles found, and what could not be read (each said once, nothing deleted).
#[derive(Debug, Default)]
pub struct ProfileList {
    pub profiles: Vec<Profile>,
    pub warnings: Vec<String>,
}

impl Records {
    pub fn at(root: impl Into<PathBuf>) -> Records {
        Records { root: root.into() }
    }

    /// The record in the platform's data folder, or `AMIABLE_DATA_DIR`.
    pub fn open_default() -> Records {
        Records::at(store::data_dir())
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    fn profiles_dir(&self) -> PathBuf {
        self.root.join("profiles")
    }

    pub fn list(&self) -> ProfileList {
        let mut list = ProfileList::default();
        let Ok(entries) = fs::read_dir(self.profiles_dir()) else {
            return list;
        };
        for entry in entries.filter_map(Result::ok) {
            let dir = entry.path();
            if !dir.is_dir() {
                continue;
            }
            match read_profile(&dir) {
                Ok(p) => list.profiles.push(p),
                Err(e) => list.warnings.push(e.to_string()),
            }
        }
        list.profiles
            .sort_by_key(|p| (fold_name(&p.name), p.created));
        list
    }

    pub fn create(&self, name: &str) -> Result<Profile, RecordError> {
        let name = clean_name(name)?;
        let dir = self.profiles_dir().join(slug(&name));
        if dir.join(PROFILE_FILE).exists() {
            let existing = read_profile(&dir).map(|p| p.name).unwrap_or(name.clone());
            return Err(RecordError::ProfileExists(existing));
        }
        let file = ProfileFile {
            name: name.clone(),
            created: Utc::now(),
        };
        let text = ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default())
            .map_err(|e| RecordError::io(dir.clone(), std::io::Error::other(e)))?;
        write_atomic(&dir.join(PROFILE_FILE), text.as_bytes())
            .map_err(|e| RecordError::io(dir.clone(), e))?;
        Ok(Profile {
            name,
            created: file.created,
            dir,
        })
    }

    /// The profile of that name; names match without regard to case or accents, as a
    /// trainee typing "emilie" means "Émilie".
    pub fn find(&self, name: &str) -> Result<Profile, RecordError> {
        let dir = self.profiles_dir().join(slug(name.trim()));
        if dir.join(PROFILE_FILE).exists() {
            return read_profile(&dir);
        }
        let known: Vec<String> = self.list().profiles.into_iter().map(|p| p.name).collect();
        let hint = known
            .iter()
            .map(|k| (strsim::jaro_winkler(&fold_name(k), &fold_name(name)), k))
            .filter(|(s, _)| *s > 0.8)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, k)| k.clone());
        Err(RecordError::NoSuchProfile {
            name: name.to_string(),
            hint,
            known,
        })
    }

    pub fn find_or_create(&self, name: &str) -> Result<Profile, RecordError> {
        match self.find(name) {
            Ok(p) => Ok(p),
            Err(RecordError::NoSuchProfile { .. }) => self.create(name),
            Err(e) => Err(e),
        }
    }

    /// Removes the profile and every file recorded for it.
    pub fn delete(&self, name: &str) -> Result<Profile, RecordError> {
        let profile = self.find(name)?;
        fs::remove_dir_all(&profile.dir).map_err(|e| RecordError::io(profile.dir.clone(), e))?;
        Ok(profile)
    }
}

fn read_profile(dir: &Path) -> Result<Profile, RecordError> {
    let path = dir.join(PROFILE_FILE);
    let text = fs::read_to_string(&path).map_err(|e| RecordError::io(path.clone(), e))?;
    let file: ProfileFile = ron::from_str(&text).map_err(|e| RecordError::Damaged {
        path: path.clone(),
        why: format!("{}:{}: {}", e.span.start.line, e.span.start.col, e.code),
    })?;
    Ok(Profile {
        name: file.name,
        created: file.created,
        dir: dir.to_path_buf(),
    })
}

fn clean_name(name: &str) -> Result<String, RecordError> {
    let name: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if name.is_empty() {
        return Err(RecordError::BadName("a pseudonym cannot be empty".into()));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(RecordError::BadName(format!(
            "a pseudonym has at most {MAX_NAME_CHARS} characters"
        )));
    }
    if name.chars().any(char::is_control) {
        return Err(RecordError::BadName(
            "a pseudonym cannot hold control characters".into(),
        ));
    }
    Ok(name)
}

/// Lowercase without accents, for comparing names the way a person does.
pub fn fold_name(name: &str) -> String {
    name.trim().chars().flat_map(fold_char).collect()
}

fn fold_char(c: char) -> impl Iterator<Item = char> {
    let base = match c {
        'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' | 'À' | 'Â' | 'Ä' | 'Á' | 'Ã' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
        'î' | 'ï' | 'í' | 'ì' | 'Î' | 'Ï' | 'Í' | 'Ì' => 'i',
        'ô' | 'ö' | 'ó' | 'ò' | 'õ' | 'Ô' | 'Ö' | 'Ó' | 'Ò' | 'Õ' => 'o',
        'ù' | 'û' | 'ü' | 'ú' | 'Ù' | 'Û' | 'Ü' | 'Ú' => 'u',
        'ÿ' | 'Ÿ' => 'y',
        'ñ' | 'Ñ' => 'n',
        'œ' | 'Œ' => return "oe".chars().collect::<Vec<_>>().into_iter(),
        'æ' | 'Æ' => return "ae".chars().collect::<Vec<_>>().into_iter(),
        other => return other.to_lowercase().collect::<Vec<_>>().into_iter(),
    };
    vec![base].into_iter()
}

/// The folder name of a pseudonym: readable when the name is Latin, unique in any script.
pub fn slug(name: &str) -> String {
    let folded = fold_name(name);
    let mut out = String::new();
    for c in folded.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-').to_string();
    let latin = folded
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || !c.is_alphanumeric());
    if !out.is_empty() && latin {
        return out;
    }
    // Other scripts: spell the name's bytes, so "李" and "王" get different folders.
    let hex: String = folded.bytes().map(|b| format!("{b:02x}")).collect();
    if out.is_empty() {
        format!("u-{hex}")
    } else {
        format!("{out}-u-{hex}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_fold_case_and_accents_and_keep_other_scripts_apart() {
        assert_eq!(slug("Émilie"), "emilie");
        assert_eq!(slug("  Jean-Édouard  Lœb "), "jean-edouard-loeb");
        assert_eq!(slug("Groupe B / n°3"), "groupe-b-n-3");
        assert_ne!(slug("李"), slug("王"));
        assert!(!slug("🙂").is_empty());
        assert!(
            slug("../../etc")
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        );
    }
}
