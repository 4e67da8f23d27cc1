//! Writer threads: the rendered files put on disk while the renderer goes on.
//!
//! Creating a file or a folder can wait on the disk (an inode table block, a folder block, a
//! block bitmap read in). Done on the rendering threads, each wait leaves a core idle; handed
//! to threads of their own, the waits overlap with rendering. The files reach the writers
//! through bounded queues, at most [`QUEUED`] files a writer, so memory stays bounded when the
//! disk is slower than the renderer: a full queue makes the renderer wait.
//!
//! A file that names a twin ([`OutFile::same_as`]) goes to the same writer as the twin, after
//! it, so it is still hard-linked to it. The first file that cannot be written stops the
//! writers, and every later [`Writers::put`] fails; [`Writers::finish`] returns that error.

use super::{EmitError, OutFile};
use std::hash::BuildHasher;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{SyncSender, sync_channel};
use std::thread::{Scope, ScopedJoinHandle};

/// Files waiting for each writer at most.
pub const QUEUED: usize = 64;

/// How many writer threads a build starts: one per core, at most four.
pub fn count() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get().min(4))
}

/// The writer threads of one build, started in a thread scope.
pub struct Writers<'scope> {
    queues: Vec<SyncSender<OutFile>>,
    threads: Vec<ScopedJoinHandle<'scope, Result<usize, EmitError>>>,
    stopped: &'scope AtomicBool,
}

/// Sets the stop flag when a writer thread unwinds.
struct StopOnPanic<'a>(&'a AtomicBool);

impl Drop for StopOnPanic<'_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            self.0.store(true, Ordering::Relaxed);
        }
    }
}

/// A file could not be handed to the writers: an earlier file could not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stopped;

impl<'scope> Writers<'scope> {
    /// Start `count` writers (at least one) in `scope`, each writing its files with `write`.
    pub fn start<'env, W>(
        scope: &'scope Scope<'scope, 'env>,
        count: usize,
        stopped: &'scope AtomicBool,
        write: &'scope W,
    ) -> Writers<'scope>
    where
        W: Fn(&OutFile) -> Result<(), EmitError> + Sync,
    {
        let mut queues = Vec::new();
        let mut threads = Vec::new();
        for _ in 0..count.max(1) {
            let (queue, files) = sync_channel::<OutFile>(QUEUED);
            queues.push(queue);
            threads.push(scope.spawn(move || {
                // A writer that panics stops the others too.
                let _stop_on_panic = StopOnPanic(stopped);
                let mut done = 0;
                for file in files {
                    if stopped.load(Ordering::Relaxed) {
                        break;
                    }
                    if let Err(e) = write(&file) {
                        // Only the first failure is reported: the one that stopped the others.
                        if stopped.swap(true, Ordering::Relaxed) {
                            break;
                        }
                        return Err(e);
                    }
                    done += 1;
                }
                Ok(done)
            }));
        }
        Writers {
            queues,
            threads,
            stopped,
        }
    }

    /// Hand `file` to its writer; waits while that writer's queue is full.
    pub fn put(&self, file: OutFile) -> Result<(), Stopped> {
        if self.stopped.load(Ordering::Relaxed) {
            return Err(Stopped);
        }
        let key = file.same_as.as_deref().unwrap_or(&file.path);
        let hash = rustc_hash::FxBuildHasher.hash_one(key);
        let at = usize::try_from(hash % self.queues.len() as u64).unwrap_or(0);
        match self.queues.get(at) {
            Some(queue) => queue.send(file).map_err(|_| Stopped),
            None => Err(Stopped),
        }
    }

    /// Wait until every file handed over is written: the number written, or the first error.
    pub fn finish(self) -> Result<usize, EmitError> {
        drop(self.queues);
        let mut written = 0;
        let mut first = None;
        for thread in self.threads {
            match thread.join() {
                Ok(Ok(n)) => written += n,
                Ok(Err(e)) => {
                    first.get_or_insert(e);
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        match first {
            Some(e) => Err(e),
            None => Ok(written),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn every_file_is_written_and_a_twin_after_its_first() {
        let order = Mutex::new(Vec::new());
        let write = |f: &OutFile| {
            order
                .lock()
                .map_err(|_| io_error(&f.path))?
                .push(f.path.clone());
            Ok(())
        };
        let stopped = AtomicBool::new(false);
        let written = std::thread::scope(|s| {
            let writers = Writers::start(s, 3, &stopped, &write);
            for i in 0..200 {
                let first = format!("v{i}/notice.json");
                writers
                    .put(OutFile::new(first.clone(), b"{}".to_vec()))
                    .expect("queued");
                writers
                    .put(OutFile::new(format!("notice{i}.json"), b"{}".to_vec()).same_as(first))
                    .expect("queued");
            }
            writers.finish()
        });
        assert_eq!(written.expect("all written"), 400);
        let order = order.into_inner().expect("not poisoned");
        assert_eq!(order.len(), 400);
        for i in 0..200 {
            let at = |p: String| order.iter().position(|o| *o == p).expect("written");
            assert!(at(format!("v{i}/notice.json")) < at(format!("notice{i}.json")));
        }
    }

    #[test]
    fn the_first_failure_stops_the_writers_and_is_returned() {
        let write = |f: &OutFile| {
            if f.path == "bad.html" {
                Err(io_error(&f.path))
            } else {
                Ok(())
            }
        };
        let stopped = AtomicBool::new(false);
        let result = std::thread::scope(|s| {
            let writers = Writers::start(s, 2, &stopped, &write);
            let _ = writers.put(OutFile::new("bad.html", b"x".to_vec()));
            // Sooner or later every put fails: the writers stopped.
            let refused = (0..100_000).any(|i| {
                writers.put(OutFile::new(format!("{i}.html"), b"x".to_vec())) == Err(Stopped)
            });
            (refused, writers.finish())
        });
        assert!(result.0, "puts after the failure are refused");
        match result.1 {
            Err(EmitError::Io { path, .. }) => assert_eq!(path, std::path::Path::new("bad.html")),
            other => panic!("expected the write error, got {other:?}"),
        }
    }

    fn io_error(path: &str) -> EmitError {
        EmitError::Io {
            path: path.into(),
            source: std::io::Error::other("refused"),
        }
    }
}
