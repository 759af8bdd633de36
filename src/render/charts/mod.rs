//! Charts as SVG, drawn with plotters and finished in one place ([`finish`]).
//!
//! Every chart carries a `<title>` and `<desc>`, is named for screen readers,
//! scales to any width through its `viewBox`, formats numbers for the reader's
//! language, and tells its series apart without colour (bars versus a dashed
//! line with markers, and value labels). The page puts the same numbers in a
//! data table beside it. Text is measured with DejaVu Sans embedded in the
//! binary, so a build never depends on the fonts of the machine.

use super::format::{Lang, number};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::sync::Once;

mod card;
mod draw;
mod merge;
pub use card::CARD;
use draw::*;

/// Width of every chart in SVG units; it scales to the page.
pub(super) const WIDTH: u32 = 360;

/// Size of every chart text, in plotters' units. Charts are drawn at the
/// width a phone shows them (about 336 px of a 360 px screen), so this is
/// also about their size in pixels there: at least 12 px.
pub(super) const TEXT_SIZE: u32 = 17;

/// Room above and below a chart on its chart-only page (title, source
/// line), in pixels at [`WIDTH`].
const EMBED_FRAME: u32 = 240;
pub(super) const FONT: &str = "sans-serif";
pub(super) const TEXT: RGBColor = RGBColor(0x1f, 0x23, 0x28);
pub(super) const GRID: RGBColor = RGBColor(0xd0, 0xd7, 0xde);
/// Realisation bars: blue, 5.4:1 on white.
pub const BAR: RGBColor = RGBColor(0x2f, 0x6f, 0x9f);
/// Target line: near-black, dashed, with diamond markers.
pub(super) const TARGET: RGBColor = RGBColor(0x1f, 0x23, 0x28);

static FONT_ONCE: Once = Once::new();

pub(super) fn ensure_font() {
    FONT_ONCE.call_once(|| {
        // The embedded font always parses; if it ever did not, text would be
        // measured as zero-width, which degrades layout but not the build.
        let _ = plotters::style::register_font(
            FONT,
            FontStyle::Normal,
            include_bytes!("../../../themes/default/fonts/DejaVuSans.ttf"),
        );
    });
}

/// A finished chart.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Chart {
    /// Id, unique in its page; also the file name stem of the standalone SVG.
    pub id: String,
    /// Short title (also the figure caption).
    pub title: String,
    /// One-sentence description of what the chart shows.
    pub desc: String,
    /// The SVG markup.
    pub svg: String,
    /// Height in pixels of an iframe that shows the chart-only page of
    /// this chart at the width charts are drawn for: the chart, its title
    /// and its source line, nothing cut off.
    pub embed_height: u32,
    /// What was drawn, to draw it again as a bitmap.
    #[serde(skip)]
    pub spec: Spec,
}

/// What a chart shows, independent of the output format.
#[derive(Debug, Clone)]
pub enum Spec {
    /// Vertical bars with an optional target line.
    Bars(Bars, Lang),
    /// Horizontal bars with labels.
    Horizontal(Vec<Item>, Option<f64>, Lang),
    /// Two lines over categories.
    Trend {
        /// Category labels.
        labels: Vec<String>,
        /// Target values.
        target: Vec<Option<f64>>,
        /// Realised values.
        realised: Vec<Option<f64>>,
        /// Legend names (target, realisation).
        names: (String, String),
        /// Language of the numbers.
        lang: Lang,
    },
}

impl Spec {
    /// Size in SVG units (and in pixels for bitmaps).
    fn size(&self) -> (u32, u32) {
        match self {
            Spec::Horizontal(items, _, _) => (
                WIDTH,
                48 + draw::row_height(draw::row_lines(items))
                    * u32::try_from(items.len()).unwrap_or(0).max(1),
            ),
            _ => (WIDTH, 300),
        }
    }

    fn draw<DB: DrawingBackend<ErrorType: 'static>>(
        &self,
        root: &DrawingArea<DB, Shift>,
    ) -> DrawResult<()> {
        match self {
            Spec::Bars(b, lang) => draw_bars(root, b, *lang)?,
            Spec::Horizontal(items, reference, lang) => {
                draw_horizontal(root, items, *reference, *lang)?
            }
            Spec::Trend {
                labels,
                target,
                realised,
                names,
                lang,
            } => {
                draw_trend(root, labels, target, realised, (&names.0, &names.1), *lang)?;
            }
        }
        root.present()?;
        Ok(())
    }

    fn chart(self, id: &str, title: &str, desc: &str) -> Chart {
        ensure_font();
        let mut svg = String::new();
        let drawn = {
            let root = SVGBackend::with_string(&mut svg, self.size()).into_drawing_area();
            self.draw(&root)
        };
        let mut chart = finish_or_empty(drawn, svg, id, title, desc);
        chart.embed_height = self.size().1 + EMBED_FRAME;
        chart.spec = self;
        chart
    }
}

/// A category chart: one bar per category, an optional line (the target)
/// across the categories, and an optional reference line (100 %).
#[derive(Debug, Clone)]
pub struct Bars {
    /// Category labels (`TW I`, `2025`).
    pub labels: Vec<String>,
    /// Bar values; `None` draws no bar.
    pub bars: Vec<Option<f64>>,
    /// Legend name of the bars.
    pub bar_name: String,
    /// The line values and its legend name.
    pub line: Option<(Vec<Option<f64>>, String)>,
    /// A horizontal reference value, e.g. 100 (%).
    pub reference: Option<f64>,
    /// The legend name of the reference line, when it needs one (a
    /// baseline); none for a plain 100 % line.
    pub reference_name: Option<String>,
    /// Suffix for value labels (`%`).
    pub unit: String,
    /// Words drawn where a category has no bar (`Belum diukur`), so the chart
    /// says why instead of leaving a gap; empty for none.
    pub notes: Vec<Option<String>>,
}

/// One bar of a horizontal bar chart.
#[derive(Debug, Clone)]
pub struct Item {
    /// Label above the bar.
    pub label: String,
    /// Value; `None` shows only the label and a dash.
    pub value: Option<f64>,
    /// Bar colour (`#rrggbb`).
    pub colour: String,
    /// Text after the value (category word), so colour is never alone.
    pub note: String,
}

pub(super) type DrawResult<T> = Result<T, Box<dyn std::error::Error>>;

pub(super) fn text_style(size: u32) -> TextStyle<'static> {
    (FONT, size).into_font().color(&TEXT)
}

pub(super) fn max_of(values: impl Iterator<Item = f64>, floor: f64) -> f64 {
    let m = values.filter(|v| v.is_finite()).fold(floor, f64::max);
    if m <= 0.0 { 1.0 } else { m * 1.18 }
}

/// Draws a vertical bar chart with an optional target line.
pub fn bars(id: &str, title: &str, desc: &str, spec: &Bars, lang: Lang) -> Chart {
    Spec::Bars(spec.clone(), lang).chart(id, title, desc)
}

/// Draws a horizontal bar chart: a label above each bar, the value and note
/// after it, and a reference line (100 %).
pub fn horizontal(
    id: &str,
    title: &str,
    desc: &str,
    items: &[Item],
    reference: Option<f64>,
    lang: Lang,
) -> Chart {
    Spec::Horizontal(items.to_vec(), reference, lang).chart(id, title, desc)
}

/// Draws a two-series line chart over categories (years): realisation as a
/// solid line with circles, target as a dashed line with triangles.
#[allow(clippy::too_many_arguments)]
pub fn trend(
    id: &str,
    title: &str,
    desc: &str,
    labels: &[String],
    target: &[Option<f64>],
    realised: &[Option<f64>],
    names: (&str, &str),
    lang: Lang,
) -> Chart {
    Spec::Trend {
        labels: labels.to_vec(),
        target: target.to_vec(),
        realised: realised.to_vec(),
        names: (names.0.to_string(), names.1.to_string()),
        lang,
    }
    .chart(id, title, desc)
}

pub(super) fn finish_or_empty(
    drawn: DrawResult<()>,
    svg: String,
    id: &str,
    title: &str,
    desc: &str,
) -> Chart {
    // Drawing into a string cannot fail for lack of resources; if plotters
    // reports an error anyway, the page keeps its data table and a chart
    // with the title only.
    let svg = if drawn.is_ok() {
        svg
    } else {
        String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 480 40\"></svg>")
    };
    Chart {
        id: id.to_string(),
        title: title.to_string(),
        desc: desc.to_string(),
        svg: finish(&svg, id, title, desc),
        embed_height: 40 + EMBED_FRAME,
        spec: Spec::Horizontal(Vec::new(), None, Lang::Id),
    }
}

/// The one place plotters' SVG is post-processed: a responsive root element
/// named for screen readers, `<title>` and `<desc>`, a class for styling,
/// numbers shortened to at most one decimal, and the attributes that only
/// restate SVG's defaults (or the root's font) left out.
pub fn finish(svg: &str, id: &str, title: &str, desc: &str) -> String {
    let body_start = svg.find('>').map_or(0, |p| p + 1);
    let head = &svg[..body_start];
    let view_box = head
        .split("viewBox=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap_or("0 0 480 300");
    let body = shorten_numbers(&svg[body_start..]);
    // Set once on the root: the font, the text colour and the size of the
    // first text (the labels'), left out of every element that repeats them.
    let mut root = vec![
        format!(" font-family=\"{FONT}\""),
        format!(" fill=\"#{:02X}{:02X}{:02X}\"", TEXT.0, TEXT.1, TEXT.2),
    ];
    if let Some(size) = body
        .split("<text ")
        .nth(1)
        .and_then(|t| t.split(" font-size=\"").nth(1))
        .and_then(|t| t.split('"').next())
    {
        root.push(format!(" font-size=\"{size}\""));
    }
    let body = merge::merge_shapes(&lean(&body, &root));
    let id = super::escape::xml(id);
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{view_box}\" class=\"chart\" role=\"img\"{} aria-labelledby=\"{id}-title {id}-desc\"><title id=\"{id}-title\">{}</title><desc id=\"{id}-desc\">{}</desc>{}",
        root.concat(),
        super::escape::xml(title),
        super::escape::xml(desc),
        body.trim_start()
    )
}

/// Leaves out what plotters writes on every element that SVG assumes
/// anyway (full opacity, a 1-unit stroke, no stroke on a filled shape,
/// start-anchored text) or that the root already sets (`inherited`: each a
/// ` name="value"` attribute), and the line breaks around a text's content
/// (which SVG collapses). The drawing is the same; a regency site's pages
/// carry tens of thousands of these elements.
pub(super) fn lean(body: &str, inherited: &[String]) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('>').map(|c| open + c + 1) else {
            break;
        };
        let tag = &rest[open..close];
        let text_open = tag.starts_with("<text ");
        for piece in tag_attributes(tag) {
            if !matches!(
                piece,
                " opacity=\"1\""
                    | " stroke-width=\"1\""
                    | " stroke=\"none\""
                    | " text-anchor=\"start\""
            ) && !inherited.iter().any(|a| a == piece)
            {
                out.push_str(piece);
            }
        }
        rest = &rest[close..];
        if text_open {
            rest = rest.strip_prefix('\n').unwrap_or(rest);
            if let Some(end) = rest.find("</text>") {
                out.push_str(rest[..end].strip_suffix('\n').unwrap_or(&rest[..end]));
                rest = &rest[end..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A tag cut into its name, each ` name="value"` attribute, and its end
/// (`>` or `/>`), so that attributes can be left out one by one.
fn tag_attributes(tag: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut in_quote = false;
    for (i, c) in tag.char_indices() {
        match c {
            '"' => in_quote = !in_quote,
            ' ' if !in_quote => {
                pieces.push(&tag[start..i]);
                start = i;
            }
            _ => {}
        }
    }
    let last = &tag[start..];
    match last.strip_suffix("/>").or_else(|| last.strip_suffix('>')) {
        Some(attr) => {
            pieces.push(attr);
            pieces.push(&last[attr.len()..]);
        }
        None => pieces.push(last),
    }
    pieces
}

/// Rounds every decimal number in attribute values to one decimal place.
pub(super) fn shorten_numbers(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let bytes = s.as_bytes();
    let mut i = 0;
    let mut in_tag = false;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'<' {
            in_tag = true;
        } else if c == b'>' {
            in_tag = false;
        }
        if in_tag && c.is_ascii_digit() {
            let start = i;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                i += 1;
            }
            let token = &s[start..i];
            match token.split_once('.') {
                Some((int, frac)) if frac.len() > 1 && !frac.contains('.') => {
                    let v: f64 = token.parse().unwrap_or(0.0);
                    let r = format!("{v:.1}");
                    out.push_str(r.strip_suffix(".0").unwrap_or(&r));
                    let _ = int;
                }
                _ => out.push_str(token),
            }
            continue;
        }
        out.push(char::from(c));
        if c >= 0x80 {
            // Copy the rest of a multi-byte character as is.
            let len = s[i..].chars().next().map_or(1, char::len_utf8);
            out.pop();
            out.push_str(&s[i..i + len]);
            i += len;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod one_label_tests {
    use super::*;

    #[test]
    fn a_chart_of_one_bar_draws_it_with_a_width() {
        let spec = Bars {
            labels: vec!["2025 (B)".into()],
            bars: vec![Some(62.5)],
            bar_name: "Nilai".into(),
            line: None,
            reference: None,
            reference_name: None,
            unit: String::new(),
            notes: vec![None],
        };
        let svg = bars("satu", "Satu", "Satu batang", &spec, Lang::Id).svg;
        assert!(!svg.contains("width=\"-"), "{svg}");
        // The bar, drawn as a path (shapes of one style are merged).
        assert!(svg.contains("fill=\"#2F6F9F\" d=\"M"), "{svg}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finished_svg_is_named_and_escaped() {
        let c = bars(
            "c1",
            "Target <dan> realisasi",
            "Batang & garis",
            &Bars {
                labels: vec!["TW I".into(), "TW II".into()],
                bars: vec![Some(24.5), None],
                bar_name: "Realisasi".into(),
                line: Some((vec![Some(25.0), Some(50.0)], "Target".into())),
                reference: None,
                reference_name: None,
                unit: String::new(),
                notes: vec![],
            },
            Lang::Id,
        );
        assert!(c.svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 360 300\" class=\"chart\" role=\"img\""));
        assert!(
            c.svg
                .contains("<title id=\"c1-title\">Target &lt;dan&gt; realisasi</title>")
        );
        assert!(c.svg.contains("24,5"), "value labels use a decimal comma");
        assert!(c.svg.contains("TW II"));
        let root_tag = &c.svg[..c.svg.find('>').unwrap_or(0)];
        assert!(
            !root_tag.contains("width="),
            "the root element scales: {root_tag}"
        );
    }

    #[test]
    fn defaults_are_left_out_and_the_drawing_kept() {
        assert_eq!(
            lean(
                "<rect x=\"0\" opacity=\"1\" fill=\"#FFF\" stroke=\"none\"/>\n<text x=\"6\" text-anchor=\"start\" font-family=\"sans-serif\" font-size=\"13.7\" opacity=\"1\" fill=\"#1F2328\">\nTW I\n</text>\n<line opacity=\"0.5\" stroke-width=\"2\" title=\"a opacity=&quot;1&quot;\"/>",
                &[" font-family=\"sans-serif\"".to_string()]
            ),
            "<rect x=\"0\" fill=\"#FFF\"/>\n<text x=\"6\" font-size=\"13.7\" fill=\"#1F2328\">TW I</text>\n<line opacity=\"0.5\" stroke-width=\"2\" title=\"a opacity=&quot;1&quot;\"/>"
        );
    }

    #[test]
    fn numbers_are_shortened_but_text_is_kept() {
        assert_eq!(
            shorten_numbers("<a x=\"12.3456\">7.25 é</a>"),
            "<a x=\"12.3\">7.25 é</a>"
        );
    }
}
