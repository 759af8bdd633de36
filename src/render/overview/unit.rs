//! A unit's profile and the list of units.

use super::*;

/// A unit's profile.
#[derive(Debug, Clone, Serialize)]
pub struct UnitView {
    /// The unit.
    pub unit: UnitRef,
    /// Position of the head.
    pub position: String,
    /// Head in the latest agreement.
    pub head: Option<String>,
    /// Parent.
    pub parent: Option<UnitRef>,
    /// Children.
    pub children: Vec<UnitRef>,
    /// Years.
    pub years: Vec<YearLink>,
    /// Indicators of the latest year, linking to their history.
    pub indicators: Vec<Link>,
    /// The unit's five-year plans.
    pub plans: Vec<PlanRef>,
    /// The years with a document register for the unit: its documents on
    /// the year's register page.
    pub documents: Vec<Link>,
    /// The unit's SAKIP evaluations, oldest first.
    pub evaluations: Vec<EvaluationRow>,
    /// The evaluations page.
    pub evaluations_page: String,
}

/// The units index.
#[derive(Debug, Clone, Serialize)]
pub struct UnitsView {
    /// Units in tree order with depth.
    pub units: Vec<(UnitRef, usize)>,
}

impl Ctx<'_> {
    /// A unit's profile.
    pub fn unit_view(&self, unit: &Unit) -> UnitView {
        let latest = self.site.agreements_of(&unit.id).max_by_key(|a| a.year);
        UnitView {
            unit: self.unit_ref(unit),
            position: unit.position.clone(),
            head: latest.and_then(|a| a.first_party.name.clone()),
            parent: unit
                .parent
                .as_deref()
                .and_then(|p| self.site.unit(p))
                .map(|p| self.unit_ref(p)),
            children: self
                .site
                .children(&unit.id)
                .map(|u| self.unit_ref(u))
                .collect(),
            years: self.year_links(&unit.id, None),
            indicators: latest
                .map(|a| {
                    a.indicators()
                        .map(|(o, i)| Link {
                            label: format!("{} {}", i.key, i.name),
                            href: paths::indicator(&unit.id, &o.id, &i.id),
                            note: Some(self.measure(&i.measure)),
                        })
                        .collect()
                })
                .unwrap_or_default(),
            plans: self
                .site
                .plans_of(&unit.id)
                .map(|p| self.plan_ref(p))
                .collect(),
            documents: self
                .site
                .registers
                .iter()
                .filter(|r| r.unit == unit.id)
                .map(|r| Link {
                    label: format!("{} {}", self.t.get(Label::documents), r.year),
                    href: format!("{}#unit-{}", paths::register(r.year), unit.id),
                    note: Some(if self.lang == crate::render::format::Lang::En {
                        format!("{} registered", r.documents.len())
                    } else {
                        format!("{} terdaftar", r.documents.len())
                    }),
                })
                .collect(),
            evaluations: self.unit_evaluations(unit),
            evaluations_page: paths::EVALUATIONS.to_string(),
        }
    }

    /// The units index.
    pub fn units(&self) -> UnitsView {
        UnitsView {
            units: self
                .site
                .units
                .iter()
                .map(|u| (self.unit_ref(u), u.depth))
                .collect(),
        }
    }
}
