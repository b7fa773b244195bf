//! Saving a scenario or a text while the app runs reloads it; a broken save shows its
//! diagnostics and keeps the last good version playable. One test: it sets AMIABLE_ROOT.
#![cfg(feature = "desktop")]

use std::path::Path;
use std::time::Duration;

use amiable::app::CorePlugins;
use amiable::app::library::{HotReloadPlugin, Library};
use amiable::app::screens::Screen;
use amiable::i18n::Lang;
use bevy::input_focus::InputFocus;
use bevy::prelude::*;
use bevy::state::app::StatesPlugin;
use bevy::time::TimeUpdateStrategy;

fn copy(from: &Path, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(from, to).unwrap();
}

/// Writes a file so that its modification time surely differs from the previous one.
fn save(path: &Path, text: &str) {
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(path, text).unwrap();
}

fn home_texts(app: &mut App) -> String {
    let world = app.world_mut();
    world
        .query::<&Text>()
        .iter(world)
        .map(|t| t.0.clone())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn saved_files_reload_and_broken_ones_keep_the_last_good_version() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = std::env::temp_dir().join(format!("amiable-hot-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let ron = root.join("scenarios/mini-call.ron");
    copy(&repo.join("tests/fixtures/scenarios/mini-call.ron"), &ron);
    for lang in ["fr-FR", "en-US"] {
        copy(
            &repo
                .join("tests/fixtures/locales")
                .join(lang)
                .join("mini-call.ftl"),
            &root.join("locales").join(lang).join("mini-call.ftl"),
        );
        copy(
            &repo.join("locales").join(lang).join("amiable.ftl"),
            &root.join("locales").join(lang).join("amiable.ftl"),
        );
    }
    // SAFETY: this test binary has this one test, so no other thread reads the environment.
    unsafe { std::env::set_var("AMIABLE_ROOT", &root) };

    let mut library = Library::load();
    assert_eq!(library.playable().count(), 1);
    assert_eq!(library.title("mini-call", Lang::Fr), "Mini appel");
    assert!(!library.reload_changed(), "nothing saved yet");

    let fr = root.join("locales/fr-FR/mini-call.ftl");
    let original_fr = std::fs::read_to_string(&fr).unwrap();
    save(
        &fr,
        &original_fr.replace("title = Mini appel", "title = Petit appel"),
    );
    assert!(library.reload_changed());
    assert_eq!(library.title("mini-call", Lang::Fr), "Petit appel");

    let original_ron = std::fs::read_to_string(&ron).unwrap();
    save(
        &ron,
        &original_ron.replace("next: \"offer\",\n", "next: \"ofer\",\n"),
    );
    assert!(library.reload_changed());
    let entry = &library.entries[0];
    assert!(entry.is_broken());
    assert!(
        entry.scenario.is_some(),
        "the last good version stays playable"
    );
    assert!(
        entry
            .diagnostics
            .iter()
            .any(|d| d.message.contains("`ofer` does not exist"))
    );
    save(&ron, &original_ron);

    // In the running app: break the file, and the home screen lists the diagnostic while
    // still offering the last good version.
    let mut app = App::new();
    app.add_plugins((MinimalPlugins, StatesPlugin))
        .insert_resource(ButtonInput::<KeyCode>::default())
        .insert_resource(TimeUpdateStrategy::ManualDuration(Duration::from_millis(
            300,
        )))
        .init_resource::<InputFocus>()
        .add_plugins((
            CorePlugins {
                prefs_from_disk: false,
            },
            HotReloadPlugin,
        ));
    app.world_mut()
        .resource_mut::<amiable::app::Prefs>()
        .settings
        .lang = Some("fr".into());
    app.update();
    assert!(!home_texts(&mut app).contains("does not exist"));
    save(
        &ron,
        &original_ron.replace("next: \"offer\",\n", "next: \"ofer\",\n"),
    );
    for _ in 0..4 {
        app.update();
    }
    let shown = home_texts(&mut app);
    assert!(shown.contains("`ofer` does not exist"), "{shown}");
    assert!(
        shown.contains("Petit appel"),
        "the last good version is still offered: {shown}"
    );

    // Fixing the file while the app runs clears the panel on the next look.
    save(&ron, &original_ron);
    for _ in 0..4 {
        app.update();
    }
    assert_eq!(*app.world().resource::<State<Screen>>().get(), Screen::Home);
    let shown = home_texts(&mut app);
    assert!(!shown.contains("does not exist"), "{shown}");
    assert!(!app.world().resource::<Library>().entries[0].is_broken());
    let _ = std::fs::remove_dir_all(&root);
}
