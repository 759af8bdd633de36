//! SAKIP evaluations (the region's in `site.yaml`, a unit's in its register)
//! → [`Evaluation`]: the score and its predicate, the components, the date,
//! and each recommendation with its follow-up.

use super::settings::predicate_for;
use super::span;
use crate::diag::{Diagnostic, Diagnostics, closest};
use crate::load::raw::{RawEvaluation, RawRecommendation};
use crate::model::{
    Date, Evaluation, EvaluationComponents, FollowUp, FollowUpStatus, Recommendation, Settings,
};
use serde_saphyr::Spanned;
use std::collections::BTreeSet;
use std::path::Path;

/// One evaluation of `year`, or `None` when its score cannot be used.
/// `settings` gives the predicate bands and the edition.
pub(crate) fn evaluation(
    file: &Path,
    e: &RawEvaluation,
    year: i32,
    settings: &Settings,
    diags: &mut Diagnostics,
) -> Option<Evaluation> {
    let score = e.score.value;
    if !(0.0..=100.0).contains(&score) {
        diags.push(
            Diagnostic::error(
                file,
                span(&e.score),
                format!("SAKIP score {score} is outside 0–100"),
            )
            .with_help("write the score as published, such as `60.04`"),
        );
        return None;
    }
    let earned = predicate_for(&settings.predicates, score)
        .map(|p| p.grade.clone())
        .unwrap_or_default();
    if let Some(given) = &e.predicate
        && given.value != earned
    {
        let known: Vec<&str> = settings
            .predicates
            .iter()
            .map(|p| p.grade.as_str())
            .collect();
        let help = if known.contains(&given.value.as_str()) {
            format!("a score of {score} earns `{earned}`; correct the score or the predicate")
        } else {
            format!("predicates are {}", known.join(", "))
        };
        diags.push(
            Diagnostic::error(
                file,
                span(given),
                format!("predicate `{}` does not match score {score}", given.value),
            )
            .with_help(help),
        );
    }
    let components = e.components.as_ref().map(|c| EvaluationComponents {
        planning: c.planning.value,
        measurement: c.measurement.value,
        reporting: c.reporting.value,
        evaluation: c.evaluation.value,
    });
    if let (Some(c), Some(raw)) = (components, &e.components) {
        let sum = c.planning + c.measurement + c.reporting + c.evaluation;
        if (sum - score).abs() > 0.011 {
            diags.push(
                Diagnostic::warning(
                    file,
                    span(&raw.planning),
                    format!("the components add up to {sum:.2}, not to the score {score}"),
                )
                .with_help("check the component scores against the evaluation report"),
            );
        }
        for (name, value, max) in [
            ("planning", &raw.planning, 30.0),
            ("measurement", &raw.measurement, 30.0),
            ("reporting", &raw.reporting, 15.0),
            ("evaluation", &raw.evaluation, 25.0),
        ] {
            if !(0.0..=max).contains(&value.value) {
                diags.push(Diagnostic::error(
                    file,
                    span(value),
                    format!("`{name}` must be between 0 and {max}"),
                ));
            }
        }
    }
    let date = e.date.as_ref().and_then(|raw| {
        let d = date(file, raw, diags)?;
        if d.year <= year {
            diags.push(
                Diagnostic::error(
                    file,
                    span(raw),
                    format!("dated {d}, before the year it evaluates ({year}) was over"),
                )
                .with_help(format!(
                    "the evaluation of {year} assesses its LKjIP, written after the year; if the report is named after the year it was done in, write `year: {}`",
                    year - 1
                )),
            );
        }
        Some(d)
    });
    if e.date.is_none()
        && let Some(edition) = &settings.edition
        && edition.date.year <= year
    {
        let at = e.year.as_ref().map(span).unwrap_or_else(|| span(&e.score));
        diags.push(
            Diagnostic::error(
                file,
                at,
                format!(
                    "an evaluation of {year}, but {year} is not over at this edition ({})",
                    edition.date
                ),
            )
            .with_help(format!(
                "write the year the evaluation assessed (an evaluation done in {year} assesses {}), and its `date:`",
                year - 1
            )),
        );
    }
    let recommendations = recommendations(file, &e.recommendations, date, settings, diags);
    Some(Evaluation {
        year,
        score,
        predicate: earned,
        components,
        evaluator: e
            .evaluator
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from),
        date,
        recommendations,
    })
}

/// A date of the evaluation or of a follow-up, or a diagnostic.
fn date(file: &Path, raw: &Spanned<String>, diags: &mut Diagnostics) -> Option<Date> {
    let d = Date::parse(&raw.value);
    if d.is_none() {
        diags.push(
            Diagnostic::error(file, span(raw), format!("`{}` is not a date", raw.value))
                .with_help("write the date as year-month-day, such as `2026-07-20`"),
        );
    }
    d
}

/// The recommendations, each with its status checked against its dates.
fn recommendations(
    file: &Path,
    raw: &[RawRecommendation],
    evaluated: Option<Date>,
    settings: &Settings,
    diags: &mut Diagnostics,
) -> Vec<Recommendation> {
    let mut out = Vec::new();
    let mut ids = BTreeSet::new();
    for (n, r) in raw.iter().enumerate() {
        let id =
            r.id.as_ref()
                .map(|i| i.value.trim().to_string())
                .filter(|i| !i.is_empty())
                .unwrap_or_else(|| (n + 1).to_string());
        if !ids.insert(id.clone()) {
            let at = r.id.as_ref().map(span).unwrap_or_else(|| span(&r.text));
            diags.push(
                Diagnostic::error(file, at, format!("recommendation `{id}` is given twice"))
                    .with_help("number each recommendation as the evaluation report does"),
            );
            continue;
        }
        let text = r.text.value.trim();
        if text.is_empty() {
            diags.push(
                Diagnostic::error(file, span(&r.text), "the recommendation has no text")
                    .with_help("copy the recommendation from the evaluation report"),
            );
            continue;
        }
        let Some(status) = FollowUpStatus::parse(&r.status.value) else {
            let words = FollowUpStatus::WORDS.map(|(w, _)| w);
            let d = Diagnostic::error(
                file,
                span(&r.status),
                format!("`{}` is not a follow-up status", r.status.value),
            );
            diags.push(match closest(&r.status.value, words) {
                Some(best) => d.with_help(format!("did you mean `{best}`?")),
                None => d.with_help("write `terbuka`, `proses` or `selesai`"),
            });
            continue;
        };
        let dated = |raw: &Spanned<String>, diags: &mut Diagnostics| {
            let d = date(file, raw, diags)?;
            super::register::after_edition(file, raw, d, settings, diags);
            if let Some(e) = evaluated
                && d < e
            {
                diags.push(
                    Diagnostic::error(
                        file,
                        span(raw),
                        format!("dated {d}, before the evaluation report itself ({e})"),
                    )
                    .with_help("a follow-up comes after the recommendation: check the year"),
                );
            }
            Some(d)
        };
        let due = r.due.as_ref().and_then(|raw| date(file, raw, diags));
        let closed = r.closed.as_ref().and_then(|raw| dated(raw, diags));
        match (status, &r.closed) {
            (FollowUpStatus::Closed, None) => diags.push(
                Diagnostic::error(
                    file,
                    span(&r.status),
                    format!("recommendation `{id}` is closed but has no `closed:` date"),
                )
                .with_help(
                    "write the date the follow-up was completed, such as `closed: 2026-05-12`",
                ),
            ),
            (FollowUpStatus::Open | FollowUpStatus::InProgress, Some(raw)) => diags.push(
                Diagnostic::error(
                    file,
                    span(raw),
                    format!(
                        "recommendation `{id}` has a `closed:` date but its status is `{}`",
                        r.status.value
                    ),
                )
                .with_help("write `status: selesai` if it is done, or remove `closed:`"),
            ),
            _ => {}
        }
        let mut follow_up = Vec::new();
        for f in &r.follow_up {
            let action = f.action.value.trim();
            if action.is_empty() {
                diags.push(
                    Diagnostic::error(file, span(&f.action), "the follow-up says nothing")
                        .with_help("write what was done, such as `Renstra direviu dan IKU ditetapkan ulang`"),
                );
                continue;
            }
            if let Some(d) = dated(&f.date, diags) {
                if let Some(c) = closed
                    && d > c
                {
                    diags.push(
                        Diagnostic::warning(
                            file,
                            span(&f.date),
                            format!(
                                "a follow-up dated {d}, after the recommendation was closed ({c})"
                            ),
                        )
                        .with_help(
                            "check the dates, or leave the recommendation open until the last step",
                        ),
                    );
                }
                follow_up.push(FollowUp {
                    date: d,
                    action: action.to_string(),
                });
            }
        }
        follow_up.sort_by_key(|f| f.date);
        out.push(Recommendation {
            id,
            text: text.to_string(),
            due,
            status,
            closed: closed.filter(|_| status == FollowUpStatus::Closed),
            follow_up,
        });
    }
    out
}
