//! Themes: tera templates and assets. The default theme is embedded in the
//! binary; another theme folder, and single templates or assets in the content
//! folder's `theme/`, override it file by file.

use super::RenderError;
use std::collections::BTreeMap;
use std::path::Path;

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../themes/default/templates/", $name)))),*]
    };
}

/// The default templates.
const TEMPLATES: &[(&str, &str)] = embedded!(
    "base.html",
    "home.html",
    "units.html",
    "unit.html",
    "unit_year.html",
    "indicator.html",
    "year.html",
    "tree.html",
    "methodology.html",
    "page.html",
    "404.html",
    "data.html",
    "search.html",
    "document_head.html",
    "print.html",
    "annex_pk.html",
    "annex_realisation.html",
    "efficiency.html",
    "lkjip.html",
    "chart.html",
    "chart_page.html",
    "alias.html",
    "plans.html",
    "plan.html",
    "plan_rows.html",
    "plan_indicator.html",
    "register.html",
    "timeliness.html",
    "evaluations.html",
    "edition.html",
    "editions.html",
    "cite.html",
);

/// The default assets.
const ASSETS: &[(&str, &[u8])] = &[
    (
        "style.css",
        include_bytes!("../../themes/default/assets/style.css"),
    ),
    (
        "cari.js",
        include_bytes!("../../themes/default/assets/cari.js"),
    ),
    (
        "salin.js",
        include_bytes!("../../themes/default/assets/salin.js"),
    ),
    (
        "favicon.svg",
        include_bytes!("../../themes/default/assets/favicon.svg"),
    ),
];

/// Templates and assets ready to use.
#[derive(Debug, Clone)]
pub struct Theme {
    templates: BTreeMap<String, String>,
    assets: BTreeMap<String, Vec<u8>>,
}

impl Default for Theme {
    fn default() -> Self {
        Theme {
            templates: TEMPLATES
                .iter()
                .map(|(n, t)| ((*n).to_string(), (*t).to_string()))
                .collect(),
            assets: ASSETS
                .iter()
                .map(|(n, b)| ((*n).to_string(), b.to_vec()))
                .collect(),
        }
    }
}

impl Theme {
    /// Overrides templates and assets with those in `dir/templates` and
    /// `dir/assets`, if the folders exist.
    pub fn overlay(&mut self, dir: &Path) -> Result<(), RenderError> {
        for (sub, is_template) in [("templates", true), ("assets", false)] {
            let folder = dir.join(sub);
            if !folder.is_dir() {
                continue;
            }
            for walked in crate::files::walk(&folder, "theme folder") {
                let (rel, path) = match walked {
                    crate::files::Walked::File { rel, path } => (rel, path),
                    crate::files::Walked::Refused {
                        rel, message, help, ..
                    } => {
                        return Err(RenderError::Theme(format!(
                            "{}: {message}\n  = help: {help}",
                            folder.join(rel).display()
                        )));
                    }
                };
                let rel = rel.to_string_lossy().replace('\\', "/");
                let bytes = crate::files::read_regular(&path, crate::load::MAX_FILE_BYTES)
                    .map_err(|e| {
                        RenderError::Theme(format!("{}: {e}", folder.join(&rel).display()))
                    })?;
                if is_template {
                    let text = String::from_utf8(bytes).map_err(|_| {
                        RenderError::Theme(format!("{}: not UTF-8", folder.join(&rel).display()))
                    })?;
                    self.templates.insert(rel, text);
                } else {
                    self.assets.insert(rel, bytes);
                }
            }
        }
        Ok(())
    }

    /// The template engine with every template loaded.
    pub fn tera(&self) -> Result<tera::Tera, RenderError> {
        let mut tera = tera::Tera::new();
        tera.add_raw_templates(self.templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
            .map_err(|e| RenderError::Theme(super::error_chain(&e)))?;
        Ok(tera)
    }

    /// The fingerprint of every template and asset.
    pub fn fingerprint(&self) -> u128 {
        let mut f = crate::fingerprint::Fingerprinter::new();
        for (name, text) in &self.templates {
            f.add(name.as_bytes()).add(text.as_bytes());
        }
        for (name, bytes) in &self.assets {
            f.add(name.as_bytes()).add(bytes);
        }
        f.finish()
    }

    /// The assets, by path under `assets/`.
    pub fn assets(&self) -> &BTreeMap<String, Vec<u8>> {
        &self.assets
    }
}
