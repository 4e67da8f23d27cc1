//! Compact JSON for the data files, written with SIMD string escaping (most of what the data
//! formats cost is escaping their strings).

use serde::Serialize;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Writes one kind of file, remembering the largest it wrote: each file's buffer starts that
/// large, so a file of tens of kilobytes is not copied each time its buffer grows.
pub struct Writer(AtomicUsize);

impl Writer {
    pub const fn new() -> Writer {
        Writer(AtomicUsize::new(0))
    }

    /// `value` as compact JSON with a final newline: the same text `serde_json::to_vec` writes.
    pub fn to_vec<T: Serialize + ?Sized>(&self, value: &T) -> Result<Vec<u8>, sonic_rs::Error> {
        let mut json = Vec::with_capacity(self.0.load(Ordering::Relaxed).max(256));
        sonic_rs::to_writer(&mut json, value)?;
        json.push(b'\n');
        self.0
            .fetch_max(json.len() + json.len() / 8, Ordering::Relaxed);
        Ok(json)
    }
}

#[cfg(test)]
mod tests {
    use super::Writer;
    use std::collections::BTreeMap;

    #[test]
    fn writes_what_serde_json_writes() -> Result<(), Box<dyn std::error::Error>> {
        let mut m = BTreeMap::new();
        m.insert(
            "quote \" backslash \\ slash / tab \t nl \n nul \u{0} esc \u{1b} del \u{7f}",
            vec![Some(1.5), None, Some(-0.0), Some(1e21)],
        );
        m.insert(
            "æøå ÄÖ ö \u{2028} \u{2029} 🙂 <script>&amp;",
            vec![Some(3.0)],
        );
        let long = "ordinær tekst uten noe å skjule ".repeat(40) + "\"" + &"x".repeat(33);
        m.insert(long.as_str(), vec![]);
        let mut expected = serde_json::to_vec(&m)?;
        expected.push(b'\n');
        assert_eq!(
            String::from_utf8(Writer::new().to_vec(&m)?)?,
            String::from_utf8(expected)?
        );
        Ok(())
    }
}
