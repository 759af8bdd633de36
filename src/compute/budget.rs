//! Budget lines as the hierarchy they are: program ⊃ kegiatan ⊃ sub kegiatan,
//! nested by code (`5.02.01` ⊃ `5.02.01.2.01`).
//!
//! Real lists mix levels (a programme and its own kegiatan), so adding every
//! line counts the same rupiah twice. Totals here add each level separately,
//! and the headline total is the top of each tree: the lines with no parent
//! in the list.

use super::absorption;
use crate::model::{Agreement, BudgetLevel};

/// One budget line with its place in the hierarchy and its figures.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetNode {
    /// Position of the line in the agreement's `budget`.
    pub line: usize,
    /// Position of its parent line, if the list holds one.
    pub parent: Option<usize>,
    /// 0 for a top line, 1 for its children, …
    pub depth: usize,
    /// Whether the line has no parent in the list (it counts in the total).
    pub top: bool,
    /// Realised up to each quarter: as reported for the line, else the sum
    /// of its children when every child reported.
    pub realised: [Option<i64>; 4],
    /// Absorption up to each quarter (%).
    pub absorption: [Option<f64>; 4],
}

/// Something in a budget list a clerk should check.
#[derive(Debug, Clone, PartialEq)]
pub enum BudgetIssue {
    /// The lines under `code` add up to more than its ceiling.
    ChildrenExceedParent {
        /// Parent code.
        code: String,
        /// Sum of the children's ceilings.
        children: i64,
        /// The parent's ceiling.
        ceiling: i64,
    },
    /// A line of a lower level whose parent is not in the list.
    Orphan {
        /// Its code.
        code: String,
        /// Its level.
        level: BudgetLevel,
    },
}

/// Budget totals of an agreement.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BudgetFigures {
    /// Every line, in document order.
    pub nodes: Vec<BudgetNode>,
    /// Headline ceiling: the sum over top lines.
    pub ceiling: i64,
    /// Number of top lines.
    pub top_lines: usize,
    /// Ceiling per level, each level added separately.
    pub level_totals: Vec<(BudgetLevel, i64, usize)>,
    /// Realised up to each quarter over the top lines, when the quarter's
    /// report gives budget figures.
    pub realised: [Option<i64>; 4],
    /// Absorption up to each quarter (%).
    pub absorption: [Option<f64>; 4],
    /// Whether the list is said to be complete.
    pub complete: bool,
    /// What a clerk should check.
    pub issues: Vec<BudgetIssue>,
}

impl BudgetFigures {
    /// The latest quarter with a budget figure, and its absorption.
    pub fn latest(&self) -> Option<(u8, f64)> {
        (0..4usize)
            .rev()
            .find_map(|i| self.absorption[i].map(|a| (u8::try_from(i + 1).unwrap_or(4), a)))
    }
}

/// Whether `child` is nested under `parent` by code.
fn is_under(child: &str, parent: &str) -> bool {
    child.len() > parent.len()
        && child.starts_with(parent)
        && child[parent.len()..].starts_with('.')
}

/// Computes the budget hierarchy and totals of `agreement`.
pub(super) fn figures(agreement: &Agreement) -> BudgetFigures {
    let lines = &agreement.budget;
    // The parent is the longest code in the list that this code extends.
    let parents: Vec<Option<usize>> = lines
        .iter()
        .map(|l| {
            lines
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.code.is_empty() && is_under(&l.code, &p.code))
                .max_by_key(|(_, p)| p.code.len())
                .map(|(i, _)| i)
        })
        .collect();
    let depth = |mut i: usize| {
        let mut d = 0;
        while let Some(p) = parents[i] {
            d += 1;
            i = p;
            if d > lines.len() {
                break;
            }
        }
        d
    };
    let reported: Vec<[Option<i64>; 4]> = lines
        .iter()
        .map(|l| {
            std::array::from_fn(|q| {
                agreement.reports[q]
                    .as_ref()
                    .and_then(|r| r.budget.get(&l.code))
                    .copied()
            })
        })
        .collect();
    let kids_of: Vec<Vec<usize>> = (0..lines.len())
        .map(|i| {
            (0..lines.len())
                .filter(|&c| parents[c] == Some(i))
                .collect()
        })
        .collect();
    let mut nodes: Vec<BudgetNode> = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let realised: [Option<i64>; 4] = std::array::from_fn(|q| {
            reported[i][q].or_else(|| {
                let kids = &kids_of[i];
                if kids.is_empty() {
                    return None;
                }
                kids.iter().map(|&c| reported[c][q]).sum()
            })
        });
        nodes.push(BudgetNode {
            line: i,
            parent: parents[i],
            depth: depth(i),
            top: parents[i].is_none(),
            absorption: realised.map(|r| r.and_then(|r| absorption(r, l.ceiling))),
            realised,
        });
    }
    let ceiling = crate::model::rupiah_sum(
        nodes
            .iter()
            .filter(|n| n.top)
            .map(|n| lines[n.line].ceiling),
    );
    let mut level_totals = Vec::new();
    for level in [
        BudgetLevel::Program,
        BudgetLevel::Kegiatan,
        BudgetLevel::SubKegiatan,
    ] {
        let at: Vec<_> = lines.iter().filter(|l| l.level == level).collect();
        if !at.is_empty() {
            level_totals.push((
                level,
                crate::model::rupiah_sum(at.iter().map(|l| l.ceiling)),
                at.len(),
            ));
        }
    }
    let realised: [Option<i64>; 4] = std::array::from_fn(|q| {
        let has = agreement.reports[q]
            .as_ref()
            .is_some_and(|r| !r.budget.is_empty());
        has.then(|| {
            crate::model::rupiah_sum(nodes.iter().filter(|n| n.top).filter_map(|n| n.realised[q]))
        })
    });
    let mut issues = Vec::new();
    let highest = lines.iter().map(|l| l.level).min();
    for (i, l) in lines.iter().enumerate() {
        let kids = &kids_of[i];
        if !kids.is_empty() {
            let sum = crate::model::rupiah_sum(kids.iter().map(|&c| lines[c].ceiling));
            if sum > l.ceiling {
                issues.push(BudgetIssue::ChildrenExceedParent {
                    code: l.code.clone(),
                    children: sum,
                    ceiling: l.ceiling,
                });
            }
        }
        if parents[i].is_none() && highest.is_some_and(|h| l.level > h) {
            issues.push(BudgetIssue::Orphan {
                code: l.code.clone(),
                level: l.level,
            });
        }
    }
    BudgetFigures {
        top_lines: nodes.iter().filter(|n| n.top).count(),
        nodes,
        ceiling,
        level_totals,
        absorption: realised.map(|r| r.and_then(|r| absorption(r, ceiling))),
        realised,
        complete: agreement.budget_complete,
        issues,
    }
}

#[cfg(test)]
mod tests {
    use super::is_under;

    #[test]
    fn nesting_is_by_whole_code_segments() {
        assert!(is_under("5.02.01.2.01", "5.02.01"));
        assert!(!is_under("5.02.011", "5.02.01"));
        assert!(!is_under("5.02.01", "5.02.01"));
    }
}
