//! `facts_toml`: the input (raw bytes) is the `facts.toml` of the base site's only version.
//! Asserts that load → check → render never panics, and that a failed load or render comes
//! with at least one diagnostic.
#![no_main]

use disclose_fuzz::{paths, run_pipeline, write_site};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let root = write_site(&[(paths::FACTS_TOML, Some(data))]);
    run_pipeline(root);
});
