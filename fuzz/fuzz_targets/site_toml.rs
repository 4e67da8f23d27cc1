//! `site_toml`: the input (raw bytes) is the `content/site.toml` of the small valid base site.
//! Asserts that load → check → render never panics, and that a failed load or render comes
//! with at least one diagnostic.
#![no_main]

use disclose_fuzz::{paths, run_pipeline, write_site};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let root = write_site(&[(paths::SITE_TOML, Some(data))]);
    run_pipeline(root);
});
