//! Splitting a Markdown file into its YAML front matter and its body.

/// A Markdown file split at its `---` fences.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML text, preceded by blank lines so that YAML line numbers are
    /// the file's line numbers.
    pub yaml: String,
    /// The Markdown body after the closing fence.
    pub body: &'a str,
    /// 1-based line where the body starts.
    pub body_line: usize,
}

/// Why a file has no usable front matter.
#[derive(Debug, PartialEq, Eq)]
pub enum FrontMatterError {
    /// The file does not start with `---`.
    Missing,
    /// The opening `---` has no closing `---`.
    Unclosed,
}

fn is_fence(line: &str) -> bool {
    let l = line.trim_end_matches(['\n', '\r', ' ', '\t']);
    l == "---"
}

/// Splits `text` (BOM already removed; LF or CRLF line ends) into front matter
/// and body.
pub fn split(text: &str) -> Result<Split<'_>, FrontMatterError> {
    let mut lines = text.split_inclusive('\n');
    match lines.next() {
        Some(first) if is_fence(first) => {}
        _ => return Err(FrontMatterError::Missing),
    }
    let mut offset = text.split_inclusive('\n').next().map_or(0, str::len);
    let yaml_start = offset;
    for (i, line) in lines.enumerate() {
        if is_fence(line) || line.trim_end_matches(['\r', '\n', ' ']) == "..." {
            let yaml_text = &text[yaml_start..offset];
            let body_start = offset + line.len();
            return Ok(Split {
                // Line 1 is the opening fence: a blank line keeps numbering.
                yaml: format!("\n{yaml_text}"),
                body: &text[body_start..],
                body_line: i + 3,
            });
        }
        offset += line.len();
    }
    Err(FrontMatterError::Unclosed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_lf_and_crlf() {
        let s = split("---\ntitle: A\n---\n# Body\n").expect("split");
        assert_eq!(s.yaml, "\ntitle: A\n");
        assert_eq!(s.body, "# Body\n");
        assert_eq!(s.body_line, 4);
        let s = split("---\r\ntitle: A\r\n---\r\nBody").expect("split");
        assert_eq!(s.yaml, "\ntitle: A\r\n");
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn reports_missing_and_unclosed() {
        assert_eq!(split("# no front matter"), Err(FrontMatterError::Missing));
        assert_eq!(split("---\ntitle: A\n"), Err(FrontMatterError::Unclosed));
    }

    #[test]
    fn a_rule_in_the_body_is_not_a_fence() {
        let s = split("---\na: 1\n---\ntext\n---\nmore\n").expect("split");
        assert_eq!(s.body, "text\n---\nmore\n");
    }
}
