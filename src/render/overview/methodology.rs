//! The methodology page, written from the settings in use.

use super::*;

/// A category band for the methodology page.
#[derive(Debug, Clone, Serialize)]
pub struct MethodBand {
    /// Label.
    pub label: String,
    /// Colour.
    pub colour: String,
    /// Range text.
    pub range: String,
}

/// The methodology page.
#[derive(Debug, Clone, Serialize)]
pub struct MethodologyView {
    /// Category bands.
    pub bands: Vec<MethodBand>,
    /// Label above 100 %.
    pub exceeded: String,
    /// The default negative formula.
    pub negative_default: String,
    /// Lower-is-better indicators using the other formula.
    pub negative_overrides: usize,
    /// Lower-is-better indicators in all.
    pub negative_count: usize,
    /// Predicate bands.
    pub predicates: Vec<SakipRow>,
    /// Grade scales: name and grades with scores.
    pub scales: Vec<(String, String)>,
    /// The achievement above which a figure is flagged (`150 %`).
    pub ceiling: String,
    /// Indicators measured once a semester and once a year on this site.
    pub semesterly: usize,
    /// Indicators measured once a year.
    pub yearly: usize,
    /// Agreements whose budget list nests kegiatan under programmes.
    pub nested_budgets: usize,
    /// Agreements whose budget list is marked incomplete.
    pub incomplete_budgets: usize,
    /// Whether the site holds five-year plans (the progress rule applies).
    pub has_plans: bool,
}

impl Ctx<'_> {
    /// The methodology page.
    pub fn methodology(&self) -> MethodologyView {
        let s = &self.site.settings;
        let negatives: Vec<NegativeFormula> = self
            .site
            .agreements
            .iter()
            .flat_map(|a| a.indicators().map(|(_, i)| i))
            .filter(|i| i.polarity == Polarity::Negative)
            .map(|i| i.negative_formula)
            .collect();
        let rows: Vec<UnitRow> = Vec::new();
        let periodicity = |p: crate::model::Periodicity| {
            self.site
                .agreements
                .iter()
                .flat_map(|a| a.indicators())
                .filter(|(_, i)| i.periodicity == p)
                .count()
        };
        MethodologyView {
            has_plans: !self.site.plans.is_empty(),
            ceiling: format::percent(s.achievement_ceiling, self.lang),
            semesterly: periodicity(crate::model::Periodicity::Semester),
            yearly: periodicity(crate::model::Periodicity::Annual),
            nested_budgets: self
                .figures
                .values()
                .filter(|f| f.budget.nodes.iter().any(|n| !n.top))
                .count(),
            incomplete_budgets: self.figures.values().filter(|f| !f.budget.complete).count(),

            bands: self
                .bands(&rows)
                .into_iter()
                .map(|b| MethodBand {
                    label: b.label,
                    colour: b.colour,
                    range: b.range,
                })
                .collect(),
            exceeded: s.exceeded_label.clone(),
            negative_default: match s.negative_formula {
                NegativeFormula::Linear => "(2T − R) / T × 100".into(),
                NegativeFormula::Inverse => "T / R × 100".into(),
            },
            negative_overrides: negatives
                .iter()
                .filter(|f| **f != s.negative_formula)
                .count(),
            negative_count: negatives.len(),
            predicates: s
                .predicates
                .iter()
                .map(|p| SakipRow {
                    year: 0,
                    score: format!("> {}", format::number(p.above, 2, self.lang)),
                    predicate: p.grade.clone(),
                    label: p.label.clone(),
                })
                .collect(),
            scales: s
                .grade_scales
                .iter()
                .map(|g| {
                    let grades: Vec<String> = g
                        .grades
                        .iter()
                        .enumerate()
                        .map(|(i, x)| format!("{x} = {}", i + 1))
                        .collect();
                    (g.name.clone(), grades.join(", "))
                })
                .collect(),
        }
    }
}
