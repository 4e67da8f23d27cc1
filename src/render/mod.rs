//! Render: turn the model into pages and JSON.
use crate::diag::Diagnostic;
use crate::emit::OutFile;
use crate::model::Site;

pub fn render(site: &Site) -> Result<Vec<OutFile>, Vec<Diagnostic>> {
    let _ = site;
    Ok(Vec::new())
}
