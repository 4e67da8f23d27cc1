//! Reading a source file, safely: only regular files inside the site's root, of a bounded size.
//!
//! Every file disclose reads from a site (content, locales, theme templates and assets) comes
//! through [`read`]. A symbolic link is followed only when it resolves inside the site root; a
//! FIFO, a device or a socket is refused before it is opened (so nothing hangs or reads without
//! end); a file over [`MAX_FILE_SIZE`] is refused; text that is not UTF-8 is reported at the
//! line of its first bad byte.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The largest source file read: 4 MiB. A notice's files are a few kilobytes; a theme's
/// images a few hundred.
pub const MAX_FILE_SIZE: u64 = 4 * 1024 * 1024;

/// Ask the operating system to start reading `paths` into memory, without waiting for it: a
/// build that reads every notice calls this first, on a thread of its own, so the notices'
/// files are read from the disk ahead of the threads that parse them, many at once, instead of
/// one by one as each thread comes to them. Roughly in the order given: [`PREFETCHERS`] threads
/// take the paths in turn. Only regular files no larger than [`MAX_FILE_SIZE`] are touched (a
/// link is not followed, and nothing else is opened), and nothing is read here: [`read`] still
/// reads and checks each file. Does nothing where the system has no such request. Stops early
/// once `done` is set (every file has been read by then).
pub fn prefetch(paths: &[PathBuf], done: &std::sync::atomic::AtomicBool) {
    #[cfg(target_os = "linux")]
    {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let next = AtomicUsize::new(0);
        let ask = || {
            while let Some(path) = paths.get(next.fetch_add(1, Ordering::Relaxed)) {
                if done.load(Ordering::Relaxed) {
                    return;
                }
                ask_ahead(path);
            }
        };
        std::thread::scope(|s| {
            for _ in 0..PREFETCHERS {
                s.spawn(ask);
            }
        });
    }
    #[cfg(not(target_os = "linux"))]
    let _ = (paths, done);
}

/// Threads asking for files ahead: opening a file whose inode is not in memory waits on the
/// disk, so a few at once keep the disk busy.
pub const PREFETCHERS: usize = 4;

#[cfg(target_os = "linux")]
fn ask_ahead(path: &Path) {
    use rustix::fs::{Advice, Mode, OFlags, fadvise, open};
    // Not a link, not a FIFO or device, and no larger than `read` would read.
    if !fs::symlink_metadata(path).is_ok_and(|m| m.is_file() && m.len() <= MAX_FILE_SIZE) {
        return;
    }
    let flags = OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::NOCTTY;
    if let Ok(fd) = open(path, flags | OFlags::CLOEXEC, Mode::empty()) {
        let _ = fadvise(&fd, 0, None, Advice::WillNeed);
    }
}

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadProblem {
    /// The operating system refused (missing, no permission, …).
    Io(std::io::Error),
    /// A symbolic link (or a folder on the way) that leads outside the site root.
    OutsideRoot(PathBuf),
    /// A FIFO, device, socket or folder where a file was expected.
    NotAFile,
    /// Larger than [`MAX_FILE_SIZE`].
    TooLarge(u64),
    /// Not UTF-8: the text decoded lossily, and the byte offset of the first bad byte.
    NotUtf8 { lossy: String, offset: usize },
}

impl std::fmt::Display for ReadProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadProblem::Io(e) => write!(f, "{e}"),
            ReadProblem::OutsideRoot(target) => write!(
                f,
                "it is a link to {}, outside the site's folder",
                target.display()
            ),
            ReadProblem::NotAFile => f.write_str("it is not a regular file"),
            ReadProblem::TooLarge(n) => write!(
                f,
                "it is {} bytes, more than the {} bytes a source file may have",
                n, MAX_FILE_SIZE
            ),
            ReadProblem::NotUtf8 { .. } => f.write_str("it is not UTF-8 text"),
        }
    }
}

impl ReadProblem {
    /// What to do about it.
    pub fn help(&self) -> &'static str {
        match self {
            ReadProblem::Io(_) => "check that the file exists and is readable",
            ReadProblem::OutsideRoot(_) => {
                "disclose reads only files inside the site's folder: copy the file in instead of linking to it"
            }
            ReadProblem::NotAFile => {
                "replace it with an ordinary file, or remove it (pipes, devices and sockets are never read)"
            }
            ReadProblem::TooLarge(_) => {
                "split the text, or make the image smaller; a notice's files are a few kilobytes"
            }
            ReadProblem::NotUtf8 { .. } => {
                "save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")"
            }
        }
    }
}

/// The real paths of the folders files were read from, so that the files of one folder are
/// resolved with one look-up each, not one for every folder on their way (a notice's dozen
/// files sit in a few folders).
#[derive(Debug, Default)]
pub struct RealFolders(HashMap<PathBuf, PathBuf>);

impl RealFolders {
    /// `path` with every link resolved, and the metadata of what it leads to.
    fn resolve(&mut self, path: &Path) -> std::io::Result<(PathBuf, fs::Metadata)> {
        let own = fs::symlink_metadata(path)?;
        // A file that is not itself a link is its real folder's entry of the same name.
        if let (false, Some(Component::Normal(name)), Some(parent)) = (
            own.file_type().is_symlink(),
            path.components().next_back(),
            path.parent().filter(|p| !p.as_os_str().is_empty()),
        ) {
            let folder = match self.0.get(parent) {
                Some(real) => real.clone(),
                None => {
                    let real = parent.canonicalize()?;
                    self.0.insert(parent.to_path_buf(), real.clone());
                    real
                }
            };
            return Ok((folder.join(name), own));
        }
        let real = path.canonicalize()?;
        let meta = fs::metadata(&real)?;
        Ok((real, meta))
    }
}

/// Read `path` as bytes, if it is a regular file inside `root` (which must be canonical).
pub fn read_bytes(root: &Path, path: &Path) -> Result<Vec<u8>, ReadProblem> {
    read_bytes_in(root, path, &mut RealFolders::default())
}

/// [`read_bytes`], with the folders already resolved in `folders`.
pub fn read_bytes_in(
    root: &Path,
    path: &Path,
    folders: &mut RealFolders,
) -> Result<Vec<u8>, ReadProblem> {
    let (real, meta) = folders.resolve(path).map_err(ReadProblem::Io)?;
    if !real.starts_with(root) {
        return Err(ReadProblem::OutsideRoot(real));
    }
    if !meta.is_file() {
        return Err(ReadProblem::NotAFile);
    }
    if meta.len() > MAX_FILE_SIZE {
        return Err(ReadProblem::TooLarge(meta.len()));
    }
    let file = fs::File::open(&real).map_err(ReadProblem::Io)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // Bounded even if the file grows while it is read.
    file.take(MAX_FILE_SIZE + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadProblem::Io)?;
    if bytes.len() as u64 > MAX_FILE_SIZE {
        return Err(ReadProblem::TooLarge(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Read `path` as UTF-8 text, under the same rules as [`read_bytes`].
pub fn read_text(root: &Path, path: &Path) -> Result<String, ReadProblem> {
    read_text_in(root, path, &mut RealFolders::default())
}

/// [`read_text`], with the folders already resolved in `folders`.
pub fn read_text_in(
    root: &Path,
    path: &Path,
    folders: &mut RealFolders,
) -> Result<String, ReadProblem> {
    let bytes = read_bytes_in(root, path, folders)?;
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        ReadProblem::NotUtf8 {
            lossy: String::from_utf8_lossy(e.as_bytes()).into_owned(),
            offset,
        }
    })
}

/// Is `path`, without following a final link, something a walk may enter or list: a folder or
/// a link to one inside `root`? Links out of the site are never followed.
pub fn inside_root(root: &Path, path: &Path) -> bool {
    path.canonicalize().is_ok_and(|real| real.starts_with(root))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn a_folder_resolved_once_still_refuses_what_leads_out_of_the_site() {
        use std::os::unix::fs::symlink;
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().canonicalize().expect("canonical");
        let outside = tempfile::tempdir().expect("tempdir");
        fs::write(outside.path().join("secret.md"), "secret").expect("write");
        fs::create_dir(root.join("1.0")).expect("mkdir");
        fs::write(root.join("1.0/nb.md"), "nb").expect("write");
        fs::write(root.join("1.0/sv.md"), "sv").expect("write");
        symlink(outside.path().join("secret.md"), root.join("1.0/da.md")).expect("symlink");
        symlink(outside.path(), root.join("2.0")).expect("symlink");

        let mut folders = RealFolders::default();
        let read =
            |folders: &mut RealFolders, rel: &str| read_text_in(&root, &root.join(rel), folders);
        assert_eq!(read(&mut folders, "1.0/nb.md").ok().as_deref(), Some("nb"));
        // The folder is known now; its other files are still read, a link in it still followed
        // and refused when it leads out, and a linked folder out of the site refused.
        assert_eq!(read(&mut folders, "1.0/sv.md").ok().as_deref(), Some("sv"));
        assert!(matches!(
            read(&mut folders, "1.0/da.md"),
            Err(ReadProblem::OutsideRoot(_))
        ));
        assert!(matches!(
            read(&mut folders, "2.0/secret.md"),
            Err(ReadProblem::OutsideRoot(_))
        ));
        assert!(matches!(
            read(&mut folders, "1.0/missing.md"),
            Err(ReadProblem::Io(_))
        ));
    }

    /// Asking ahead for a FIFO (whose opening would wait for a writer), a device, a link, a
    /// folder or a missing file returns at once (a blocking open would hang past the time
    /// limit); the files are then read as before.
    #[cfg(unix)]
    #[test]
    fn asking_ahead_opens_no_fifo_follows_no_link_and_reads_the_same() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().canonicalize().expect("canonical");
        let file = root.join("a.md");
        fs::write(&file, "ok").expect("write");
        let fifo = root.join("pipe.md");
        let _ = std::process::Command::new("mkfifo").arg(&fifo).status();
        std::os::unix::fs::symlink("/dev/zero", root.join("zero.md")).expect("symlink");
        let paths: Vec<PathBuf> = [
            file.clone(),
            fifo.clone(),
            root.join("zero.md"),
            PathBuf::from("/dev/null"),
            root.clone(),
            root.join("missing.md"),
        ]
        .into();
        let (done, asked) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            prefetch(&paths, &std::sync::atomic::AtomicBool::new(false));
            let _ = done.send(());
        });
        assert!(
            asked
                .recv_timeout(std::time::Duration::from_secs(10))
                .is_ok(),
            "asking ahead waited on something"
        );
        assert_eq!(read_text(&root, &file).ok().as_deref(), Some("ok"));
    }

    #[test]
    fn links_out_fifos_and_large_files_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().canonicalize().expect("canonical");
        let inside = root.join("a.md");
        fs::write(&inside, "ok").expect("write");
        assert_eq!(read_text(&root, &inside).ok().as_deref(), Some("ok"));

        let outside = tempfile::NamedTempFile::new().expect("temp file");
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(outside.path(), root.join("link.md")).expect("symlink");
            assert!(matches!(
                read_text(&root, &root.join("link.md")),
                Err(ReadProblem::OutsideRoot(_))
            ));
            std::os::unix::fs::symlink(&inside, root.join("inner.md")).expect("symlink");
            assert!(read_text(&root, &root.join("inner.md")).is_ok());
            assert!(matches!(
                read_text(&root, Path::new("/dev/zero")),
                Err(ReadProblem::OutsideRoot(_))
            ));
        }
        fs::create_dir(root.join("d")).expect("mkdir");
        assert!(matches!(
            read_text(&root, &root.join("d")),
            Err(ReadProblem::NotAFile)
        ));
        let big = root.join("big.md");
        fs::write(&big, vec![b'a'; MAX_FILE_SIZE as usize + 1]).expect("write");
        assert!(matches!(
            read_text(&root, &big),
            Err(ReadProblem::TooLarge(_))
        ));
        let bad = root.join("bad.md");
        fs::write(&bad, b"line one\nline \xff two").expect("write");
        match read_text(&root, &bad) {
            Err(ReadProblem::NotUtf8 { offset, .. }) => assert_eq!(offset, 14),
            other => panic!("{other:?}"),
        }
    }
}
