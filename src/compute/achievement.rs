//! *Capaian kinerja*: achievement of a realisation against a target, in percent.
//!
//! The formulas follow `DOMAIN.md`: R / T × 100 for higher-is-better indicators;
//! (2T − R) / T × 100 floored at 0, or T / R × 100, for lower-is-better ones;
//! ranges count as 100 % inside and are compared with the nearer end outside;
//! grades use their ordinal scores. Nothing here divides by zero or returns a
//! non-finite number: when no percentage exists the result says why.

use crate::model::{NegativeFormula, Polarity, Value};

/// The outcome of comparing a realisation with a target.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Achievement {
    /// Achievement in percent, unrounded. Always finite.
    Percent(f64),
    /// No percentage can be computed.
    Undefined(NoPercent),
}

/// Why an achievement has no percentage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoPercent {
    /// The target is 0 and the realisation is not: any ratio would be meaningless.
    ZeroTarget,
    /// The target and realisation are of different kinds (a grade against a number).
    Incomparable,
    /// A figure was not finite.
    NotFinite,
}

impl Achievement {
    /// The percentage, if there is one.
    pub fn percent(self) -> Option<f64> {
        match self {
            Achievement::Percent(p) => Some(p),
            Achievement::Undefined(_) => None,
        }
    }
}

/// The number a figure stands for in a formula: the value itself, or a grade's
/// ordinal score. Ranges have no single number.
pub(crate) fn scalar(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => Some(*n),
        Value::Grade(g) => Some(f64::from(g.score)),
        Value::Range { .. } => None,
    }
}

/// Achievement (%) of `realised` against `target`.
pub fn achievement(
    target: &Value,
    realised: &Value,
    polarity: Polarity,
    negative_formula: NegativeFormula,
) -> Achievement {
    if let (Value::Grade(t), Value::Grade(r)) = (target, realised)
        && t.scale != r.scale
    {
        return Achievement::Undefined(NoPercent::Incomparable);
    }
    if matches!(target, Value::Grade(_)) != matches!(realised, Value::Grade(_)) {
        return Achievement::Undefined(NoPercent::Incomparable);
    }
    let Some(r) = scalar(realised) else {
        return Achievement::Undefined(NoPercent::Incomparable);
    };
    match target {
        Value::Range { low, high } => {
            if !low.is_finite() || !high.is_finite() {
                Achievement::Undefined(NoPercent::NotFinite)
            } else if r >= *low && r <= *high {
                Achievement::Percent(100.0)
            } else if r > *high {
                ratio(*high, r, polarity, negative_formula)
            } else {
                ratio(*low, r, polarity, negative_formula)
            }
        }
        _ => match scalar(target) {
            Some(t) => ratio(t, r, polarity, negative_formula),
            None => Achievement::Undefined(NoPercent::Incomparable),
        },
    }
}

/// The formula proper, for a single target number `t` and realisation `r`.
pub fn ratio(t: f64, r: f64, polarity: Polarity, negative_formula: NegativeFormula) -> Achievement {
    if !t.is_finite() || !r.is_finite() {
        return Achievement::Undefined(NoPercent::NotFinite);
    }
    if t == 0.0 {
        // DOMAIN: target 0 — R 0 is 100 %, anything else has no percentage.
        return if r == 0.0 {
            Achievement::Percent(100.0)
        } else {
            Achievement::Undefined(NoPercent::ZeroTarget)
        };
    }
    let p = match (polarity, negative_formula) {
        (Polarity::Positive, _) => r / t * 100.0,
        (Polarity::Negative, NegativeFormula::Linear) => ((2.0 * t - r) / t * 100.0).max(0.0),
        (Polarity::Negative, NegativeFormula::Inverse) => {
            if r == 0.0 {
                100.0
            } else {
                t / r * 100.0
            }
        }
    };
    if p.is_finite() {
        Achievement::Percent(p)
    } else {
        Achievement::Undefined(NoPercent::NotFinite)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Grade;
    use proptest::prelude::*;

    fn num(n: f64) -> Value {
        Value::Number(n)
    }

    fn pct(a: Achievement) -> f64 {
        a.percent()
            .map(|p| (p * 100.0).round() / 100.0)
            .unwrap_or(f64::NAN)
    }

    fn sakip(label: &str) -> Value {
        let grades = ["D", "C", "CC", "B", "BB", "A", "AA"];
        let pos = grades.iter().position(|g| *g == label).unwrap_or(0);
        Value::Grade(Grade {
            scale: "sakip".into(),
            label: label.into(),
            score: u32::try_from(pos + 1).unwrap_or(0),
        })
    }

    const POS: Polarity = Polarity::Positive;
    const NEG: Polarity = Polarity::Negative;
    const LIN: NegativeFormula = NegativeFormula::Linear;
    const INV: NegativeFormula = NegativeFormula::Inverse;

    #[test]
    fn positive_is_realisation_over_target() {
        assert_eq!(pct(achievement(&num(80.0), &num(75.0), POS, LIN)), 93.75);
    }

    #[test]
    fn range_below_compares_with_low_end() {
        // DOMAIN: R 70 vs 80–90 → 87,5 %.
        let range = Value::Range {
            low: 80.0,
            high: 90.0,
        };
        assert_eq!(pct(achievement(&range, &num(70.0), POS, LIN)), 87.5);
        assert_eq!(pct(achievement(&range, &num(85.0), POS, LIN)), 100.0);
        assert_eq!(pct(achievement(&range, &num(99.0), POS, LIN)), 110.0);
    }

    #[test]
    fn negative_linear_worked_examples() {
        // DOMAIN: 6,5 vs target 7, lower is better → 107,14 %.
        assert_eq!(pct(achievement(&num(7.0), &num(6.5), NEG, LIN)), 107.14);
        // DOMAIN: 9 vs 8, lower is better → 87,5 %.
        assert_eq!(pct(achievement(&num(8.0), &num(9.0), NEG, LIN)), 87.5);
    }

    #[test]
    fn negative_linear_floors_at_zero() {
        assert_eq!(pct(achievement(&num(8.0), &num(30.0), NEG, LIN)), 0.0);
    }

    #[test]
    fn negative_inverse_worked_examples() {
        assert_eq!(pct(achievement(&num(7.0), &num(6.5), NEG, INV)), 107.69);
        assert_eq!(pct(achievement(&num(8.0), &num(9.0), NEG, INV)), 88.89);
        // DOMAIN: with the inverse formula R = 0 gives 100 %.
        assert_eq!(pct(achievement(&num(8.0), &num(0.0), NEG, INV)), 100.0);
    }

    #[test]
    fn target_zero_gives_100_only_for_zero() {
        for (pol, f) in [(POS, LIN), (NEG, LIN), (NEG, INV)] {
            assert_eq!(
                achievement(&num(0.0), &num(0.0), pol, f),
                Achievement::Percent(100.0)
            );
            assert_eq!(
                achievement(&num(0.0), &num(3.0), pol, f),
                Achievement::Undefined(NoPercent::ZeroTarget)
            );
        }
    }

    #[test]
    fn grades_use_ordinal_scores() {
        // BB (5) targeted, B (4) reached → 80 %; A (6) → 120 %.
        assert_eq!(pct(achievement(&sakip("BB"), &sakip("B"), POS, LIN)), 80.0);
        assert_eq!(pct(achievement(&sakip("BB"), &sakip("A"), POS, LIN)), 120.0);
        assert_eq!(
            pct(achievement(&sakip("BB"), &sakip("BB"), POS, LIN)),
            100.0
        );
    }

    #[test]
    fn grade_against_number_is_incomparable() {
        assert_eq!(
            achievement(&sakip("BB"), &num(5.0), POS, LIN),
            Achievement::Undefined(NoPercent::Incomparable)
        );
    }

    fn any_f64() -> impl Strategy<Value = f64> {
        prop_oneof![
            any::<f64>(),
            -1e6f64..1e6,
            Just(0.0),
            Just(-0.0),
            Just(f64::INFINITY),
            Just(f64::NAN),
            Just(f64::MIN_POSITIVE),
        ]
    }

    fn polarity_and_formula() -> impl Strategy<Value = (Polarity, NegativeFormula)> {
        prop_oneof![Just((POS, LIN)), Just((NEG, LIN)), Just((NEG, INV))]
    }

    proptest! {
        #[test]
        fn never_nan_or_infinite(t in any_f64(), r in any_f64(), lo in any_f64(), (pol, f) in polarity_and_formula()) {
            for target in [num(t), Value::Range { low: lo.min(t), high: lo.max(t) }] {
                if let Achievement::Percent(p) = achievement(&target, &num(r), pol, f) {
                    prop_assert!(p.is_finite(), "{target:?} {r} gave {p}");
                }
            }
        }

        #[test]
        fn positive_formula_is_monotone_in_realisation(t in 0.001f64..1e9, r1 in -1e9f64..1e9, r2 in -1e9f64..1e9) {
            let (lo, hi) = if r1 <= r2 { (r1, r2) } else { (r2, r1) };
            let a = achievement(&num(t), &num(lo), POS, LIN).percent();
            let b = achievement(&num(t), &num(hi), POS, LIN).percent();
            prop_assert!(a.zip(b).is_some_and(|(a, b)| a <= b));
        }

        #[test]
        fn negative_formulas_never_reward_a_worse_figure(t in 0.001f64..1e6, r1 in 0.001f64..1e6, r2 in 0.001f64..1e6, f in prop_oneof![Just(LIN), Just(INV)]) {
            let (lo, hi) = if r1 <= r2 { (r1, r2) } else { (r2, r1) };
            let better = achievement(&num(t), &num(lo), NEG, f).percent();
            let worse = achievement(&num(t), &num(hi), NEG, f).percent();
            prop_assert!(better.zip(worse).is_some_and(|(b, w)| b >= w));
        }

        #[test]
        fn inside_a_range_is_always_100(lo in -1e6f64..1e6, width in 0.0f64..1e6, frac in 0.0f64..=1.0) {
            let hi = lo + width;
            let r = (lo + width * frac).clamp(lo, hi);
            prop_assert_eq!(achievement(&Value::Range { low: lo, high: hi }, &num(r), POS, LIN), Achievement::Percent(100.0));
        }
    }
}
