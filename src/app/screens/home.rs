//! The catalogue: one card per scenario, the language and comfort settings, and the
//! diagnostics of any scenario file that is broken on disk.

use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;
use fluent_bundle::FluentValue;

use crate::i18n::Lang;
use crate::scenario::message;

use super::Screen;
use crate::app::Prefs;
use crate::app::actions::UiAction;
use crate::app::library::Library;
use crate::app::settings::TextSize;
use crate::app::theme::*;

pub struct HomePlugin;

impl Plugin for HomePlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(OnEnter(Screen::Home), build);
    }
}

/// A card of the catalogue, for tests and capture to find.
#[derive(Component)]
pub struct ScenarioCard(pub String);

pub fn build(mut commands: Commands, fonts: Res<Fonts>, prefs: Res<Prefs>, library: Res<Library>) {
    let (lang, scale) = prefs.look();
    let app = library.texts(lang);
    let f = &*fonts;

    let root = commands.spawn(screen_root(Screen::Home)).id();
    let header = commands
        .spawn(Node {
            width: percent(100.0),
            justify_content: JustifyContent::SpaceBetween,
            align_items: AlignItems::Center,
            column_gap: px(16.0),
            ..default()
        })
        .with_children(|h| {
            h.spawn(Node {
                flex_direction: FlexDirection::Column,
                ..default()
            })
            .with_children(|t| {
                t.spawn(text(f, scale, "Amiable", 34.0, Weight::Bold, ACCENT));
                t.spawn(text(
                    f,
                    scale,
                    app.text("app-tagline"),
                    16.0,
                    Weight::Regular,
                    MUTED,
                ));
            });
            h.spawn(Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(6.0),
                align_items: AlignItems::End,
                ..default()
            })
            .with_children(|s| {
                s.spawn(Node {
                    column_gap: px(8.0),
                    align_items: AlignItems::Center,
                    ..default()
                })
                .with_children(|row| {
                    for l in Lang::ALL {
                        row.spawn(button(
                            f,
                            scale,
                            app.text(&format!("lang-{}", l.code())),
                            UiAction::SetLang(l),
                            l == lang,
                        ));
                    }
                });
                s.spawn(Node {
                    column_gap: px(8.0),
                    align_items: AlignItems::Center,
                    ..default()
                })
                .with_children(|row| {
                    row.spawn(text(
                        f,
                        scale,
                        app.text("settings-text-size"),
                        14.0,
                        Weight::Regular,
                        MUTED,
                    ));
                    for t in TextSize::ALL {
                        let label = match t {
                            TextSize::Small => "A–",
                            TextSize::Medium => "A",
                            TextSize::Large => "A+",
                        };
                        row.spawn(button(
                            f,
                            scale,
                            label,
                            UiAction::SetTextSize(t),
                            t == prefs.settings.text_size,
                        ));
                    }
                });
                s.spawn(Node {
                    column_gap: px(8.0),
                    align_items: AlignItems::Center,
                    ..default()
                })
                .with_children(|row| {
                    let volume = if prefs.settings.muted {
                        app.text("settings-muted")
                    } else {
                        app.text_args(
                            "settings-volume",
                            &[("volume", FluentValue::from(prefs.settings.volume))],
                        )
                    };
                    row.spawn(text(f, scale, volume, 14.0, Weight::Regular, MUTED));
                    row.spawn(button(f, scale, "–", UiAction::VolumeDown, false));
                    row.spawn(button(f, scale, "+", UiAction::VolumeUp, false));
                    let mute = if prefs.settings.muted {
                        app.text("settings-unmute")
                    } else {
                        app.text("settings-mute")
                    };
                    row.spawn(button(f, scale, mute, UiAction::ToggleMute, false));
                    let timer = match prefs.settings.response_timer {
                        Some(s) => {
                            app.text_args("settings-timer-on", &[("seconds", FluentValue::from(s))])
                        }
                        None => app.text("settings-timer-off"),
                    };
                    row.spawn(button(
                        f,
                        scale,
                        timer,
                        UiAction::ToggleTimer,
                        prefs.settings.response_timer.is_some(),
                    ));
                    let trainer = app.text(if prefs.settings.trainer_mode {
                        "settings-trainer-on"
                    } else {
                        "settings-trainer-off"
                    });
                    row.spawn(button(
                        f,
                        scale,
                        trainer,
                        UiAction::ToggleTrainer,
                        prefs.settings.trainer_mode,
                    ));
                    let free = app.text(if prefs.settings.free_answers {
                        "settings-free-on"
                    } else {
                        "settings-free-off"
                    });
                    row.spawn(button(
                        f,
                        scale,
                        free,
                        UiAction::ToggleFree,
                        prefs.settings.free_answers,
                    ));
                });
            });
        })
        .id();

    let body = commands
        .spawn((
            Node {
                flex_direction: FlexDirection::Column,
                row_gap: px(12.0),
                flex_grow: 1.0,
                min_height: px(0.0),
                overflow: Overflow::scroll_y(),
                ..default()
            },
            ScrollArea,
        ))
        .id();

    let mut problems: Vec<String> = prefs.warning.iter().cloned().collect();
    for entry in library.entries.iter().filter(|e| e.is_broken()) {
        problems.push(app.text_args(
            "home-broken",
            &[("path", FluentValue::from(entry.path.display().to_string()))],
        ));
        problems.extend(
            entry
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .take(5)
                .map(ToString::to_string),
        );
    }
    problems.extend(library.text_diagnostics.iter().map(ToString::to_string));
    if !problems.is_empty() {
        let panel = commands
            .spawn(card(percent(100.0), 12.0))
            .insert(BorderColor::all(BAD))
            .with_children(|p| {
                p.spawn(text(
                    f,
                    scale,
                    app.text("home-problems"),
                    16.0,
                    Weight::Bold,
                    BAD,
                ));
                for line in problems {
                    p.spawn(text(f, scale, line, 13.0, Weight::Regular, INK));
                }
            })
            .id();
        commands.entity(body).add_child(panel);
    }
    // Trainers see every diagnostic of every scenario, warnings included, as `check` prints them.
    if prefs.settings.trainer_mode {
        let all: Vec<String> = library
            .entries
            .iter()
            .flat_map(|e| e.diagnostics.iter().map(ToString::to_string))
            .collect();
        let panel = commands
            .spawn(card(percent(100.0), 12.0))
            .insert(BorderColor::all(ACCENT))
            .with_children(|p| {
                p.spawn(text(
                    f,
                    scale,
                    app.text("home-trainer-diagnostics"),
                    15.0,
                    Weight::Bold,
                    ACCENT,
                ));
                if all.is_empty() {
                    p.spawn(text(
                        f,
                        scale,
                        app.text("home-trainer-clean"),
                        13.0,
                        Weight::Regular,
                        INK,
                    ));
                }
                for line in all {
                    p.spawn(text(f, scale, line, 13.0, Weight::Regular, INK));
                }
            })
            .id();
        commands.entity(body).add_child(panel);
    }

    let grid = commands
        .spawn(Node {
            flex_wrap: FlexWrap::Wrap,
            column_gap: px(16.0),
            row_gap: px(16.0),
            ..default()
        })
        .id();
    commands.entity(body).add_child(grid);
    for scenario in library.playable() {
        let s = &scenario.scenario;
        let t = scenario.texts(lang);
        let targets: Vec<String> = s
            .competencies
            .iter()
            .map(|c| app.text(&format!("competency-{}", c.id())))
            .collect();
        let meta = format!(
            "{} · {} min",
            app.text(&format!("difficulty-{}", s.difficulty.id())),
            s.minutes
        );
        let best = prefs
            .best
            .get(&s.id)
            .map(|b| app.text_args("home-best", &[("score", FluentValue::from(*b))]))
            .unwrap_or_else(|| app.text("home-not-played"));
        let card = commands
            .spawn((ScenarioCard(s.id.clone()), card(percent(48.5), 16.0)))
            .with_children(|c| {
                c.spawn(text(
                    f,
                    scale,
                    t.text(message::TITLE),
                    20.0,
                    Weight::Bold,
                    INK,
                ));
                c.spawn(text(
                    f,
                    scale,
                    t.text(message::SUMMARY),
                    15.0,
                    Weight::Regular,
                    INK,
                ));
                c.spawn(text(f, scale, meta, 14.0, Weight::Bold, MUTED));
                c.spawn(text(
                    f,
                    scale,
                    format!("{} {}", app.text("home-trains"), targets.join(", ")),
                    14.0,
                    Weight::Regular,
                    MUTED,
                ));
                c.spawn(Node {
                    justify_content: JustifyContent::SpaceBetween,
                    align_items: AlignItems::Center,
                    margin: UiRect::top(px(6.0)),
                    ..default()
                })
                .with_children(|row| {
                    row.spawn(text(f, scale, best, 14.0, Weight::Italic, MUTED));
                    row.spawn(button(
                        f,
                        scale,
                        app.text("home-prepare"),
                        UiAction::OpenScenario(s.id.clone()),
                        true,
                    ));
                });
            })
            .id();
        commands.entity(grid).add_child(card);
    }
    commands.entity(root).add_children(&[header, body]);
}
