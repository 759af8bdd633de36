//! Numbers, money and dates as readers expect them: `1.234,5`, `93,75 %`,
//! `Rp 8.580.487.155`, `Rp 8,58 miliar`, `14 Juli 2026` in Indonesian; the
//! English equivalents when the site is built in English.

use crate::model::{Date, Value};

pub use crate::lang::Lang;

/// Groups the digits of a non-negative integer string with `sep`.
fn group(digits: &str, sep: char) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// A number with at most `decimals` decimals, trailing zeros dropped:
/// `1.234,5`, `100`, `87,5`, `107,14`.
pub fn number(value: f64, decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return "–".to_string();
    }
    let (dec, thousands) = lang.separators();
    let text = format!("{:.*}", decimals, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let negative = value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0');
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    out.push_str(&group(int, thousands));
    if !frac.is_empty() {
        out.push(dec);
        out.push_str(frac);
    }
    out
}

/// A percentage with two decimals at most: `93,75 %` (with a no-break space).
pub fn percent(value: f64, lang: Lang) -> String {
    format!("{}\u{a0}%", number(value, 2, lang))
}

/// Whole rupiah with thousands separators: `Rp 8.580.487.155`.
pub fn rupiah(amount: i64, lang: Lang) -> String {
    let (_, thousands) = lang.separators();
    let digits = amount.unsigned_abs().to_string();
    let sign = if amount < 0 { "-" } else { "" };
    format!("Rp\u{a0}{sign}{}", group(&digits, thousands))
}

/// Rupiah in words for summaries: `Rp 8,58 miliar`, `Rp 950 juta`.
pub fn rupiah_short(amount: i64, lang: Lang) -> String {
    // Precision beyond 2^53 rupiah is irrelevant for a summary.
    #[allow(clippy::cast_precision_loss)]
    let a = amount as f64;
    let units: [(f64, &str, &str); 3] = [
        (1e12, "triliun", "trillion"),
        (1e9, "miliar", "billion"),
        (1e6, "juta", "million"),
    ];
    for (size, id, en) in units {
        if a.abs() >= size {
            let word = if lang == Lang::Id { id } else { en };
            return format!("Rp\u{a0}{}\u{a0}{word}", number(a / size, 2, lang));
        }
    }
    rupiah(amount, lang)
}

const MONTHS_ID: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A date in words: `14 Juli 2026`.
pub fn date(d: Date, lang: Lang) -> String {
    let months = if lang == Lang::Id {
        &MONTHS_ID
    } else {
        &MONTHS_EN
    };
    let month = months
        .get(usize::try_from(d.month).unwrap_or(1).saturating_sub(1))
        .copied()
        .unwrap_or("");
    format!("{} {month} {}", d.day, d.year)
}

/// Roman numeral of a quarter: `II`.
pub fn roman(quarter: u8) -> &'static str {
    match quarter {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        _ => "?",
    }
}

/// A number with the decimals it was given (up to 6): `0,3121`, `1.296,64`.
/// Figures are shown as precise as the source, so a reader can recompute.
pub fn given(value: f64, lang: Lang) -> String {
    let text = format!("{value}");
    let decimals = text.split_once('.').map_or(0, |(_, f)| {
        f.trim_end_matches(|c: char| !c.is_ascii_digit()).len()
    });
    number(value, decimals.clamp(2, 6), lang)
}

/// A target or realisation as written for readers: `95`, `80–90`, `BB`.
pub fn value(v: &Value, lang: Lang) -> String {
    match v {
        Value::Number(n) => given(*n, lang),
        Value::Range { low, high } => {
            format!("{}–{}", given(*low, lang), given(*high, lang))
        }
        Value::Grade(g) => g.label.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_numbers() {
        assert_eq!(number(1234.5, 2, Lang::Id), "1.234,5");
        assert_eq!(number(100.0, 2, Lang::Id), "100");
        assert_eq!(number(87.5, 2, Lang::Id), "87,5");
        assert_eq!(number(107.142_857, 2, Lang::Id), "107,14");
        assert_eq!(number(1_234_567.0, 2, Lang::Id), "1.234.567");
        assert_eq!(number(-0.001, 2, Lang::Id), "0");
        assert_eq!(number(-12.5, 2, Lang::Id), "-12,5");
        assert_eq!(number(f64::NAN, 2, Lang::Id), "–");
        assert_eq!(number(1234.5, 2, Lang::En), "1,234.5");
    }

    #[test]
    fn figures_keep_the_precision_given() {
        assert_eq!(value(&Value::Number(0.3121), Lang::Id), "0,3121");
        assert_eq!(value(&Value::Number(91.5), Lang::Id), "91,5");
        assert_eq!(value(&Value::Number(1296.64), Lang::Id), "1.296,64");
        assert_eq!(value(&Value::Number(100.0), Lang::Id), "100");
    }

    #[test]
    fn money_and_dates() {
        assert_eq!(rupiah(8_580_487_155, Lang::Id), "Rp\u{a0}8.580.487.155");
        assert_eq!(
            rupiah_short(8_580_487_155, Lang::Id),
            "Rp\u{a0}8,58\u{a0}miliar"
        );
        assert_eq!(rupiah_short(950_000_000, Lang::Id), "Rp\u{a0}950\u{a0}juta");
        assert_eq!(percent(93.75, Lang::Id), "93,75\u{a0}%");
        assert_eq!(
            date(
                Date {
                    year: 2026,
                    month: 7,
                    day: 14
                },
                Lang::Id
            ),
            "14 Juli 2026"
        );
    }
}
