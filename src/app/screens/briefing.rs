//! The case file the agent reads before dialling, and the button that dials.

use bevy::input_focus::{AutoFocus, InputFocus};
use bevy::prelude::*;
use bevy::ui_widgets::ScrollArea;

use crate::assessment::case_file;
use crate::scenario::message;

use super::Screen;
use crate::app::Prefs;
use crate::app::actions::UiAction;
use crate::app::library::Library;
use crate::app::session::Selected;
use crate::app::theme::*;

pub struct BriefingPlugin;

impl Plugin for BriefingPlugin {
    fn build(&self, app: &mut App) {
        app.add_systems(OnEnter(Screen::Briefing), build);
    }
}

pub fn build(
    mut commands: Commands,
    fonts: Res<Fonts>,
    prefs: Res<Prefs>,
    library: Res<Library>,
    selected: Option<Res<Selected>>,
    mut next: ResMut<NextState<Screen>>,
    mut focus: ResMut<InputFocus>,
) {
    let Some(selected) = selected else {
        next.set(Screen::Home);
        return;
    };
    focus.clear();
    let (lang, scale) = prefs.look();
    let app = library.texts(lang);
    let scenario = &selected.0;
    let s = &scenario.scenario;
    let t = scenario.texts(lang);
    let f = &*fonts;

    let rows = case_file(scenario, lang, app);
    let targets: Vec<String> = s
        .competencies
        .iter()
        .map(|c| app.text(&format!("competency-{}", c.id())))
        .collect();

    commands
        .spawn(screen_root(Screen::Briefing))
        .with_children(|root| {
            root.spawn(text(
                f,
                scale,
                app.text("briefing-heading"),
                15.0,
                Weight::Bold,
                MUTED,
            ));
            root.spawn(text(
                f,
                scale,
                t.text(message::TITLE),
                28.0,
                Weight::Bold,
                INK,
            ));
            root.spawn(text(
                f,
                scale,
                t.text(message::SUMMARY),
                17.0,
                Weight::Regular,
                INK,
            ));
            root.spawn((
                Node {
                    flex_direction: FlexDirection::Column,
                    flex_grow: 1.0,
                    min_height: px(0.0),
                    overflow: Overflow::scroll_y(),
                    ..default()
                },
                ScrollArea,
            ))
            .with_children(|scroll| {
                scroll.spawn(card(percent(100.0), 18.0)).with_children(|c| {
                    for (label, value) in rows {
                        c.spawn(Node {
                            column_gap: px(12.0),
                            width: percent(100.0),
                            ..default()
                        })
                        .with_children(|row| {
                            row.spawn((Node {
                                width: px(170.0 * scale.0),
                                flex_shrink: 0.0,
                                ..default()
                            },))
                                .with_children(|l| {
                                    l.spawn(text(f, scale, label, 15.0, Weight::Bold, MUTED));
                                });
                            row.spawn(Node {
                                flex_grow: 1.0,
                                flex_shrink: 1.0,
                                min_width: px(0.0),
                                ..default()
                            })
                            .with_children(|v| {
                                v.spawn(text(f, scale, value, 15.0, Weight::Regular, INK));
                            });
                        });
                    }
                });
            });
            root.spawn(text(
                f,
                scale,
                format!("{} {}", app.text("home-trains"), targets.join(", ")),
                15.0,
                Weight::Italic,
                MUTED,
            ));
            root.spawn(Node {
                column_gap: px(12.0),
                ..default()
            })
            .with_children(|row| {
                row.spawn((
                    button(
                        f,
                        scale,
                        app.text("briefing-call"),
                        UiAction::StartCall,
                        true,
                    ),
                    AutoFocus,
                ));
                row.spawn(button(
                    f,
                    scale,
                    app.text("action-back"),
                    UiAction::Back,
                    false,
                ));
            });
        });
}
