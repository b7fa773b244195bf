//! The real window, under Xvfb with Mesa's software Vulkan: each screen in both languages is
//! captured to a PNG of the asked size with real content on it.
#![cfg(feature = "desktop")]

use std::path::Path;
use std::process::Command;

/// Width and height from a PNG's header.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(
        &bytes[..8],
        b"\x89PNG\r\n\x1a\n",
        "{} is not a PNG",
        path.display()
    );
    let w = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    let h = u32::from_be_bytes(bytes[20..24].try_into().unwrap());
    (w, h)
}

#[test]
fn every_screen_is_captured_in_both_languages() {
    let xvfb = Command::new("xvfb-run").arg("--help").output();
    assert!(
        xvfb.is_ok(),
        "xvfb-run is missing: run scripts/install-deps.sh"
    );
    let dir = std::env::temp_dir().join(format!("amiable-captures-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for lang in ["fr", "en"] {
        for screen in ["home", "briefing", "call", "debrief"] {
            let out = dir.join(format!("{screen}-{lang}.png"));
            let result = Command::new("xvfb-run")
                .args(["-a", "-s", "-screen 0 1280x800x24"])
                .arg(env!("CARGO_BIN_EXE_amiable"))
                .args([
                    "capture",
                    "--screen",
                    screen,
                    "--scenario",
                    "aggressive-debtor",
                    "--choices",
                    "2,1,3",
                ])
                .args(["--seed", "7", "--lang", lang, "--size", "1024x700", "--out"])
                .arg(&out)
                .env("AMIABLE_CONFIG_DIR", &dir)
                .output()
                .expect("xvfb-run runs");
            assert!(
                result.status.success(),
                "{screen} ({lang}) failed: {}\n{}",
                String::from_utf8_lossy(&result.stdout),
                String::from_utf8_lossy(&result.stderr)
            );
            assert_eq!(png_size(&out), (1024, 700), "{screen} ({lang})");
            // A blank or single-colour window compresses to a few kilobytes.
            let size = std::fs::metadata(&out).unwrap().len();
            assert!(size > 25_000, "{screen} ({lang}) looks empty: {size} bytes");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}
