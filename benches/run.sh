#!/usr/bin/env bash
# Benchmark kinerja on synthetic content: cold build, no-change rebuild and
# one-quarter-added rebuild, as wall time (median of RUNS), pages per second
# and peak memory; and Hugo on the same number of pages, in the same run.
#
#   bash benches/run.sh                 # regency size (400 units, 5 years)
#   SIZES="400 2000" RUNS=3 bash benches/run.sh
#
# Needs: a Rust toolchain, GNU time (/usr/bin/time); Hugo is optional
# (`../shared/tools/setup.sh --with-hugo` or `apt-get install hugo`).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-400}"
YEARS="${YEARS:-5}"
RUNS="${RUNS:-3}"
WORK="${WORK:-$(mktemp -d /tmp/kinerja-bench.XXXXXX)}"
cargo build --release --locked --quiet
BIN="$PWD/target/release/kinerja"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Runs "$@" RUNS times; prints "median_seconds max_rss_kb".
measure() {
  local times=() rss=0
  for _ in $(seq "$RUNS"); do
    "${PRE:-true}"
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt"; exit 1; }
    read -r t m < "$WORK/time.txt"
    times+=("$t"); [ "$m" -gt "$rss" ] && rss=$m
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | median)" "$rss"
}

printf '%-8s %-22s %10s %12s %12s\n' units case seconds pages/s "peak MB"
for n in $SIZES; do
  C="$WORK/content-$n"; O="$WORK/public-$n"
  rm -rf "$C" "$O"
  "$BIN" generate "$C" --units "$n" --years "$YEARS" --seed 7 >/dev/null
  LAST=$(ls "$C/realisations" | sort | tail -1)
  mv "$C/realisations/$LAST/q4" "$WORK/q4-$n"
  pages() { find "$O" -name '*.html' | wc -l; }
  row() { awk -v n="$n" -v c="$1" -v s="$2" -v m="$3" -v p="$4" 'BEGIN {printf "%-8s %-22s %10.2f %12.0f %12.0f\n", n, c, s, p/s, m/1024}'; }
  clean() { rm -rf "$O"; }
  read -r s m < <(PRE=clean measure "$BIN" build --content "$C" --out "$O" --quiet)
  P=$(pages); row cold "$s" "$m" "$P"; COLD=$s
  read -r s m < <(measure "$BIN" build --content "$C" --out "$O" --quiet)
  row no-change "$s" "$m" "$P"
  # The same, re-rendering every page and comparing it with the manifest.
  read -r s m < <(measure "$BIN" build --content "$C" --out "$O" --quiet --force)
  row "no-change --force" "$s" "$m" "$P"
  add_q4() { rm -rf "$C/realisations/$LAST/q4"; cp -r "$WORK/q4-$n" "$C/realisations/$LAST/q4"; }
  remove_q4() { rm -rf "$C/realisations/$LAST/q4"; "$BIN" build --content "$C" --out "$O" --quiet >/dev/null; add_q4; }
  read -r s m < <(PRE=remove_q4 measure "$BIN" build --content "$C" --out "$O" --quiet)
  row one-quarter-added "$s" "$m" "$(pages)"
  if command -v hugo >/dev/null; then
    # The same number of pages for Hugo: one Markdown page per kinerja page,
    # each carrying a table, rendered with a minimal template.
    H="$WORK/hugo-$n"; rm -rf "$H"; mkdir -p "$H/content/p" "$H/layouts/_default"
    printf 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$H/hugo.toml"
    printf '<!DOCTYPE html><html lang="id"><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n' > "$H/layouts/_default/single.html"
    cp "$H/layouts/_default/single.html" "$H/layouts/_default/list.html"
    for i in $(seq "$P"); do
      printf -- '---\ntitle: "Halaman %s"\n---\n| Indikator | Target | TW I | TW II | TW III | TW IV | Capaian |\n|---|---|---|---|---|---|---|\n| IK1 | 95 | 24,5 | 49 | 71 | 94 | 98,95 %% |\n| IK2 | 8 | 2 | 4 | 6 | 8 | 100 %% |\n| IK3 | 80-90 | 82 | 84 | 86 | 88 | 100 %% |\n| IK4 | BB | - | - | - | B | 80 %% |\n' "$i" > "$H/content/p/$i.md"
    done
    hclean() { rm -rf "$H/public"; }
    read -r hs hm < <(PRE=hclean measure hugo --source "$H" --quiet)
    row "hugo (same pages)" "$hs" "$hm" "$P"
    awk -v a="$hs" -v b="$COLD" 'BEGIN {printf "throughput ratio kinerja/hugo (cold, pages per second, same pages): %.2f\n", a/b}'
  else
    echo "(hugo not installed: no comparison)"
  fi
done
echo "work folder: $WORK"
