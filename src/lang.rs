//! The two languages of kinerja: of the site (`language:` in `site.yaml`)
//! and of the command line (`--lang`).

/// A language kinerja speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Bahasa Indonesia (the default): decimal comma, thousands dot.
    #[default]
    Id,
    /// English: decimal point, thousands comma.
    En,
}

impl Lang {
    /// From the `language` setting.
    pub fn from_code(code: &str) -> Lang {
        if code == "en" { Lang::En } else { Lang::Id }
    }

    /// From a code given by a person (`en`, `EN`, `english`, `id`,
    /// `indonesia`), if it names one.
    pub fn parse(code: &str) -> Option<Lang> {
        match code.trim().to_lowercase().as_str() {
            "id" | "indonesia" | "indonesian" | "bahasa" => Some(Lang::Id),
            "en" | "english" | "inggris" => Some(Lang::En),
            _ => None,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The decimal mark and the thousands separator.
    pub(crate) fn separators(self) -> (char, char) {
        match self {
            Lang::Id => (',', '.'),
            Lang::En => ('.', ','),
        }
    }
}
