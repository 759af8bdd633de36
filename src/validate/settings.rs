//! `site.yaml` → [`Settings`], with the defaults from DOMAIN.md.

use super::span;
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::Loaded;
use crate::load::raw::RawSettings;
use crate::model::{
    Category, Date, Deadlines, Edition, Evaluation, GradeScale, NegativeFormula, Predicate,
    Settings,
};

/// The largest document file accepted unless `max_document_mb` says otherwise.
pub(crate) const DEFAULT_MAX_DOCUMENT_MB: f64 = 20.0;

/// The default five achievement bands (lower bound inclusive), highest first.
pub(crate) fn default_categories() -> Vec<Category> {
    [
        (91.0, "Sangat Tinggi", "#1a7f37"),
        (76.0, "Tinggi", "#2f6f9f"),
        (66.0, "Sedang", "#8a6100"),
        (51.0, "Rendah", "#b35900"),
        (0.0, "Sangat Rendah", "#b42318"),
    ]
    .into_iter()
    .map(|(min, label, colour)| Category {
        min,
        label: label.into(),
        colour: colour.into(),
    })
    .collect()
}

/// The default grade scales: SAKIP letters and the BPK audit opinion.
pub(crate) fn default_grade_scales() -> Vec<GradeScale> {
    vec![
        GradeScale {
            id: "sakip".into(),
            name: "Predikat SAKIP".into(),
            grades: ["D", "C", "CC", "B", "BB", "A", "AA"]
                .map(String::from)
                .to_vec(),
        },
        GradeScale {
            id: "opini-bpk".into(),
            name: "Opini BPK".into(),
            grades: ["TMP", "TW", "WDP", "WTP"].map(String::from).to_vec(),
        },
    ]
}

/// The SAKIP predicate bands (PermenPAN-RB 88/2021), highest first.
pub(crate) fn default_predicates() -> Vec<Predicate> {
    [
        ("AA", 90.0, "Sangat Memuaskan"),
        ("A", 80.0, "Memuaskan"),
        ("BB", 70.0, "Sangat Baik"),
        ("B", 60.0, "Baik"),
        ("CC", 50.0, "Cukup"),
        ("C", 30.0, "Kurang"),
        ("D", 0.0, "Sangat Kurang"),
    ]
    .into_iter()
    .map(|(grade, above, label)| Predicate {
        grade: grade.into(),
        above,
        label: label.into(),
    })
    .collect()
}

/// The predicate a SAKIP score earns: the highest band whose bound the score is
/// above; the lowest band includes its bound.
pub(crate) fn predicate_for(predicates: &[Predicate], score: f64) -> Option<&Predicate> {
    predicates
        .iter()
        .find(|p| score > p.above)
        .or_else(|| predicates.last().filter(|p| score >= p.above))
}

fn is_colour(c: &str) -> bool {
    let hex = c.strip_prefix('#').unwrap_or("");
    (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|b| b.is_ascii_hexdigit())
}

fn fallback() -> Settings {
    Settings {
        institution: String::new(),
        region: String::new(),
        province: None,
        base_url: "/".into(),
        language: "id".into(),
        example_data: false,
        negative_formula: NegativeFormula::Linear,
        categories: default_categories(),
        exceeded_label: "Melampaui Target".into(),
        grade_scales: default_grade_scales(),
        predicates: default_predicates(),
        evaluations: vec![],
        licence: None,
        theme: None,
        achievement_ceiling: 150.0,
        edition: None,
        deadlines: Deadlines::default(),
        max_document_bytes: (DEFAULT_MAX_DOCUMENT_MB * 1024.0 * 1024.0) as u64,
    }
}

/// Validates `site.yaml`. Without one, returns defaults (the missing file is
/// already reported by the loader).
pub(crate) fn validate(raw: Option<&Loaded<RawSettings>>, diags: &mut Diagnostics) -> Settings {
    let Some(loaded) = raw else {
        return fallback();
    };
    let file = &loaded.file;
    let r = &loaded.data;
    let mut s = fallback();

    for (field, value) in [("institution", &r.institution), ("region", &r.region)] {
        if value.value.trim().is_empty() {
            diags.push(
                Diagnostic::error(file, span(value), format!("`{field}` is empty"))
                    .with_help("it is shown on every page"),
            );
        }
    }
    s.institution = r.institution.value.trim().to_string();
    s.region = r.region.value.trim().to_string();
    s.province = r.province.clone();

    let url = r.base_url.value.trim();
    let ok_scheme =
        url.starts_with("https://") || url.starts_with("http://") || url.starts_with('/');
    if !ok_scheme
        || url.chars().any(|c| {
            c.is_whitespace()
                || c.is_control()
                || matches!(
                    c,
                    '"' | '\'' | '<' | '>' | '`' | '\\' | '{' | '}' | '|' | '^'
                )
        })
    {
        diags.push(
            Diagnostic::error(file, span(&r.base_url), format!("`{url}` is not a web address"))
                .with_help("write the public address of the site, such as `https://sakip.example.go.id/` or `https://example.go.id/sakip/`"),
        );
    } else {
        s.base_url = if url.ends_with('/') {
            url.to_string()
        } else {
            format!("{url}/")
        };
    }

    if let Some(lang) = &r.language {
        match lang.value.as_str() {
            "id" | "en" => s.language = lang.value.clone(),
            other => diags.push(
                Diagnostic::error(
                    file,
                    span(lang),
                    format!("language `{other}` is not available"),
                )
                .with_help("use `id` (Bahasa Indonesia) or `en` (English)"),
            ),
        }
    }
    s.example_data = r.example_data;
    s.negative_formula = r.negative_formula;
    if let Some(label) = &r.exceeded_label {
        s.exceeded_label = label.clone();
    }
    s.licence = r.licence.clone();
    if let Some(c) = &r.achievement_ceiling {
        if c.value.is_finite() && c.value >= 100.0 {
            s.achievement_ceiling = c.value;
        } else {
            diags.push(
                Diagnostic::error(file, span(c), format!("`achievement_ceiling` is {}, below 100", c.value))
                    .with_help("write the achievement (%) above which a figure is flagged for checking, such as `150`"),
            );
        }
    }
    if let Some(theme) = &r.theme {
        let t = theme.value.trim();
        let escapes = std::path::Path::new(t)
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)));
        if t.is_empty() || escapes {
            diags.push(
                Diagnostic::error(file, span(theme), format!("theme folder `{t}` must be a folder inside the content folder"))
                    .with_help("write a relative path such as `theme-kabupaten`; use `kinerja build --theme DIR` for a folder elsewhere"),
            );
        } else {
            s.theme = Some(t.to_string());
        }
    }

    if let Some(cats) = &r.categories {
        let mut out = Vec::new();
        let mut previous: Option<f64> = None;
        for c in &cats.value {
            if !is_colour(&c.colour.value) {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&c.colour),
                        format!("`{}` is not a colour", c.colour.value),
                    )
                    .with_help("write a hex colour such as `#1a7f37`"),
                );
            }
            if !c.min.value.is_finite() {
                diags.push(Diagnostic::error(
                    file,
                    span(&c.min),
                    "the lower bound must be a number",
                ));
            }
            if previous.is_some_and(|p| c.min.value >= p) {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&c.min),
                        "categories must go from the highest lower bound to the lowest",
                    )
                    .with_help("list the best category first, each `min` below the one before"),
                );
            }
            previous = Some(c.min.value);
            out.push(Category {
                min: c.min.value,
                label: c.label.clone(),
                colour: c.colour.value.clone(),
            });
        }
        if out.is_empty() {
            diags.push(
                Diagnostic::error(file, span(cats), "at least one category is needed")
                    .with_help("remove `categories` to use the default five bands"),
            );
        } else {
            s.categories = out;
        }
    }

    if let Some(scales) = &r.grade_scales {
        let mut out: Vec<GradeScale> = Vec::new();
        for sc in scales {
            if !super::ids::is_unit_id(&sc.id.value) {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&sc.id),
                        format!("scale id `{}` is not valid", sc.id.value),
                    )
                    .with_help("use lowercase letters, digits and `-`"),
                );
            }
            if out.iter().any(|o| o.id == sc.id.value) {
                diags.push(Diagnostic::error(
                    file,
                    span(&sc.id),
                    format!("grade scale `{}` is defined twice", sc.id.value),
                ));
            }
            let mut grades: Vec<String> = Vec::new();
            for g in &sc.grades.value {
                if grades.contains(&g.value) {
                    diags.push(Diagnostic::error(
                        file,
                        span(g),
                        format!("grade `{}` appears twice in the scale", g.value),
                    ));
                }
                grades.push(g.value.clone());
            }
            if grades.len() < 2 {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&sc.grades),
                        "a grade scale needs at least two grades",
                    )
                    .with_help("list the grades from lowest to highest"),
                );
            }
            out.push(GradeScale {
                id: sc.id.value.clone(),
                name: sc.name.clone(),
                grades,
            });
        }
        s.grade_scales = out;
    }

    if let Some(preds) = &r.predicates {
        let mut out = Vec::new();
        let mut previous: Option<f64> = None;
        for p in &preds.value {
            if previous.is_some_and(|prev| p.above.value >= prev) {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&p.above),
                        "predicates must go from the highest score to the lowest",
                    )
                    .with_help("list AA first, each `above` below the one before"),
                );
            }
            previous = Some(p.above.value);
            out.push(Predicate {
                grade: p.grade.value.clone(),
                above: p.above.value,
                label: p.label.clone(),
            });
        }
        if !out.is_empty() {
            s.predicates = out;
        }
    }

    publication(r, file, &mut s, diags);
    let mut evaluations: Vec<Evaluation> = Vec::new();
    for e in &r.evaluations {
        let Some(year) = &e.year else {
            diags.push(
                Diagnostic::error(file, span(&e.score), "the SAKIP evaluation has no `year:`")
                    .with_help("write the year evaluated, such as `year: 2025`"),
            );
            continue;
        };
        if evaluations.iter().any(|x| x.year == year.value) {
            diags.push(
                Diagnostic::error(
                    file,
                    span(year),
                    format!("the SAKIP evaluation for {} is given twice", year.value),
                )
                .with_help("keep one entry per year"),
            );
            continue;
        }
        if let Some(ev) = super::evaluations::evaluation(file, e, year.value, &s, diags) {
            evaluations.push(ev);
        }
    }
    evaluations.sort_by_key(|e| e.year);
    s.evaluations = evaluations;
    s
}

/// A date written in `site.yaml`, or a diagnostic.
fn date(
    raw: &serde_saphyr::Spanned<String>,
    file: &std::path::Path,
    diags: &mut Diagnostics,
) -> Option<Date> {
    let d = Date::parse(&raw.value);
    if d.is_none() {
        diags.push(
            Diagnostic::error(file, span(raw), format!("`{}` is not a date", raw.value))
                .with_help("write the date as year-month-day, such as `2026-07-20`"),
        );
    }
    d
}

/// The edition, the deadlines and the document size limit.
fn publication(r: &RawSettings, file: &std::path::Path, s: &mut Settings, diags: &mut Diagnostics) {
    if let Some(e) = &r.edition {
        let name = e.name.value.trim();
        if name.is_empty() {
            diags.push(
                Diagnostic::error(file, span(&e.name), "the edition has no name")
                    .with_help("name the edition as readers will cite it, such as `2026 TW II`"),
            );
        }
        if let Some(date) = date(&e.date, file, diags) {
            s.edition = Some(Edition {
                name: name.to_string(),
                date,
            });
        }
    }
    if let Some(t) = &r.timeliness {
        let mut within = |raw: &Option<serde_saphyr::Spanned<i64>>,
                          what: &str,
                          max: i64|
         -> Option<u32> {
            let raw = raw.as_ref()?;
            match u32::try_from(raw.value) {
                Ok(n) if n >= 1 && i64::from(n) <= max => Some(n),
                _ => {
                    diags.push(
                        Diagnostic::error(file, span(raw), format!("`{what}` must be a whole number from 1 to {max}"))
                            .with_help("write the rule of the regulation that applies, such as `1` month for the PK or `3` months for the LKjIP"),
                    );
                    None
                }
            }
        };
        if let Some(n) = within(&t.pk_within_months, "pk_within_months", 12) {
            s.deadlines.pk_months = n;
        }
        if let Some(n) = within(&t.lkjip_within_months, "lkjip_within_months", 12) {
            s.deadlines.lkjip_months = n;
        }
        s.deadlines.report_days = within(&t.report_within_days, "report_within_days", 120);
        for b in &t.budget_documents {
            let year = b.year.value;
            if s.deadlines.budget_documents.contains_key(&year) {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(&b.year),
                        format!("the budget document of {year} is given twice"),
                    )
                    .with_help("keep one entry per year"),
                );
                continue;
            }
            if let Some(d) = date(&b.date, file, diags) {
                let name = b
                    .name
                    .as_deref()
                    .map(str::trim)
                    .filter(|n| !n.is_empty())
                    .unwrap_or("DPA")
                    .to_string();
                s.deadlines.budget_documents.insert(year, (d, name));
            }
        }
    }
    if let Some(mb) = &r.max_document_mb {
        if mb.value.is_finite() && mb.value > 0.0 && mb.value <= 256.0 {
            s.max_document_bytes = (mb.value * 1024.0 * 1024.0) as u64;
        } else {
            diags.push(
                Diagnostic::error(
                    file,
                    span(mb),
                    format!(
                        "`max_document_mb` must be above 0 and at most 256, not {}",
                        mb.value
                    ),
                )
                .with_help("the default is 20 (MiB); most hosts refuse larger uploads"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn predicate_bands_follow_domain() {
        let p = default_predicates();
        let g = |score| predicate_for(&p, score).map(|x| x.grade.as_str());
        assert_eq!(g(60.04), Some("B"));
        assert_eq!(g(70.0), Some("B"));
        assert_eq!(g(70.01), Some("BB"));
        assert_eq!(g(100.0), Some("AA"));
        assert_eq!(g(0.0), Some("D"));
    }
}
