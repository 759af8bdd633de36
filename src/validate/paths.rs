//! Output paths that would collide once the site is copied to the disks and
//! hosts government staff use: NTFS and FAT (USB sticks) ignore case and
//! reserve device names, macOS ignores case. `check` catches here every
//! collision `build` would meet, so none appears only at build time.

use super::{ids, span};
use crate::diag::{Diagnostic, Diagnostics};
use crate::load::RawContent;
use std::collections::HashMap;
use std::path::Path;

/// Files kinerja writes at the top of the site.
const OWNED_FILES: &[&str] = &[
    "index.html",
    "404.html",
    "feed.xml",
    "sitemap.xml",
    "robots.txt",
    "grafik.html",
    "nilai-sakip.svg",
    "pratinjau.png",
];

/// Folders kinerja writes at the top of the site.
const OWNED_FOLDERS: &[&str] = &[
    "assets",
    "unit",
    "tahun",
    "data",
    "cari",
    "halaman",
    "metodologi",
    "pohon-kinerja",
    "rencana",
    // Not `dokumen`: `static/dokumen/` is where documents were published
    // before the register, and evidence links point there.
    "ketepatan-waktu",
    "evaluasi",
    "edisi",
];

/// Reports every id and static file whose output path would collide.
pub(super) fn check(raw: &RawContent, diags: &mut Diagnostics) {
    item_ids(raw, diags);
    static_files(&raw.static_files, diags);
}

/// Objective and indicator ids become folders of the unit
/// (`unit/dinkes/indikator/S1/IK1/`), across all years: two spellings that
/// differ only by case would share one folder on Windows and macOS.
fn item_ids(raw: &RawContent, diags: &mut Diagnostics) {
    // (unit, folder in lower case) → (spelling, file of its first use)
    let mut first: HashMap<(String, String), (String, String)> = HashMap::new();
    let mut claim = |unit: &str, spelled: String, file: &Path| -> Option<(String, String)> {
        let key = (unit.to_string(), spelled.to_lowercase());
        match first.get(&key) {
            Some((s, f)) if *s != spelled => Some((s.clone(), f.clone())),
            Some(_) => None,
            None => {
                first.insert(key, (spelled, file.display().to_string()));
                None
            }
        }
    };
    for loaded in &raw.agreements {
        let unit = loaded.data.unit.value.as_str();
        for o in &loaded.data.objectives.value {
            let oid = o.id.value.as_str();
            if !ids::is_item_id(oid) {
                continue;
            }
            if let Some((other, where_)) = claim(unit, oid.to_string(), &loaded.file) {
                // Its indicators would clash too: one message says it.
                diags.push(case_clash(
                    &loaded.file,
                    span(&o.id),
                    "objective",
                    oid,
                    &other,
                    &where_,
                ));
                continue;
            }
            for i in &o.indicators.value {
                let iid = i.id.value.as_str();
                if !ids::is_item_id(iid) {
                    continue;
                }
                let both = format!("{oid}/{iid}");
                if let Some((other, where_)) = claim(unit, both.clone(), &loaded.file) {
                    diags.push(case_clash(
                        &loaded.file,
                        span(&i.id),
                        "indicator",
                        &both,
                        &other,
                        &where_,
                    ));
                }
            }
        }
    }
}

fn case_clash(
    file: &Path,
    at: Option<crate::diag::Span>,
    what: &str,
    id: &str,
    other: &str,
    other_file: &str,
) -> Diagnostic {
    Diagnostic::error(
        file,
        at,
        format!("{what} id `{id}` differs only in case from `{other}` (in `{other_file}`)"),
    )
    .with_help(format!(
        "their pages would share one folder on Windows and macOS disks; spell the id the same way in every year (`{other}`), or choose another"
    ))
}

/// Static files are copied to the same path under the site.
fn static_files(files: &[std::path::PathBuf], diags: &mut Diagnostics) {
    let mut seen: HashMap<String, String> = HashMap::new();
    for rel in files {
        let Some(shown) = rel.to_str().map(|s| s.replace('\\', "/")) else {
            diags.push(
                Diagnostic::error(rel, None, "the file name is not valid UTF-8 text")
                    .with_help("rename the file with letters, digits, `-`, `_` and `.`"),
            );
            continue;
        };
        let Some(published) = shown.strip_prefix("static/") else {
            continue;
        };
        if let Some(why) = published.split('/').find_map(ids::unportable) {
            diags.push(
                Diagnostic::error(
                    rel,
                    None,
                    format!("this file cannot be published under its name: {why}"),
                )
                .with_help("rename the file with letters, digits, `-`, `_` and `.`"),
            );
            continue;
        }
        let lower = published.to_lowercase();
        let top = lower.split('/').next().unwrap_or_default();
        let owned = OWNED_FILES.contains(&lower.as_str())
            || (lower.contains('/') && OWNED_FOLDERS.contains(&top));
        if owned {
            diags.push(
                Diagnostic::error(
                    rel,
                    None,
                    format!("`{published}` is a path kinerja writes itself"),
                )
                .with_help(format!(
                    "rename the file or move it into a folder of your own, such as `static/berkas/`; kinerja owns `{}` and the folders `{}/`",
                    OWNED_FILES.join("`, `"),
                    OWNED_FOLDERS.join("/`, `")
                )),
            );
            continue;
        }
        if let Some(other) = seen.insert(lower, shown.clone()) {
            diags.push(
                Diagnostic::error(
                    rel,
                    None,
                    format!("`{shown}` differs only in case from `{other}`"),
                )
                .with_help("on Windows and macOS disks both would be one file; rename one of them"),
            );
        }
    }
}
