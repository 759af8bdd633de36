//! Validate: raw structs → the typed [`crate::model`], or diagnostics.
//!
//! Each content file is checked on its own (ids, figures, dates), then across
//! files (units and parents, agreements and their unit, realisations and their
//! agreement, cascade links between agreements). Every problem is recorded;
//! validation never stops at the first one. The returned [`Site`] holds what
//! validated, so `check` can count it even when there were errors.

mod agreements;
pub(crate) mod editions;
mod evaluations;
mod paths;
mod plans;
mod realisations;
mod register;
mod reports;
pub(crate) mod settings;
mod units;
mod values;

pub(crate) use realisations::is_safe_link;
pub use values::NOT_MEASURED;

use crate::diag::{Diagnostics, Span};
use crate::load::{FileKind, RawContent};
use crate::model::{Page, Site};
use serde_saphyr::Spanned;
use std::collections::BTreeSet;

/// What already failed (and was reported), so checks that depend on it stay
/// quiet instead of reporting follow-on problems.
#[derive(Debug, Default)]
pub(crate) struct Broken {
    /// `units.yaml` is missing or unreadable: unit ids cannot be checked.
    pub units: bool,
    /// Unit ids listed in `units.yaml` but rejected.
    pub unit_ids: BTreeSet<String>,
    /// Agreements (unit, year) that failed.
    pub agreements: BTreeSet<(String, i32)>,
    /// Objectives, indicators (`S1/IK2`) and budget codes that failed, by (unit, year, id).
    pub items: BTreeSet<(String, i32, String)>,
}

impl Broken {
    /// Whether references to `unit` should not be checked.
    pub(crate) fn unit(&self, unit: &str) -> bool {
        self.units || self.unit_ids.contains(unit)
    }

    /// Whether references to the agreement of `unit` in `year` should not be checked.
    pub(crate) fn agreement(&self, unit: &str, year: i32) -> bool {
        self.unit(unit) || self.agreements.contains(&(unit.to_string(), year))
    }

    /// Whether references to item `id` of that agreement should not be checked.
    pub(crate) fn item(&self, unit: &str, year: i32, id: &str) -> bool {
        self.agreement(unit, year)
            || self
                .items
                .contains(&(unit.to_string(), year, id.to_string()))
    }
}

/// Builds the model from raw content, recording every problem in `diags`.
pub fn validate(raw: RawContent, diags: &mut Diagnostics) -> Site {
    let mut broken = Broken::default();
    for kind in &raw.unreadable {
        match kind {
            FileKind::Units => broken.units = true,
            FileKind::Agreement { year, unit } => {
                broken.agreements.insert((unit.clone(), *year));
            }
            _ => {}
        }
    }
    let settings = settings::validate(raw.settings.as_ref(), diags);
    let units = units::validate(raw.units.as_ref(), &mut broken, diags);
    let mut agreements =
        agreements::validate(&raw.agreements, &units, &settings, &mut broken, diags);
    let plans = plans::validate(&raw.plans, &units, &settings, &broken, diags);
    plans::link(&raw.agreements, &mut agreements, &plans, &broken, diags);
    realisations::attach(
        &raw.realisations,
        &mut agreements,
        &settings.grade_scales,
        &broken,
        diags,
    );
    let registers = register::validate(&raw, &units, &settings, &broken, diags);
    let archives = editions::validate(&raw, &settings, diags);
    register::check_record_dates(&raw, &settings, diags);
    paths::check(&raw, diags);
    let pages = pages(&raw, diags);
    let mut site = Site::new(settings, units, agreements, pages, plans);
    site.registers = registers;
    site.archives = archives;
    site.reports = reports::validate(&raw, &site, &broken, diags);
    site
}

fn pages(raw: &RawContent, diags: &mut Diagnostics) -> Vec<Page> {
    let mut pages: Vec<Page> = raw
        .pages
        .iter()
        .filter_map(|p| {
            let crate::load::FileKind::Page { slug } = &p.kind else {
                return None;
            };
            if !ids::is_unit_id(slug) {
                diags.push(
                    crate::diag::Diagnostic::error(
                        &p.file,
                        None,
                        format!("page name `{slug}` cannot be used in a web address"),
                    )
                    .with_help(
                        "name pages with lowercase letters, digits and `-`, such as `tentang.md`",
                    ),
                );
                return None;
            }
            let title = p.data.title.value.trim();
            if title.is_empty() {
                diags.push(
                    crate::diag::Diagnostic::error(
                        &p.file,
                        span(&p.data.title),
                        "the page title is empty",
                    )
                    .with_help("give the page a title"),
                );
            }
            Some(Page {
                slug: slug.clone(),
                title: title.to_string(),
                order: p.data.order.unwrap_or(0),
                body: p.body.clone().unwrap_or_default(),
            })
        })
        .collect();
    pages.sort_by(|a, b| (a.order, &a.slug).cmp(&(b.order, &b.slug)));
    pages
}

/// The span of a spanned value, for diagnostics.
pub(crate) fn span<T>(s: &Spanned<T>) -> Option<Span> {
    let loc = s.referenced;
    let line = usize::try_from(loc.line()).unwrap_or(0);
    (line > 0).then(|| {
        Span::new(
            line,
            usize::try_from(loc.column()).unwrap_or(0),
            usize::try_from(loc.span().len()).unwrap_or(1).max(1),
        )
    })
}

/// Rules for ids, which end up in file names and web addresses.
pub(crate) mod ids {
    /// Unit ids and page names: lowercase ASCII letters, digits and `-`, not
    /// starting with `-`; at most 64 characters; not a name Windows
    /// reserves.
    pub(crate) fn is_unit_id(id: &str) -> bool {
        !id.is_empty()
            && id.len() <= 64
            && !id.starts_with('-')
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !reserved_on_windows(id)
    }

    /// Objective and indicator ids: ASCII letters, digits, `.`, `_` and `-`,
    /// starting with a letter or digit and not ending with `.`; at most 32
    /// characters; not a name Windows reserves.
    pub(crate) fn is_item_id(id: &str) -> bool {
        !id.is_empty()
            && id.len() <= 32
            && id.as_bytes()[0].is_ascii_alphanumeric()
            && !id.ends_with('.')
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
            && !reserved_on_windows(id)
    }

    /// Whether `name` is one Windows keeps for devices (`con`, `nul`,
    /// `com1`, …, in any case and with any extension): a file or folder so
    /// named cannot be copied to an NTFS or FAT disk.
    pub(crate) fn reserved_on_windows(name: &str) -> bool {
        let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
        let stem = stem.to_ascii_lowercase();
        match stem.as_str() {
            "con" | "prn" | "aux" | "nul" | "conin$" | "conout$" => true,
            s => {
                (s.starts_with("com") || s.starts_with("lpt"))
                    && s.len() > 3
                    && s[3..]
                        .chars()
                        .all(|c| c.is_ascii_digit() || "¹²³".contains(c))
                    && s[3..].chars().count() == 1
            }
        }
    }

    /// The help for an id refused by [`is_unit_id`] or [`is_item_id`].
    pub(crate) fn help(id: &str, rule: &str, example: &str) -> String {
        if reserved_on_windows(id) {
            format!(
                "`{id}` is a name Windows keeps for a device (con, prn, aux, nul, com1 to com9, lpt1 to lpt9): the site could not be copied to a Windows or FAT disk; choose another, such as `{id}-1`"
            )
        } else if id.ends_with('.') {
            "an id cannot end with `.`: Windows drops it, and two ids would share a folder"
                .to_string()
        } else {
            format!("use {rule}, such as {example}")
        }
    }

    /// Why a file name is not portable to the disks and hosts government
    /// staff use (NTFS, FAT, macOS), if it is not.
    pub(crate) fn unportable(name: &str) -> Option<&'static str> {
        if name.chars().any(char::is_control) {
            Some("it contains a control character (such as a tab or a line break)")
        } else if name.chars().any(|c| "<>:\"|?*\\".contains(c)) {
            Some("it contains a character Windows does not allow in file names (< > : \" | ? * \\)")
        } else if name.ends_with('.') || name.ends_with(' ') {
            Some("it ends with a dot or a space, which Windows drops")
        } else if reserved_on_windows(name) {
            Some(
                "Windows reserves the name for a device (con, prn, aux, nul, com1 to com9, lpt1 to lpt9)",
            )
        } else {
            None
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn windows_device_names_are_reserved_in_any_form() {
            for name in [
                "con",
                "CON",
                "nul",
                "Nul.txt",
                "com1",
                "LPT9",
                "aux.tar.gz",
                "com¹",
            ] {
                assert!(reserved_on_windows(name), "{name}");
                assert!(!is_unit_id(&name.to_lowercase()), "{name}");
            }
            for name in [
                "console", "com", "com10", "nula", "lpt", "icon", "S1", "IK1",
            ] {
                assert!(!reserved_on_windows(name), "{name}");
            }
            assert!(!is_item_id("S1."));
            assert!(!is_item_id("CON"));
            assert!(is_item_id("S1.a"));
        }
    }
}
