//! Compact JSON for the data files, written with SIMD string escaping (most of what the data
//! formats cost is escaping their strings).

use serde::Serialize;

/// `value` as compact JSON with a final newline: the same text `serde_json::to_vec` writes.
pub fn to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>, sonic_rs::Error> {
    let mut json = sonic_rs::to_vec(value)?;
    json.push(b'\n');
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::to_vec;
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
            String::from_utf8(to_vec(&m)?)?,
            String::from_utf8(expected)?
        );
        Ok(())
    }
}
