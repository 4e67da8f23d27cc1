//! One build at a time into an output folder.
//!
//! A build holds an exclusive lock on `.<out>.lock` beside the output folder (the operating
//! system's advisory file lock, released when the process ends, however it ends) from before
//! it writes the staging folder until the new output is in place. A second build into the same
//! folder waits for it, up to [`WAIT`], then gives up with a message saying why. The lock file
//! itself stays: removing it would let two builds lock two different files.

use std::fs::{File, OpenOptions, TryLockError};
use std::io;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a build waits for another build into the same folder to finish.
pub const WAIT: Duration = Duration::from_secs(120);

/// An exclusive lock, held while this value lives.
#[derive(Debug)]
pub struct BuildLock {
    _file: File,
    pub path: PathBuf,
}

/// Why the lock could not be had.
#[derive(Debug)]
pub enum LockError {
    Io(PathBuf, io::Error),
    /// Another build held it for longer than [`WAIT`].
    Busy(PathBuf),
}

/// Take the lock at `path`, waiting up to `wait` for another build to release it.
pub fn acquire(path: &Path, wait: Duration) -> Result<BuildLock, LockError> {
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(path)
        .map_err(|e| LockError::Io(path.to_path_buf(), e))?;
    let started = Instant::now();
    loop {
        match file.try_lock() {
            Ok(()) => {
                return Ok(BuildLock {
                    _file: file,
                    path: path.to_path_buf(),
                });
            }
            Err(TryLockError::WouldBlock) if started.elapsed() < wait => {
                std::thread::sleep(Duration::from_millis(50));
            }
            Err(TryLockError::WouldBlock) => return Err(LockError::Busy(path.to_path_buf())),
            Err(TryLockError::Error(e)) => return Err(LockError::Io(path.to_path_buf(), e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_and_then_gives_up() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(".public.lock");
        let first = acquire(&path, WAIT).expect("first lock");
        assert!(matches!(
            acquire(&path, Duration::from_millis(120)),
            Err(LockError::Busy(_))
        ));
        drop(first);
        assert!(acquire(&path, Duration::ZERO).is_ok());
    }
}
