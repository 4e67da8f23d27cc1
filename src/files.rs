//! The source files a build read, kept whole so that a diagnostic can quote them, and places
//! in them ([`Loc`], [`Located`]).
//!
//! This module sits below every stage: the loader fills the table ([`crate::source`]), the
//! model and the rules keep places, and [`crate::diag`] prints them, without any of those
//! depending on another for it.

use std::ops::Range;
use std::path::{Path, PathBuf};

/// Index of a file in [`SourceFiles`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub usize);

/// A place in a source file: which file and which bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Loc {
    pub file: FileId,
    pub span: Range<usize>,
}

impl Loc {
    pub fn new(file: FileId, span: Range<usize>) -> Self {
        Loc { file, span }
    }

    /// The start of a file, for facts about a file as a whole.
    pub fn file_start(file: FileId) -> Self {
        Loc { file, span: 0..0 }
    }
}

/// A value with the place it was written.
///
/// Two located values are equal when their values are: the place is for diagnostics, and
/// must not make the same fact differ because it moved to another line (comparing versions
/// of a notice depends on this).
#[derive(Debug, Clone)]
pub struct Located<T> {
    pub value: T,
    pub loc: Loc,
}

impl<T: PartialEq> PartialEq for Located<T> {
    fn eq(&self, other: &Self) -> bool {
        self.value == other.value
    }
}

impl<T: Eq> Eq for Located<T> {}

impl<T: std::hash::Hash> std::hash::Hash for Located<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.value.hash(state);
    }
}

impl<T> Located<T> {
    pub fn new(value: T, loc: Loc) -> Self {
        Located { value, loc }
    }
}

/// One file: its path relative to the site root (as shown to users) and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    fn new(path: PathBuf, text: String) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        let start = self.line_starts[line];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        (line + 1, col + 1)
    }
}

/// The files a build read, by id. Ids are handed out in walk order; a build that works notice
/// by notice keeps only the texts it still needs (those its diagnostics quote), so the set may
/// have gaps.
#[derive(Debug, Clone, Default)]
pub struct SourceFiles {
    files: std::collections::BTreeMap<FileId, SourceFile>,
    next: usize,
}

/// What [`SourceFiles::get`] gives for an id whose text was not kept.
static MISSING: std::sync::LazyLock<SourceFile> =
    std::sync::LazyLock::new(|| SourceFile::new(PathBuf::new(), String::new()));

impl SourceFiles {
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        let id = self.next_id();
        self.insert(id, path, text);
        id
    }

    /// A new id for a file that will be read later and put in with [`SourceFiles::insert`] (here
    /// or in another set), so that files can be read in parallel and still be numbered in walk
    /// order.
    pub fn next_id(&mut self) -> FileId {
        self.next += 1;
        FileId(self.next - 1)
    }

    /// Put in a file under an id from [`SourceFiles::next_id`].
    pub fn insert(&mut self, id: FileId, path: PathBuf, text: String) {
        self.next = self.next.max(id.0 + 1);
        self.files.insert(id, SourceFile::new(path, text));
    }

    /// Take in the files of another set (which used ids from this one).
    pub fn extend(&mut self, other: SourceFiles) {
        self.next = self.next.max(other.next);
        self.files.extend(other.files);
    }

    /// The files among `ids`, copied.
    pub fn subset(&self, ids: impl IntoIterator<Item = FileId>) -> SourceFiles {
        let mut out = SourceFiles {
            files: Default::default(),
            next: self.next,
        };
        for id in ids {
            if let Some(f) = self.files.get(&id) {
                out.files.insert(id, f.clone());
            }
        }
        out
    }

    /// A copy that hands out new ids after this set's, for files read later.
    pub fn continue_after(&self, next: usize) -> SourceFiles {
        let mut out = self.clone();
        out.next = out.next.max(next);
        out
    }

    /// The file, or an empty one with no path if it is not kept.
    pub fn get(&self, id: FileId) -> &SourceFile {
        self.files.get(&id).unwrap_or(&MISSING)
    }

    pub fn path(&self, id: FileId) -> &Path {
        &self.get(id).path
    }

    pub fn text(&self, id: FileId) -> &str {
        &self.get(id).text
    }

    /// The same files with each text passed through `f`, which must keep every byte offset
    /// (for diagnostics that show a text changed for display).
    pub fn map_texts(&self, f: impl Fn(&str) -> String) -> SourceFiles {
        SourceFiles {
            files: self
                .files
                .iter()
                .map(|(id, file)| (*id, SourceFile::new(file.path.clone(), f(&file.text))))
                .collect(),
            next: self.next,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().map(|(i, f)| (*i, f))
    }
}

impl<'a> codespan_reporting::files::Files<'a> for SourceFiles {
    type FileId = FileId;
    type Name = String;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<String, codespan_reporting::files::Error> {
        self.files
            .get(&id)
            .map(|f| f.path.display().to_string())
            .ok_or(codespan_reporting::files::Error::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, codespan_reporting::files::Error> {
        self.files
            .get(&id)
            .map(|f| f.text.as_str())
            .ok_or(codespan_reporting::files::Error::FileMissing)
    }

    fn line_index(
        &'a self,
        id: FileId,
        byte_index: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let f = self
            .files
            .get(&id)
            .ok_or(codespan_reporting::files::Error::FileMissing)?;
        Ok(match f.line_starts.binary_search(&byte_index) {
            Ok(l) => l,
            Err(l) => l - 1,
        })
    }

    fn line_range(
        &'a self,
        id: FileId,
        line_index: usize,
    ) -> Result<Range<usize>, codespan_reporting::files::Error> {
        let f = self
            .files
            .get(&id)
            .ok_or(codespan_reporting::files::Error::FileMissing)?;
        let start = *f.line_starts.get(line_index).ok_or(
            codespan_reporting::files::Error::LineTooLarge {
                given: line_index,
                max: f.line_starts.len() - 1,
            },
        )?;
        let end = f
            .line_starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(f.text.len());
        Ok(start..end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn located_values_compare_by_value_not_place() {
        let a = Located::new("P24M".to_string(), Loc::new(FileId(0), 10..14));
        let b = Located::new("P24M".to_string(), Loc::new(FileId(3), 99..103));
        let c = Located::new("P12M".to_string(), Loc::new(FileId(0), 10..14));
        assert_eq!(a, b);
        assert_ne!(a, c);
        let set: std::collections::HashSet<_> = [a, b].into_iter().collect();
        assert_eq!(set.len(), 1);
    }

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let mut files = SourceFiles::default();
        let id = files.add("a.toml".into(), "ab\næøå = 1\n".into());
        let f = files.get(id);
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(3), (2, 1));
        // "æøå" is 6 bytes; the '=' is at byte 3 + 7.
        assert_eq!(f.line_col(10), (2, 5));
    }
}
