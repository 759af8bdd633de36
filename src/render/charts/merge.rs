//! Shapes of one style drawn as one path.
//!
//! plotters writes every grid line, tick, dash, bar and marker as its own
//! element; a chart of four quarters has sixty of them, most repeating the
//! same attributes. Consecutive shapes with the same attributes become the
//! subpaths of one `<path>`: the drawing is the same, at about half the
//! bytes, and a regency site carries tens of thousands of charts.
//!
//! Only opaque shapes are merged (two overlapping half-transparent shapes
//! look different as one path), and a run may continue across `<text>`
//! elements: its later shapes are then painted before those labels, which
//! only ever puts a label on top of a line it touches, never under it.

use std::fmt::Write as _;

/// One shape plotters writes, as subpath data and the attributes that are
/// not geometry.
struct Shape {
    style: String,
    d: String,
}

/// Merges runs of same-style shapes in an SVG body (the elements after the
/// root tag) into paths; everything else is copied as it is.
pub(super) fn merge_shapes(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    // The open run: its style and its path data; texts met while it is open
    // wait in `held`, to be written after it.
    let mut run: Option<(String, String)> = None;
    let mut held = String::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        let between = &rest[..open];
        let Some(close) = rest[open..].find('>').map(|c| open + c + 1) else {
            break;
        };
        let tag = &rest[open..close];
        if let Some(shape) = shape(tag) {
            match &mut run {
                Some((style, d)) if *style == shape.style => {
                    d.push_str(&shape.d);
                    held.push_str(between);
                }
                _ => {
                    flush(&mut out, run.take(), &mut held);
                    out.push_str(between);
                    run = Some((shape.style, shape.d));
                    rest = skip_newline(&rest[close..]);
                    continue;
                }
            }
            rest = skip_newline(&rest[close..]);
            continue;
        }
        // A text (with its content and end tag) may sit inside a run.
        let end = if tag.starts_with("<text") && !tag.ends_with("/>") {
            rest[close..]
                .find("</text>")
                .map_or(close, |e| close + e + "</text>".len())
        } else {
            close
        };
        let element = &rest[open..end];
        if run.is_some() && tag.starts_with("<text") {
            held.push_str(between);
            held.push_str(element);
        } else {
            flush(&mut out, run.take(), &mut held);
            out.push_str(between);
            out.push_str(element);
        }
        rest = &rest[end..];
    }
    flush(&mut out, run.take(), &mut held);
    out.push_str(rest);
    out
}

fn skip_newline(s: &str) -> &str {
    s.strip_prefix('\n').unwrap_or(s)
}

fn flush(out: &mut String, run: Option<(String, String)>, held: &mut String) {
    if let Some((style, d)) = run {
        let _ = writeln!(out, "<path{style} d=\"{}\"/>", d.trim_start());
    }
    out.push_str(held);
    held.clear();
}

/// A mergeable shape: a self-closing `polyline`, `line`, `polygon` or
/// `rect` with plain numeric geometry and no opacity.
fn shape(tag: &str) -> Option<Shape> {
    let inner = tag.strip_prefix('<')?.strip_suffix("/>")?;
    let (name, attrs) = inner.split_once(' ')?;
    if !matches!(name, "polyline" | "line" | "polygon" | "rect") {
        return None;
    }
    let mut style = String::new();
    let mut geometry: Vec<(&str, &str)> = Vec::new();
    for (key, value) in attributes(attrs)? {
        if key.contains("opacity") || key == "transform" || key == "id" || key == "class" {
            return None;
        }
        match (name, key) {
            ("polyline" | "polygon", "points")
            | ("line", "x1" | "y1" | "x2" | "y2")
            | ("rect", "x" | "y" | "width" | "height") => geometry.push((key, value)),
            _ => {
                let _ = write!(style, " {key}=\"{value}\"");
            }
        }
    }
    let get = |k: &str| geometry.iter().find(|(g, _)| *g == k).map(|(_, v)| *v);
    let num = |v: &str| v.parse::<f64>().ok().filter(|n| n.is_finite());
    let mut d = String::new();
    match name {
        "polyline" | "polygon" => {
            let points: Vec<&str> = get("points")?.split_whitespace().collect();
            if points.len() < 2 {
                return None;
            }
            for (i, p) in points.iter().enumerate() {
                let (x, y) = p.split_once(',')?;
                num(x)?;
                num(y)?;
                d.push_str(if i == 0 { "M" } else { " " });
                let _ = write!(d, "{x} {y}");
            }
            if name == "polygon" {
                d.push('Z');
            }
        }
        "line" => {
            let (x1, y1, x2, y2) = (get("x1")?, get("y1")?, get("x2")?, get("y2")?);
            for v in [x1, y1, x2, y2] {
                num(v)?;
            }
            let _ = write!(d, "M{x1} {y1}");
            if y1 == y2 {
                let _ = write!(d, "H{x2}");
            } else if x1 == x2 {
                let _ = write!(d, "V{y2}");
            } else {
                let _ = write!(d, "L{x2} {y2}");
            }
            // A line has no fill; a path would be filled black without one.
            if !style.contains(" fill=") {
                style.insert_str(0, " fill=\"none\"");
            }
        }
        _ => {
            let (x, y, w, h) = (get("x")?, get("y")?, get("width")?, get("height")?);
            let (wn, hn) = (num(w)?, num(h)?);
            num(x)?;
            num(y)?;
            if wn <= 0.0 || hn <= 0.0 {
                return None;
            }
            let _ = write!(d, "M{x} {y}h{w}v{h}h-{w}Z");
        }
    }
    Some(Shape { style, d })
}

/// ` name="value"` pairs, or `None` for anything unexpected.
fn attributes(s: &str) -> Option<Vec<(&str, &str)>> {
    let mut out = Vec::new();
    let mut rest = s.trim();
    while !rest.is_empty() {
        let (key, after) = rest.split_once("=\"")?;
        let (value, after) = after.split_once('"')?;
        out.push((key.trim(), value));
        rest = after.trim_start();
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::merge_shapes;

    #[test]
    fn same_style_shapes_become_one_path_and_texts_follow_it() {
        let body = "<line stroke=\"#D0D7DE\" x1=\"76\" y1=\"255\" x2=\"347\" y2=\"255\"/>\n\
<line stroke=\"#D0D7DE\" x1=\"76\" y1=\"210\" x2=\"347\" y2=\"210\"/>\n\
<text x=\"66\" y=\"255\">0</text>\n\
<polyline fill=\"none\" stroke=\"#1F2328\" points=\"70,255 75,255 \"/>\n\
<text x=\"66\" y=\"210\">20</text>\n\
<polyline fill=\"none\" stroke=\"#1F2328\" points=\"70,210 75,210 \"/>\n\
<rect x=\"90\" y=\"208\" width=\"39\" height=\"47\" fill=\"#2F6F9F\"/>\n\
<rect x=\"157\" y=\"164\" width=\"40\" height=\"91\" fill=\"#2F6F9F\"/>\n\
<polygon points=\"1,2 3,4 5,6 \"/>\n\
<line opacity=\"0.5\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"/>\n";
        assert_eq!(
            merge_shapes(body),
            "<path fill=\"none\" stroke=\"#D0D7DE\" d=\"M76 255H347M76 210H347\"/>\n\
<text x=\"66\" y=\"255\">0</text>\n\
<path fill=\"none\" stroke=\"#1F2328\" d=\"M70 255 75 255M70 210 75 210\"/>\n\
<text x=\"66\" y=\"210\">20</text>\n\
<path fill=\"#2F6F9F\" d=\"M90 208h39v47h-39ZM157 164h40v91h-40Z\"/>\n\
<path d=\"M1 2 3 4 5 6Z\"/>\n\
<line opacity=\"0.5\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"1\"/>\n"
        );
    }

    #[test]
    fn anything_else_is_copied_as_it_is() {
        let body = "<circle cx=\"1\" cy=\"2\" r=\"3\"/>\n<text x=\"1\">a &lt; b</text>\n<rect x=\"0\" y=\"0\" width=\"0\" height=\"4\"/>\n";
        assert_eq!(merge_shapes(body), body);
    }
}
