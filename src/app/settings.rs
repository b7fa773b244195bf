//! The trainee's preferences, kept per user in the platform's config folder. A damaged file
//! never stops the app: it is set aside and defaults are used, with a warning.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    Small,
    #[default]
    Medium,
    Large,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Small, TextSize::Medium, TextSize::Large];
    pub fn scale(self) -> f32 {
        match self {
            TextSize::Small => 0.85,
            TextSize::Medium => 1.0,
            TextSize::Large => 1.25,
        }
    }
    pub fn id(self) -> &'static str {
        match self {
            TextSize::Small => "small",
            TextSize::Medium => "medium",
            TextSize::Large => "large",
        }
    }
    pub fn parse(s: &str) -> Option<TextSize> {
        TextSize::ALL.into_iter().find(|t| t.id() == s)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `fr` or `en`; `None` follows the system.
    pub lang: Option<String>,
    /// 0 to 100.
    pub volume: u8,
    pub muted: bool,
    pub text_size: TextSize,
    /// Seconds to answer each decision, for exam-like practice; `None` for no limit.
    pub response_timer: Option<u32>,
    /// Characters per second at which the debtor's lines appear.
    pub reading_speed: u32,
    /// For trainers writing scenarios: node ids, answer tags and every diagnostic on screen.
    pub trainer_mode: bool,
    /// Answer in one's own words: a text field instead of the answer buttons.
    pub free_answers: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            lang: None,
            volume: 70,
            muted: false,
            text_size: TextSize::Medium,
            response_timer: None,
            reading_speed: 60,
            trainer_mode: false,
            free_answers: false,
        }
    }
}

impl Settings {
    pub fn lang(&self) -> Lang {
        self.lang
            .as_deref()
            .and_then(|l| l.parse().ok())
            .unwrap_or_else(Lang::from_system)
    }
}

/// Where settings live: `AMIABLE_CONFIG_DIR` when set (tests, portable installs), else the
/// platform's config folder.
pub fn settings_path() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("AMIABLE_CONFIG_DIR") {
        return Some(PathBuf::from(dir).join("settings.ron"));
    }
    directories::ProjectDirs::from("fr", "Amiable", "amiable")
        .map(|d| d.config_dir().join("settings.ron"))
}

/// What loading found, and a warning to show when the file had to be set aside.
pub struct Loaded {
    pub settings: Settings,
    pub warning: Option<String>,
}

pub fn load(path: &Path) -> Loaded {
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Loaded {
                settings: Settings::default(),
                warning: None,
            };
        }
        Err(e) => {
            return Loaded {
                settings: Settings::default(),
                warning: Some(format!(
                    "cannot read {}: {e}; using default settings",
                    path.display()
                )),
            };
        }
    };
    match ron::from_str::<Settings>(&text) {
        Ok(mut settings) => {
            settings.volume = settings.volume.min(100);
            Loaded {
                settings,
                warning: None,
            }
        }
        Err(e) => {
            // Keep the damaged file for inspection rather than overwriting it silently.
            let aside = path.with_extension("ron.damaged");
            let _ = std::fs::rename(path, &aside);
            Loaded {
                settings: Settings::default(),
                warning: Some(format!(
                    "{}:{}:{}: settings file is damaged ({}); it was moved to {} and defaults are used",
                    path.display(),
                    e.span.start.line,
                    e.span.start.col,
                    e.code,
                    aside.display()
                )),
            }
        }
    }
}

/// Writes atomically: a crash while saving leaves the previous file, never half of one.
pub fn save(path: &Path, settings: &Settings) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
        .map_err(std::io::Error::other)?;
    let tmp = path.with_extension("ron.tmp");
    {
        use std::io::Write;
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("amiable-settings-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir.join("settings.ron")
    }

    #[test]
    fn settings_round_trip() {
        let path = temp("round");
        let s = Settings {
            lang: Some("en".into()),
            volume: 30,
            muted: true,
            text_size: TextSize::Large,
            response_timer: Some(20),
            reading_speed: 80,
            trainer_mode: true,
            free_answers: true,
        };
        save(&path, &s).unwrap();
        let loaded = load(&path);
        assert_eq!(loaded.settings, s);
        assert!(loaded.warning.is_none());
    }

    #[test]
    fn a_damaged_file_gives_defaults_and_a_warning() {
        let path = temp("damaged");
        std::fs::write(&path, "(volume: \"loud\", ").unwrap();
        let loaded = load(&path);
        assert_eq!(loaded.settings, Settings::default());
        let warning = loaded.warning.unwrap();
        assert!(warning.contains("damaged"), "{warning}");
        assert!(
            path.with_extension("ron.damaged").exists(),
            "the damaged file is kept aside"
        );
        assert!(load(&path).warning.is_none(), "next start is clean");
    }

    #[test]
    fn missing_fields_take_their_defaults() {
        let path = temp("partial");
        std::fs::write(&path, "(volume: 20)").unwrap();
        let loaded = load(&path);
        assert_eq!(loaded.settings.volume, 20);
        assert_eq!(loaded.settings.text_size, TextSize::Medium);
    }
}
