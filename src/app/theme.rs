//! Colours, fonts and the few widgets every screen builds with. Dark text on a light, warm
//! background: contrast above 7:1 for body text.

use bevy::color::Mix;
use bevy::input_focus::tab_navigation::TabIndex;
use bevy::prelude::*;
use bevy::ui_widgets::Button as WidgetButton;

pub const BACKGROUND: Color = Color::srgb(0.955, 0.945, 0.925);
pub const CARD: Color = Color::srgb(1.0, 1.0, 1.0);
pub const INK: Color = Color::srgb(0.11, 0.13, 0.17);
pub const MUTED: Color = Color::srgb(0.33, 0.35, 0.40);
pub const LINE: Color = Color::srgb(0.82, 0.80, 0.76);
pub const ACCENT: Color = Color::srgb(0.09, 0.33, 0.56);
pub const ACCENT_SOFT: Color = Color::srgb(0.86, 0.91, 0.96);
pub const GOOD: Color = Color::srgb(0.12, 0.50, 0.30);
pub const WARN: Color = Color::srgb(0.70, 0.45, 0.05);
pub const BAD: Color = Color::srgb(0.70, 0.16, 0.16);
pub const DEBTOR_BUBBLE: Color = Color::srgb(0.93, 0.91, 0.87);
pub const TRAINEE_BUBBLE: Color = Color::srgb(0.87, 0.92, 0.97);

/// The bundled font covers French; Bevy's built-in one does not.
#[derive(Resource, Clone, Default)]
pub struct Fonts {
    pub regular: Handle<Font>,
    pub bold: Handle<Font>,
    pub italic: Handle<Font>,
}

/// Font sizes scaled by the trainee's text-size setting.
#[derive(Clone, Copy)]
pub struct Scale(pub f32);

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Weight {
    Regular,
    Bold,
    Italic,
}

/// A text node: content, size in pixels at medium text size, weight, colour.
pub fn text(
    fonts: &Fonts,
    scale: Scale,
    content: impl Into<String>,
    size: f32,
    weight: Weight,
    color: Color,
) -> impl Bundle {
    let font = match weight {
        Weight::Regular => fonts.regular.clone(),
        Weight::Bold => fonts.bold.clone(),
        Weight::Italic => fonts.italic.clone(),
    };
    (
        Text::new(content),
        TextFont {
            font: font.into(),
            font_size: FontSize::Px(size * scale.0),
            ..default()
        },
        TextColor(color),
    )
}

pub fn score_color(score: u8) -> Color {
    if score >= 75 {
        GOOD
    } else if score >= 60 {
        WARN
    } else {
        BAD
    }
}

/// A focusable button that sends `action` when clicked or activated with Enter or Space.
pub fn button(
    fonts: &Fonts,
    scale: Scale,
    label: impl Into<String>,
    action: impl Component,
    primary: bool,
) -> impl Bundle {
    let (bg, fg) = if primary {
        (ACCENT, Color::WHITE)
    } else {
        (CARD, ACCENT)
    };
    (
        WidgetButton,
        TabIndex(0),
        bevy::picking::hover::Hovered::default(),
        action,
        ButtonLook { normal: bg },
        Node {
            padding: UiRect::axes(px(18.0 * scale.0), px(10.0 * scale.0)),
            border: UiRect::all(px(2.0)),
            border_radius: BorderRadius::all(px(8.0)),
            justify_content: JustifyContent::Center,
            align_items: AlignItems::Center,
            ..default()
        },
        BackgroundColor(bg),
        BorderColor::all(ACCENT),
        children![text(fonts, scale, label, 17.0, Weight::Bold, fg)],
    )
}

/// The resting colour of a button, to come back to after hover.
#[derive(Component, Clone, Copy)]
pub struct ButtonLook {
    pub normal: Color,
}

/// A white card with a soft border.
pub fn card(width: Val, padding: f32) -> impl Bundle {
    (
        Node {
            width,
            flex_direction: FlexDirection::Column,
            padding: UiRect::all(px(padding)),
            row_gap: px(8.0),
            border: UiRect::all(px(1.0)),
            border_radius: BorderRadius::all(px(10.0)),
            ..default()
        },
        BackgroundColor(CARD),
        BorderColor::all(LINE),
    )
}

/// The full-window root of a screen, despawned when the screen is left. It is the tab group
/// that Tab and Shift+Tab cycle through.
pub fn screen_root<S: States>(state: S) -> impl Bundle {
    (
        DespawnOnExit(state),
        bevy::input_focus::tab_navigation::TabGroup::new(0),
        Node {
            width: percent(100.0),
            height: percent(100.0),
            flex_direction: FlexDirection::Column,
            padding: UiRect::axes(px(32.0), px(20.0)),
            row_gap: px(14.0),
            ..default()
        },
        BackgroundColor(BACKGROUND),
    )
}

pub struct ThemePlugin;

impl Plugin for ThemePlugin {
    fn build(&self, app: &mut App) {
        // The first screen is built before Startup runs, so fonts are asked for right here.
        let fonts = load_fonts(app.world().get_resource::<AssetServer>());
        app.insert_resource(fonts)
            .add_systems(Update, (hover_feedback, focus_ring));
    }
}

fn load_fonts(assets: Option<&AssetServer>) -> Fonts {
    match assets {
        Some(assets) => Fonts {
            regular: assets.load("fonts/NotoSans-Regular.ttf"),
            bold: assets.load("fonts/NotoSans-Bold.ttf"),
            italic: assets.load("fonts/NotoSans-Italic.ttf"),
        },
        // Headless tests run without an asset server; text still spawns, unrendered.
        None => Fonts::default(),
    }
}

fn hover_feedback(
    mut buttons: Query<
        (
            &bevy::picking::hover::Hovered,
            &ButtonLook,
            &mut BackgroundColor,
        ),
        Changed<bevy::picking::hover::Hovered>,
    >,
) {
    for (hovered, look, mut bg) in &mut buttons {
        bg.0 = if hovered.0 {
            look.normal.mix(&ACCENT_SOFT, 0.5)
        } else {
            look.normal
        };
    }
}

/// A visible ring on the focused button, so keyboard users see where they are.
fn focus_ring(
    focus: Res<bevy::input_focus::InputFocus>,
    buttons: Query<Entity, With<WidgetButton>>,
    mut commands: Commands,
) {
    if !focus.is_changed() {
        return;
    }
    for e in &buttons {
        if focus.get() == Some(e) {
            commands.entity(e).insert(Outline {
                width: px(3.0),
                offset: px(2.0),
                color: Color::srgb(0.95, 0.6, 0.1),
            });
        } else {
            commands.entity(e).remove::<Outline>();
        }
    }
}
