//! Markdown → safe HTML: pulldown-cmark (tables, footnotes, heading ids), then
//! ammonia, so raw HTML in content cannot run script, carry event handlers or
//! `javascript:` links.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};
use std::collections::BTreeSet;

/// Renders `text` to sanitised HTML. Heading and footnote ids are prefixed with
/// `id_prefix` so several narratives can share a page; headings are shifted
/// down by `demote` levels so they sit under the page's own headings.
pub fn to_html(text: &str, id_prefix: &str, demote: u8) -> String {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES;
    let mut events: Vec<Event<'_>> = Parser::new_ext(text, options).collect();

    // Heading ids from their text, unique within the narrative.
    let mut used = BTreeSet::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { .. }) = &events[i] {
            let mut title = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j], Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j] {
                    title.push_str(t);
                }
                j += 1;
            }
            if let Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) = &events[i]
            {
                let base = id
                    .as_ref()
                    .map_or_else(|| slug(&title), |given| slug(given));
                let mut unique = if base.is_empty() {
                    "bagian".to_string()
                } else {
                    base
                };
                let stem = unique.clone();
                let mut n = 2;
                while !used.insert(unique.clone()) {
                    unique = format!("{stem}-{n}");
                    n += 1;
                }
                events[i] = Event::Start(Tag::Heading {
                    level: shift(*level, demote),
                    id: Some(CowStr::from(format!("{id_prefix}{unique}"))),
                    classes: classes.clone(),
                    attrs: attrs.clone(),
                });
            }
            if let Some(Event::End(TagEnd::Heading(level))) = events.get(j) {
                events[j] = Event::End(TagEnd::Heading(shift(*level, demote)));
            }
            i = j;
        }
        i += 1;
    }
    for e in &mut events {
        match e {
            Event::FootnoteReference(label) => {
                *label = CowStr::from(format!("{id_prefix}fn-{}", slug(label)));
            }
            Event::Start(Tag::FootnoteDefinition(label)) => {
                *label = CowStr::from(format!("{id_prefix}fn-{}", slug(label)));
            }
            _ => {}
        }
    }
    let mut raw = String::new();
    html::push_html(&mut raw, events.into_iter());
    sanitise(&raw)
}

fn shift(level: HeadingLevel, by: u8) -> HeadingLevel {
    let n = (level as u8).saturating_add(by).min(6);
    HeadingLevel::try_from(usize::from(n)).unwrap_or(HeadingLevel::H6)
}

/// Cleans HTML from content: only harmless tags and attributes survive.
pub fn sanitise(raw: &str) -> String {
    let mut builder = ammonia::Builder::default();
    builder
        .add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_tag_attributes("h5", ["id"])
        .add_tag_attributes("h6", ["id"])
        .add_tag_attributes("div", ["id", "class"])
        .add_tag_attributes("sup", ["class"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .filter_style_properties(["text-align"].into_iter().collect())
        .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
        // A control character in an attribute (`href="jav&#x04;ascript:…"`)
        // is never meant: drop the attribute rather than publish it.
        .attribute_filter(|_, _, value| {
            (!value.chars().any(is_stray_control)).then_some(value.into())
        });
    // What is left of control characters is in text, where dropping them
    // cannot make markup; they are not valid in HTML.
    builder
        .clean(raw)
        .to_string()
        .chars()
        .filter(|c| !is_stray_control(*c))
        .collect()
}

/// A control character other than tab and line breaks.
fn is_stray_control(c: char) -> bool {
    c.is_control() && !matches!(c, '\t' | '\n' | '\r')
}

/// A lowercase ASCII slug for ids: letters, digits and `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_html_comes_out_inert() {
        let html = to_html(
            "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n[x](javascript:alert(3))\n\n<a href=\"JaVaScRiPt:alert(4)\">y</a>",
            "",
            0,
        );
        let lower = html.to_lowercase();
        assert!(!lower.contains("<script"), "{html}");
        assert!(!lower.contains("onerror"), "{html}");
        assert!(!lower.contains("javascript:"), "{html}");
    }

    #[test]
    fn control_characters_never_reach_the_page() {
        // Found by the markdown fuzz target: the entity decodes to U+0004
        // inside the URL, which ammonia took for a relative link.
        let html = to_html(
            "<a href=\"jav&#x04;ascript:alert(1)\">x</a> [y](jav\u{4}ascript:alert(2)) z\u{7}",
            "p-",
            1,
        );
        assert!(!html.contains("href"), "{html}");
        assert!(
            !html.chars().any(|c| c.is_control() && c != '\n'),
            "{html:?}"
        );
        assert!(html.contains(">x</a>") && html.contains('z'), "{html}");
    }

    #[test]
    fn headings_get_prefixed_unique_ids_and_are_demoted() {
        let html = to_html("## Analisis capaian\n\n## Analisis capaian\n", "tw2-", 1);
        assert!(html.contains("<h3 id=\"tw2-analisis-capaian\">"), "{html}");
        assert!(
            html.contains("<h3 id=\"tw2-analisis-capaian-2\">"),
            "{html}"
        );
    }

    #[test]
    fn tables_and_footnotes() {
        let html = to_html(
            "| a | b |\n|---|---|\n| 1 | 2 |\n\nTeks[^1]\n\n[^1]: Catatan.\n",
            "p-",
            0,
        );
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("href=\"#p-fn-1\""), "{html}");
        assert!(html.contains("id=\"p-fn-1\""), "{html}");
    }
}
