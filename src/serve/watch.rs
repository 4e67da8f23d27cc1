//! The watcher: file-system events on content/, locales/ and themes/, debounced, reduced to
//! what changed for the preview ([`Change`]).
//!
//! Editors save through temporary, swap and backup files (`.sv.md.swp`, `sv.md~`, `.#sv.md`,
//! vim's `4913`, `*.tmp`); those are not changes. A rename is seen as the file that went and the
//! file that came, a deletion as the file that went: the rebuild walks the tree again, so either
//! is handled as any other change. `--poll` asks the file system every half second instead, for
//! those that send no events (some network and container mounts).

use notify_debouncer_full::notify::event::{EventKind, MetadataKind, ModifyKind};
use notify_debouncer_full::notify::{self, PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, Debouncer, FileIdMap, RecommendedCache, new_debouncer, new_debouncer_opt,
};
use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

/// How long the watcher waits for an editor's save to settle before reporting it.
const DEBOUNCE: Duration = Duration::from_millis(15);
/// How often `--poll` looks at the files.
const POLL: Duration = Duration::from_millis(500);

/// The folders under the site root whose files the preview is made of.
pub const WATCHED: [&str; 3] = ["content", "locales", "themes"];

/// What a changed path means for the preview.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// A file of one notice (`content/notices/<id>/…`): that notice is rendered again.
    Notice(String),
    /// Something every notice shares (`content/site.toml`, a locale, the theme): everything
    /// is rendered again. The path is relative to the root.
    Shared(PathBuf),
}

/// Is this the name of an editor's temporary, swap or backup file (or another hidden file)?
pub fn is_scratch(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || [".swp", ".swx", ".swo", ".tmp", ".bak", ".orig", ".crswap"]
            .iter()
            .any(|ext| name.ends_with(ext))
}

/// What a changed path (absolute, under `root`) means, if anything.
pub fn classify(root: &Path, path: &Path) -> Option<Change> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Vec<&str> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    if parts.iter().any(|p| is_scratch(p)) {
        return None;
    }
    match parts.as_slice() {
        ["content", "notices", id, ..] => Some(Change::Notice((*id).to_string())),
        [top, ..] if WATCHED.contains(top) => Some(Change::Shared(rel.to_path_buf())),
        _ => None,
    }
}

/// The changes in one batch of events.
pub fn changes(root: &Path, result: DebounceEventResult) -> BTreeSet<Change> {
    match result {
        Ok(events) => events
            .iter()
            .filter(|e| changes_content(&e.kind))
            .flat_map(|e| e.paths.iter())
            .filter_map(|p| classify(root, p))
            .collect(),
        // Events were lost (the kernel's queue overflowed, a watch failed): rebuild, and let
        // the build find what changed.
        Err(_) => BTreeSet::from([Change::Shared(PathBuf::from("content"))]),
    }
}

/// Does an event say that a file's content, name or existence changed? Reading a file (as
/// every rebuild does) is not a change, nor is a new access time.
fn changes_content(kind: &EventKind) -> bool {
    !matches!(
        kind,
        EventKind::Access(_) | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
    )
}

/// A running watcher; dropping it stops it.
pub enum Watcher {
    Native(Debouncer<RecommendedWatcher, RecommendedCache>),
    Poll(Debouncer<PollWatcher, FileIdMap>),
}

impl Watcher {
    /// Watch the site at `root`, sending each batch of events to `tx`.
    pub fn start(
        root: &Path,
        poll: bool,
        tx: Sender<DebounceEventResult>,
    ) -> notify::Result<Watcher> {
        let mut w = if poll {
            let config = notify::Config::default().with_poll_interval(POLL);
            Watcher::Poll(new_debouncer_opt::<_, PollWatcher, _>(
                DEBOUNCE,
                None,
                tx,
                FileIdMap::new(),
                config,
            )?)
        } else {
            Watcher::Native(new_debouncer(DEBOUNCE, None, tx)?)
        };
        // The root itself, not its subfolders: to see locales/ or themes/ appear.
        w.watch(root, RecursiveMode::NonRecursive)?;
        w.watch_folders(root)?;
        Ok(w)
    }

    /// Watch each of [`WATCHED`] that exists (again: a folder removed and made anew needs a
    /// new watch).
    pub fn watch_folders(&mut self, root: &Path) -> notify::Result<()> {
        for dir in WATCHED {
            let path = root.join(dir);
            if path.is_dir() {
                self.watch(&path, RecursiveMode::Recursive)?;
            }
        }
        Ok(())
    }

    fn watch(&mut self, path: &Path, mode: RecursiveMode) -> notify::Result<()> {
        match self {
            Watcher::Native(d) => d.watch(path, mode),
            Watcher::Poll(d) => d.watch(path, mode),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scratch_files_are_not_changes() {
        for name in [
            ".sv.md.swp",
            "sv.md~",
            ".#sv.md",
            "#sv.md#",
            "4913",
            "sv.md.tmp",
            "facts.toml.bak",
            ".DS_Store",
        ] {
            assert!(is_scratch(name), "{name}");
        }
        for name in ["sv.md", "facts.toml", "site.toml", "sv.ftl", "notice.html"] {
            assert!(!is_scratch(name), "{name}");
        }
    }

    #[test]
    fn paths_become_notice_or_shared_changes() {
        let root = Path::new("/site");
        let c = |p: &str| classify(root, &root.join(p));
        assert_eq!(
            c("content/notices/kunder/2.1/sv.md"),
            Some(Change::Notice("kunder".into()))
        );
        assert_eq!(
            c("content/notices/kunder"),
            Some(Change::Notice("kunder".into()))
        );
        assert_eq!(
            c("content/site.toml"),
            Some(Change::Shared("content/site.toml".into()))
        );
        assert_eq!(
            c("locales/sv.ftl"),
            Some(Change::Shared("locales/sv.ftl".into()))
        );
        assert!(c("themes/default/notice.html").is_some());
        assert_eq!(c("content/notices/kunder/2.1/.sv.md.swp"), None);
        assert_eq!(c("content/notices/kunder/2.1/4913"), None);
        assert_eq!(c("public/sv/index.html"), None);
        assert_eq!(c(".disclose-cache/build-1.json"), None);
        assert_eq!(classify(root, Path::new("/elsewhere/x")), None);
    }
}
