//! The tests' one fixture-site helper: a site copied into a temporary folder
//! ([`SiteTest`]), edited, commands run on it, and the output read back with an HTML parser;
//! [`check`] adds `disclose check` read back as diagnostics and asserted at the line holding a
//! text ([`line_of`]); [`Built`] is the repository's own site built into a temporary folder.
//! Assertions are `#[track_caller]`: a failure points at the line of the test.
#![allow(dead_code)]

pub mod check;

use assert_cmd::Command;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

/// The repository root (where Cargo.toml is).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A site in a temporary folder.
pub struct SiteTest {
    _dir: tempfile::TempDir,
    pub root: PathBuf,
}

/// Copy a folder tree.
pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = entry.path().strip_prefix(from).expect("inside");
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).expect("mkdir");
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

impl SiteTest {
    fn empty() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("site");
        fs::create_dir_all(&root).expect("mkdir");
        SiteTest { _dir: dir, root }
    }

    /// The repository's example site (its content/ only: locales and theme are built in).
    pub fn example() -> Self {
        let t = Self::empty();
        copy_dir(&repo_root().join("content"), &t.root.join("content"));
        t
    }

    /// A fixture site under tests/fixtures/.
    pub fn fixture(rel: &str) -> Self {
        let t = Self::empty();
        copy_dir(&repo_root().join("tests/fixtures").join(rel), &t.root);
        t
    }

    /// The site `disclose init` writes.
    #[track_caller]
    pub fn init() -> Self {
        let t = Self::empty();
        fs::remove_dir_all(&t.root).expect("rm");
        let out = disclose()
            .arg("init")
            .arg(&t.root)
            .output()
            .expect("run init");
        assert!(
            out.status.success(),
            "init failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        t
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    #[track_caller]
    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    pub fn write(&self, rel: &str, text: &str) -> &Self {
        let p = self.path(rel);
        if let Some(d) = p.parent() {
            fs::create_dir_all(d).expect("mkdir");
        }
        fs::write(p, text).expect("write");
        self
    }

    /// Replace the first occurrence of `from` in a file; panics if it is not there, so a test
    /// cannot silently edit nothing.
    #[track_caller]
    pub fn edit(&self, rel: &str, from: &str, to: &str) {
        let text = self.read(rel);
        assert!(text.contains(from), "{rel} does not contain {from:?}");
        self.write(rel, &text.replacen(from, to, 1));
    }

    pub fn remove(&self, rel: &str) {
        fs::remove_file(self.path(rel)).expect("remove");
    }

    /// Run disclose with `--root` set to this site, in the site's folder (so that a relative
    /// `--out` is inside it).
    pub fn run(&self, args: &[&str]) -> Output {
        disclose()
            .args(args)
            .arg("--root")
            .arg(&self.root)
            .current_dir(&self.root)
            .env("NO_COLOR", "1")
            .output()
            .expect("run disclose")
    }

    pub fn build(&self) -> Output {
        self.run(&["build"])
    }

    /// Build and assert success.
    #[track_caller]
    pub fn build_ok(&self) {
        let out = self.build();
        assert!(
            out.status.success(),
            "build failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub fn out(&self, rel: &str) -> PathBuf {
        self.root.join("public").join(rel)
    }

    #[track_caller]
    pub fn html(&self, rel: &str) -> scraper::Html {
        let text =
            fs::read_to_string(self.out(rel)).unwrap_or_else(|e| panic!("read public/{rel}: {e}"));
        scraper::Html::parse_document(&text)
    }

    /// Every file under public/ with its bytes.
    pub fn output_bytes(&self) -> std::collections::BTreeMap<String, Vec<u8>> {
        self.output_files()
            .into_iter()
            .map(|f| {
                let bytes = fs::read(self.out(&f)).expect("read");
                (f, bytes)
            })
            .collect()
    }

    /// Every file under public/, relative, sorted.
    pub fn output_files(&self) -> Vec<String> {
        let base = self.root.join("public");
        let mut v: Vec<String> = walkdir::WalkDir::new(&base)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                e.path()
                    .strip_prefix(&base)
                    .expect("inside")
                    .to_string_lossy()
                    .replace('\\', "/")
            })
            .collect();
        v.sort();
        v
    }
}

/// A small seeded random number generator (xorshift64*), so that a randomised test runs the
/// same cases on every machine.
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

pub fn disclose() -> Command {
    Command::cargo_bin("disclose").expect("the disclose binary")
}

/// The 1-based line of the first line containing `needle` (panics, at the caller, if none does).
#[track_caller]
pub fn line_of(text: &str, needle: &str) -> usize {
    match text.lines().position(|l| l.contains(needle)) {
        Some(i) => i + 1,
        None => panic!("{needle:?} not found"),
    }
}

/// `path:line:column` places named in human diagnostics (`┌─ path:12:5`).
pub fn places(stderr: &str) -> Vec<(String, usize, usize)> {
    let mut v = Vec::new();
    for line in stderr.lines() {
        let Some(rest) = line.trim_start().strip_prefix("┌─ ") else {
            continue;
        };
        let mut parts = rest.rsplitn(3, ':');
        let col = parts.next().and_then(|c| c.trim().parse().ok());
        let ln = parts.next().and_then(|c| c.trim().parse().ok());
        let path = parts.next();
        if let (Some(c), Some(l), Some(p)) = (col, ln, path) {
            v.push((p.replace('\\', "/"), l, c));
        }
    }
    v
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A CSS selector (panics on a bad one: tests write them by hand).
#[track_caller]
pub fn sel(s: &str) -> scraper::Selector {
    scraper::Selector::parse(s).unwrap_or_else(|e| panic!("selector {s}: {e:?}"))
}

/// The repository's own site (its content/, locales/ and themes/), built into a temporary
/// folder that lives as long as this value.
pub struct Built {
    _dir: tempfile::TempDir,
    pub out: PathBuf,
}

impl Built {
    #[track_caller]
    pub fn example() -> Built {
        let dir = tempfile::tempdir().expect("temporary folder");
        let out = dir.path().join("public");
        let run = disclose()
            .arg("build")
            .arg("--root")
            .arg(repo_root())
            .arg("--out")
            .arg(&out)
            .env("NO_COLOR", "1")
            .output()
            .expect("run disclose build");
        assert!(
            run.status.success(),
            "the example site does not build:\n{}{}",
            String::from_utf8_lossy(&run.stdout),
            String::from_utf8_lossy(&run.stderr)
        );
        Built { _dir: dir, out }
    }

    /// Every file under the output with this extension, as paths relative to the output, sorted.
    pub fn files(&self, ext: &str) -> Vec<String> {
        let mut v: Vec<String> = walkdir::WalkDir::new(&self.out)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .filter(|e| e.path().extension().is_some_and(|x| x == ext))
            .map(|e| rel(&self.out, e.path()))
            .collect();
        v.sort();
        v
    }

    #[track_caller]
    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.out.join(rel)).unwrap_or_else(|e| panic!("read {rel}: {e}"))
    }

    /// The site's base URL, from robots.txt (`Sitemap: <base>/sitemap.xml`).
    #[track_caller]
    pub fn base_url(&self) -> String {
        self.read("robots.txt")
            .lines()
            .find_map(|l| l.strip_prefix("Sitemap: "))
            .and_then(|s| s.strip_suffix("/sitemap.xml"))
            .expect("robots.txt names the sitemap")
            .to_string()
    }
}

/// `p` relative to `root`, with forward slashes.
#[track_caller]
pub fn rel(root: &Path, p: &Path) -> String {
    p.strip_prefix(root)
        .expect("inside the folder")
        .to_string_lossy()
        .replace('\\', "/")
}
