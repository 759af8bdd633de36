//! Drawing with plotters, the same for SVG and PNG: category charts (bars
//! with a target line, trends), horizontal bars, and the legend.

use super::*;

/// The chart area shared by the category charts (bars, trends): one segment
/// per label along x, values from 0 to `top` along y, with the axes drawn.
pub(super) type CategoryChart<'a, DB> = ChartContext<
    'a,
    DB,
    Cartesian2d<
        plotters::coord::ranged1d::SegmentedCoord<plotters::coord::types::RangedCoordu32>,
        plotters::coord::types::RangedCoordf64,
    >,
>;

pub(super) fn category_chart<'a, DB: DrawingBackend<ErrorType: 'static>>(
    root: &'a DrawingArea<DB, Shift>,
    labels: &[String],
    top: f64,
    lang: Lang,
) -> DrawResult<CategoryChart<'a, DB>> {
    let n = u32::try_from(labels.len()).unwrap_or(0).max(1);
    // `0..n - 1` makes one segment per label; with one label that range
    // is empty and every bar would be drawn with no width (less its
    // margins: a negative width). One label gets a second, empty segment.
    let last = if n == 1 { 1 } else { n - 1 };
    let mut chart = ChartBuilder::on(root)
        .margin(12)
        .margin_top(34)
        .x_label_area_size(32)
        .y_label_area_size(64)
        .build_cartesian_2d((0u32..last).into_segmented(), 0f64..top)?;
    let y_fmt = |v: &f64| number(*v, 2, lang);
    let x_fmt = |v: &SegmentValue<u32>| match v {
        SegmentValue::CenterOf(i) => labels.get(*i as usize).cloned().unwrap_or_default(),
        _ => String::new(),
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .y_labels(5)
        .label_style(text_style(TEXT_SIZE))
        .axis_style(TEXT)
        .x_label_formatter(&x_fmt)
        .y_label_formatter(&y_fmt)
        .draw()?;
    Ok(chart)
}

pub(super) fn draw_bars<DB: DrawingBackend<ErrorType: 'static>>(
    root: &DrawingArea<DB, Shift>,
    spec: &Bars,
    lang: Lang,
) -> DrawResult<()> {
    root.fill(&WHITE)?;
    let line_values = spec
        .line
        .as_ref()
        .map(|(v, _)| v.clone())
        .unwrap_or_default();
    let top = max_of(
        spec.bars
            .iter()
            .chain(line_values.iter())
            .flatten()
            .copied()
            .chain(spec.reference),
        0.0,
    );
    let mut chart = category_chart(root, &spec.labels, top, lang)?;

    let bar_data: Vec<(u32, f64)> = spec
        .bars
        .iter()
        .enumerate()
        .filter_map(|(i, v)| v.map(|v| (u32::try_from(i).unwrap_or(0), v.max(0.0))))
        .collect();
    // Bars are drawn one by one: plotters' Histogram groups them in a hash
    // map whose order changes from run to run, and output must not.
    chart.draw_series(bar_data.iter().map(|(i, v)| {
        let mut bar = Rectangle::new(
            [
                (SegmentValue::Exact(*i), 0.0),
                (SegmentValue::Exact(*i + 1), *v),
            ],
            BAR.filled(),
        );
        bar.set_margin(0, 0, 14, 14);
        bar
    }))?;

    for (i, v) in &bar_data {
        let label = format!("{}{}", number(*v, 2, lang), spec.unit);
        chart.draw_series(std::iter::once(Text::new(
            label,
            (SegmentValue::CenterOf(*i), *v),
            text_style(TEXT_SIZE).pos(Pos::new(HPos::Center, VPos::Bottom)),
        )))?;
    }
    for (i, note) in spec.notes.iter().enumerate() {
        if let (Some(note), None) = (note, spec.bars.get(i).copied().flatten()) {
            // Written upward from the axis, so a long word ("Belum
            // dilaksanakan") stays inside its narrow column.
            chart.draw_series(std::iter::once(
                EmptyElement::at((SegmentValue::CenterOf(u32::try_from(i).unwrap_or(0)), 0.0))
                    + Text::new(
                        note.clone(),
                        (0, -6),
                        text_style(TEXT_SIZE)
                            .transform(FontTransform::Rotate270)
                            .pos(Pos::new(HPos::Left, VPos::Center)),
                    ),
            ))?;
        }
    }
    if let Some(r) = spec.reference {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(SegmentValue::Exact(0), r), (SegmentValue::Last, r)],
            TEXT.stroke_width(1),
        )))?;
    }
    if let Some((values, _)) = &spec.line {
        let points: Vec<(SegmentValue<u32>, f64)> = values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                v.map(|v| (SegmentValue::CenterOf(u32::try_from(i).unwrap_or(0)), v))
            })
            .collect();
        chart.draw_series(DashedLineSeries::new(
            points.clone(),
            6,
            4,
            TARGET.stroke_width(2),
        ))?;
        chart.draw_series(
            points
                .iter()
                .map(|p| TriangleMarker::new(p.clone(), 6, TARGET.filled())),
        )?;
    }
    let mut legend = vec![Legend::Bar(&spec.bar_name)];
    if let Some((_, name)) = &spec.line {
        legend.push(Legend::Dashed(name));
    }
    if let Some(name) = &spec.reference_name {
        legend.push(Legend::Reference(name));
    }
    draw_legend(root, &legend)?;
    Ok(())
}

/// A legend entry, drawn above the plot so it never covers the data.
pub(super) enum Legend<'a> {
    /// A filled bar swatch.
    Bar(&'a str),
    /// A dashed line with a triangle marker.
    Dashed(&'a str),
    /// A solid line with a circle marker.
    Solid(&'a str),
    /// A thin solid line: the reference (a baseline).
    Reference(&'a str),
}

pub(super) fn draw_legend<DB: DrawingBackend<ErrorType: 'static>>(
    root: &DrawingArea<DB, Shift>,
    entries: &[Legend<'_>],
) -> DrawResult<()> {
    let mut x = 12i32;
    let y = 16i32;
    for e in entries {
        let name = match e {
            Legend::Bar(n) | Legend::Dashed(n) | Legend::Solid(n) | Legend::Reference(n) => *n,
        };
        match e {
            Legend::Bar(_) => {
                root.draw(&Rectangle::new([(x, y - 6), (x + 16, y + 6)], BAR.filled()))?
            }
            Legend::Dashed(_) => {
                root.draw(&PathElement::new(
                    vec![(x, y), (x + 5, y)],
                    TARGET.stroke_width(2),
                ))?;
                root.draw(&PathElement::new(
                    vec![(x + 11, y), (x + 16, y)],
                    TARGET.stroke_width(2),
                ))?;
                root.draw(&TriangleMarker::new((x + 8, y), 5, TARGET.filled()))?;
            }
            Legend::Reference(_) => {
                root.draw(&PathElement::new(
                    vec![(x, y), (x + 16, y)],
                    TEXT.stroke_width(2),
                ))?;
            }
            Legend::Solid(_) => {
                root.draw(&PathElement::new(
                    vec![(x, y), (x + 16, y)],
                    BAR.stroke_width(3),
                ))?;
                root.draw(&Circle::new((x + 8, y), 4, BAR.filled()))?;
            }
        }
        let style = text_style(TEXT_SIZE);
        root.draw(&Text::new(
            name.to_string(),
            (x + 22, y),
            style.pos(Pos::new(HPos::Left, VPos::Center)),
        ))?;
        let width = root
            .estimate_text_size(name, &style)
            .map_or(80, |(w, _)| i32::try_from(w).unwrap_or(80));
        x += 22 + width + 24;
    }
    Ok(())
}

pub(super) fn parse_colour(hex: &str) -> RGBColor {
    let h = hex.trim_start_matches('#');
    let full: String = if h.len() == 3 {
        h.chars().flat_map(|c| [c, c]).collect()
    } else {
        h.to_string()
    };
    let byte = |i: usize| {
        full.get(i..i + 2)
            .and_then(|s| u8::from_str_radix(s, 16).ok())
            .unwrap_or(0x60)
    };
    RGBColor(byte(0), byte(2), byte(4))
}

pub(super) fn draw_horizontal<DB: DrawingBackend<ErrorType: 'static>>(
    root: &DrawingArea<DB, Shift>,
    items: &[Item],
    reference: Option<f64>,
    lang: Lang,
) -> DrawResult<()> {
    root.fill(&WHITE)?;
    let n = items.len().max(1);
    // Values are written above their bars, with the label, so the bars may
    // use the whole width.
    let top = max_of(items.iter().filter_map(|i| i.value).chain(reference), 0.0);
    #[allow(clippy::cast_precision_loss)]
    let rows = n as f64;
    let mut chart = ChartBuilder::on(root)
        .margin(12)
        .x_label_area_size(24)
        .y_label_area_size(0)
        .build_cartesian_2d(0f64..top, 0f64..rows)?;
    let x_fmt = |v: &f64| number(*v, 0, lang);
    chart
        .configure_mesh()
        .disable_y_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_labels(5)
        .label_style(text_style(TEXT_SIZE))
        .axis_style(TEXT)
        .x_label_formatter(&x_fmt)
        .draw()?;
    // Under the labels, so it never crosses their words.
    if let Some(r) = reference {
        chart.draw_series(std::iter::once(PathElement::new(
            vec![(r, 0.0), (r, rows)],
            TEXT.stroke_width(1),
        )))?;
    }
    let line_count = row_lines(items);
    let row_px = f64::from(row_height(line_count));
    for (i, item) in items.iter().enumerate() {
        #[allow(clippy::cast_precision_loss)]
        let y = rows - 1.0 - i as f64;
        // The label wrapped to the width, then the value on its own line,
        // then the bar: nothing runs past the edge on a phone.
        let lines = item_lines(item, lang);
        for (k, line) in lines.iter().enumerate() {
            let dy = 2 + 20 * i32::try_from(k).unwrap_or(0);
            chart.draw_series(std::iter::once(
                EmptyElement::at((0.0, y + 1.0))
                    + Text::new(
                        line.clone(),
                        (0, dy),
                        text_style(TEXT_SIZE).pos(Pos::new(HPos::Left, VPos::Top)),
                    ),
            ))?;
        }
        if let Some(v) = item.value {
            // Right under its text.
            #[allow(clippy::cast_precision_loss)]
            let top = (4 + 20 * lines.len()) as f64;
            chart.draw_series(std::iter::once(Rectangle::new(
                [
                    (0.0, y + 1.0 - (top + 16.0) / row_px),
                    (v.max(0.0), y + 1.0 - top / row_px),
                ],
                parse_colour(&item.colour).filled(),
            )))?;
        }
    }
    Ok(())
}

pub(super) fn draw_trend<DB: DrawingBackend<ErrorType: 'static>>(
    root: &DrawingArea<DB, Shift>,
    labels: &[String],
    target: &[Option<f64>],
    realised: &[Option<f64>],
    names: (&str, &str),
    lang: Lang,
) -> DrawResult<()> {
    root.fill(&WHITE)?;
    let top = max_of(target.iter().chain(realised).flatten().copied(), 0.0);
    let mut chart = category_chart(root, labels, top, lang)?;
    let points = |values: &[Option<f64>]| -> Vec<(SegmentValue<u32>, f64)> {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| {
                v.map(|v| (SegmentValue::CenterOf(u32::try_from(i).unwrap_or(0)), v))
            })
            .collect()
    };
    let real = points(realised);
    let targ = points(target);
    chart.draw_series(LineSeries::new(real.clone(), BAR.stroke_width(3)))?;
    chart.draw_series(real.iter().map(|p| Circle::new(p.clone(), 5, BAR.filled())))?;
    for (p, v) in real.iter().zip(realised.iter().flatten()) {
        chart.draw_series(std::iter::once(Text::new(
            number(*v, 2, lang),
            (p.0.clone(), p.1),
            text_style(TEXT_SIZE).pos(Pos::new(HPos::Center, VPos::Bottom)),
        )))?;
    }
    chart.draw_series(DashedLineSeries::new(
        targ.clone(),
        6,
        4,
        TARGET.stroke_width(2),
    ))?;
    chart.draw_series(
        targ.iter()
            .map(|p| TriangleMarker::new(p.clone(), 6, TARGET.filled())),
    )?;
    draw_legend(root, &[Legend::Solid(names.1), Legend::Dashed(names.0)])?;
    Ok(())
}

/// Characters of a label line that fit the chart's width at its text size.
const LINE_CHARS: usize = 40;

/// The text lines of a horizontal bar: its label wrapped at word breaks,
/// then its value and note.
pub(super) fn item_lines(item: &Item, lang: Lang) -> Vec<String> {
    let value = match item.value {
        Some(v) => format!("{}\u{a0}% {}", number(v, 2, lang), item.note),
        None if item.note.is_empty() => "–".to_string(),
        None => item.note.clone(),
    };
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in item.label.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > LINE_CHARS {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.push(value.trim_end().to_string());
    lines
}

/// The most text lines any bar of `items` has.
pub(super) fn row_lines(items: &[Item]) -> usize {
    items
        .iter()
        .map(|i| item_lines(i, Lang::Id).len())
        .max()
        .unwrap_or(1)
}

/// Height in pixels of one bar's row with `lines` lines of text.
pub(super) fn row_height(lines: usize) -> u32 {
    20 * u32::try_from(lines).unwrap_or(4) + 26
}
