//! The link-preview card of a page (1200 × 630, the size link previews
//! expect): the site's name and the page's title above the page's main
//! chart, as a PNG.
//!
//! The chart is drawn once at the size the page shows it and scaled into the
//! card, so its text keeps the proportions of the page's chart.

use super::*;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A hasher for pixel colours: the maps of [`quantise`] are hit once per run
/// of pixels, hundreds of thousands of times a card, where SipHash's
/// resistance to chosen keys buys nothing.
#[derive(Default)]
struct PixelHasher(u64);

impl Hasher for PixelHasher {
    fn finish(&self) -> u64 {
        self.0.wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | u64::from(b);
        }
    }
}

type Pixels<V> = HashMap<[u8; 3], V, BuildHasherDefault<PixelHasher>>;

std::thread_local! {
    /// The chart's and the card's pixels, kept by each thread for its next
    /// card: a fresh 2 MB buffer per card costs its page faults every time.
    static BUFFERS: std::cell::RefCell<(Vec<u8>, Vec<u8>)> =
        const { std::cell::RefCell::new((Vec::new(), Vec::new())) };
}

/// `buffer` emptied and filled with `len` white bytes, reusing its memory.
fn white(buffer: &mut Vec<u8>, len: usize) -> &mut [u8] {
    buffer.clear();
    buffer.resize(len, 255);
    buffer
}

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
        BUFFERS.with_borrow_mut(|(chart, card)| self.card_into(&spec, title, site, chart, card))
    }

    fn card_into(
        &self,
        spec: &Spec,
        title: &str,
        site: &str,
        chart: &mut Vec<u8>,
        card: &mut Vec<u8>,
    ) -> Option<Vec<u8>> {
        let (cw, ch) = spec.size();
        let chart = white(chart, usize::try_from(cw * ch * 3).ok()?);
        {
            let root =
                super::super::preview::CachedText(BitMapBackend::with_buffer(chart, (cw, ch)))
                    .into_drawing_area();
            spec.draw(&root).ok()?;
        }
        let (w, h) = CARD;
        let card = white(card, usize::try_from(w * h * 3).ok()?);
        {
            let root = super::super::preview::CachedText(BitMapBackend::with_buffer(card, (w, h)))
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
        scale_into(chart, (cw, ch), card, w, (x0, y0), (sw, sh));
        encode(card, w, h)
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

/// Scales an RGB image into `dst` at `at`, `size` pixels, bilinearly, in
/// fixed point (weights in 1/256): the sample positions and weights of each
/// column are worked out once, not once per pixel.
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
    // For each destination coordinate: the two source coordinates and the
    // weight of the second, 0..=256.
    let taps = |n: u32, src_n: u32| -> Vec<(usize, usize, u32)> {
        (0..n)
            .map(|i| {
                let f = (f64::from(i) + 0.5) * f64::from(src_n) / f64::from(n) - 0.5;
                let f = f.clamp(0.0, f64::from(src_n - 1));
                let first = f.floor();
                let weight = ((f - first) * 256.0).round() as u32;
                let first = first as u32;
                (first as usize, (first + 1).min(src_n - 1) as usize, weight)
            })
            .collect()
    };
    let columns = taps(w, sw);
    let stride = sw as usize * 3;
    for (y, (y1, y2, ty)) in taps(h, sh).into_iter().enumerate() {
        let (Some(top), Some(bottom)) = (
            src.get(y1 * stride..(y1 + 1) * stride),
            src.get(y2 * stride..(y2 + 1) * stride),
        ) else {
            return;
        };
        let row = ((y0 as usize + y) * dst_width as usize + x0 as usize) * 3;
        let Some(out) = dst.get_mut(row..row + w as usize * 3) else {
            return;
        };
        for (px, &(x1, x2, tx)) in out.chunks_exact_mut(3).zip(&columns) {
            for (c, d) in px.iter_mut().enumerate() {
                let at = |row: &[u8], x: usize| u32::from(row[x * 3 + c]);
                let upper = at(top, x1) * (256 - tx) + at(top, x2) * tx;
                let lower = at(bottom, x1) * (256 - tx) + at(bottom, x2) * tx;
                // Both weights are out of 256: divide by 65 536, rounding.
                *d = ((upper * (256 - ty) + lower * ty + 32_768) >> 16) as u8;
            }
        }
    }
}

/// Exact colours kept in the palette: the card's flat fills and inks.
const INKS: usize = 48;
/// Blends of each ink with white kept for anti-aliased edges.
const BLENDS: [u16; 3] = [64, 128, 192];

/// The card as a PNG with a palette: its most used colours, each also
/// blended with white for the anti-aliased edges of text and marks, every
/// pixel mapped to the nearest. A card is flat colour and type, so this
/// looks the same as full colour at a fraction of the bytes and time.
fn encode(rgb: &[u8], w: u32, h: u32) -> Option<Vec<u8>> {
    let (palette, indices) = quantise(rgb);
    let mut out = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Indexed);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_palette(palette.iter().flatten().copied().collect::<Vec<u8>>());
        enc.set_compression(png::Compression::Fast);
        let mut writer = enc.write_header().ok()?;
        writer.write_image_data(&indices).ok()?;
    }
    Some(out)
}

/// The palette of `rgb` (at most 256 colours) and each pixel's index in it.
fn quantise(rgb: &[u8]) -> (Vec<[u8; 3]>, Vec<u8>) {
    // Runs of one colour are the rule on a card: count and map them once.
    let runs = runs(rgb);
    let mut counts: Pixels<usize> = Pixels::default();
    for &(c, n) in &runs {
        *counts.entry(c).or_default() += n;
    }
    let mut by_use: Vec<([u8; 3], usize)> = counts.into_iter().collect();
    by_use.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let mut palette: Vec<[u8; 3]> = Vec::new();
    if by_use.len() <= 256 {
        palette.extend(by_use.iter().map(|(c, _)| *c));
    } else {
        for (ink, _) in by_use.iter().take(INKS) {
            palette.push(*ink);
            for a in BLENDS {
                let mix = |c: u8| ((u16::from(c) * a + 255 * (256 - a)) / 256) as u8;
                let blend = [mix(ink[0]), mix(ink[1]), mix(ink[2])];
                if !palette.contains(&blend) {
                    palette.push(blend);
                }
            }
        }
        palette.truncate(256);
    }
    let mut nearest: Pixels<u8> = Pixels::default();
    let mut indices = Vec::with_capacity(rgb.len() / 3);
    for (c, n) in runs {
        let i = *nearest.entry(c).or_insert_with(|| closest(&palette, c));
        indices.resize(indices.len() + n, i);
    }
    (palette, indices)
}

/// `rgb` as runs of one colour, in order.
fn runs(rgb: &[u8]) -> Vec<([u8; 3], usize)> {
    let mut runs: Vec<([u8; 3], usize)> = Vec::new();
    for px in rgb.chunks_exact(3) {
        let c = [px[0], px[1], px[2]];
        match runs.last_mut() {
            Some((last, n)) if *last == c => *n += 1,
            _ => runs.push((c, 1)),
        }
    }
    runs
}

/// The index of the palette colour nearest `c` (squared RGB distance).
fn closest(palette: &[[u8; 3]], c: [u8; 3]) -> u8 {
    let distance = |p: &[u8; 3]| -> i32 {
        (0..3)
            .map(|i| (i32::from(p[i]) - i32::from(c[i])).pow(2))
            .sum()
    };
    let best = (0..palette.len())
        .min_by_key(|&i| (distance(&palette[i]), i))
        .unwrap_or(0);
    u8::try_from(best).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::{quantise, wrap};

    #[test]
    fn a_card_with_few_colours_keeps_them_exactly_and_many_map_to_the_nearest() {
        let few = [255, 255, 255, 31, 78, 121, 255, 255, 255];
        let (palette, indices) = quantise(&few);
        assert_eq!(palette, vec![[255, 255, 255], [31, 78, 121]]);
        assert_eq!(indices, vec![0, 1, 0]);
        let many: Vec<u8> = (0..300u32)
            .flat_map(|i| [(i % 256) as u8, (i / 2) as u8, 7])
            .chain([255; 3000])
            .collect();
        let (palette, indices) = quantise(&many);
        assert!(palette.len() <= 256);
        assert_eq!(palette[0], [255, 255, 255], "the most used colour first");
        assert_eq!(indices.len(), many.len() / 3);
        assert_eq!(*indices.last().unwrap_or(&1), 0);
    }

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
