//! The performance tree (pohon kinerja) of a year.

use super::*;
use crate::model::PlanKind;

/// One line of the flattened performance tree.
#[derive(Debug, Clone, Serialize)]
pub struct TreeItem {
    /// `objective` or `indicator`.
    pub kind: &'static str,
    /// Unit short name.
    pub unit: String,
    /// Text.
    pub label: String,
    /// Id (`S1` or `S1/IK2`).
    pub key: String,
    /// Link.
    pub href: String,
    /// Achievement.
    pub achievement: AchievementView,
    /// Whether a nested list of children follows.
    pub open: bool,
    /// How many nested lists close after this item.
    pub close: usize,
}

/// The performance tree of a year.
#[derive(Debug, Clone, Serialize)]
pub struct TreeView {
    /// Year.
    pub year: i32,
    /// The tree, flattened with open/close marks.
    pub items: Vec<TreeItem>,
    /// Agreements not linked to any upper objective or indicator.
    pub unlinked: Vec<TreeItem>,
    /// Other years.
    pub years: Vec<Link>,
}

impl Ctx<'_> {
    /// The performance tree of `year`.
    pub fn tree(&self, year: i32) -> TreeView {
        let agreements: Vec<&Agreement> = self
            .site
            .agreements
            .iter()
            .filter(|a| a.year == year)
            .collect();
        let mut items = Vec::new();
        let mut placed: std::collections::BTreeSet<(String, String)> =
            std::collections::BTreeSet::new();
        // Roots: objectives that support nothing, of units at the top of the tree first.
        let mut roots: Vec<(&Agreement, &crate::model::Objective)> = Vec::new();
        for a in &agreements {
            for o in &a.objectives {
                let linked =
                    o.supports.is_some() || o.indicators.iter().any(|i| i.supports.is_some());
                if !linked && self.site.unit(&a.unit).is_some_and(|u| u.parent.is_none()) {
                    roots.push((a, o));
                }
            }
        }
        // With an RPJMD for the year, the tree starts from its goals and
        // objectives; the head's objectives hang under the plan objective
        // whose indicators they implement.
        let rpjmd = self
            .site
            .head()
            .and_then(|h| self.site.plan_for(&h.id, year))
            .filter(|p| p.kind == PlanKind::Rpjmd);
        if let Some(plan) = rpjmd {
            let plan_path = paths::plan(&plan.unit, plan.from, plan.to);
            let implements = |o: &crate::model::Objective, parent: &str| {
                o.indicators.iter().any(|i| {
                    i.plan.as_ref().is_some_and(|l| {
                        l.unit == plan.unit
                            && l.from == plan.from
                            && l.key.split('/').next() == Some(parent)
                    })
                })
            };
            let mut used = std::collections::BTreeSet::new();
            let plan_item = |kind: &'static str, id: &str, label: &str, anchor: String| TreeItem {
                kind,
                unit: self.t.get(Label::rpjmd).to_string(),
                label: label.to_string(),
                key: id.to_string(),
                href: format!("{plan_path}#{anchor}"),
                achievement: AchievementView::default(),
                open: false,
                close: 0,
            };
            for g in &plan.goals {
                let goal_at = items.len();
                items.push(plan_item(
                    "goal",
                    &g.id,
                    &g.name,
                    format!("tujuan-{}", g.id),
                ));
                let below_goal = items.len();
                for (k, (a, o)) in roots.iter().enumerate() {
                    if implements(o, &g.id) && used.insert(k) {
                        self.tree_objective(&agreements, a, o, &mut items, &mut placed, 1);
                    }
                }
                for po in &g.objectives {
                    let objective_at = items.len();
                    items.push(plan_item(
                        "plan-objective",
                        &po.id,
                        &po.name,
                        format!("sasaran-{}", po.id),
                    ));
                    let below = items.len();
                    for (k, (a, o)) in roots.iter().enumerate() {
                        if implements(o, &po.id) && used.insert(k) {
                            self.tree_objective(&agreements, a, o, &mut items, &mut placed, 2);
                        }
                    }
                    close_under(&mut items, objective_at, below);
                }
                close_under(&mut items, goal_at, below_goal);
            }
            let mut k = 0;
            roots.retain(|_| {
                k += 1;
                !used.contains(&(k - 1))
            });
        }
        for (a, o) in &roots {
            self.tree_objective(&agreements, a, o, &mut items, &mut placed, 0);
        }
        let mut unlinked = Vec::new();
        for a in &agreements {
            for o in &a.objectives {
                if !placed.contains(&(a.unit.clone(), o.id.clone())) {
                    let mut sub = Vec::new();
                    self.tree_objective(&agreements, a, o, &mut sub, &mut placed, 0);
                    unlinked.extend(sub);
                }
            }
        }
        TreeView {
            year,
            items,
            unlinked,
            years: self.site_years(paths::tree),
        }
    }

    pub(crate) fn tree_objective(
        &self,
        agreements: &[&Agreement],
        a: &Agreement,
        o: &crate::model::Objective,
        out: &mut Vec<TreeItem>,
        placed: &mut std::collections::BTreeSet<(String, String)>,
        depth: usize,
    ) {
        if depth > 32 || !placed.insert((a.unit.clone(), o.id.clone())) {
            return;
        }
        let unit = self
            .site
            .unit(&a.unit)
            .map_or_else(|| a.unit.clone(), |u| u.short_name.clone());
        let fig = self.figures.get(&(a.unit.clone(), a.year));
        let current = |key: &str| {
            fig.and_then(|f| f.indicators.iter().find(|(k, _)| k == key))
                .and_then(|(_, y)| y.current())
        };
        let mean = Mean::of(o.indicators.iter().map(|i| current(&i.key)));
        let start = out.len();
        out.push(TreeItem {
            kind: "objective",
            unit: unit.clone(),
            label: o.name.clone(),
            key: o.id.clone(),
            href: format!(
                "{}#{}",
                paths::unit_year(&a.unit, a.year),
                paths::objective_anchor(&o.id)
            ),
            achievement: self.mean_view(mean),
            open: false,
            close: 0,
        });
        // Children of the objective: its indicators, then lower objectives linked to the objective itself.
        let before = out.len();
        for i in &o.indicators {
            let idx = out.len();
            out.push(TreeItem {
                kind: "indicator",
                unit: unit.clone(),
                label: i.name.clone(),
                key: i.key.clone(),
                href: paths::indicator(&a.unit, &o.id, &i.id),
                achievement: fig
                    .and_then(|f| f.indicators.iter().find(|(k, _)| *k == i.key))
                    .map_or_else(
                        || self.mean_view(Mean::default()),
                        |(_, y)| self.verdict(y.current(), y.status, y.basis),
                    ),
                open: false,
                close: 0,
            });
            let inner = out.len();
            for b in agreements {
                for lo in &b.objectives {
                    let to_this = |l: &Option<CascadeLink>| {
                        l.as_ref().is_some_and(|l| {
                            l.unit == a.unit
                                && l.objective == o.id
                                && l.indicator.as_deref() == Some(i.id.as_str())
                        })
                    };
                    if to_this(&lo.supports)
                        || lo
                            .indicators
                            .iter()
                            .any(|li| to_this(&li.supports) && lo.supports.is_none())
                    {
                        self.tree_objective(agreements, b, lo, out, placed, depth + 1);
                    }
                }
            }
            if out.len() > inner {
                out[idx].open = true;
                if let Some(last) = out.last_mut() {
                    last.close += 1;
                }
            }
        }
        for b in agreements {
            for lo in &b.objectives {
                let to_objective = lo.supports.as_ref().is_some_and(|l| {
                    l.unit == a.unit && l.objective == o.id && l.indicator.is_none()
                });
                if to_objective {
                    self.tree_objective(agreements, b, lo, out, placed, depth + 1);
                }
            }
        }
        if out.len() > before {
            out[start].open = true;
            if let Some(last) = out.last_mut() {
                last.close += 1;
            }
        }
    }
}

/// Marks the item at `at` as opening a nested list when items were added
/// after `below`, and closes that list after the last of them.
fn close_under(items: &mut [TreeItem], at: usize, below: usize) {
    if items.len() > below {
        items[at].open = true;
        if let Some(last) = items.last_mut() {
            last.close += 1;
        }
    }
}
