//! The link-preview card of a page (1200 × 630, the size link previews
//! expect): the site's name and the page's title above the page's main
//! chart, as a PNG.
//!
//! The chart is drawn once at the size the page shows it and scaled into the
//! card, so its text keeps the proportions of the page's chart.

use super::*;

/// Card size in pixels.
pub const CARD: (u32, u32) = (1200, 630);
/// Margin around the card's text and chart.
const MARGIN: u32 = 48;
/// Height of the band that holds the site name and the title.
const BAND: u32 = 196;
/// Rows of a horizontal chart that fit the card legibly.
const CARD_ROWS: usize = 5;
/// The accent stripe along the top, the site's heading colour.
const ACCENT: RGBColor = RGBColor(0x1f, 0x4e, 0x79);
const MUTED: RGBColor = RGBColor(0x4a, 0x52, 0x5a);

impl Chart {
    /// The page's link-preview card: `site` and `title` above this chart.
    pub fn card(&self, title: &str, site: &str) -> Option<Vec<u8>> {
        ensure_font();
        let spec = match &self.spec {
            Spec::Horizontal(items, r, lang) if items.len() > CARD_ROWS => {
                Spec::Horizontal(items[..CARD_ROWS].to_vec(), *r, *lang)
            }
            other => other.clone(),
        };
        let (cw, ch) = spec.size();
        let mut chart = vec![255u8; usize::try_from(cw * ch * 3).ok()?];
        {
            let root =
                super::super::preview::CachedText(BitMapBackend::with_buffer(&mut chart, (cw, ch)))
                    .into_drawing_area();
            spec.draw(&root).ok()?;
        }
        let (w, h) = CARD;
        let mut card = vec![255u8; usize::try_from(w * h * 3).ok()?];
        {
            let root =
                super::super::preview::CachedText(BitMapBackend::with_buffer(&mut card, (w, h)))
                    .into_drawing_area();
            root.draw(&Rectangle::new([(0, 0), (w as i32, 10)], ACCENT.filled()))
                .ok()?;
            let site_style = (FONT, 30).into_font().color(&MUTED);
            root.draw_text(site, &site_style, (MARGIN as i32, 34))
                .ok()?;
            let title_style = (FONT, 46).into_font().color(&TEXT);
            let room = w - 2 * MARGIN;
            for (n, line) in wrap(title, 2, |s| {
                root.estimate_text_size(s, &title_style)
                    .map_or(u32::MAX, |(tw, _)| tw)
                    <= room
            })
            .iter()
            .enumerate()
            {
                let y = 84 + 56 * i32::try_from(n).unwrap_or(0);
                root.draw_text(line, &title_style, (MARGIN as i32, y))
                    .ok()?;
            }
            root.present().ok()?;
        }
        // The chart, scaled to the room below the band, centred.
        let (rw, rh) = (w - 2 * MARGIN, h - BAND - MARGIN / 2);
        let scale = f64::from(rw) / f64::from(cw);
        let scale = scale.min(f64::from(rh) / f64::from(ch));
        let (sw, sh) = (
            (f64::from(cw) * scale) as u32,
            (f64::from(ch) * scale) as u32,
        );
        let (x0, y0) = ((w - sw) / 2, BAND);
        scale_into(&chart, (cw, ch), &mut card, w, (x0, y0), (sw, sh));
        encode(&card, w, h)
    }
}

/// `text` in at most `lines` lines, broken at spaces, each line passing
/// `fits`; the last line shortened with "…" when the text is longer.
fn wrap(text: &str, lines: usize, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut words = text.split_whitespace().peekable();
    while let Some(first) = words.next() {
        let mut line = first.to_string();
        while let Some(next) = words.peek() {
            let longer = format!("{line} {next}");
            if fits(&longer) {
                line = longer;
                words.next();
            } else {
                break;
            }
        }
        if out.len() + 1 == lines && words.peek().is_some() {
            while !line.is_empty() && !fits(&format!("{line}…")) {
                line.pop();
            }
            out.push(format!("{}…", line.trim_end()));
            return out;
        }
        out.push(line);
        if out.len() == lines {
            break;
        }
    }
    out
}

/// Scales an RGB image into `dst` at `at`, `size` pixels, bilinearly.
fn scale_into(
    src: &[u8],
    (sw, sh): (u32, u32),
    dst: &mut [u8],
    dst_width: u32,
    (x0, y0): (u32, u32),
    (w, h): (u32, u32),
) {
    if sw == 0 || sh == 0 || w == 0 || h == 0 {
        return;
    }
    let px = |x: u32, y: u32, c: usize| f64::from(src[((y * sw + x) * 3) as usize + c]);
    for y in 0..h {
        let fy = (f64::from(y) + 0.5) * f64::from(sh) / f64::from(h) - 0.5;
        let fy = fy.clamp(0.0, f64::from(sh - 1));
        let (y1, ty) = (fy.floor() as u32, fy - fy.floor());
        let y2 = (y1 + 1).min(sh - 1);
        for x in 0..w {
            let fx = (f64::from(x) + 0.5) * f64::from(sw) / f64::from(w) - 0.5;
            let fx = fx.clamp(0.0, f64::from(sw - 1));
            let (x1, tx) = (fx.floor() as u32, fx - fx.floor());
            let x2 = (x1 + 1).min(sw - 1);
            let at = (((y0 + y) * dst_width + x0 + x) * 3) as usize;
            for c in 0..3 {
                let top = px(x1, y1, c) * (1.0 - tx) + px(x2, y1, c) * tx;
                let bottom = px(x1, y2, c) * (1.0 - tx) + px(x2, y2, c) * tx;
                if let Some(d) = dst.get_mut(at + c) {
                    *d = (top * (1.0 - ty) + bottom * ty).round() as u8;
                }
            }
        }
    }
}

/// The card as a PNG: RGB, fast compression (the card is mostly flat
/// colour, which compresses well at any level).
fn encode(rgb: &[u8], w: u32, h: u32) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        let mut writer = enc.write_header().ok()?;
        writer.write_image_data(rgb).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn titles_wrap_at_spaces_and_are_shortened_with_an_ellipsis() {
        let fits = |s: &str| s.chars().count() <= 12;
        assert_eq!(
            wrap("Angka Kematian Ibu", 2, fits),
            vec!["Angka", "Kematian Ibu"]
        );
        let long = wrap("Persentase jalan kabupaten dalam kondisi mantap", 2, fits);
        assert_eq!(long.len(), 2);
        assert!(long[1].ends_with('…'), "{long:?}");
        assert!(long.iter().all(|l| l.chars().count() <= 12), "{long:?}");
    }
}
