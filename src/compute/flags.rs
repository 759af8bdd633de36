//! Flags: figures a human should check before a journalist quotes them.
//!
//! A flag never hides or changes a figure; the page shows the figure with a
//! "cek data" mark and the reason, and `kinerja check` warns.

use super::{Achievement, IndicatorYear};
use crate::model::{
    Agreement, Indicator, Observation, Polarity, Rollup, Settings, Value, is_percent,
};

/// Why a figure should be checked.
#[derive(Debug, Clone, PartialEq)]
pub enum Flag {
    /// An achievement above the site's ceiling (`achievement_ceiling`, 150 %).
    AboveCeiling {
        /// Quarter.
        quarter: u8,
        /// The achievement (%).
        percent: f64,
        /// The ceiling (%).
        ceiling: f64,
    },
    /// A cumulative roll-up over values that look already cumulative: the
    /// series never falls, its sum overshoots the annual target, its last
    /// value does not. `rollup: last` is probably right.
    LooksCumulative {
        /// The sum of the quarters.
        sum: f64,
        /// The last value.
        last: f64,
        /// The annual target.
        target: f64,
    },
    /// The quarterly targets do not add up to the annual one (cumulative), or
    /// the last quarter's target is not the annual one (last value).
    TargetsDoNotAdd {
        /// Sum of the quarterly targets given (or TW IV's, for last value).
        sum: f64,
        /// The annual target.
        annual: f64,
        /// Quarters without a target.
        missing: usize,
    },
    /// A percentage share above 100.
    ShareAbove100 {
        /// Quarter.
        quarter: u8,
        /// The value.
        value: f64,
    },
    /// A value that looks like a fraction (0,87) where a percentage (87) is due.
    LooksLikeFraction {
        /// Quarter.
        quarter: u8,
        /// The value.
        value: f64,
    },
    /// The achievement printed in the signed form differs from the
    /// recomputation by more than rounding.
    OfficialDiffers {
        /// Quarter.
        quarter: u8,
        /// As printed (%).
        official: f64,
        /// As recomputed (%).
        computed: f64,
    },
    /// The formula inputs given do not give the value reported.
    InputsDisagree {
        /// Quarter.
        quarter: u8,
        /// Numerator ÷ denominator (× 100 for a percentage).
        from_inputs: f64,
        /// The value reported.
        value: f64,
    },
}

fn number(v: &Value) -> Option<f64> {
    match v {
        Value::Number(n) => Some(*n),
        _ => None,
    }
}

/// The flags of one indicator's year.
pub(super) fn of(
    agreement: &Agreement,
    indicator: &Indicator,
    year: &IndicatorYear,
    settings: &Settings,
) -> Vec<Flag> {
    let mut flags = Vec::new();
    let percent_measure = is_percent(&indicator.measure);
    let annual = number(&indicator.target);

    // Quarterly targets against the annual one.
    let given: Vec<f64> = indicator
        .quarterly_targets
        .iter()
        .filter_map(|t| t.as_ref().and_then(number))
        .collect();
    let missing = indicator
        .quarterly_targets
        .iter()
        .filter(|t| t.is_none())
        .count();
    if let Some(annual) = annual
        && !given.is_empty()
    {
        let (sum, off) = match indicator.rollup {
            Rollup::Cumulative => {
                let sum: f64 = given.iter().sum();
                (sum, (sum - annual).abs() > 1e-9 * annual.abs().max(1.0))
            }
            Rollup::Last => match indicator.quarterly_targets[3].as_ref().and_then(number) {
                Some(q4) => (q4, (q4 - annual).abs() > 1e-9 * annual.abs().max(1.0)),
                None => (0.0, false),
            },
        };
        if off || (indicator.rollup == Rollup::Cumulative && missing > 0) {
            flags.push(Flag::TargetsDoNotAdd {
                sum,
                annual,
                missing,
            });
        }
    }

    // Already-cumulative values summed again.
    if indicator.rollup == Rollup::Cumulative
        && indicator.polarity == Polarity::Positive
        && let Some(target) = annual
    {
        // Each measured quarter: its value, its own target and the running
        // total of the targets (`target_to_date` under a cumulative roll-up).
        let measured: Vec<(f64, Option<(f64, f64)>)> = year
            .quarters
            .iter()
            .filter_map(|q| {
                let v = q
                    .realised
                    .as_ref()
                    .and_then(Observation::value)
                    .and_then(number)?;
                let share = q.target.as_ref().and_then(number);
                let total = q.target_to_date.as_ref().and_then(number);
                Some((v, share.zip(total)))
            })
            .collect();
        let series: Vec<f64> = measured.iter().map(|(v, _)| *v).collect();
        // Quarterly shares that themselves grow (4,25; 8,5; 12,75; 17) make a
        // growing series normal: then the values must sit nearer the running
        // totals of the targets than the shares to look cumulative.
        let targets: Option<Vec<(f64, f64, f64)>> = measured
            .iter()
            .map(|(v, t)| t.map(|(share, total)| (*v, share, total)))
            .collect();
        let tracks_running_total = targets.is_none_or(|t| {
            let to_share: f64 = t.iter().map(|(v, share, _)| (v - share).abs()).sum();
            let to_total: f64 = t.iter().map(|(v, _, total)| (v - total).abs()).sum();
            to_total < to_share
        });
        if series.len() >= 2 && series.windows(2).all(|w| w[1] >= w[0]) && tracks_running_total {
            let sum: f64 = series.iter().sum();
            let last = series.last().copied().unwrap_or(0.0);
            if sum > target && last <= target && target > 0.0 {
                flags.push(Flag::LooksCumulative { sum, last, target });
            }
        }
    }

    for q in &year.quarters {
        let report = agreement.reports[usize::from(q.quarter - 1)]
            .as_ref()
            .and_then(|r| r.indicators.get(&indicator.key));
        if let Some(Achievement::Percent(p)) = q.current()
            && p > settings.achievement_ceiling
        {
            flags.push(Flag::AboveCeiling {
                quarter: q.quarter,
                percent: p,
                ceiling: settings.achievement_ceiling,
            });
        }
        let value = q
            .realised
            .as_ref()
            .and_then(Observation::value)
            .and_then(number);
        if let Some(v) = value
            && percent_measure
        {
            if v > 100.0 {
                flags.push(Flag::ShareAbove100 {
                    quarter: q.quarter,
                    value: v,
                });
            }
            let due = q.target_to_date.as_ref().and_then(number).or(annual);
            if v > 0.0 && v <= 1.0 && due.is_some_and(|t| t >= 10.0) {
                flags.push(Flag::LooksLikeFraction {
                    quarter: q.quarter,
                    value: v,
                });
            }
        }
        if let Some(ir) = report {
            if let (Some(official), Some(Achievement::Percent(computed))) =
                (ir.official_achievement, q.current())
                && (official - computed).abs() > 0.005 + 1e-9
            {
                flags.push(Flag::OfficialDiffers {
                    quarter: q.quarter,
                    official,
                    computed,
                });
            }
            if let (Some(inputs), Some(v)) = (ir.inputs, value)
                && inputs.denominator != 0.0
            {
                let ratio = inputs.numerator / inputs.denominator;
                // The value may be the ratio itself or the ratio in percent;
                // it agrees when either matches to the precision it was given.
                let close = |x: f64| (x - v).abs() <= precision(v) / 2.0 + 1e-9;
                if !close(ratio) && !close(ratio * 100.0) {
                    flags.push(Flag::InputsDisagree {
                        quarter: q.quarter,
                        from_inputs: if percent_measure {
                            ratio * 100.0
                        } else {
                            ratio
                        },
                        value: v,
                    });
                }
            }
        }
    }
    flags
}

/// One unit in the last decimal the value was given with (0,3121 → 0,0001).
fn precision(v: f64) -> f64 {
    let text = format!("{v}");
    let decimals = text.split_once('.').map_or(0, |(_, f)| f.len()).min(9);
    10f64.powi(-i32::try_from(decimals).unwrap_or(9))
}
