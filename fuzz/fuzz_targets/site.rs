//! `site`: a whole small site from one input. The input is cut at each 0xFF byte (never part
//! of UTF-8 text) into up to six files, in this order: `content/site.toml`, the version's
//! `facts.toml`, `nb.md`, `sv.md`, `locales/nb.ftl` and `themes/default/notice.html`. A file
//! the input does not reach is left out (the site then lacks it). Asserts that
//! load → check → render never panics, and that a failed load or render gives a diagnostic.
#![no_main]

use disclose_fuzz::{paths, run_pipeline, write_site};
use libfuzzer_sys::fuzz_target;

const ORDER: [&str; 6] = [
    paths::SITE_TOML,
    paths::FACTS_TOML,
    paths::NB_MD,
    paths::SV_MD,
    paths::NB_FTL,
    paths::NOTICE_HTML,
];

fuzz_target!(|data: &[u8]| {
    let mut parts = data.splitn(ORDER.len(), |&b| b == 0xFF);
    let files: Vec<(&str, Option<&[u8]>)> =
        ORDER.iter().map(|&p| (p, parts.next())).collect();
    let root = write_site(&files);
    run_pipeline(root);
});
