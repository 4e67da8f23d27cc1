//! The build cache: what the last build of an output learnt of each notice, so the next one
//! redoes only the notices whose files changed.
//!
//! It lives in `<root>/.disclose-cache/`, one JSON file per output folder
//! (`build-<hash of the output's path>.json`), and is always safe to delete: without it a build
//! is a full build. A file holds:
//!
//! - `shared`: the hash of everything every notice depends on: the disclose binary itself,
//!   `content/site.toml`, the site's locale files, theme templates and assets. When it differs,
//!   the whole cache is ignored.
//! - `notices`: per notice id, the hash of the notice's files (paths and bytes, with `shared`),
//!   each file's size and modification time, and what the notice contributed: its page plan,
//!   what the indexes list of it, its slugs and the output files it made. Only a notice that
//!   passed every rule without a warning is kept: a notice with a diagnostic is run every time,
//!   so its diagnostics are always printed.
//! - `outputs`: every file of the output folder with its size, so a page no longer made is
//!   removed, and a re-rendered page is compared with the file on disk only when the sizes agree
//!   (it is written again only if its bytes differ).
//! - `site`: which of those are the site's own pages (indexes, feeds, sitemap, `api/index.json`),
//!   made from every notice: when no notice changed, was added or was removed, they are kept as
//!   they are and not rendered at all.
//!
//! A notice is unchanged when its files have the sizes and times recorded (and are older than
//! the cache by more than [`RACY`], so an edit in the same instant is not missed), or else when
//! their hash is the one recorded.

use crate::lang::Lang;
use crate::render::{NoticeListItem, NoticePlan};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

/// Bumped whenever the layout below changes: an older file is then ignored.
pub const FORMAT: u32 = 3;

/// The cache's folder under the site root.
pub const DIR: &str = ".disclose-cache";

/// A file whose modification time is this close to the cache's own is read and hashed even
/// when its size and time match, since it may have changed again within the same tick.
pub const RACY: Duration = Duration::from_secs(2);

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Cache {
    pub format: u32,
    /// Hex hash of what every notice shares.
    pub shared: String,
    /// When the cache was written, in nanoseconds since 1970.
    pub written_at: u128,
    /// Shared, so that a build taking an entry over from the previous cache copies nothing.
    pub notices: BTreeMap<String, Arc<NoticeEntry>>,
    /// Every file of the output folder (but its marker): path → size.
    pub outputs: BTreeMap<String, u64>,
    /// The files of the site's own pages (indexes, feeds, sitemap, api/index.json …), kept as
    /// they are when no notice changed.
    #[serde(default)]
    pub site: Vec<String>,
    /// What the notices that were rendered but not cached (they had a warning) listed, so that
    /// the next build knows whether the site's pages would change (see [`Listed`]).
    #[serde(default)]
    pub listed: BTreeMap<String, Listed>,
}

/// A notice in a language's index.
pub type IndexEntry = (Lang, Arc<NoticeListItem>);

/// What a notice gives the site's own pages: its page plan and its index entries.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Listed {
    pub plan: Option<Arc<NoticePlan>>,
    pub listing: Vec<IndexEntry>,
}

impl Cache {
    /// What notice `id` listed in the build that wrote this cache, cached or not.
    pub fn listed(&self, id: &str) -> Option<(&Option<Arc<NoticePlan>>, &[IndexEntry])> {
        match self.notices.get(id) {
            Some(e) => Some((&e.plan, &e.listing)),
            None => self.listed.get(id).map(|l| (&l.plan, l.listing.as_slice())),
        }
    }

    /// How many notices the build that wrote this cache rendered.
    pub fn notices_listed(&self) -> usize {
        self.notices.len() + self.listed.len()
    }
}

/// What a notice that passed contributed to the build.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct NoticeEntry {
    /// Hex hash of the notice's files.
    pub key: String,
    /// Each file: (path relative to the root, size, modification time in ns).
    pub stamps: Vec<(String, u64, u128)>,
    pub plan: Option<Arc<NoticePlan>>,
    pub listing: Vec<(Lang, Arc<NoticeListItem>)>,
    /// The newest version's slugs: (language, slug, file, byte range).
    pub slugs: Vec<(Lang, String, String, (usize, usize))>,
    /// The output files it made.
    pub outputs: Vec<String>,
    /// Its drafts' version numbers (checked, not published).
    #[serde(default)]
    pub drafts: Vec<String>,
    /// The first day on which what the notice's pages and checks say changes by the date alone
    /// (a version takes effect, a `published` date in the future arrives): from then on the
    /// entry is stale. `None` when no date of the notice is after the day it was built.
    #[serde(default)]
    pub expires: Option<crate::model::Date>,
}

impl NoticeEntry {
    /// Does the entry still hold on `today`?
    pub fn holds_on(&self, today: crate::model::Date) -> bool {
        self.expires.is_none_or(|e| today < e)
    }
}

/// Where the cache of the output folder `out` is kept.
pub fn path(root: &Path, out: &Path) -> PathBuf {
    let hash = blake3::hash(out.to_string_lossy().as_bytes()).to_hex();
    root.join(DIR).join(format!("build-{}.json", &hash[..16]))
}

/// The cache of `out`, if there is a readable one of this format for these shared inputs.
pub fn load(root: &Path, out: &Path, shared: &str) -> Option<Cache> {
    load_file(&path(root, out)).filter(|c| c.shared == shared)
}

/// What identifies the file the cache of `out` is now (its size, time and inode): a cache is
/// replaced whole, by a rename, so a different file has a different mark.
pub fn mark(root: &Path, out: &Path) -> Option<(u64, SystemTime, u64)> {
    let m = fs::metadata(path(root, out)).ok()?;
    #[cfg(unix)]
    let ino = std::os::unix::fs::MetadataExt::ino(&m);
    #[cfg(not(unix))]
    let ino = 0;
    Some((m.len(), m.modified().ok()?, ino))
}

/// The newest cache of any output of the site for these shared inputs (for `check`, which
/// writes nothing and so may use what any build learnt of the notices).
pub fn newest(root: &Path, shared: &str) -> Option<Cache> {
    let entries = fs::read_dir(root.join(DIR)).ok()?;
    entries
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().starts_with("build-"))
        .filter_map(|e| load_file(&e.path()))
        .filter(|c| c.shared == shared)
        .max_by_key(|c| c.written_at)
}

fn load_file(path: &Path) -> Option<Cache> {
    let bytes = fs::read(path).ok()?;
    serde_json::from_slice::<Cache>(&bytes)
        .ok()
        .filter(|c| c.format == FORMAT)
}

/// Forget the cache of `out`: done before a build changes the output in place, so that a build
/// killed half-way leaves no cache, and the next build is a full one.
pub fn forget(root: &Path, out: &Path) -> io::Result<()> {
    match fs::remove_file(path(root, out)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
        _ => Ok(()),
    }
}

/// Write the cache of `out`, whole or not at all.
pub fn save(root: &Path, out: &Path, mut cache: Cache) -> io::Result<()> {
    cache.format = FORMAT;
    cache.written_at = now();
    let path = path(root, out);
    let dir = root.join(DIR);
    fs::create_dir_all(&dir)?;
    let tmp = dir.join(format!(".tmp-{}", std::process::id()));
    fs::write(&tmp, serde_json::to_vec(&cache).map_err(io::Error::other)?)?;
    fs::rename(&tmp, &path)
}

fn now() -> u128 {
    SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos())
}

/// A file's size and modification time (ns since 1970).
pub fn stamp(path: &Path) -> Option<(u64, u128)> {
    let m = fs::metadata(path).ok()?;
    let t = m
        .modified()
        .ok()?
        .duration_since(SystemTime::UNIX_EPOCH)
        .ok()?;
    Some((m.len(), t.as_nanos()))
}

impl Cache {
    /// The entry of notice `id`, if its files (`(path relative to the root, path on disk)`, in
    /// walk order) still have the recorded sizes and times, and are older than the cache.
    pub fn unchanged_by_stamps(
        &self,
        id: &str,
        files: &[(&Path, &Path)],
    ) -> Option<&Arc<NoticeEntry>> {
        let entry = self.notices.get(id)?;
        if entry.stamps.len() != files.len() {
            return None;
        }
        let racy = self.written_at.saturating_sub(RACY.as_nanos());
        for ((rel, size, time), (path, abs)) in entry.stamps.iter().zip(files) {
            if Path::new(rel) != *path || *time >= racy || stamp(abs) != Some((*size, *time)) {
                return None;
            }
        }
        Some(entry)
    }
}

/// Hash of what every notice shares: the running binary, and the given files (path and bytes).
/// `None` when the binary cannot be read: then nothing is cached.
pub fn shared_key<'a>(files: impl IntoIterator<Item = (String, &'a [u8])>) -> Option<String> {
    let mut h = blake3::Hasher::new();
    h.update(&FORMAT.to_le_bytes());
    h.update(exe_hash()?.as_bytes());
    for (path, bytes) in files {
        field(&mut h, path.as_bytes());
        field(&mut h, bytes);
    }
    Some(h.finalize().to_hex().to_string())
}

/// The hash of the running binary, read once per process (`disclose serve` asks for the shared
/// key on every change).
fn exe_hash() -> Option<blake3::Hash> {
    static HASH: std::sync::OnceLock<Option<blake3::Hash>> = std::sync::OnceLock::new();
    *HASH.get_or_init(|| {
        let exe = std::env::current_exe().ok()?;
        Some(blake3::hash(&fs::read(exe).ok()?))
    })
}

/// Hash of one notice's files, with the shared hash.
pub fn notice_key<'a>(
    shared: &str,
    id: &str,
    files: impl IntoIterator<Item = (&'a Path, &'a str)>,
) -> String {
    let mut h = blake3::Hasher::new();
    field(&mut h, shared.as_bytes());
    field(&mut h, id.as_bytes());
    for (path, text) in files {
        field(&mut h, path.to_string_lossy().as_bytes());
        field(&mut h, text.as_bytes());
    }
    h.finalize().to_hex().to_string()
}

/// A length-prefixed field, so that no two different lists of fields hash alike.
fn field(h: &mut blake3::Hasher, bytes: &[u8]) {
    h.update(&(bytes.len() as u64).to_le_bytes());
    h.update(bytes);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_change_with_any_byte_and_with_where_a_field_ends() {
        let a = notice_key("s", "n", [(Path::new("a.md"), "xy")]);
        let b = notice_key("s", "n", [(Path::new("a.md"), "xz")]);
        let c = notice_key("s", "n", [(Path::new("a.mdx"), "y")]);
        let d = notice_key("t", "n", [(Path::new("a.md"), "xy")]);
        assert_eq!(a, notice_key("s", "n", [(Path::new("a.md"), "xy")]));
        assert!(a != b && a != c && a != d);
    }

    #[test]
    fn a_cache_round_trips_and_is_ignored_for_other_shared_inputs() {
        let dir = tempfile::tempdir().expect("tmp");
        let out = dir.path().join("public");
        let cache = Cache {
            shared: "abc".into(),
            ..Cache::default()
        };
        save(dir.path(), &out, cache).expect("save");
        assert!(load(dir.path(), &out, "abc").is_some());
        assert!(load(dir.path(), &out, "abd").is_none());
        assert!(load(dir.path(), &dir.path().join("other"), "abc").is_none());
        assert!(newest(dir.path(), "abc").is_some());
        forget(dir.path(), &out).expect("forget");
        assert!(load(dir.path(), &out, "abc").is_none());
    }
}
