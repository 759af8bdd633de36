//! serde's and the YAML reader's messages in the clerk's words, with the
//! field meant (also from the Indonesian word a clerk types) as a hint.

use super::*;

/// Rewrites a YAML/serde error message for the people who edit content files,
/// adding "did you mean …?" for misspelt field and option names. Returns the
/// message, the hint and how many characters the caret should cover.
/// The field or value name kinerja uses for an Indonesian word a clerk
/// naturally types for it (`satuan` → `measure`, `kumulatif` →
/// `cumulative`).
pub(crate) fn indonesian(word: &str) -> Option<&'static str> {
    let w = word.trim().to_lowercase().replace([' ', '-'], "_");
    Some(match w.as_str() {
        "satuan" | "satuan_ukur" => "measure",
        "nama" | "uraian" => "name",
        "indikator" | "indikator_kinerja" => "indicators",
        "sasaran" | "sasaran_strategis" => "objectives",
        "polaritas" | "arah" => "polarity",
        "target_tahunan" => "target",
        "target_triwulan" | "target_tw" => "quarterly_targets",
        "rumus" | "formulasi" => "formula",
        "definisi" | "definisi_operasional" => "definition",
        "sumber_data" => "data_source",
        "singkatan" | "akronim" => "abbreviations",
        "penanggung_jawab" | "pj" => "responsible",
        "periode" | "periodisitas" | "frekuensi" => "periodicity",
        "pagu" | "pagu_anggaran" => "ceiling",
        "anggaran" => "budget",
        "kode" | "kode_rekening" => "code",
        "tingkat" | "level_anggaran" => "level",
        "realisasi" | "nilai" => "value",
        "realisasi_anggaran" => "realised",
        "penjelasan" | "keterangan" | "analisis" => "explanation",
        "kendala" | "hambatan" | "permasalahan" => "obstacles",
        "tindak_lanjut" | "solusi" | "upaya" => "follow_up",
        "bukti" | "bukti_dukung" | "data_dukung" => "evidence",
        "tahun" => "year",
        "triwulan" | "tw" => "quarter",
        "tanggal" | "tanggal_lapor" | "tanggal_laporan" => "reported",
        "tempat" => "place",
        "jabatan" => "position",
        "pihak_pertama" => "first_party",
        "pihak_kedua" => "second_party",
        "induk" | "atasan" => "parent",
        "mendukung" | "mendukung_indikator" => "supports",
        "akumulasi" | "kumulatif" | "penjumlahan" | "jumlah" => "cumulative",
        "kondisi_akhir" | "akhir" | "terakhir" | "posisi_akhir" => "last",
        "rata_rata" | "ratarata" | "rerata" => "average",
        "negatif" | "menurun" => "negative",
        "positif" | "meningkat" => "positive",
        "tahunan" => "annual",
        "semesteran" | "semester" => "semester",
        "triwulanan" => "quarterly",
        _ => return None,
    })
}

/// The field names of five-year plans, amendments and benchmarks as clerks
/// write them in Indonesian; tried after [`indonesian`] (so `periode` is
/// `periodicity` on an indicator and `period` in a plan).
pub(crate) fn plan_word(word: &str) -> Option<&'static str> {
    let w = word.trim().to_lowercase().replace([' ', '-'], "_");
    Some(match w.as_str() {
        "periode" | "periode_rencana" => "period",
        "tujuan" => "goals",
        "program" | "program_kegiatan" | "kegiatan" => "programs",
        "kondisi_awal" | "baseline_awal" => "baseline",
        "target_akhir" | "target_akhir_periode" | "kondisi_akhir_periode" => "end_target",
        "dasar_hukum" | "penetapan" => "legal_basis",
        "judul" => "title",
        "pagu_indikatif" => "budget",
        "rencana" | "renstra" | "rpjmd" | "indikator_renstra" => "plan",
        "alasan_beda" | "alasan_perbedaan" => "plan_difference",
        "perubahan" | "pk_perubahan" => "amendment",
        "target_perubahan" => "revised_target",
        "target_triwulan_perubahan" => "revised_quarterly_targets",
        "pembanding" | "benchmark_nasional" => "benchmark",
        "alasan" => "reason",
        "sumber" => "source",
        _ => return None,
    })
}

pub(crate) fn explain_yaml_error(raw: &str) -> (String, Option<String>, usize) {
    let (message, help) = explain(raw);
    let len = if message.starts_with("unknown field") || message.starts_with("unknown value") {
        message
            .split('`')
            .nth(1)
            .map_or(1, |n| n.chars().count().max(1))
    } else {
        1
    };
    (message, help, len)
}

pub(crate) fn explain(raw: &str) -> (String, Option<String>) {
    let message = match raw.rfind(" at line ") {
        Some(pos) if raw[pos..].contains(", column ") => raw[..pos].to_string(),
        _ => raw.to_string(),
    };
    let message = message
        .replace(", set DuplicateKeyPolicy in Options if acceptable", "")
        .replace("mapping key", "field");
    let backticked = |s: &str| s.split('`').nth(1).map(str::to_string);
    let expected_list = |s: &str| -> Vec<String> {
        s.split_once("expected one of ")
            .or_else(|| s.split_once("expected "))
            .map(|(_, list)| {
                list.split(',')
                    .map(|x| x.trim().trim_matches('`').to_string())
                    .filter(|x| !x.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    };
    if message.starts_with("unknown field") || message.starts_with("unknown variant") {
        let what = if message.starts_with("unknown field") {
            "field"
        } else {
            "value"
        };
        let name = backticked(&message).unwrap_or_default();
        let options = expected_list(&message);
        let head = format!("unknown {what} `{name}`");
        let meant = [indonesian(&name), plan_word(&name)]
            .into_iter()
            .flatten()
            .find(|m| options.iter().any(|o| o == m));
        if let Some(m) = meant {
            return (
                head,
                Some(format!(
                    "did you mean `{m}`? (`{name}` is written `{m}` in kinerja files)"
                )),
            );
        }
        let help = match closest(&name, options.iter().map(String::as_str)) {
            Some(best) => format!("did you mean `{best}`?"),
            None if options.is_empty() => format!("remove `{name}`"),
            None => format!("expected one of: {}", options.join(", ")),
        };
        return (head, Some(help));
    }
    if let Some(field) = message.strip_prefix("missing field ") {
        let field = field.trim_matches('`');
        return (
            format!("missing field `{field}`"),
            Some(format!("add `{field}:` here (see docs/content-format.md)")),
        );
    }
    if message.starts_with("duplicate field") {
        return (
            message,
            Some("keep only one of the two entries".to_string()),
        );
    }
    if message.starts_with("invalid type") {
        return (
            message,
            Some(
                "check the value against docs/content-format.md; text with `:` or `#` needs quotes"
                    .to_string(),
            ),
        );
    }
    if message.starts_with("invalid i") || message.starts_with("invalid u") {
        return (
            "expected a whole number".to_string(),
            Some(
                "write digits only, without dots, spaces or `Rp`, such as `1250000000`".to_string(),
            ),
        );
    }
    if message.starts_with("invalid floating point") {
        return (
            "expected a number".to_string(),
            Some("write a number with a decimal point, such as `93.75`".to_string()),
        );
    }
    if message.starts_with("invalid bool") {
        return ("expected `true` or `false`".to_string(), None);
    }
    (
        message,
        Some("this is a YAML syntax problem: check quotes, brackets and indentation here and on the lines above".to_string()),
    )
}
