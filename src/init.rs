//! `disclose init DIR`: write a minimal site that builds and checks clean.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

/// Why a site could not be created.
#[derive(Debug)]
pub enum InitError {
    /// The folder exists and is not empty.
    NotEmpty(PathBuf),
    Io(PathBuf, std::io::Error),
}

impl fmt::Display for InitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InitError::NotEmpty(p) => write!(
                f,
                "{} exists and is not empty; choose a new folder",
                p.display()
            ),
            InitError::Io(p, e) => write!(f, "cannot write {}: {e}", p.display()),
        }
    }
}

impl std::error::Error for InitError {}

/// The files of a new site: (path, content).
pub const FILES: &[(&str, &str)] = &[
    // The output, build leftovers and the build cache are made by disclose, not kept in git.
    (".gitignore", "/public\n/.public.*\n/.disclose-cache\n"),
    ("content/site.toml", include_str!("init/site.toml")),
    (
        "content/notices/customers/1.0/facts.toml",
        include_str!("init/facts.toml"),
    ),
    (
        "content/notices/customers/1.0/nb.md",
        include_str!("init/nb.md"),
    ),
    (
        "content/notices/customers/1.0/sv.md",
        include_str!("init/sv.md"),
    ),
    (
        "content/notices/customers/1.0/da.md",
        include_str!("init/da.md"),
    ),
    (
        "content/notices/customers/1.0/fi.md",
        include_str!("init/fi.md"),
    ),
];

/// Create a minimal site in `dir`.
pub fn init(dir: &Path) -> Result<(), InitError> {
    if dir.exists() {
        let empty = fs::read_dir(dir)
            .map_err(|e| InitError::Io(dir.to_path_buf(), e))?
            .next()
            .is_none();
        if !empty {
            return Err(InitError::NotEmpty(dir.to_path_buf()));
        }
    }
    for (path, text) in FILES {
        let p = dir.join(path);
        if let Some(parent) = p.parent() {
            fs::create_dir_all(parent).map_err(|e| InitError::Io(parent.to_path_buf(), e))?;
        }
        fs::write(&p, text).map_err(|e| InitError::Io(p.clone(), e))?;
    }
    Ok(())
}
