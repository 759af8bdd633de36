//! `kinerja generate`: synthetic but realistic content for benchmarks and
//! load tests — a tree of units in four levels, one agreement per unit per
//! year with four indicators and three budget lines, and every quarter's
//! realisation. The same seed gives the same files.

use std::fmt::Write as _;
use std::path::Path;

/// SplitMix64: small, fast and reproducible.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A float in [lo, hi).
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        #[allow(clippy::cast_precision_loss)]
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        lo + unit * (hi - lo)
    }
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Writes a content folder with `units` units over `years` years ending in
/// `last_year`, into `dir` (which must not exist or be empty).
pub(super) fn generate(
    dir: &Path,
    units: usize,
    years: usize,
    seed: u64,
    last_year: i32,
) -> std::io::Result<usize> {
    let mut rng = Rng(seed);
    let units = units.max(4);
    let first_year = last_year - i32::try_from(years.max(1)).unwrap_or(1) + 1;
    let write = |rel: &str, text: &str| -> std::io::Result<()> {
        let p = dir.join(rel);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(p, text)
    };
    let mut files = 0usize;
    write(
        "site.yaml",
        &format!(
            "institution: Pemerintah Provinsi Sintetis\nregion: Provinsi Sintetis\nbase_url: https://sakip.sintetis.example/\nexample_data: true\nlicence: CC BY 4.0\nevaluations:\n{}",
            (first_year..=last_year)
                .map(|y| format!(
                    "  - year: {y}\n    score: {:.2}\n",
                    55.0 + f64::from(y - first_year) * 3.1
                ))
                .collect::<String>()
        ),
    )?;
    files += 1;
    // Levels: 1 head, ~10 % senior, ~40 % administrator, the rest supervisors.
    let senior = (units / 10).max(1);
    let admin = (units * 4 / 10).max(1);
    let mut list: Vec<(String, &str, Option<String>)> =
        vec![("kepala-daerah".into(), "gubernur", None)];
    for i in 0..senior {
        list.push((format!("opd-{i:04}"), "jpt", Some("kepala-daerah".into())));
    }
    for i in 0..admin {
        list.push((
            format!("bidang-{i:05}"),
            "administrator",
            Some(format!("opd-{:04}", i % senior)),
        ));
    }
    let rest = units.saturating_sub(1 + senior + admin);
    for i in 0..rest {
        list.push((
            format!("seksi-{i:05}"),
            "pengawas",
            Some(format!("bidang-{:05}", i % admin)),
        ));
    }
    let mut u = String::from("units:\n");
    for (id, level, parent) in &list {
        let _ = writeln!(u, "  - id: {id}\n    name: Unit {id}\n    level: {level}");
        if let Some(p) = parent {
            let _ = writeln!(u, "    parent: {p}");
        }
        let _ = writeln!(u, "    position: Kepala Unit {id}");
    }
    write("units.yaml", &u)?;
    files += 1;
    for year in first_year..=last_year {
        for (id, level, parent) in &list {
            let perf = rng.range(0.75, 1.08);
            let mut a = format!(
                "unit: {id}\nyear: {year}\nsigned:\n  date: {year}-01-15\n  place: Ibukota\nfirst_party:\n  name: Pejabat {id}\n  position: Kepala Unit {id}\n"
            );
            if let Some(p) = parent {
                let _ = write!(
                    a,
                    "second_party:\n  name: Pejabat {p}\n  position: Kepala Unit {p}\n"
                );
            }
            a.push_str("objectives:\n");
            let mut real = [String::new(), String::new(), String::new(), String::new()];
            for o in 1..=2 {
                let _ = writeln!(
                    a,
                    "  - id: S{o}\n    name: Sasaran {o} unit {id} tahun {year}"
                );
                if let Some(p) = parent {
                    let _ = writeln!(a, "    supports: {p}/S{o}");
                }
                a.push_str("    indicators:\n");
                for i in 1..=2 {
                    let cumulative = i == 2;
                    let target = if cumulative {
                        round2(rng.range(8.0, 40.0).round())
                    } else {
                        round2(rng.range(60.0, 98.0))
                    };
                    let quarterly: Vec<f64> = if cumulative {
                        let q = (target / 4.0).floor();
                        vec![q, q, q, target - 3.0 * q]
                    } else {
                        (1..=4)
                            .map(|q| round2(target * f64::from(q) / 4.0))
                            .collect()
                    };
                    let _ = writeln!(
                        a,
                        "      - id: IK{i}\n        name: Indikator {i} sasaran {o} {id}\n        measure: \"{}\"\n        target: {target}\n        quarterly_targets: [{}]\n{}",
                        if cumulative { "dokumen" } else { "%" },
                        quarterly
                            .iter()
                            .map(f64::to_string)
                            .collect::<Vec<_>>()
                            .join(", "),
                        if cumulative {
                            "        rollup: cumulative"
                        } else {
                            "        share: true"
                        }
                    );
                    for (q, r) in real.iter_mut().enumerate() {
                        let mut v = round2(quarterly[q] * perf * rng.range(0.92, 1.06));
                        if !cumulative {
                            v = v.min(100.0);
                        } else {
                            v = v.round();
                        }
                        let _ = write!(
                            r,
                            "  - id: S{o}/IK{i}\n    value: {v}\n    explanation: Realisasi triwulan {} sesuai laporan unit.\n",
                            q + 1
                        );
                    }
                }
            }
            let level_word = match *level {
                "gubernur" | "jpt" => "program",
                "administrator" => "kegiatan",
                _ => "sub_kegiatan",
            };
            a.push_str("budget:\n");
            let code_id = files % 100_000;
            let mut ceilings = Vec::new();
            for b in 1..=3 {
                #[allow(clippy::cast_possible_truncation)]
                let ceiling = (rng.range(2e8, 5e10) / 1000.0).round() as i64 * 1000;
                ceilings.push(ceiling);
                let _ = writeln!(
                    a,
                    "  - code: \"9.{b:02}.{:05}\"\n    name: Anggaran {b} unit {id}\n    level: {level_word}\n    ceiling: {ceiling}\n    objectives: [S1]",
                    code_id
                );
            }
            write(&format!("agreements/{year}/{id}.yaml"), &a)?;
            files += 1;
            let mut spent = [0f64; 3];
            for (q, r) in real.iter().enumerate() {
                let mut t = format!(
                    "unit: {id}\nyear: {year}\nquarter: {}\nreported: {}\nindicators:\n{r}budget:\n",
                    q + 1,
                    report_date(year, q + 1)
                );
                for (b, c) in ceilings.iter().enumerate() {
                    #[allow(clippy::cast_precision_loss)]
                    let share = *c as f64 * rng.range(0.18, 0.26);
                    spent[b] += share;
                    #[allow(clippy::cast_possible_truncation)]
                    let amount = (spent[b].min(*c as f64 * 0.98)) as i64;
                    let _ = writeln!(
                        t,
                        "  - code: \"9.{:02}.{code_id:05}\"\n    realised: {amount}",
                        b + 1
                    );
                }
                write(&format!("realisations/{year}/q{}/{id}.yaml", q + 1), &t)?;
                files += 1;
            }
        }
    }
    Ok(files)
}

fn report_date(year: i32, quarter: usize) -> String {
    match quarter {
        1 => format!("{year}-04-10"),
        2 => format!("{year}-07-10"),
        3 => format!("{year}-10-10"),
        _ => format!("{}-01-15", year + 1),
    }
}

/// `kinerja generate`: refuses a folder that is not empty, then writes.
pub(super) fn run(
    dir: &std::path::Path,
    units: usize,
    years: usize,
    seed: u64,
    last_year: i32,
) -> std::process::ExitCode {
    use super::lang;
    use std::io::Write as _;
    use std::process::ExitCode;

    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        warn!("error: `{}` already exists and is not empty", dir.display());
        return ExitCode::FAILURE;
    }
    match generate(dir, units, years, seed, last_year) {
        Ok(n) => {
            say!(
                "generated {n} files for {units} units over {years} years in {}",
                dir.display()
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            warn!("error: cannot write `{}`: {err}", dir.display());
            ExitCode::FAILURE
        }
    }
}
