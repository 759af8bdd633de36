//! Reading figures: numbers, ranges, grades and "not yet measured".

use super::span;
use crate::diag::{Diagnostic, Diagnostics, closest};
use crate::load::raw::{RawValue, Spanned};
use crate::model::{GradeScale, Observation, Value, ValueKind};
use std::path::Path;

/// Words people write for "not yet measured" (compared case-insensitively).
pub const NOT_MEASURED: &[&str] = &[
    "-",
    "–",
    "n/a",
    "na",
    "belum diukur",
    "belum tersedia",
    "proses penilaian",
];

/// The largest magnitude of a figure: far above any measured value, and
/// far enough below the limits of `f64` that sums, roll-ups and
/// percentages of figures stay finite.
pub(super) const MAX_FIGURE: f64 = 1e15;

/// A number written by a person: `93.75` or `93,75`.
fn number(text: &str) -> Option<f64> {
    let t = text.trim();
    if t.is_empty() || t.chars().filter(|c| *c == ',' || *c == '.').count() > 1 {
        return None;
    }
    t.replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && n.abs() <= MAX_FIGURE)
}

/// The number in `95%` or `93,75 %`, written with a percent sign.
fn with_percent_sign(text: &str) -> Option<f64> {
    number(text.trim().strip_suffix('%')?.trim_end())
}

/// The message for a figure written with a percent sign.
fn percent_sign(text: &str, n: f64) -> (String, String) {
    (
        format!("`{text}` has a percent sign"),
        format!(
            "write the number alone, `{n}`: the indicator's unit of measure (`measure: \"%\"`) already says it is a percentage"
        ),
    )
}

/// `80-90`, `80–90`, `80 s.d. 90`, `80 s/d 90`.
fn range(text: &str) -> Option<(f64, f64)> {
    for sep in [" s.d. ", " s/d ", " sd ", "–", "—", " - ", "-"] {
        if let Some((a, b)) = text.split_once(sep)
            && let (Some(a), Some(b)) = (number(a), number(b))
        {
            return Some((a, b));
        }
    }
    None
}

/// Context for reading the figures of one indicator.
pub(super) struct Reader<'a> {
    pub file: &'a Path,
    pub scales: &'a [GradeScale],
}

impl Reader<'_> {
    fn error(
        &self,
        diags: &mut Diagnostics,
        at: &Spanned<RawValue>,
        message: String,
        help: String,
    ) {
        diags.push(Diagnostic::error(self.file, span(at), message).with_help(help));
    }

    /// Reads an annual target, deciding the indicator's kind: a number, a range
    /// or a grade (of `scale`, or of the only scale that has it).
    pub(super) fn target(
        &self,
        raw: &Spanned<RawValue>,
        scale: Option<&Spanned<String>>,
        diags: &mut Diagnostics,
    ) -> Option<Value> {
        let scale = match scale {
            Some(s) => match self.scales.iter().find(|x| x.id == s.value) {
                Some(found) => Some(found),
                None => {
                    let d = Diagnostic::error(
                        self.file,
                        span(s),
                        format!("unknown grade scale `{}`", s.value),
                    );
                    let names: Vec<&str> = self.scales.iter().map(|x| x.id.as_str()).collect();
                    diags.push(match closest(&s.value, names.iter().copied()) {
                        Some(best) => d.with_help(format!("did you mean `{best}`?")),
                        None => d.with_help(format!(
                            "scales defined in site.yaml: {}",
                            names.join(", ")
                        )),
                    });
                    return None;
                }
            },
            None => None,
        };
        match &raw.value {
            RawValue::Number(n) => self.finite(*n, raw, diags).map(Value::Number),
            RawValue::Range { min, max } => self.range(*min, *max, raw, diags),
            RawValue::Null => {
                self.error(
                    diags,
                    raw,
                    "the target is empty".into(),
                    "every indicator needs an annual target".into(),
                );
                None
            }
            RawValue::Text(text) => {
                let t = text.trim();
                if let Some(n) = number(t) {
                    self.error(
                        diags,
                        raw,
                        format!("`{t}` is written as text"),
                        format!("write the number without quotes and with a decimal point: `{n}`"),
                    );
                    return None;
                }
                if let Some((a, b)) = range(t) {
                    return self.range(a, b, raw, diags);
                }
                let candidates: Vec<&GradeScale> = match scale {
                    Some(s) => vec![s],
                    None => self
                        .scales
                        .iter()
                        .filter(|s| s.grade(t).is_some())
                        .collect(),
                };
                match candidates.as_slice() {
                    [one] => match one.grade(t) {
                        Some(g) => Some(Value::Grade(g)),
                        None => {
                            self.error(
                                diags,
                                raw,
                                format!("`{t}` is not a grade of scale `{}`", one.id),
                                format!("grades of `{}` are {}", one.id, one.grades.join(", ")),
                            );
                            None
                        }
                    },
                    [] => {
                        let (message, help) = match with_percent_sign(t) {
                            Some(n) => percent_sign(t, n),
                            None => (
                                format!("`{t}` is not a number, a range or a known grade"),
                                "write a number (`93.75`), a range (`80-90`) or a grade from a scale in site.yaml (`BB`)".into(),
                            ),
                        };
                        self.error(diags, raw, message, help);
                        None
                    }
                    many => {
                        let ids: Vec<&str> = many.iter().map(|s| s.id.as_str()).collect();
                        self.error(
                            diags,
                            raw,
                            format!("grade `{t}` is on more than one scale"),
                            format!("add `scale:` with one of {}", ids.join(", ")),
                        );
                        None
                    }
                }
            }
        }
    }

    /// Reads a quarterly target of an indicator of `kind`.
    pub(super) fn quarter_target(
        &self,
        raw: &Spanned<RawValue>,
        kind: &ValueKind,
        diags: &mut Diagnostics,
    ) -> Option<Option<Value>> {
        if raw.value == RawValue::Null {
            return Some(None);
        }
        match (kind, &raw.value) {
            (ValueKind::Numeric, RawValue::Number(n)) => {
                self.finite(*n, raw, diags).map(|n| Some(Value::Number(n)))
            }
            (ValueKind::Numeric, RawValue::Range { min, max }) => {
                self.range(*min, *max, raw, diags).map(Some)
            }
            (ValueKind::Numeric, RawValue::Text(t)) if range(t.trim()).is_some() => {
                let (a, b) = range(t.trim())?;
                self.range(a, b, raw, diags).map(Some)
            }
            _ => self
                .observation(raw, kind, diags)
                .map(|o| o.value().cloned()),
        }
    }

    /// Reads a realisation of an indicator of `kind`.
    pub(super) fn observation(
        &self,
        raw: &Spanned<RawValue>,
        kind: &ValueKind,
        diags: &mut Diagnostics,
    ) -> Option<Observation> {
        match (&raw.value, kind) {
            (RawValue::Null, _) => Some(Observation::NotYetMeasured),
            (RawValue::Text(t), _) if NOT_MEASURED.contains(&t.trim().to_lowercase().as_str()) => {
                Some(Observation::NotYetMeasured)
            }
            (RawValue::Number(n), ValueKind::Numeric) => self
                .finite(*n, raw, diags)
                .map(|n| Observation::Measured(Value::Number(n))),
            (RawValue::Text(t), ValueKind::Numeric) => {
                let t = t.trim();
                let (message, help) = match (with_percent_sign(t), number(t)) {
                    (Some(n), _) => percent_sign(t, n),
                    (None, Some(n)) => (
                        format!("`{t}` is not a number"),
                        format!("write the number without quotes and with a decimal point: `{n}`"),
                    ),
                    (None, None) => (
                        format!("`{t}` is not a number"),
                        "this indicator is measured in numbers; write a number, or `null` if not yet measured".into(),
                    ),
                };
                self.error(diags, raw, message, help);
                None
            }
            (RawValue::Range { .. }, _) => {
                self.error(
                    diags,
                    raw,
                    "a realisation is one figure, not a range".into(),
                    "write the figure reached".into(),
                );
                None
            }
            (RawValue::Number(n), ValueKind::Grade(scale)) => {
                let grades = self.grades_of(scale);
                self.error(
                    diags,
                    raw,
                    format!("{n} is a number, but this indicator is graded on scale `{scale}`"),
                    format!("write one of {grades}"),
                );
                None
            }
            (RawValue::Text(t), ValueKind::Grade(scale)) => {
                let t = t.trim();
                match self
                    .scales
                    .iter()
                    .find(|s| &s.id == scale)
                    .and_then(|s| s.grade(t))
                {
                    Some(g) => Some(Observation::Measured(Value::Grade(g))),
                    None => {
                        let grades = self.grades_of(scale);
                        self.error(
                            diags,
                            raw,
                            format!("`{t}` is not a grade of scale `{scale}`"),
                            format!("write one of {grades}"),
                        );
                        None
                    }
                }
            }
        }
    }

    fn grades_of(&self, scale: &str) -> String {
        self.scales
            .iter()
            .find(|s| s.id == scale)
            .map(|s| s.grades.join(", "))
            .unwrap_or_default()
    }

    fn finite(&self, n: f64, raw: &Spanned<RawValue>, diags: &mut Diagnostics) -> Option<f64> {
        if n.is_finite() && n.abs() <= MAX_FIGURE {
            Some(n)
        } else {
            self.error(
                diags,
                raw,
                if n.is_finite() {
                    format!("the figure {n:e} is too large to be a measured value")
                } else {
                    "the figure is not a finite number".into()
                },
                "write the figure as an ordinary number, at most 1000000000000000 (10^15) either way"
                    .into(),
            );
            None
        }
    }

    fn range(
        &self,
        low: f64,
        high: f64,
        raw: &Spanned<RawValue>,
        diags: &mut Diagnostics,
    ) -> Option<Value> {
        let low = self.finite(low, raw, diags)?;
        let high = self.finite(high, raw, diags)?;
        if low > high {
            self.error(
                diags,
                raw,
                format!("the range goes from {low} down to {high}"),
                format!("write the lower end first: `{high}-{low}`"),
            );
            return None;
        }
        Some(Value::Range { low, high })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_ranges_people_type() {
        assert_eq!(range("80-90"), Some((80.0, 90.0)));
        assert_eq!(range("80 – 90"), Some((80.0, 90.0)));
        assert_eq!(range("7,5 s.d. 8,5"), Some((7.5, 8.5)));
        assert_eq!(range("BB"), None);
        assert_eq!(number("93,75"), Some(93.75));
        assert_eq!(number("1.234,5"), None);
    }
}
