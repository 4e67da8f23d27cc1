//! `locale`: the input (raw bytes) is the site's own `locales/nb.ftl`, laid over the built-in
//! Norwegian locale. Asserts that load → check → render never panics, and that a failed load
//! or render (a Fluent syntax error, a message that no longer formats) gives a diagnostic.
#![no_main]

use disclose_fuzz::{paths, run_pipeline, write_site};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let root = write_site(&[(paths::NB_FTL, Some(data))]);
    run_pipeline(root);
});
