//! Cascade links (`supports: bupati/S1/IK1`): read where they are written,
//! checked once every agreement is known.

use super::*;

pub(super) fn parse_link(
    raw: &Spanned<String>,
    file: &Path,
    year: i32,
    from_unit: &str,
    links: &mut Vec<PendingLink>,
    diags: &mut Diagnostics,
) -> Option<CascadeLink> {
    let parts: Vec<&str> = raw.value.trim().split('/').collect();
    let link = match parts.as_slice() {
        [u, o] if !u.is_empty() && !o.is_empty() => CascadeLink {
            unit: (*u).to_string(),
            objective: (*o).to_string(),
            indicator: None,
        },
        [u, o, i] if !u.is_empty() && !o.is_empty() && !i.is_empty() => CascadeLink {
            unit: (*u).to_string(),
            objective: (*o).to_string(),
            indicator: Some((*i).to_string()),
        },
        _ => {
            diags.push(
                Diagnostic::error(
                    file,
                    span(raw),
                    format!("`{}` is not a cascade link", raw.value),
                )
                .with_help(
                    "write `unit/objective` or `unit/objective/indicator`, such as `bupati/S2/IK1`",
                ),
            );
            return None;
        }
    };
    links.push(PendingLink {
        file: file.to_path_buf(),
        span: span(raw),
        year,
        from_unit: from_unit.to_string(),
        link: link.clone(),
    });
    Some(link)
}

pub(super) fn check_link(
    l: &PendingLink,
    agreements: &HashMap<(&str, i32), &Agreement>,
    unit_ids: &HashMap<&str, usize>,
    units: &[Unit],
    broken: &Broken,
    diags: &mut Diagnostics,
) {
    let link = &l.link;
    if broken.agreement(&link.unit, l.year)
        || broken.item(&link.unit, l.year, &link.objective)
        || link
            .indicator
            .as_ref()
            .is_some_and(|i| broken.item(&link.unit, l.year, &format!("{}/{i}", link.objective)))
    {
        return;
    }
    let err =
        |message: String, help: String| Diagnostic::error(&l.file, l.span, message).with_help(help);
    if link.unit == l.from_unit {
        diags.push(err(
            format!("`{link}` points to this unit's own agreement"),
            "a cascade link points to the agreement of a unit above".into(),
        ));
        return;
    }
    if !unit_ids.contains_key(link.unit.as_str()) {
        let help = closest(&link.unit, units.iter().map(|u| u.id.as_str())).map_or_else(
            || "the first part is the id of a unit in units.yaml".to_string(),
            |b| format!("did you mean `{b}`?"),
        );
        diags.push(err(
            format!("cascade link `{link}` names unknown unit `{}`", link.unit),
            help,
        ));
        return;
    }
    let Some(target) = agreements.get(&(link.unit.as_str(), l.year)) else {
        diags.push(err(
            format!(
                "cascade link `{link}` points to unit `{}`, which has no agreement for {}",
                link.unit, l.year
            ),
            format!(
                "add agreements/{}/{}.yaml, or link to another unit",
                l.year, link.unit
            ),
        ));
        return;
    };
    let Some(objective) = target.objectives.iter().find(|o| o.id == link.objective) else {
        let help = closest(
            &link.objective,
            target.objectives.iter().map(|o| o.id.as_str()),
        )
        .map_or_else(
            || {
                format!(
                    "objectives of `{}` in {}: {}",
                    link.unit,
                    l.year,
                    target
                        .objectives
                        .iter()
                        .map(|o| o.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
            |b| format!("did you mean `{}/{b}`?", link.unit),
        );
        diags.push(err(
            format!(
                "cascade link `{link}` points to nothing: `{}` has no objective `{}` in {}",
                link.unit, link.objective, l.year
            ),
            help,
        ));
        return;
    };
    if let Some(ind) = &link.indicator
        && !objective.indicators.iter().any(|i| &i.id == ind)
    {
        let help = closest(ind, objective.indicators.iter().map(|i| i.id.as_str())).map_or_else(
            || {
                format!(
                    "indicators of `{}/{}`: {}",
                    link.unit,
                    link.objective,
                    objective
                        .indicators
                        .iter()
                        .map(|i| i.id.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            },
            |b| format!("did you mean `{}/{}/{b}`?", link.unit, link.objective),
        );
        diags.push(err(
            format!(
                "cascade link `{link}` points to nothing: objective `{}` has no indicator `{ind}`",
                link.objective
            ),
            help,
        ));
    }
}
