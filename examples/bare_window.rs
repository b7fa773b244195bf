//! The yardstick for `scripts/bench-startup.sh`: a bare Bevy app with Amiable's features, one
//! line of text, that screenshots its window after the same settling as `amiable capture` and
//! exits. Amiable should start within 1.3x of this, in time and in memory.

use std::time::Instant;

use bevy::prelude::*;
use bevy::render::view::screenshot::{Screenshot, ScreenshotCaptured};
use bevy::window::WindowResolution;
use bevy::winit::WinitSettings;

#[derive(Resource)]
struct Started(Instant);

fn main() -> AppExit {
    let started = Instant::now();
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/bare.png".into());
    App::new()
        .add_plugins(DefaultPlugins.set(WindowPlugin {
            primary_window: Some(Window {
                title: "bare".into(),
                resolution: WindowResolution::new(1280, 800),
                ..default()
            }),
            ..default()
        }))
        .insert_resource(WinitSettings::continuous())
        .insert_resource(Started(started))
        .add_systems(Startup, |mut commands: Commands| {
            commands.spawn(Camera2d);
            commands.spawn(Text::new("Bare Bevy app"));
        })
        .add_systems(Last, report_first_frame)
        .add_systems(
            Update,
            move |frames: Res<bevy::diagnostic::FrameCount>, mut commands: Commands| {
                if frames.0 == 23 {
                    let out = out.clone();
                    commands.spawn(Screenshot::primary_window()).observe(
                        move |c: On<ScreenshotCaptured>, mut exit: MessageWriter<AppExit>| {
                            let _ = c
                                .image
                                .clone()
                                .try_into_dynamic()
                                .map(|i| i.to_rgb8().save(&out));
                            exit.write(AppExit::Success);
                        },
                    );
                }
            },
        )
        .run()
}

fn report_first_frame(frames: Res<bevy::diagnostic::FrameCount>, started: Res<Started>) {
    if frames.0 == 1 {
        println!("first-frame-ms {}", started.0.elapsed().as_millis());
    }
}
