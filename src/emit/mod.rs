//! Emit: write the rendered site to disk, atomically.
//!
//! Files are written to a staging folder beside the output (`.<out>.staging-<pid>`); only
//! when every file is written is the old output moved aside and the staging folder renamed
//! into its place. A failure at any point removes the staging folder and leaves the previous
//! output exactly as it was.

use rayon::prelude::*;
use std::collections::BTreeSet;
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
    if out.join("content").join("site.toml").exists() {
        return Err(EmitError {
            path: out.to_path_buf(),
            source: io::Error::new(
                io::ErrorKind::InvalidInput,
                "this folder holds a site's source (content/site.toml) and would be replaced; choose another output folder",
            ),
        });
    }
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
    let result = write_all(&staging, files, out).and_then(|()| swap(&staging, out, &old));
    if result.is_err() {
        let _ = fs::remove_dir_all(&staging);
    }
    result
}

/// Write every file under `staging`: folders first, then the files in parallel (on a large
/// site the time goes to the file system, and two writers keep it busier than one). A file
/// whose bytes are the same as in the previous output `previous` is hard-linked from there
/// instead of written again, so rebuilding an unchanged site writes almost nothing.
fn write_all(staging: &Path, files: &[OutFile], previous: &Path) -> Result<(), EmitError> {
    fs::create_dir_all(staging).map_err(at(staging))?;
    let mut dirs = BTreeSet::new();
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
        if let Some((dir, _)) = f.path.rsplit_once('/') {
            dirs.insert(dir);
        }
    }
    for dir in dirs {
        let path = staging.join(dir);
        fs::create_dir_all(&path).map_err(at(&path))?;
    }
    files.par_iter().try_for_each(|f| {
        let path = staging.join(&f.path);
        let old = previous.join(&f.path);
        if unchanged(&old, &f.bytes) && fs::hard_link(&old, &path).is_ok() {
            return Ok(());
        }
        fs::write(&path, &f.bytes).map_err(at(&path))
    })
}

/// Does the file at `path` hold exactly `bytes`? (Its size first, so most changes cost no read.)
fn unchanged(path: &Path, bytes: &[u8]) -> bool {
    match fs::symlink_metadata(path) {
        Ok(m) if m.is_file() && m.len() == bytes.len() as u64 => {
            fs::read(path).is_ok_and(|old| old == bytes)
        }
        _ => false,
    }
}

/// Remove a folder tree, its top-level entries in parallel.
fn remove_tree(dir: &Path) {
    let entries: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).map(|e| e.path()).collect(),
        Err(_) => return,
    };
    entries.par_iter().for_each(|p| {
        let _ = if p.is_dir() {
            fs::remove_dir_all(p)
        } else {
            fs::remove_file(p)
        };
    });
    let _ = fs::remove_dir_all(dir);
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
        remove_tree(old);
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
    fn unchanged_files_are_linked_and_changed_ones_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        write_site(
            &out,
            &[
                OutFile::new("same.html", "x"),
                OutFile::new("new.html", "1"),
            ],
        )
        .expect("first write");
        write_site(
            &out,
            &[
                OutFile::new("same.html", "x"),
                OutFile::new("new.html", "22"),
            ],
        )
        .expect("second write");
        assert_eq!(
            fs::read_to_string(out.join("same.html")).ok().as_deref(),
            Some("x")
        );
        assert_eq!(
            fs::read_to_string(out.join("new.html")).ok().as_deref(),
            Some("22")
        );
        // A third build must not be affected by the links of the second.
        write_site(
            &out,
            &[
                OutFile::new("same.html", "y"),
                OutFile::new("new.html", "22"),
            ],
        )
        .expect("third write");
        assert_eq!(
            fs::read_to_string(out.join("same.html")).ok().as_deref(),
            Some("y")
        );
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
