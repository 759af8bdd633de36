//! The one place text is escaped for the markup it goes into: XML (feeds,
//! sitemap, SVG charts, the preview banner) and JSON inside an HTML
//! `<script>` element. HTML pages are escaped by tera's autoescape.

/// Escapes text for XML and HTML, dropping characters XML forbids.
pub fn xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 forbids (validation refuses them in
            // content; this keeps any other source from breaking a feed).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// JSON made safe to sit inside an HTML `<script>` element: `<`, `>` and
/// `&` appear only inside JSON strings, where `\u003c` means the same, and
/// no `</script>`, `<!--` or `<script` can end or bend the element.
pub fn inline_json(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

#[cfg(test)]
mod tests {
    #[test]
    fn inline_json_cannot_close_or_bend_the_script() {
        let json =
            serde_json::to_string(&["<!--<script>", "</script>", "a & b"]).unwrap_or_default();
        let safe = super::inline_json(&json);
        assert!(!safe.contains('<') && !safe.contains('>'), "{safe}");
        let back: Vec<String> = serde_json::from_str(&safe).unwrap_or_default();
        assert_eq!(back, ["<!--<script>", "</script>", "a & b"]);
    }
}
