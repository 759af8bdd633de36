//! Five-year plans: the RPJMD of the head of region and each unit's
//! Renstra, with goals, objectives, programmes, their indicators, baselines
//! and yearly targets; and what an annual agreement takes from them.

use super::*;

/// Which kind of five-year plan a plan is, decided by whose plan it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlanKind {
    /// *Rencana Pembangunan Jangka Menengah Daerah*: the head of region's plan.
    Rpjmd,
    /// *Rencana Strategis*: a unit's plan (for a ministry, its own Renstra too).
    Renstra,
}

/// A five-year plan (*RPJMD* or *Renstra*) of one unit for one period.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The unit whose plan it is (the head of region for the RPJMD).
    pub unit: String,
    /// RPJMD or Renstra.
    pub kind: PlanKind,
    /// First year of the period.
    pub from: i32,
    /// Last year of the period.
    pub to: i32,
    /// The document's title, when the source gives one.
    pub title: Option<String>,
    /// The regulation that adopted it (`Perbup No. 12 Tahun 2025`), when given.
    pub legal_basis: Option<String>,
    /// Goals (*tujuan*), each with its objectives.
    pub goals: Vec<Goal>,
    /// Programmes, kegiatan and sub kegiatan, in document order; nested by code.
    pub programmes: Vec<Programme>,
    /// Narrative (Markdown) from the file body.
    pub narrative: Option<String>,
    /// The content file, relative to the content folder.
    pub source: String,
}

/// A goal (*tujuan*) of a plan.
#[derive(Debug, Clone)]
pub struct Goal {
    /// Id within the plan (`T1`).
    pub id: String,
    /// Statement.
    pub name: String,
    /// Goal indicators.
    pub indicators: Vec<PlanIndicator>,
    /// Objectives (*sasaran*) under the goal.
    pub objectives: Vec<PlanObjective>,
}

/// An objective (*sasaran*) of a plan.
#[derive(Debug, Clone)]
pub struct PlanObjective {
    /// Id within the plan (`S1`).
    pub id: String,
    /// Statement.
    pub name: String,
    /// Objective indicators.
    pub indicators: Vec<PlanIndicator>,
}

/// A programme, kegiatan or sub kegiatan of a plan, with its indicators and
/// indicative budget per year.
#[derive(Debug, Clone)]
pub struct Programme {
    /// Code from the nomenclature (`1.02.02`).
    pub code: String,
    /// Name.
    pub name: String,
    /// Program, kegiatan or sub kegiatan.
    pub level: BudgetLevel,
    /// Ids of the plan objectives it serves.
    pub objectives: Vec<String>,
    /// Outcome (programme) or output (kegiatan) indicators.
    pub indicators: Vec<PlanIndicator>,
    /// Indicative budget (*pagu indikatif*) per year, in whole rupiah.
    pub budget: BTreeMap<i32, i64>,
}

/// An indicator of a plan, with its baseline and a target per year.
#[derive(Debug, Clone)]
pub struct PlanIndicator {
    /// Id, unique under its goal, objective or programme (`IK1`).
    pub id: String,
    /// Key within the plan: `parent/indicator` (`S1/IK1`, `1.02.02/IKP1`).
    pub key: String,
    /// Name.
    pub name: String,
    /// Unit of measure (*satuan*); empty when not given.
    pub measure: String,
    /// Higher or lower is better.
    pub polarity: Polarity,
    /// Formula used when polarity is negative.
    pub negative_formula: NegativeFormula,
    /// Condition before the period (*kondisi awal*), when given.
    pub baseline: Option<Baseline>,
    /// Target per year of the period; years may be missing.
    pub targets: BTreeMap<i32, Value>,
    /// Target at the end of the period (*kondisi akhir*): as written, or the
    /// target of the period's last year.
    pub end_target: Option<Value>,
    /// Definition (*definisi operasional*).
    pub definition: Option<String>,
    /// Formula text (*rumusan perhitungan*).
    pub formula: Option<String>,
    /// Data source (*sumber data*).
    pub data_source: Option<String>,
}

/// The condition an indicator starts the period from (*kondisi awal*).
#[derive(Debug, Clone, PartialEq)]
pub struct Baseline {
    /// The year it was measured (usually the year before the period).
    pub year: i32,
    /// The figure.
    pub value: Value,
}

/// Where an indicator sits in a plan.
#[derive(Debug, Clone, Copy)]
pub enum PlanPlace<'a> {
    /// A goal indicator.
    Goal(&'a Goal),
    /// An objective indicator, with the objective's goal.
    Objective(&'a Goal, &'a PlanObjective),
    /// A programme, kegiatan or sub kegiatan indicator.
    Programme(&'a Programme),
}

impl PlanPlace<'_> {
    /// The id or code of the goal, objective or programme.
    pub fn id(&self) -> &str {
        match self {
            PlanPlace::Goal(g) => &g.id,
            PlanPlace::Objective(_, o) => &o.id,
            PlanPlace::Programme(p) => &p.code,
        }
    }

    /// Its statement or name.
    pub fn name(&self) -> &str {
        match self {
            PlanPlace::Goal(g) => &g.name,
            PlanPlace::Objective(_, o) => &o.name,
            PlanPlace::Programme(p) => &p.name,
        }
    }
}

impl Plan {
    /// The years of the period, first to last.
    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        self.from..=self.to
    }

    /// Whether `year` falls in the period.
    pub fn covers(&self, year: i32) -> bool {
        self.years().contains(&year)
    }

    /// Every indicator with where it sits: goals with their objectives in
    /// document order, then programmes.
    pub fn indicators(&self) -> impl Iterator<Item = (PlanPlace<'_>, &PlanIndicator)> {
        let goals = self.goals.iter().flat_map(|g| {
            let own = g.indicators.iter().map(move |i| (PlanPlace::Goal(g), i));
            let below = g.objectives.iter().flat_map(move |o| {
                o.indicators
                    .iter()
                    .map(move |i| (PlanPlace::Objective(g, o), i))
            });
            own.chain(below)
        });
        let programmes = self.programmes.iter().flat_map(|p| {
            p.indicators
                .iter()
                .map(move |i| (PlanPlace::Programme(p), i))
        });
        goals.chain(programmes)
    }

    /// The indicator with key `parent/indicator`.
    pub fn indicator(&self, key: &str) -> Option<(PlanPlace<'_>, &PlanIndicator)> {
        self.indicators().find(|(_, i)| i.key == key)
    }

    /// The period as written in Indonesian documents: `2025–2029`.
    pub fn period(&self) -> String {
        format!("{}–{}", self.from, self.to)
    }
}

impl PlanIndicator {
    /// The plan's target for `year`.
    pub fn target(&self, year: i32) -> Option<&Value> {
        self.targets.get(&year)
    }
}

/// A link from an agreement's indicator to the plan indicator it implements.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlanLink {
    /// The unit whose plan it is.
    pub unit: String,
    /// First year of the plan's period.
    pub from: i32,
    /// Key of the plan indicator (`S1/IK1`).
    pub key: String,
}

/// A revised agreement (*PK Perubahan*) signed during the year.
#[derive(Debug, Clone, PartialEq)]
pub struct Amendment {
    /// Date the revised agreement was signed.
    pub date: Date,
    /// Why (a change of official, the revised budget, a change of priorities).
    pub reason: String,
}

/// A national or provincial figure to compare an indicator with.
#[derive(Debug, Clone, PartialEq)]
pub struct Benchmark {
    /// The figure.
    pub value: Value,
    /// Whose figure it is and where it comes from (`Nasional, SSGI 2024`).
    pub source: String,
    /// The year the figure is of, when it is not the agreement's year.
    pub year: Option<i32>,
}
