//! Emit: write the rendered site to disk, atomically, into a folder it may replace.
//!
//! 1. [`guard`] decides whether the output folder may be replaced at all.
//! 2. [`lock`] makes sure only one build writes into it at a time.
//! 3. Files are written to a staging folder beside the output (`.<out>.staging-<pid>`), with
//!    the [`guard::MARKER`] file; a file unchanged since the previous build is hard-linked.
//! 4. [`swap`] puts the staging folder in the output's place in one step, and the old tree is
//!    deleted. A failure at any point removes the staging folder and leaves the previous output
//!    exactly as it was; a build killed at any point leaves the old tree or the new one, and its
//!    leftovers are removed by the next build.

pub mod guard;
pub mod lock;
pub mod swap;
pub mod update;
pub mod writers;

use rayon::prelude::*;
use std::collections::BTreeSet;
use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// One output file: a path relative to the output root, with `/` separators, and its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutFile {
    pub path: String,
    pub bytes: Vec<u8>,
    /// A file of the same build with the same bytes, put in the sink before this one: a full
    /// build hard-links to it rather than writing the bytes again.
    pub same_as: Option<String>,
}

impl OutFile {
    pub fn new(path: impl Into<String>, bytes: impl Into<Vec<u8>>) -> Self {
        OutFile {
            path: path.into(),
            bytes: bytes.into(),
            same_as: None,
        }
    }

    /// This file has the same bytes as `path`, already put.
    pub fn same_as(mut self, path: impl Into<String>) -> Self {
        self.same_as = Some(path.into());
        self
    }
}

/// Why the site was not written. The previous output is untouched in every case.
#[derive(Debug)]
pub enum EmitError {
    /// The output folder may not be replaced.
    Refused {
        path: PathBuf,
        refusal: guard::Refusal,
    },
    /// Another build is writing into the same folder.
    Busy { lock: PathBuf },
    /// The file system refused.
    Io { path: PathBuf, source: io::Error },
}

impl fmt::Display for EmitError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmitError::Refused { path, refusal } => write!(
                f,
                "will not replace {}: {refusal}\nhelp: {}",
                path.display(),
                refusal.help()
            ),
            EmitError::Busy { lock } => write!(
                f,
                "another disclose build is writing into the same folder (it holds {}), and did not finish within {} seconds\nhelp: wait for it to finish, then build again",
                lock.display(),
                lock::WAIT.as_secs()
            ),
            EmitError::Io { path, source } => {
                write!(f, "cannot write {}: {source}", path.display())
            }
        }
    }
}

impl std::error::Error for EmitError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EmitError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn at(path: &Path) -> impl FnOnce(io::Error) -> EmitError + '_ {
    move |source| EmitError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What a write did.
#[derive(Debug, Clone, Default)]
pub struct Written {
    /// The output folder, resolved.
    pub out: PathBuf,
    /// Files written anew.
    pub written: usize,
    /// Files unchanged since the previous build (hard-linked or left in place, not rewritten).
    pub unchanged: usize,
    /// Files of the previous build that this one no longer makes, removed.
    pub removed: usize,
    /// A folder of an earlier build that could not be deleted (the new site is in place; the
    /// next build tries again), with the reason.
    pub leftover: Option<(PathBuf, String)>,
}

/// Write `files` as the complete content of `out`, for the site at `site_root`. `force` allows
/// replacing a folder with files disclose did not write (never the source, a repository, the
/// home folder or `/`).
pub fn write_site(
    out: &Path,
    site_root: &Path,
    files: &[OutFile],
    force: bool,
) -> Result<Written, EmitError> {
    let staging = Staging::open(out, site_root, force)?;
    files.par_iter().try_for_each(|f| staging.write(f))?;
    staging.commit()
}

/// A new output being written: the staging folder, under the build lock. Files are written
/// into it one by one, from any thread, as they are rendered; [`Staging::commit`] puts it in
/// place. Dropped without a commit, it removes the staging folder and leaves the output as it
/// was.
#[derive(Debug)]
pub struct Staging {
    target: PathBuf,
    staging: PathBuf,
    aside: PathBuf,
    _lock: lock::BuildLock,
    /// Folders made so far under the staging folder.
    dirs: std::sync::Mutex<BTreeSet<String>>,
    written: AtomicUsize,
    linked: AtomicUsize,
    committed: bool,
    /// There is a previous output to compare with (not so for a first or clean build, which
    /// then spends no look-up per file on it).
    previous: bool,
}

impl Staging {
    /// Check that `out` may be replaced, take the lock, clear killed builds' leftovers and
    /// create the staging folder with the output marker.
    pub fn open(out: &Path, site_root: &Path, force: bool) -> Result<Staging, EmitError> {
        let refused = |refusal| EmitError::Refused {
            path: out.to_path_buf(),
            refusal,
        };
        let target = guard::check(out, site_root, force).map_err(refused)?;
        let (Some(parent), Some(name)) = (target.parent(), target.file_name()) else {
            return Err(refused(guard::Refusal::Root));
        };
        let name = name.to_string_lossy().into_owned();
        fs::create_dir_all(parent).map_err(at(parent))?;
        let lock = take_lock(parent, &name)?;
        // Under the lock, any staging or old folder of this output is a killed build's
        // leftover.
        remove_leftovers(parent, &name);
        // The guard ran before the lock was held: check again that nothing else appeared.
        let target = guard::check(&target, site_root, force).map_err(refused)?;
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        let aside = parent.join(format!(".{name}.old-{}", std::process::id()));
        fs::create_dir_all(&staging).map_err(at(&staging))?;
        let marker = staging.join(guard::MARKER);
        fs::write(&marker, guard::MARKER_TEXT).map_err(at(&marker))?;
        let previous = target.is_dir();
        Ok(Staging {
            target,
            staging,
            aside,
            _lock: lock,
            dirs: std::sync::Mutex::new(BTreeSet::new()),
            written: AtomicUsize::new(0),
            linked: AtomicUsize::new(0),
            committed: false,
            previous,
        })
    }

    /// Write one file. A file whose bytes are the same as in the previous output is
    /// hard-linked from there instead of written again.
    pub fn write(&self, f: &OutFile) -> Result<(), EmitError> {
        check_path(&f.path)?;
        if let Some((dir, _)) = f.path.rsplit_once('/') {
            let known = self.dirs.lock().is_ok_and(|d| d.contains(dir));
            if !known {
                let path = self.staging.join(dir);
                fs::create_dir_all(&path).map_err(at(&path))?;
                if let Ok(mut d) = self.dirs.lock() {
                    d.insert(dir.to_string());
                }
            }
        }
        let path = self.staging.join(&f.path);
        let old = self.target.join(&f.path);
        if self.previous && unchanged(&old, &f.bytes) && fs::hard_link(&old, &path).is_ok() {
            self.linked.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        // The same bytes as another new file: one more name for it.
        if let Some(twin) = &f.same_as
            && check_path(twin).is_ok()
            && fs::hard_link(self.staging.join(twin), &path).is_ok()
        {
            self.written.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        fs::write(&path, &f.bytes).map_err(at(&path))?;
        self.written.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    /// The output folder, resolved.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Put the new output in place and delete the old one.
    pub fn commit(self) -> Result<Written, EmitError> {
        self.commit_then(|_| ()).map(|(w, ())| w)
    }

    /// [`Staging::commit`], then run `then` while the build lock is still held (to write the
    /// build cache before another build may read it).
    pub fn commit_then<T>(
        mut self,
        then: impl FnOnce(&Written) -> T,
    ) -> Result<(Written, T), EmitError> {
        let written = self.put_in_place()?;
        let t = then(&written);
        Ok((written, t))
    }

    fn put_in_place(&mut self) -> Result<Written, EmitError> {
        let swapped =
            swap::swap(&self.staging, &self.target, &self.aside).map_err(at(&self.target))?;
        self.committed = true;
        let old = match swapped {
            swap::Swapped::Renamed => None,
            swap::Swapped::Exchanged => Some(self.staging.clone()),
            swap::Swapped::MovedAside => Some(self.aside.clone()),
        };
        let leftover = old.and_then(|old| {
            remove_tree(&old);
            fs::symlink_metadata(&old).is_ok().then(|| {
                (
                    old.clone(),
                    "it could not be deleted (check its permissions); the next build tries again"
                        .to_string(),
                )
            })
        });
        Ok(Written {
            out: self.target.clone(),
            written: self.written.load(Ordering::Relaxed),
            unchanged: self.linked.load(Ordering::Relaxed),
            removed: 0,
            leftover,
        })
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            remove_tree(&self.staging);
        }
    }
}

/// An output path must stay inside the output folder and not be its marker.
fn check_path(path: &str) -> Result<(), EmitError> {
    if path
        .split('/')
        .any(|c| c == ".." || c == "." || c.is_empty())
        || path == guard::MARKER
    {
        return Err(EmitError::Io {
            path: PathBuf::from(path),
            source: io::Error::new(
                io::ErrorKind::InvalidInput,
                "output path leaves the output folder",
            ),
        });
    }
    Ok(())
}

/// Take the build lock of the output `parent/name`, waiting for another build to finish.
fn take_lock(parent: &Path, name: &str) -> Result<lock::BuildLock, EmitError> {
    lock::acquire(&parent.join(format!(".{name}.lock")), lock::WAIT).map_err(|e| match e {
        lock::LockError::Busy(lock) => EmitError::Busy { lock },
        lock::LockError::Io(path, source) => EmitError::Io { path, source },
    })
}

/// Remove the staging and old folders that killed builds into `parent/name` left behind.
fn remove_leftovers(parent: &Path, name: &str) {
    let staging = format!(".{name}.staging-");
    let old = format!(".{name}.old-");
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let n = e.file_name().to_string_lossy().into_owned();
        if (n.starts_with(&staging) || n.starts_with(&old))
            && e.file_type().is_ok_and(|t| t.is_dir())
        {
            remove_tree(&e.path());
        }
    }
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
        // A link is removed, never followed.
        let _ = if fs::symlink_metadata(p).is_ok_and(|m| m.is_dir()) {
            fs::remove_dir_all(p)
        } else {
            fs::remove_file(p)
        };
    });
    let _ = fs::remove_dir_all(dir);
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
            dir.path(),
            &[
                OutFile::new("a/index.html", "one"),
                OutFile::new("old.txt", "x"),
            ],
            false,
        )
        .expect("first write");
        write_site(
            &out,
            dir.path(),
            &[OutFile::new("a/index.html", "two")],
            false,
        )
        .expect("second write");
        assert_eq!(
            fs::read_to_string(out.join("a/index.html")).ok().as_deref(),
            Some("two")
        );
        assert!(
            !out.join("old.txt").exists(),
            "files of the old build are gone"
        );
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .expect("list")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [".public.lock", "public"],
            "no staging folder is left behind"
        );
        assert!(
            out.join(guard::MARKER).is_file(),
            "the output carries the marker"
        );
    }

    #[test]
    fn unchanged_files_are_linked_and_changed_ones_written() {
        let dir = tempfile::tempdir().expect("tempdir");
        let out = dir.path().join("public");
        write_site(
            &out,
            dir.path(),
            &[
                OutFile::new("same.html", "x"),
                OutFile::new("new.html", "1"),
            ],
            false,
        )
        .expect("first write");
        write_site(
            &out,
            dir.path(),
            &[
                OutFile::new("same.html", "x"),
                OutFile::new("new.html", "22"),
            ],
            false,
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
            dir.path(),
            &[
                OutFile::new("same.html", "y"),
                OutFile::new("new.html", "22"),
            ],
            false,
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
        write_site(
            &out,
            dir.path(),
            &[OutFile::new("index.html", "old")],
            false,
        )
        .expect("first write");
        assert!(
            write_site(
                &out,
                dir.path(),
                &[OutFile::new("../escape.html", "x")],
                false
            )
            .is_err()
        );
        assert_eq!(
            fs::read_to_string(out.join("index.html")).ok().as_deref(),
            Some("old")
        );
    }
}
