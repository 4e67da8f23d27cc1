//! Emit: write the rendered site to disk, atomically.
//!
//! Files are written to a staging folder beside the output (`.<out>.staging-<pid>`); only
//! when every file is written is the old output moved aside and the staging folder renamed
//! into its place. A failure at any point removes the staging folder and leaves the previous
//! output exactly as it was.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// One output file: a path relative to the output root, with `/` separators, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

impl OutFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutFile {
            path: path.into(),
            bytes: bytes.into(),
        }
    }
}

/// An I/O failure, with the path it concerned.
#[derive(Debug)]
pub struct EmitError {
    pub path: PathBuf,
    pub source: io::Error,
}

fn at(path: &Path) -> impl FnOnce(io::Error) -> EmitError + '_ {
    move |source| EmitError {
        path: path.to_path_buf(),
        source,
    }
}

/// Write `files` as the complete content of `out`.
pub fn write_site(out: &Path, files: &[OutFile]) -> Result<(), EmitError> {
    let parent = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = out
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "public".to_string());
    fs::create_dir_all(&parent).map_err(at(&parent))?;
    let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
    let old = parent.join(format!(".{name}.old-{}", std::process::id()));
    let _ = fs::remove_dir_all(&staging);
    let result = write_all(&staging, files).and_then(|()| swap(&staging, out, &old));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

fn write_all(staging: &Path, files: &[OutFile]) -> Result<(), EmitError> {
    fs::create_dir_all(staging).map_err(at(staging))?;
    for f in files {
        if f.path.split('/').any(|c| c == ".." || c.is_empty()) {
            return Err(EmitError {
                path: PathBuf::from(&f.path),
                source: io::Error::new(
                    io::ErrorKind::InvalidInput,
                    "output path leaves the output folder",
                ),
            });
        }
        let path = staging.join(&f.path);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(at(dir))?;
        }
        fs::write(&path, &f.bytes).map_err(at(&path))?;
    }
    Ok(())
}

/// Move `out` aside, move `staging` in, then delete the old output. If the second move fails,
/// the old output is moved back.
fn swap(staging: &Path, out: &Path, old: &Path) -> Result<(), EmitError> {
    let had_old = out.exists();
    if had_old {
        let _ = fs::remove_dir_all(old);
        fs::rename(out, old).map_err(at(out))?;
    }
    if let Err(e) = fs::rename(staging, out) {
        if had_old {
            let _ = fs::rename(old, out);
        }
        return Err(EmitError {
            path: out.to_path_buf(),
            source: e,
        });
    }
    if had_old {
        let _ = fs::remove_dir_all(old);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_output_whole() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        write_site(
            &out,
            &[
                OutFile::new("a/index.html", "one"),
                OutFile::new("old.txt", "x"),
            ],
        )
        .expect("first write");
        write_site(&out, &[OutFile::new("a/index.html", "two")]).expect("second write");
        assert_eq!(
            fs::read_to_string(out.join("a/index.html")).ok().as_deref(),
            Some("two")
        );
        assert!(
            !out.join("old.txt").exists(),
            "files of the old build are gone"
        );
        let leftovers: Vec<_> = fs::read_dir(dir.path()).expect("list").collect();
        assert_eq!(leftovers.len(), 1, "no staging folder is left behind");
    }

    #[test]
    fn a_bad_path_leaves_the_old_output() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        write_site(&out, &[OutFile::new("index.html", "old")]).expect("first write");
        assert!(write_site(&out, &[OutFile::new("../escape.html", "x")]).is_err());
        assert_eq!(
            fs::read_to_string(out.join("index.html")).ok().as_deref(),
            Some("old")
        );
    }
}
