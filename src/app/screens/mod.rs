//! The four screens, one plugin each, as states of one enum.

pub mod briefing;
pub mod call;
pub mod debrief;
pub mod home;
pub mod progress;
pub mod quiz;
pub mod record_bar;

use bevy::prelude::*;

#[derive(States, Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    #[default]
    Home,
    Briefing,
    Call,
    Debrief,
    /// What the active profile learned across attempts.
    Progress,
    /// The assertiveness self-positioning questionnaire.
    Quiz,
}

impl Screen {
    pub fn parse(s: &str) -> Option<Screen> {
        match s {
            "home" => Some(Screen::Home),
            "briefing" => Some(Screen::Briefing),
            "call" => Some(Screen::Call),
            "debrief" => Some(Screen::Debrief),
            "progress" => Some(Screen::Progress),
            "quiz" => Some(Screen::Quiz),
            _ => None,
        }
    }
}

pub struct ScreensPlugin;

impl Plugin for ScreensPlugin {
    fn build(&self, app: &mut App) {
        app.init_state::<Screen>().add_plugins((
            home::HomePlugin,
            briefing::BriefingPlugin,
            call::CallPlugin,
            debrief::DebriefPlugin,
            progress::ProgressPlugin,
            quiz::QuizPlugin,
            record_bar::RecordBarPlugin,
        ));
    }
}
