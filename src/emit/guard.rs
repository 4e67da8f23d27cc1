//! Which folder a build may replace.
//!
//! A build replaces its output folder whole, so the folder is checked before anything is
//! written. The path is first normalised lexically (`a/../content` is `content`, whether or not
//! `a` exists), then its deepest existing ancestor is resolved through every link, so neither
//! `..` nor a link can smuggle the site's own source past the checks. Refused, always:
//!
//! - `/`, the home folder, a repository root (a folder holding `.git`) or anything inside `.git`;
//! - the site root, any folder above it, and anything inside or holding `content/`, `locales/`
//!   or `themes/`;
//! - a file, and a symbolic link (give the link's target instead: replacing the link's target
//!   through the link is exactly how a folder elsewhere gets emptied).
//!
//! And refused unless `force`: an existing folder with something in it that disclose did not
//! write. Every folder disclose writes holds [`MARKER`], so the next build knows it may replace
//! it.

use std::fmt;
use std::path::{Component, Path, PathBuf};

/// The file every output folder holds, so that the next build knows it may replace the folder.
pub const MARKER: &str = ".disclose-output";

/// The marker's text.
pub const MARKER_TEXT: &str =
    "This folder was written by disclose build. The next build replaces all of it.\n";

/// Why an output folder is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Root,
    Home,
    Repository(PathBuf),
    Source(PathBuf),
    NotAFolder,
    Link,
    Foreign,
    /// The path could not be resolved at all (no existing ancestor, or no current folder).
    Unresolvable,
}

impl fmt::Display for Refusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Refusal::Root => f.write_str("it is the root of the file system"),
            Refusal::Home => f.write_str("it is your home folder"),
            Refusal::Repository(p) => write!(
                f,
                "it is or holds a repository ({}), which the build would delete",
                p.display()
            ),
            Refusal::Source(p) => write!(
                f,
                "it would replace the site's own source ({})",
                p.display()
            ),
            Refusal::NotAFolder => f.write_str("it is a file, not a folder"),
            Refusal::Link => f.write_str("it is a symbolic link"),
            Refusal::Foreign => f.write_str(
                "it is a folder with files in it that disclose did not write (it has no .disclose-output marker)",
            ),
            Refusal::Unresolvable => f.write_str("the path cannot be resolved"),
        }
    }
}

impl Refusal {
    /// What to do instead.
    pub fn help(&self) -> &'static str {
        match self {
            Refusal::Link => {
                "pass the folder the link points to as --out; disclose will not replace a folder through a link"
            }
            Refusal::Foreign => {
                "choose an empty or new folder for --out, or pass --force to replace this folder and everything in it"
            }
            Refusal::NotAFolder => "choose a folder for --out, e.g. --out public",
            _ => "choose another --out, e.g. --out public inside the site's folder",
        }
    }
}

/// `path` with `.` and `..` resolved lexically, made absolute against the current folder.
pub fn normalise(path: &Path) -> Option<PathBuf> {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(path)
    };
    let mut out = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    Some(out)
}

/// `path` (normalised) with its deepest existing ancestor resolved through every link.
pub fn resolve(path: &Path) -> Option<PathBuf> {
    let path = normalise(path)?;
    let mut existing = path.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return Some(rest.iter().rev().fold(real, |p: PathBuf, n| p.join(n)));
        }
        rest.push(existing.file_name()?.to_os_string());
        existing = existing.parent()?;
    }
}

/// May a build replace `out`, for the site at `site_root`? Returns the resolved path to use.
pub fn check(out: &Path, site_root: &Path, force: bool) -> Result<PathBuf, Refusal> {
    let normal = normalise(out).ok_or(Refusal::Unresolvable)?;
    if std::fs::symlink_metadata(&normal).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Refusal::Link);
    }
    let target = resolve(&normal).ok_or(Refusal::Unresolvable)?;
    if target.parent().is_none() {
        return Err(Refusal::Root);
    }
    if let Some(home) = std::env::var_os("HOME").and_then(|h| PathBuf::from(h).canonicalize().ok())
        && target == home
    {
        return Err(Refusal::Home);
    }
    if let Some(git) = target
        .ancestors()
        .find(|a| a.file_name() == Some(".git".as_ref()))
    {
        return Err(Refusal::Repository(git.to_path_buf()));
    }
    if target.join(".git").exists() {
        return Err(Refusal::Repository(target.join(".git")));
    }
    let root = site_root
        .canonicalize()
        .map_err(|_| Refusal::Unresolvable)?;
    if root.starts_with(&target) {
        return Err(Refusal::Source(root));
    }
    for d in ["content", "locales", "themes"] {
        let source = root.join(d);
        if target.starts_with(&source) || source.starts_with(&target) {
            return Err(Refusal::Source(source));
        }
    }
    if target.join("content").join("site.toml").exists() {
        return Err(Refusal::Source(target.join("content")));
    }
    match std::fs::symlink_metadata(&target) {
        Err(_) => Ok(target),
        Ok(m) if !m.is_dir() => Err(Refusal::NotAFolder),
        Ok(_) => {
            let ours = target.join(MARKER).is_file();
            let empty = std::fs::read_dir(&target).is_ok_and(|mut d| d.next().is_none());
            if ours || empty || force {
                Ok(target)
            } else {
                Err(Refusal::Foreign)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().canonicalize().expect("canonical");
        for d in ["content", "locales", "themes"] {
            fs::create_dir_all(root.join(d)).expect("mkdir");
        }
        fs::write(root.join("content/site.toml"), "").expect("write");
        (dir, root)
    }

    #[test]
    fn the_source_cannot_be_reached_by_dots_or_links() {
        let (_d, root) = site();
        for bad in [
            ".",
            "content",
            "nonexistent/../content",
            "content/x",
            "themes/../locales",
            "..",
        ] {
            assert!(
                matches!(check(&root.join(bad), &root, true), Err(Refusal::Source(_))),
                "{bad}"
            );
        }
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(root.join("content"), root.join("public")).expect("link");
            assert_eq!(check(&root.join("public"), &root, true), Err(Refusal::Link));
            fs::create_dir(root.join("real")).expect("mkdir");
            std::os::unix::fs::symlink(root.join("content"), root.join("real/c")).expect("link");
            assert!(matches!(
                check(&root.join("real/c/sub"), &root, true),
                Err(Refusal::Source(_))
            ));
        }
    }

    #[test]
    fn only_new_empty_or_own_folders_are_replaced_without_force() {
        let (_d, root) = site();
        assert!(check(&root.join("public"), &root, false).is_ok());
        fs::create_dir(root.join("public")).expect("mkdir");
        assert!(check(&root.join("public"), &root, false).is_ok());
        fs::write(root.join("public/notes.txt"), "mine").expect("write");
        assert_eq!(
            check(&root.join("public"), &root, false),
            Err(Refusal::Foreign)
        );
        assert!(check(&root.join("public"), &root, true).is_ok());
        fs::write(root.join("public").join(MARKER), MARKER_TEXT).expect("write");
        assert!(check(&root.join("public"), &root, false).is_ok());
        fs::write(root.join("file"), "x").expect("write");
        assert_eq!(
            check(&root.join("file"), &root, true),
            Err(Refusal::NotAFolder)
        );
    }

    #[test]
    fn root_home_and_repositories_are_refused_even_with_force() {
        let (_d, root) = site();
        assert_eq!(check(Path::new("/"), &root, true), Err(Refusal::Root));
        fs::create_dir_all(root.join("repo/.git")).expect("mkdir");
        assert!(matches!(
            check(&root.join("repo"), &root, true),
            Err(Refusal::Repository(_))
        ));
        assert!(matches!(
            check(&root.join("repo/.git"), &root, true),
            Err(Refusal::Repository(_))
        ));
        assert!(matches!(
            check(&root.join("repo/.git/objects"), &root, true),
            Err(Refusal::Repository(_))
        ));
        if let Some(home) = std::env::var_os("HOME").map(PathBuf::from)
            && home.is_dir()
        {
            assert_eq!(check(&home, &root, true), Err(Refusal::Home));
        }
    }
}
