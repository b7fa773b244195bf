//! Sound: the ring and pick-up at the start of a call, the hang-up tone at its end, soft
//! interface sounds and a quiet office ambience during calls. Screens only write `Sfx`
//! messages; without `SoundPlugin` (tests, capture) nothing plays. Without a sound device
//! kira logs one warning and the app goes on silently.

use bevy::prelude::*;
use bevy_kira_audio::prelude::*;

use super::Prefs;
use super::screens::Screen;

#[derive(Message, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sfx {
    Ring,
    Pickup,
    HangUp,
    Click,
    Confirm,
}

pub struct SfxPlugin;

impl Plugin for SfxPlugin {
    fn build(&self, app: &mut App) {
        app.add_message::<Sfx>();
    }
}

pub struct SoundPlugin;

/// Whether there is a sound card to open. On Linux without one, ALSA prints several lines of
/// errors before kira gives up; looking first lets the app say it once and stay silent.
pub fn sound_device_present() -> bool {
    if !cfg!(target_os = "linux") {
        return true;
    }
    match std::fs::read_to_string("/proc/asound/cards") {
        Ok(cards) => !cards.contains("no soundcards") && !cards.trim().is_empty(),
        Err(_) => std::path::Path::new("/dev/snd").exists(),
    }
}

#[derive(Resource)]
struct Sounds {
    ring: Handle<AudioSource>,
    pickup: Handle<AudioSource>,
    hangup: Handle<AudioSource>,
    click: Handle<AudioSource>,
    confirm: Handle<AudioSource>,
    ambience: Handle<AudioSource>,
}

#[derive(Resource)]
struct Ambience;

/// The ringing has its own channel so that picking up (or leaving) cuts it short.
#[derive(Resource)]
struct Ringing;

impl Plugin for SoundPlugin {
    fn build(&self, app: &mut App) {
        app.add_audio_channel::<Ambience>()
            .add_audio_channel::<Ringing>()
            .add_systems(Startup, load_sounds)
            .add_systems(Update, (play_effects, follow_volume))
            .add_systems(OnEnter(Screen::Call), start_ambience)
            .add_systems(OnExit(Screen::Call), stop_ambience);
    }
}

fn load_sounds(mut commands: Commands, assets: Res<AssetServer>) {
    commands.insert_resource(Sounds {
        ring: assets.load("sounds/ring.ogg"),
        pickup: assets.load("sounds/pickup.ogg"),
        hangup: assets.load("sounds/hangup.ogg"),
        click: assets.load("sounds/ui_click.ogg"),
        confirm: assets.load("sounds/ui_confirm.ogg"),
        ambience: assets.load("sounds/ambience.ogg"),
    });
}

/// Linear volume 0–100 as kira's decibels; 0 and mute are silence.
pub fn decibels(volume: u8, muted: bool) -> f32 {
    if muted || volume == 0 {
        Decibels::SILENCE.0
    } else {
        (20.0 * (f32::from(volume) / 100.0).log10()).max(Decibels::SILENCE.0)
    }
}

fn play_effects(
    mut sfx: MessageReader<Sfx>,
    sounds: Option<Res<Sounds>>,
    audio: Res<Audio>,
    ringing: Res<AudioChannel<Ringing>>,
    prefs: Res<Prefs>,
) {
    let Some(sounds) = sounds else { return };
    let volume = decibels(prefs.settings.volume, prefs.settings.muted);
    for s in sfx.read() {
        let (handle, trim) = match s {
            Sfx::Ring => (&sounds.ring, 0.0),
            Sfx::Pickup => (&sounds.pickup, 0.0),
            Sfx::HangUp => (&sounds.hangup, 0.0),
            Sfx::Click => (&sounds.click, -6.0),
            Sfx::Confirm => (&sounds.confirm, -4.0),
        };
        if matches!(s, Sfx::Ring | Sfx::Pickup | Sfx::HangUp) {
            ringing.stop();
        }
        if *s == Sfx::Ring {
            ringing.play(handle.clone()).with_volume(volume + trim);
        } else {
            audio.play(handle.clone()).with_volume(volume + trim);
        }
    }
}

fn start_ambience(
    sounds: Option<Res<Sounds>>,
    channel: Res<AudioChannel<Ambience>>,
    prefs: Res<Prefs>,
) {
    let Some(sounds) = sounds else { return };
    channel.stop();
    channel
        .play(sounds.ambience.clone())
        .looped()
        .with_volume(decibels(prefs.settings.volume, prefs.settings.muted) - 12.0)
        .fade_in(AudioTween::linear(std::time::Duration::from_secs(2)));
}

fn stop_ambience(channel: Res<AudioChannel<Ambience>>, ringing: Res<AudioChannel<Ringing>>) {
    channel
        .stop()
        .fade_out(AudioTween::linear(std::time::Duration::from_millis(600)));
    ringing.stop();
}

fn follow_volume(prefs: Res<Prefs>, channel: Res<AudioChannel<Ambience>>) {
    if prefs.is_changed() {
        channel.set_volume(decibels(prefs.settings.volume, prefs.settings.muted) - 12.0);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn volume_maps_to_decibels() {
        assert_eq!(super::decibels(100, false), 0.0);
        assert!((super::decibels(50, false) + 6.02).abs() < 0.01);
        assert_eq!(super::decibels(80, true), -60.0);
        assert_eq!(super::decibels(0, false), -60.0);
    }
}
