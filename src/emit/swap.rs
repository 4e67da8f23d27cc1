//! Putting a finished staging folder in the output's place in one step.
//!
//! On Linux the two folders are exchanged with `renameat2(RENAME_EXCHANGE)`: there is no
//! moment at which the output folder is missing or half-written, and a build killed at any
//! point leaves either the old tree or the new one at the output path. The old tree, now at
//! the staging path, is then deleted. Where the exchange is not available (another system, or
//! a file system without it), the old output is renamed aside and the new one renamed in: two
//! steps, with a moment between them at which the output path is empty, and the old tree put
//! back if the second step fails.

use std::fs;
use std::io;
use std::path::Path;

/// How the new output was put in place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Swapped {
    /// There was no previous output: a plain rename.
    Renamed,
    /// Exchanged in one step; the old tree is now at the staging path.
    Exchanged,
    /// Two renames; the old tree is now at the `aside` path.
    MovedAside,
}

/// Put `staging` at `out`. Afterwards the old output, if any, is at `staging` (exchanged) or
/// at `aside` (moved aside), for the caller to delete.
pub fn swap(staging: &Path, out: &Path, aside: &Path) -> io::Result<Swapped> {
    if fs::symlink_metadata(out).is_err() {
        fs::rename(staging, out)?;
        return Ok(Swapped::Renamed);
    }
    if exchange(staging, out).is_ok() {
        return Ok(Swapped::Exchanged);
    }
    fs::rename(out, aside)?;
    if let Err(e) = fs::rename(staging, out) {
        let _ = fs::rename(aside, out);
        return Err(e);
    }
    Ok(Swapped::MovedAside)
}

#[cfg(target_os = "linux")]
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    use rustix::fs::{CWD, RenameFlags, renameat_with};
    renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE).map_err(io::Error::from)
}

#[cfg(not(target_os = "linux"))]
fn exchange(_a: &Path, _b: &Path) -> io::Result<()> {
    Err(io::Error::new(
        io::ErrorKind::Unsupported,
        "no atomic exchange on this system",
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exchanges_in_one_step_where_it_can() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (staging, out, aside) = (
            dir.path().join("s"),
            dir.path().join("out"),
            dir.path().join("a"),
        );
        fs::create_dir(&staging).expect("mkdir");
        fs::write(staging.join("f"), "new").expect("write");
        assert_eq!(swap(&staging, &out, &aside).ok(), Some(Swapped::Renamed));
        fs::create_dir(&staging).expect("mkdir");
        fs::write(staging.join("f"), "newer").expect("write");
        let how = swap(&staging, &out, &aside).expect("swap");
        assert_eq!(
            fs::read_to_string(out.join("f")).ok().as_deref(),
            Some("newer")
        );
        let old = if how == Swapped::Exchanged {
            &staging
        } else {
            &aside
        };
        assert_eq!(
            fs::read_to_string(old.join("f")).ok().as_deref(),
            Some("new")
        );
        #[cfg(target_os = "linux")]
        assert_eq!(how, Swapped::Exchanged);
    }
}
