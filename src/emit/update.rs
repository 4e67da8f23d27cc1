//! An output changed in place: what an incremental build writes.
//!
//! When only some notices changed, rebuilding the whole folder beside the old one would cost
//! as much as a full build. Instead the files whose bytes differ from the previous build's
//! (compared only when the cache's sizes agree) are written into a staging folder beside the output, under
//! the build lock; nothing in the output changes until every notice has passed and every file
//! is written. [`Update::commit`] then renames each new file over the old one (each file is
//! replaced in one step, so a reader never sees half a page) and removes the files no longer
//! made. Dropped without a commit, the staging folder is removed and the output is as it was.
//!
//! The whole output is not replaced in one step, as a full build's is: for the moment between
//! the first and the last rename, a reader may see a new notice page beside an old index. The
//! caller forgets the cache before the renames start, so a build killed between them leaves no
//! cache, and the next build is a full one that replaces the folder whole.

use super::{EmitError, OutFile, Written, at, check_path, guard, lock, remove_leftovers};
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The output's files as the previous build left them: path → size.
pub type Manifest = BTreeMap<String, u64>;

/// The manifest of a build that kept `kept` (paths of `previous`) as they were and made `made`:
/// what `made` has, and the kept paths with their previous sizes; with the paths of `previous`
/// that it no longer has. `previous` is taken, not copied: tens of thousands of paths with long
/// common beginnings, of which a rebuild of one notice changes a handful, are neither cloned
/// nor looked up one by one in the tree.
pub fn kept_and_made(
    mut previous: Manifest,
    kept: &[String],
    made: Manifest,
) -> (Manifest, Vec<String>) {
    let kept: rustc_hash::FxHashSet<&str> = kept.iter().map(String::as_str).collect();
    let mut dropped = Vec::new();
    previous.retain(|path, _| {
        let keep = kept.contains(path.as_str());
        if !keep && !made.contains_key(path) {
            dropped.push(path.clone());
        }
        keep
    });
    previous.extend(made);
    (previous, dropped)
}

/// An output folder being changed in place.
#[derive(Debug)]
pub struct Update<'m> {
    target: PathBuf,
    staging: PathBuf,
    _lock: lock::BuildLock,
    manifest: &'m Manifest,
    next: AtomicUsize,
    /// Files to put in place: (path in the output, file in the staging folder).
    changed: Mutex<Vec<(String, PathBuf)>>,
    unchanged: AtomicUsize,
    committed: bool,
}

impl<'m> Update<'m> {
    /// Take the lock of `out` and check that it is a folder disclose wrote. `Ok(None)` when it is
    /// not (missing, or without the marker): then only a full build will do.
    pub fn open(
        out: &Path,
        site_root: &Path,
        force: bool,
        manifest: &'m Manifest,
    ) -> Result<Option<Update<'m>>, EmitError> {
        let refused = |refusal| EmitError::Refused {
            path: out.to_path_buf(),
            refusal,
        };
        let target = guard::check(out, site_root, force).map_err(refused)?;
        if !target.join(guard::MARKER).is_file() {
            return Ok(None);
        }
        let (Some(parent), Some(name)) = (target.parent(), target.file_name()) else {
            return Err(refused(guard::Refusal::Root));
        };
        let name = name.to_string_lossy().into_owned();
        let lock = super::take_lock(parent, &name)?;
        remove_leftovers(parent, &name);
        if !target.join(guard::MARKER).is_file() {
            return Ok(None);
        }
        let staging = parent.join(format!(".{name}.staging-{}", std::process::id()));
        fs::create_dir_all(&staging).map_err(at(&staging))?;
        Ok(Some(Update {
            target,
            staging,
            _lock: lock,
            manifest,
            next: AtomicUsize::new(0),
            changed: Mutex::new(Vec::new()),
            unchanged: AtomicUsize::new(0),
            committed: false,
        }))
    }

    /// The output folder, resolved.
    pub fn target(&self) -> &Path {
        &self.target
    }

    /// Write one file, unless the output already has it: the size the manifest records, and
    /// the same bytes on disk.
    pub fn write(&self, f: &OutFile) -> Result<(), EmitError> {
        check_path(&f.path)?;
        let same = self.manifest.get(&f.path) == Some(&(f.bytes.len() as u64))
            && super::unchanged(&self.target.join(&f.path), &f.bytes);
        if same {
            self.unchanged.fetch_add(1, Ordering::Relaxed);
            return Ok(());
        }
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let tmp = self.staging.join(n.to_string());
        fs::write(&tmp, &f.bytes).map_err(at(&tmp))?;
        if let Ok(mut c) = self.changed.lock() {
            c.push((f.path.clone(), tmp));
        }
        Ok(())
    }

    /// How many files are waiting to be put in place.
    pub fn changes(&self) -> usize {
        self.changed.lock().map_or(0, |c| c.len())
    }

    /// Put every written file in place, then remove the files of `gone` (paths in the output
    /// that the build no longer makes) and the folders they leave empty.
    pub fn commit<'a>(
        self,
        gone: impl IntoIterator<Item = &'a String>,
    ) -> Result<Written, EmitError> {
        self.commit_then(gone, |_| ()).map(|(w, ())| w)
    }

    /// [`Update::commit`], then run `then` while the build lock is still held.
    pub fn commit_then<'a, T>(
        mut self,
        gone: impl IntoIterator<Item = &'a String>,
        then: impl FnOnce(&Written) -> T,
    ) -> Result<(Written, T), EmitError> {
        let written = self.put_in_place(gone)?;
        let t = then(&written);
        Ok((written, t))
    }

    fn put_in_place<'a>(
        &mut self,
        gone: impl IntoIterator<Item = &'a String>,
    ) -> Result<Written, EmitError> {
        let changed = std::mem::take(&mut *self.changed.lock().map_err(|_| EmitError::Io {
            path: self.staging.clone(),
            source: std::io::Error::other("a writer thread failed"),
        })?);
        for (path, tmp) in &changed {
            let dest = self.target.join(path);
            if let Some(dir) = dest.parent() {
                fs::create_dir_all(dir).map_err(at(dir))?;
            }
            // A folder where a file goes (a page that became a folder's index) is cleared.
            if fs::symlink_metadata(&dest).is_ok_and(|m| m.is_dir()) {
                fs::remove_dir_all(&dest).map_err(at(&dest))?;
            }
            fs::rename(tmp, &dest).map_err(at(&dest))?;
        }
        let mut removed = 0;
        for path in gone {
            if check_path(path).is_err() {
                continue;
            }
            let dest = self.target.join(path);
            if fs::symlink_metadata(&dest).is_ok_and(|m| m.is_file())
                && fs::remove_file(&dest).is_ok()
            {
                removed += 1;
                remove_empty_parents(&self.target, &dest);
            }
        }
        self.committed = true;
        let _ = fs::remove_dir_all(&self.staging);
        Ok(Written {
            out: self.target.clone(),
            written: changed.len(),
            unchanged: self.unchanged.load(Ordering::Relaxed),
            removed,
            leftover: None,
        })
    }
}

impl Drop for Update<'_> {
    fn drop(&mut self) {
        if !self.committed {
            let _ = fs::remove_dir_all(&self.staging);
        }
    }
}

/// Remove the folders above `file` that are now empty, up to (not including) `top`.
fn remove_empty_parents(top: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == top || !d.starts_with(top) || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn manifest(entries: &[(&str, u64)]) -> Manifest {
        entries.iter().map(|(p, s)| (p.to_string(), *s)).collect()
    }

    #[test]
    fn a_manifest_of_kept_and_made_files_prefers_what_was_made() {
        let previous = manifest(&[
            ("a/1.html", 1),
            ("a/2.html", 2),
            ("b/1.html", 3),
            ("c.xml", 4),
        ]);
        let kept = ["b/1.html".to_string(), "a/1.html".to_string()];
        let made = manifest(&[("a/3.html", 5), ("c.xml", 6)]);
        let (got, gone) = kept_and_made(previous.clone(), &kept, made.clone());
        assert_eq!(
            got,
            manifest(&[
                ("a/1.html", 1),
                ("a/3.html", 5),
                ("b/1.html", 3),
                ("c.xml", 6)
            ])
        );
        assert_eq!(gone, ["a/2.html"]);
        let only_before: Vec<&String> = previous.keys().filter(|p| !got.contains_key(*p)).collect();
        assert_eq!(only_before, gone.iter().collect::<Vec<_>>());
        let (got, gone) = kept_and_made(previous.clone(), &[], made.clone());
        assert_eq!(got, made);
        assert_eq!(gone, ["a/1.html", "a/2.html", "b/1.html"]);
    }

    #[test]
    fn writes_only_what_changed_and_removes_what_is_gone() {
        let dir = tempfile::tempdir().expect("tmp");
        let out = dir.path().join("public");
        super::super::write_site(
            &out,
            dir.path(),
            &[
                OutFile::new("a/index.html", "one"),
                OutFile::new("b/old/index.html", "x"),
            ],
            false,
        )
        .expect("write");
        let manifest: Manifest = [
            ("a/index.html".to_string(), 3),
            ("b/old/index.html".to_string(), 1),
        ]
        .into_iter()
        .collect();
        let u = Update::open(&out, dir.path(), false, &manifest)
            .expect("open")
            .expect("a disclose output");
        u.write(&OutFile::new("a/index.html", "one")).expect("same");
        u.write(&OutFile::new("c/index.html", "new")).expect("new");
        // Nothing changes in the output before the commit.
        assert!(!out.join("c/index.html").exists());
        let written = u.commit([&"b/old/index.html".to_string()]).expect("commit");
        assert_eq!(
            (written.written, written.unchanged, written.removed),
            (1, 1, 1)
        );
        assert_eq!(
            fs::read_to_string(out.join("c/index.html")).ok().as_deref(),
            Some("new")
        );
        assert!(!out.join("b").exists(), "emptied folders are removed");
        assert!(out.join(guard::MARKER).is_file());
        let left: Vec<_> = fs::read_dir(dir.path())
            .expect("dir")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.contains("staging"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn a_folder_disclose_did_not_write_is_not_updated_in_place() {
        let dir = tempfile::tempdir().expect("tmp");
        let out = dir.path().join("public");
        fs::create_dir_all(&out).expect("mkdir");
        let manifest = Manifest::new();
        assert!(
            Update::open(&out, dir.path(), true, &manifest)
                .expect("open")
                .is_none()
        );
    }
}
