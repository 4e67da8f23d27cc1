//! `langfile`: the input is one language file (`nb.md`) of the base site.
//! Asserts that `langfile::split` and `langfile::sections` never panic on it (and return
//! ranges inside the text, on character boundaries), and that load → check → render of the
//! site holding it as raw bytes never panics, a failed load or render giving a diagnostic.
#![no_main]

use disclose::source::files::FileId;
use disclose::source::langfile;
use disclose_fuzz::{paths, run_pipeline, text, write_site};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text(data);
    let text: &str = &text;
    let file = FileId(0);
    match langfile::split(file, text) {
        Ok(split) => {
            let fm = split.front_matter.clone();
            assert!(fm.start <= fm.end && fm.end <= split.body.start);
            assert!(split.body.end == text.len());
            assert!(text.get(fm.clone()).is_some(), "front matter {fm:?} not on char boundaries");
            assert!(text.get(split.body.clone()).is_some(), "body not on char boundaries");
            for allow_html in [false, true] {
                let (prose, diags) = langfile::sections(file, text, split.body.clone(), allow_html);
                assert!(text.get(prose.intro.clone()).is_some());
                for s in &prose.sections {
                    assert!(langfile::is_id(&s.id));
                    assert!(text.get(s.body.clone()).is_some(), "section body off boundaries");
                    assert!(text.get(s.heading_loc.span.clone()).is_some());
                }
                for d in &diags {
                    if let Some(loc) = &d.loc {
                        assert!(text.get(loc.span.clone()).is_some(), "diagnostic span {:?}", loc.span);
                    }
                }
            }
        }
        Err(d) => {
            if let Some(loc) = &d.loc {
                assert!(text.get(loc.span.clone()).is_some(), "diagnostic span {:?}", loc.span);
            }
        }
    }
    let root = write_site(&[(paths::NB_MD, Some(data))]);
    run_pipeline(root);
});
