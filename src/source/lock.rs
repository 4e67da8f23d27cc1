//! `content/disclose.lock`: the content hash of every published version, so that a published
//! version cannot change without anyone noticing.
//!
//! `disclose publish` writes it; `disclose check` compares each published version's files with
//! it. It is TOML, one `[[version]]` table per published version:
//!
//! ```toml
//! format = 1
//!
//! [[version]]
//! notice = "business-contacts"
//! version = "2.1"
//! locked = 2024-02-27           # the day it was recorded
//! sha256 = "…"                  # the version folder's hash (see below)
//! files = { "facts.toml" = "…", "nb.md" = "…" }   # each file's SHA-256
//!
//! [[version.amendments]]        # an editorial correction accepted later, if any
//! date = 2024-03-04
//! reason = "Fixed a broken link in the Danish text."
//! sha256 = "…"
//! files = { … }
//! ```
//!
//! **The hash of a version folder** is the SHA-256 of, for each file of the folder
//! (`facts.toml` and every `<lang>.md`; hidden files are ignored) in byte order of their names:
//! the name in UTF-8, a zero byte, the length of the content in decimal ASCII, a zero byte, and
//! the content. The content is the file's bytes with every CR LF replaced by LF, so a checkout
//! with Windows line endings hashes the same. A file's own hash is the SHA-256 of its content so
//! normalised, in lower-case hex.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

/// Where the lock lives, relative to the site root.
pub const PATH: &str = "content/disclose.lock";

/// The lock's format; a lock of another format is a load error.
pub const FORMAT: u32 = 1;

/// The whole lock file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LockFile {
    pub format: u32,
    #[serde(default, rename = "version")]
    pub versions: Vec<Locked>,
}

/// One published version, as recorded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Locked {
    pub notice: String,
    pub version: String,
    /// The day it was recorded.
    pub locked: toml::value::Datetime,
    pub sha256: String,
    pub files: BTreeMap<String, String>,
    /// Editorial corrections accepted since, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<Amendment>,
}

/// An editorial correction to a published version (`disclose publish --amend`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Amendment {
    pub date: toml::value::Datetime,
    pub reason: String,
    pub sha256: String,
    pub files: BTreeMap<String, String>,
}

impl Locked {
    /// The hash the version's files must have now: the last amendment's, or the first.
    pub fn expected(&self) -> (&str, &BTreeMap<String, String>) {
        match self.amendments.last() {
            Some(a) => (&a.sha256, &a.files),
            None => (&self.sha256, &self.files),
        }
    }
}

impl LockFile {
    pub fn get(&self, notice: &str, version: &str) -> Option<&Locked> {
        self.versions
            .iter()
            .find(|l| l.notice == notice && l.version == version)
    }

    pub fn get_mut(&mut self, notice: &str, version: &str) -> Option<&mut Locked> {
        self.versions
            .iter_mut()
            .find(|l| l.notice == notice && l.version == version)
    }

    /// Record a version, keeping the entries sorted by notice and version.
    pub fn insert(&mut self, entry: Locked) {
        self.versions
            .retain(|l| !(l.notice == entry.notice && l.version == entry.version));
        self.versions.push(entry);
        self.versions.sort_by(|a, b| {
            a.notice
                .cmp(&b.notice)
                .then_with(|| numeric(&a.version).cmp(&numeric(&b.version)))
        });
    }

    /// The file's text, with a header that says what it is.
    pub fn to_text(&self) -> Result<String, toml::ser::Error> {
        let body = toml::to_string(self)?;
        Ok(format!(
            "# The content hash of every published version, written by `disclose publish`.\n\
             # Do not edit: a published version whose files no longer match fails `disclose check`.\n\
             # To correct a published version on purpose: disclose publish --amend <notice> <version> --reason \"…\"\n\n{body}"
        ))
    }
}

/// A version number's parts as numbers, for sorting (`2.10` after `2.9`).
fn numeric(v: &str) -> Vec<u64> {
    v.split('.')
        .map(|p| p.parse().unwrap_or(u64::MAX))
        .collect()
}

/// A file's content as it is hashed: CR LF as LF.
fn normalised(bytes: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !bytes.windows(2).any(|w| w == b"\r\n") {
        return bytes.into();
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out.into()
}

/// The hash of a version folder and of each of its files, from `(file name, content)`.
pub fn hash_version<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
) -> (String, BTreeMap<String, String>) {
    let mut sorted: Vec<(&str, std::borrow::Cow<'_, [u8]>)> = files
        .into_iter()
        .map(|(name, bytes)| (name, normalised(bytes)))
        .collect();
    sorted.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let mut whole = Sha256::new();
    let mut each = BTreeMap::new();
    for (name, content) in &sorted {
        whole.update(name.as_bytes());
        whole.update([0]);
        whole.update(content.len().to_string().as_bytes());
        whole.update([0]);
        whole.update(content);
        each.insert((*name).to_string(), hex(&Sha256::digest(content)));
    }
    (hex(&whole.finalize()), each)
}

/// Lower-case hexadecimal, two digits a byte, as `sha256sum` prints a digest.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

/// The names of the files that differ between two per-file hash lists: changed, added or
/// removed.
pub fn changed_files(
    expected: &BTreeMap<String, String>,
    now: &BTreeMap<String, String>,
) -> Vec<String> {
    let mut names: Vec<String> = expected
        .iter()
        .filter(|(k, v)| now.get(*k) != Some(*v))
        .map(|(k, _)| k.clone())
        .collect();
    names.extend(now.keys().filter(|k| !expected.contains_key(*k)).cloned());
    names.sort();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_prints_as_sha256sum_prints_it() {
        assert_eq!(
            hex(&Sha256::digest(b"abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(hex(&[0x00, 0x0f, 0xf0, 0xff]), "000ff0ff");
    }

    #[test]
    fn the_hash_ignores_line_endings_and_file_order_but_not_content_or_names() {
        let (a, files) = hash_version([("nb.md", &b"a\nb\n"[..]), ("facts.toml", b"x = 1\n")]);
        let (b, _) = hash_version([("facts.toml", &b"x = 1\r\n"[..]), ("nb.md", b"a\r\nb\r\n")]);
        let (c, _) = hash_version([("nb.md", &b"a\nc\n"[..]), ("facts.toml", b"x = 1\n")]);
        let (d, _) = hash_version([("sv.md", &b"a\nb\n"[..]), ("facts.toml", b"x = 1\n")]);
        assert_eq!(a, b);
        assert!(a != c && a != d);
        assert_eq!(files.len(), 2);
        assert_eq!(a.len(), 64);
    }

    #[test]
    fn a_lock_round_trips_through_its_text() {
        let (sha256, files) = hash_version([("facts.toml", &b"x"[..])]);
        let mut lock = LockFile {
            format: FORMAT,
            versions: Vec::new(),
        };
        let date: toml::value::Datetime = "2024-02-27".parse().expect("date");
        for v in ["2.10", "2.9"] {
            lock.insert(Locked {
                notice: "n".into(),
                version: v.into(),
                locked: date,
                sha256: sha256.clone(),
                files: files.clone(),
                amendments: Vec::new(),
            });
        }
        assert_eq!(lock.versions[0].version, "2.9", "sorted by version number");
        let text = lock.to_text().expect("text");
        let back: LockFile = toml::from_str(&text).expect("parse");
        assert_eq!(back, lock);
    }

    #[test]
    fn changed_files_are_named() {
        let a: BTreeMap<String, String> = [("nb.md", "1"), ("sv.md", "2")]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let mut b = a.clone();
        b.insert("sv.md".into(), "3".into());
        b.insert("da.md".into(), "4".into());
        b.remove("nb.md");
        assert_eq!(changed_files(&a, &b), ["da.md", "nb.md", "sv.md"]);
    }
}
