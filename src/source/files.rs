//! The file table and places in it, as the loader uses them: defined in [`crate::files`], below
//! both `source` and `diag`, so that diagnostics can point into files without depending on the
//! loader. Re-exported here for the code that reads them as part of loading.

pub use crate::files::*;
