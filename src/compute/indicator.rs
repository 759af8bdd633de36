//! One indicator's year: its quarters rolled up, its verdict and basis,
//! and its flags.

use super::*;

/// Sums two figures for cumulative roll-up (numbers only).
pub(crate) fn add(a: Option<Value>, b: &Value) -> Option<Value> {
    match (a, b) {
        (None, Value::Number(y)) => Some(Value::Number(*y)),
        (Some(Value::Number(x)), Value::Number(y)) => Some(Value::Number(x + y)),
        _ => None,
    }
}

/// Computes the quarter and year figures of `indicator` from the agreement's
/// reports, with the verdicts and the flags.
pub fn indicator_year(
    agreement: &Agreement,
    indicator: &Indicator,
    settings: &Settings,
) -> IndicatorYear {
    let polarity = indicator.polarity;
    let formula = indicator.negative_formula;
    let compare = |t: &Value, r: &Value| achievement(t, r, polarity, formula);
    let year_reported = agreement.reports[3].is_some();

    let mut running_real: Option<Value> = None;
    let mut running_target: Option<Value> = None;
    let mut targets_complete = true;
    let mut year_value: Option<Value> = None;
    let mut as_of = None;

    let quarters = std::array::from_fn(|i| {
        let quarter = u8::try_from(i + 1).unwrap_or(4);
        let target = indicator.quarterly_targets[i].clone();
        let report = agreement.reports[i]
            .as_ref()
            .and_then(|rep| rep.indicators.get(&indicator.key));
        let realised = report.map(|ir| ir.value.clone());
        let measured = realised.as_ref().and_then(Observation::value).cloned();

        let (realised_to_date, target_to_date) = match indicator.rollup {
            Rollup::Last => (measured.clone(), target.clone()),
            Rollup::Cumulative => {
                match &target {
                    Some(t) if targets_complete => running_target = add(running_target.take(), t),
                    _ => {
                        targets_complete = false;
                        running_target = None;
                    }
                }
                if let Some(m) = &measured {
                    running_real = add(running_real.take(), m);
                }
                (
                    measured.as_ref().and(running_real.clone()),
                    running_target.clone(),
                )
            }
        };
        if let Some(v) = &realised_to_date {
            year_value = Some(v.clone());
            as_of = Some(quarter);
        }
        let against_quarter = realised_to_date
            .as_ref()
            .zip(target_to_date.as_ref())
            .map(|(r, t)| compare(t, r));
        let against_annual = realised_to_date
            .as_ref()
            .map(|r| compare(&indicator.target, r));
        let due = indicator.periodicity.due(quarter);
        let basis = if against_quarter.is_some() {
            Some(Basis::QuarterTarget(quarter))
        } else {
            against_annual.map(|_| Basis::Annual(quarter))
        };
        let closed = quarter == 4 && year_reported;
        let missing = if report.is_some_and(|r| r.not_carried_out) {
            Status::NotCarriedOut
        } else if !due {
            Status::NotDue(indicator.periodicity)
        } else {
            Status::NotMeasured
        };
        let status = against_quarter
            .or(against_annual)
            .map_or(missing, |a| Status::of(a, closed));
        let annual_status = against_annual.map_or(missing, |a| Status::of(a, closed));
        QuarterFigures {
            quarter,
            target,
            realised,
            realised_to_date,
            target_to_date,
            against_quarter,
            against_annual,
            status,
            basis,
            annual_status,
            due,
        }
    });

    let mut year = IndicatorYear {
        quarters,
        achievement: year_value.as_ref().map(|r| compare(&indicator.target, r)),
        realised: year_value,
        as_of_quarter: as_of,
        closed: year_reported && as_of == Some(4),
        status: Status::NotMeasured,
        basis: None,
        annual_status: Status::NotMeasured,
        flags: Vec::new(),
    };
    year.basis = as_of.and_then(|q| year.quarters[usize::from(q - 1)].basis);
    year.status = match year.current() {
        Some(a) => Status::of(a, year.closed),
        None => {
            let latest = agreement.latest_quarter();
            let said_not_done = latest
                .and_then(|q| agreement.reports[usize::from(q - 1)].as_ref())
                .and_then(|r| r.indicators.get(&indicator.key))
                .is_some_and(|r| r.not_carried_out);
            let any_due = latest.is_some_and(|q| (1..=q).any(|q| indicator.periodicity.due(q)));
            if said_not_done {
                Status::NotCarriedOut
            } else if latest.is_some()
                && !any_due
                && indicator.periodicity != Periodicity::Quarterly
            {
                Status::NotDue(indicator.periodicity)
            } else {
                Status::NotMeasured
            }
        }
    };
    year.annual_status = year
        .achievement
        .map_or(year.status, |a| Status::of(a, year.closed));
    year.flags = flags::of(agreement, indicator, &year, settings);
    year
}
