//! Every character Amiable can show is in the bundled font: Bevy draws a box for the others.

use std::collections::BTreeSet;
use std::path::Path;

/// The code points of a TrueType font, from its `cmap` table (formats 4 and 12).
fn code_points(path: &Path) -> BTreeSet<u32> {
    let d = std::fs::read(path).unwrap();
    let u16_at = |o: usize| u16::from_be_bytes([d[o], d[o + 1]]) as usize;
    let u32_at = |o: usize| u32::from_be_bytes([d[o], d[o + 1], d[o + 2], d[o + 3]]) as usize;
    let tables = u16_at(4);
    let cmap = (0..tables)
        .map(|i| 12 + 16 * i)
        .find(|&t| &d[t..t + 4] == b"cmap")
        .map(|t| u32_at(t + 8))
        .expect("font has a cmap");
    let mut points = BTreeSet::new();
    for i in 0..u16_at(cmap + 2) {
        let sub = cmap + u32_at(cmap + 4 + 8 * i + 4);
        match u16_at(sub) {
            4 => {
                let seg = u16_at(sub + 6) / 2;
                for s in 0..seg {
                    let end = u16_at(sub + 14 + 2 * s);
                    let start = u16_at(sub + 16 + 2 * seg + 2 * s);
                    points.extend(start as u32..=end as u32);
                }
            }
            12 => {
                for g in 0..u32_at(sub + 12) {
                    let o = sub + 16 + 12 * g;
                    points.extend(u32_at(o) as u32..=u32_at(o + 4) as u32);
                }
            }
            _ => {}
        }
    }
    points
}

#[test]
fn the_bundled_font_covers_every_text() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut shown = String::new();
    for lang in ["fr-FR", "en-US"] {
        for entry in std::fs::read_dir(root.join("locales").join(lang)).unwrap() {
            let path = entry.unwrap().path();
            shown.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
    // Characters the app writes itself: marks, size buttons, money and quote typography.
    shown.push_str("A–+•—·«»“”€\u{a0}\u{202f}0123456789/%:");
    for weight in ["Regular", "Bold", "Italic"] {
        let font = code_points(&root.join(format!("assets/fonts/NotoSans-{weight}.ttf")));
        let missing: BTreeSet<char> = shown
            .chars()
            .filter(|c| !c.is_control() && !font.contains(&(*c as u32)))
            .collect();
        assert!(
            missing.is_empty(),
            "NotoSans-{weight} has no glyph for {missing:?}"
        );
    }
}
