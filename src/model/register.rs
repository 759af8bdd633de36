//! The document register: the documents a unit publishes for a year (Renja,
//! IKU, the PK as signed, the quarterly reports, the LKjIP, the evaluation
//! report and its follow-up), each with its date and, when the clerk put the
//! file in the content, its size and SHA-256.

use super::Date;

/// A kind of document every unit publishes (PermenPAN-RB 88/2021 scores
/// their publication), in the order the register lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DocumentKind {
    /// *Rencana Strategis*: the unit's five-year plan.
    Renstra,
    /// *Rencana Kerja*: the year's work plan.
    Renja,
    /// *Indikator Kinerja Utama*: the main indicators, by decree.
    Iku,
    /// *Perjanjian Kinerja* as signed.
    Pk,
    /// *Rencana Aksi*: the quarterly targets.
    RencanaAksi,
    /// A quarterly realisation report (*laporan triwulan*), 1–4.
    Quarterly(u8),
    /// *Laporan Kinerja Instansi Pemerintah*: the annual report.
    Lkjip,
    /// *Laporan Hasil Evaluasi*: the SAKIP evaluation report.
    Lhe,
    /// The follow-up of the evaluation's recommendations (*tindak lanjut LHE*).
    FollowUp,
}

impl DocumentKind {
    /// Every kind, in register order.
    pub const ALL: [DocumentKind; 12] = [
        DocumentKind::Renstra,
        DocumentKind::Renja,
        DocumentKind::Iku,
        DocumentKind::Pk,
        DocumentKind::RencanaAksi,
        DocumentKind::Quarterly(1),
        DocumentKind::Quarterly(2),
        DocumentKind::Quarterly(3),
        DocumentKind::Quarterly(4),
        DocumentKind::Lkjip,
        DocumentKind::Lhe,
        DocumentKind::FollowUp,
    ];

    /// The name written in content files (`renja`, `laporan-tw2`).
    pub fn id(self) -> &'static str {
        match self {
            DocumentKind::Renstra => "renstra",
            DocumentKind::Renja => "renja",
            DocumentKind::Iku => "iku",
            DocumentKind::Pk => "pk",
            DocumentKind::RencanaAksi => "rencana-aksi",
            DocumentKind::Quarterly(1) => "laporan-tw1",
            DocumentKind::Quarterly(2) => "laporan-tw2",
            DocumentKind::Quarterly(3) => "laporan-tw3",
            DocumentKind::Quarterly(_) => "laporan-tw4",
            DocumentKind::Lkjip => "lkjip",
            DocumentKind::Lhe => "lhe",
            DocumentKind::FollowUp => "tindak-lanjut-lhe",
        }
    }

    /// The kind named `id` in a content file.
    pub fn parse(id: &str) -> Option<DocumentKind> {
        DocumentKind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// A file of the content published as it is (a PDF), with what a reader needs
/// to check that the copy they downloaded is the one published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentFile {
    /// The path under the content's `documents/` folder (`2026/dinkes/renja.pdf`).
    pub path: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the bytes, lowercase hexadecimal.
    pub sha256: String,
}

/// One registered document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// What it is.
    pub kind: DocumentKind,
    /// Its title, when the clerk gave one (otherwise the kind's name is shown).
    pub title: Option<String>,
    /// Its number (*nomor*), when given.
    pub number: Option<String>,
    /// The date it was signed or published.
    pub date: Option<Date>,
    /// The file, when it was put in the content.
    pub file: Option<DocumentFile>,
    /// Where it is published elsewhere (an http(s) address), when it is not a file here.
    pub url: Option<String>,
}

/// The register of one unit for one year (`documents/<year>/<unit>.yaml`).
#[derive(Debug, Clone, PartialEq)]
pub struct Register {
    /// Unit id.
    pub unit: String,
    /// Year.
    pub year: i32,
    /// Documents in register order (by kind, then as written).
    pub documents: Vec<Document>,
    /// The SAKIP evaluation of the unit for the year, if recorded.
    pub evaluation: Option<crate::model::Evaluation>,
    /// The content file, relative to the content folder.
    pub source: String,
}

impl Register {
    /// The documents of `kind`.
    pub fn of(&self, kind: DocumentKind) -> impl Iterator<Item = &Document> {
        self.documents.iter().filter(move |d| d.kind == kind)
    }
}

/// The publication this build is: an edition (`2026 TW II`) and its date.
/// Nothing in the record may be dated after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    /// Its name, as readers cite it (`2026 TW II`).
    pub name: String,
    /// Its date.
    pub date: Date,
}

/// The deadlines the timeliness page measures against (`timeliness:` in
/// `site.yaml`).
#[derive(Debug, Clone, PartialEq)]
pub struct Deadlines {
    /// Per year, the date the budget document (DPA/DIPA) was approved, and its name.
    pub budget_documents: std::collections::BTreeMap<i32, (Date, String)>,
    /// The PK is signed within this many months after the budget document (1).
    pub pk_months: u32,
    /// Each quarterly report within this many days after its quarter ends,
    /// when the government has such a rule (it varies: not assumed).
    pub report_days: Option<u32>,
    /// The LKjIP within this many months after the year ends (3 for regional
    /// governments, 2 for ministries).
    pub lkjip_months: u32,
}

impl Default for Deadlines {
    fn default() -> Deadlines {
        Deadlines {
            budget_documents: Default::default(),
            pk_months: 1,
            report_days: None,
            lkjip_months: 3,
        }
    }
}

/// One published figure, as an edition's archive keeps it: what it is, in
/// words, and its value as text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Figure {
    /// What it is (`Dinas Kesehatan 2026, S1/IK1 Angka kematian ibu: realisasi TW II`).
    pub what: String,
    /// The value as published (`72.5`, `80–90`, `BB`, `2026-01-16 3f2a…`).
    pub value: String,
}

/// The archive of an earlier edition (`editions/<slug>/` in the content).
#[derive(Debug, Clone, PartialEq)]
pub struct Archive {
    /// The edition.
    pub edition: Edition,
    /// Its folder name (`2026-tw-i`).
    pub slug: String,
    /// Every figure it published, by key.
    pub figures: std::collections::BTreeMap<String, Figure>,
    /// Its SHA-256 manifest, as it was published, when kept.
    pub sums: Option<String>,
    /// Its `angka.json`, byte for byte as it was published.
    pub text: String,
}

impl Edition {
    /// The edition's folder name: its name in lower case, with `-` for
    /// anything but letters and digits (`2026 TW II` → `2026-tw-ii`).
    pub fn slug(&self) -> String {
        let mut out = String::new();
        for c in self.name.chars() {
            if c.is_ascii_alphanumeric() {
                out.push(c.to_ascii_lowercase());
            } else if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        }
        while out.ends_with('-') {
            out.pop();
        }
        if out.is_empty() {
            out.push_str(&self.date.to_string());
        }
        out
    }
}
