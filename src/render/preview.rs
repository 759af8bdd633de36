//! The drawing backend of the PNG link previews: plotters' bitmap backend
//! with a per-thread cache of rasterised text.
//!
//! Previews draw the same labels again and again (axis ticks, quarter names,
//! legends), and plotters outlines and rasterises every glyph of every label
//! each time: a third of a cold build's time went there. The cache keeps the
//! pixels that plotters' own text drawing produces for a label, so a cached
//! label is drawn bit for bit as an uncached one.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// A label as plotters draws it at the origin: its layout box and pixels.
struct Raster {
    layout: ((i32, i32), (i32, i32)),
    pixels: Vec<(i32, i32, BackendColor)>,
}

/// What a label's pixels depend on (its position, anchor and rotation are
/// applied afterwards, as plotters applies them).
#[derive(PartialEq, Eq, Hash)]
struct Key {
    text: String,
    size: u64,
    family: String,
    style: String,
    rgb: (u8, u8, u8),
    alpha: u64,
}

/// Pixels kept per thread (24 bytes each); the cache is emptied when full.
const CAPACITY: usize = 1 << 20;
/// Longer labels (names, titles) rarely repeat and are not kept.
const LONGEST: usize = 24;

#[derive(Default)]
struct Cache {
    rasters: HashMap<Key, Rc<Raster>>,
    pixels: usize,
}

thread_local! {
    static RASTERS: RefCell<Cache> = RefCell::new(Cache::default());
}

/// `B` with cached text drawing; everything else is `B`'s own.
pub(super) struct CachedText<B>(pub B);

impl<B: DrawingBackend> DrawingBackend for CachedText<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.fill_polygon(vert, style)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.0.estimate_text_size(text, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        (iw, ih): (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.0.blit_bitmap(pos, (iw, ih), src)
    }

    /// plotters' own `draw_text`, with the layout and pixels of each label
    /// drawn once per thread.
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let raster = raster(text, style, color)?;
        let ((min_x, min_y), (max_x, max_y)) = raster.layout;
        let (width, height) = (max_x - min_x, max_y - min_y);
        let dx = match style.anchor().h_pos {
            HPos::Left => 0,
            HPos::Right => -width,
            HPos::Center => -width / 2,
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => 0,
            VPos::Center => -height / 2,
            VPos::Bottom => -height,
        };
        let trans = style.transform();
        let (w, h) = self.get_size();
        for &(x, y, c) in &raster.pixels {
            let (x, y) = trans.transform(x + dx - min_x, y + dy - min_y);
            let (x, y) = (pos.0 + x, pos.1 + y);
            if x >= 0
                && x < i32::try_from(w).unwrap_or(i32::MAX)
                && y >= 0
                && y < i32::try_from(h).unwrap_or(i32::MAX)
            {
                self.0.draw_pixel((x, y), c)?;
            }
        }
        Ok(())
    }
}

/// The label's raster, from the cache or drawn by plotters.
fn raster<S: BackendTextStyle, E: std::error::Error + Send + Sync>(
    text: &str,
    style: &S,
    color: BackendColor,
) -> Result<Rc<Raster>, DrawingErrorKind<E>> {
    let key = Key {
        text: text.to_string(),
        size: style.size().to_bits(),
        family: style.family().as_str().to_string(),
        style: style.style().as_str().to_string(),
        rgb: color.rgb,
        alpha: color.alpha.to_bits(),
    };
    if let Some(hit) = RASTERS.with(|c| c.borrow().rasters.get(&key).cloned()) {
        return Ok(hit);
    }
    let font = |e: S::FontError| DrawingErrorKind::FontError(Box::new(e));
    let layout = style.layout_box(text).map_err(font)?;
    let mut pixels = Vec::new();
    style
        .draw(text, (0, 0), |x, y, c| {
            pixels.push((x, y, c));
            Ok::<(), std::convert::Infallible>(())
        })
        .map_err(font)?
        .unwrap_or_else(|never| match never {});
    let raster = Rc::new(Raster { layout, pixels });
    if text.chars().count() <= LONGEST {
        RASTERS.with(|c| {
            let mut cache = c.borrow_mut();
            if cache.pixels + raster.pixels.len() > CAPACITY {
                *cache = Cache::default();
            }
            cache.pixels += raster.pixels.len();
            cache.rasters.insert(key, Rc::clone(&raster));
        });
    }
    Ok(raster)
}

#[cfg(test)]
mod tests {
    use super::*;
    use plotters::prelude::*;

    fn draw(cached: bool) -> Vec<u8> {
        super::super::charts::ensure_font();
        let mut buf = vec![255u8; 200 * 60 * 3];
        {
            let backend = BitMapBackend::with_buffer(&mut buf, (200, 60));
            let style = ("sans-serif", 14)
                .into_font()
                .color(&RGBColor(0x2f, 0x6f, 0x9f));
            let rotated = ("sans-serif", 12)
                .into_font()
                .transform(FontTransform::Rotate270)
                .color(&BLACK);
            if cached {
                let root = CachedText(backend).into_drawing_area();
                for _ in 0..2 {
                    root.draw_text("TW III 98,5 %", &style, (5, 5))
                        .expect("draw");
                    root.draw_text("Capaian", &rotated, (180, 55))
                        .expect("draw");
                }
            } else {
                let root = backend.into_drawing_area();
                for _ in 0..2 {
                    root.draw_text("TW III 98,5 %", &style, (5, 5))
                        .expect("draw");
                    root.draw_text("Capaian", &rotated, (180, 55))
                        .expect("draw");
                }
            }
        }
        buf
    }

    #[test]
    fn cached_text_is_drawn_bit_for_bit_as_plotters_draws_it() {
        let plain = draw(false);
        assert!(plain.iter().any(|&b| b != 255), "something was drawn");
        assert_eq!(draw(true), plain);
    }
}
