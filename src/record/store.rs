//! Where a trainee's record lives on disk, and the two ways files change there: an atomic
//! replace for whole files, and setting a damaged file aside so the rest stays readable.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Everything of Amiable's record: `AMIABLE_DATA_DIR` when set (tests, portable installs,
/// a course room's shared drive), else the platform's per-user data folder.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("AMIABLE_DATA_DIR") {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("fr", "Amiable", "amiable")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| std::env::temp_dir().join("amiable-data"))
}

/// Writes `bytes` to `path` so that a crash at any moment leaves either the old file or the
/// new one, never half of one: temporary file in the same folder, flush to disk, rename.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // The process id keeps two Amiable processes from sharing a temporary file.
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    {
        let mut file = File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
    }
    fs::rename(&tmp, path)?;
    sync_dir(dir);
    Ok(())
}

/// Makes a rename durable: without it, a power cut can forget the rename on some filesystems.
pub fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

/// Moves a damaged file to `<name>.damaged` (numbered if that exists) and says where, so a
/// trainer can still inspect it and nothing is silently overwritten.
pub fn set_aside(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut aside = path.with_file_name(format!("{name}.damaged"));
    let mut n = 1;
    while aside.exists() {
        n += 1;
        aside = path.with_file_name(format!("{name}.damaged{n}"));
    }
    match fs::rename(path, &aside) {
        Ok(()) => aside,
        Err(_) => path.to_path_buf(),
    }
}

/// Leftover temporary files from a write interrupted before its rename: never part of the
/// record, safe to delete.
pub fn is_temporary(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with('.') && n.ends_with(".tmp"))
}
