#!/usr/bin/env bash
# Benchmark kinerja on synthetic content against Hugo on the same number of
# pages, in the same run, alternating: cold build, no-change rebuild,
# quarterly update (one quarter added to every unit) and forced rebuild;
# wall and user CPU time (median of RUNS), peak memory, files and bytes
# written, with the ratios and targets of issue 17.
#
#   bash benches/run.sh                                  # regency: 400 units
#   SIZES="400 800 2000" bash benches/run.sh             # + growth, province
#   SIZES=10000 RUNS=1 HUGO_UNITS= bash benches/run.sh   # stress, no Hugo
#
# Needs: a Rust toolchain and GNU time (/usr/bin/time). Hugo is optional
# (`apt-get install hugo`, or `../shared/tools/setup.sh --with-hugo`).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES="${SIZES:-400}"
YEARS="${YEARS:-5}"
RUNS="${RUNS:-3}"
HUGO_UNITS="${HUGO_UNITS-400 800 2000}"
WORK="${WORK:-$(mktemp -d /tmp/kinerja-bench.XXXXXX)}"
mkdir -p "$WORK"
[ -x /usr/bin/time ] || { echo "error: GNU time (/usr/bin/time) is missing: apt-get install time" >&2; exit 1; }
cargo build --release --locked --quiet
BIN="$PWD/target/release/kinerja"

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
max() { sort -n | tail -1; }

# once NAME CMD...: runs CMD once under GNU time, appends "wall user rss_kb"
# to $WORK/NAME.times; the command's stdout goes to $WORK/NAME.out.
once() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %M" -o "$WORK/time.txt" "$@" >"$WORK/$name.out" 2>"$WORK/stderr.txt" \
    || { cat "$WORK/stderr.txt" >&2; exit 1; }
  cat "$WORK/time.txt" >> "$WORK/$name.times"
}
# summary NAME: "median_wall median_user max_rss_mib" of NAME's runs.
summary() {
  local f="$WORK/$1.times"
  printf '%s %s %s\n' "$(cut -d' ' -f1 "$f" | median)" "$(cut -d' ' -f2 "$f" | median)" \
    "$(cut -d' ' -f3 "$f" | max | awk '{printf "%.0f", $1/1024}')"
}
files() { find "$1" -type f | wc -l; }
megabytes() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {printf "%.1f", s/1e6}'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN {print (v <= t) ? "met" : "MISSED"}'; }

declare -A COLD_WALL
printf '%-6s %-20s %8s %8s %9s %8s %9s %10s\n' units case "wall s" "user s" "peak MiB" files "MB" files/page
for n in $SIZES; do
  C="$WORK/content-$n"; O="$WORK/public-$n"; H="$WORK/hugo-$n"
  rm -rf "$C" "$O" "$WORK"/.public-"$n".kinerja-* "$WORK"/*.times
  "$BIN" generate "$C" --units "$n" --years "$YEARS" --seed 7 >/dev/null
  LAST=$(ls "$C/realisations" | sort | tail -1)
  rm -rf "$WORK/q4-$n"; cp -r "$C/realisations/$LAST/q4" "$WORK/q4-$n"
  kclean() { rm -rf "$O" "$WORK"/.public-"$n".kinerja-*; }
  K=("$BIN" build --content "$C" --out "$O" --quiet --format json)
  build() { "${K[@]}" "$@"; }
  kclean; build >/dev/null
  P=$(find "$O" -name '*.html' | wc -l)
  FILES=$(files "$O"); MB=$(megabytes "$O")

  hugo_here=0
  if command -v hugo >/dev/null && [[ " $HUGO_UNITS " == *" $n "* ]]; then
    hugo_here=1
    # The same number of pages for Hugo: one Markdown page per kinerja page,
    # each carrying a table, rendered with a minimal template.
    rm -rf "$H"; mkdir -p "$H/content/p" "$H/layouts/_default"
    printf 'baseURL = "https://example.org/"\ndisableKinds = ["taxonomy", "term", "RSS", "sitemap"]\n' > "$H/hugo.toml"
    printf '<!DOCTYPE html><html lang="id"><head><title>{{ .Title }}</title></head><body><main>{{ .Content }}</main></body></html>\n' > "$H/layouts/_default/single.html"
    cp "$H/layouts/_default/single.html" "$H/layouts/_default/list.html"
    awk -v n="$P" -v dir="$H/content/p" 'BEGIN {
      for (i = 1; i <= n; i++) {
        f = dir "/" i ".md"
        printf "---\ntitle: \"Halaman %d\"\n---\n| Indikator | Target | TW I | TW II | TW III | TW IV | Capaian |\n|---|---|---|---|---|---|---|\n| IK1 | 95 | 24,5 | 49 | 71 | 94 | 98,95 %% |\n| IK2 | 8 | 2 | 4 | 6 | 8 | 100 %% |\n| IK3 | 80-90 | 82 | 84 | 86 | 88 | 100 %% |\n| IK4 | BB | - | - | - | B | 80 %% |\n", i > f
        close(f)
      }
    }'
    hugo --source "$H" --quiet >/dev/null # warm the page cache
  fi

  # Cold builds, alternating with Hugo's, each into a new folder: on ext4
  # creating files right after removing many costs several times more (the
  # allocator skips recently freed inodes), which would measure the removal
  # of the previous run rather than the build.
  for i in $(seq "$RUNS"); do
    sync; once cold "$BIN" build --content "$C" --out "$WORK/cold-$n-$i" --quiet --format json
    if [ "$hugo_here" = 1 ]; then sync; once hugo hugo --source "$H" --quiet --destination "$WORK/hugo-public-$n-$i"; fi
  done
  for _ in $(seq "$RUNS"); do once nochange "${K[@]}"; done
  # A quarterly update: the last year's Triwulan IV reports added to every
  # unit, over a site built without them.
  for _ in $(seq "$RUNS"); do
    rm -rf "$C/realisations/$LAST/q4"; build >/dev/null
    cp -r "$WORK/q4-$n" "$C/realisations/$LAST/q4"; sync
    once update "${K[@]}"
  done
  UPDATE_WRITTEN=$(grep -o '"written":[0-9]*' "$WORK/update.out" | cut -d: -f2)
  UPDATE_SAME=$(grep -o '"unchanged":[0-9]*' "$WORK/update.out" | cut -d: -f2)
  for _ in $(seq "$RUNS"); do once force "${K[@]}" --force; done

  row() { # case wall user rss files mb
    awk -v n="$n" -v c="$1" -v w="$2" -v u="$3" -v m="$4" -v f="$5" -v b="$6" -v p="$P" \
      'BEGIN {printf "%-6s %-20s %8.2f %8.2f %9d %8s %9s %10s\n", n, c, w, u, m, f, b, (f == "") ? "" : sprintf("%.2f", f/p)}'
  }
  read -r cw cu cm < <(summary cold); row cold "$cw" "$cu" "$cm" "$FILES" "$MB"
  read -r w u m < <(summary nochange); row no-change "$w" "$u" "$m" "" ""
  read -r uw uu um < <(summary update); row "quarterly update" "$uw" "$uu" "$um" "" ""
  read -r w u m < <(summary force); row "forced rebuild" "$w" "$u" "$m" "" ""
  COLD_WALL[$n]=$cw
  echo "$n units: $P pages; quarterly update wrote $UPDATE_WRITTEN files, left $UPDATE_SAME unchanged"
  if [ "$hugo_here" = 1 ]; then
    read -r hw hu hm < <(summary hugo)
    row "hugo (same pages)" "$hw" "$hu" "$hm" "$(files "$WORK/hugo-public-$n-1")" "$(megabytes "$WORK/hugo-public-$n-1")"
    awk -v a="$cw" -v b="$hw" -v c="$cu" -v d="$hu" 'BEGIN {printf "ratio kinerja/hugo, cold: wall %.2f (target <= 1.0), user CPU %.2f (target <= 1.5)\n", a/b, c/d}'
  fi
  awk -v u="$uw" -v c="$cw" 'BEGIN {printf "quarterly update / cold build, wall: %.2f (target <= 0.40)\n", u/c}'
  if [ "$n" -le 400 ]; then
    echo "targets: output $MB MB (<= 200: $(verdict "$MB" 200)); $(awk -v f="$FILES" -v p="$P" 'BEGIN {printf "%.2f", f/p}') files/page (<= 2: $(verdict "$(awk -v f="$FILES" -v p="$P" 'BEGIN {print f/p}')" 2)); peak $cm MiB (<= 300: $(verdict "$cm" 300))"
  elif [ "$n" -eq 2000 ]; then
    echo "targets (province): cold $cw s (<= 30: $(verdict "$cw" 30)); peak $cm MiB (<= 400: $(verdict "$cm" 400))"
  fi
  rm -rf "$H/public" "$O" "$WORK"/cold-"$n"-* "$WORK"/.cold-"$n"-* "$WORK"/hugo-public-"$n"-*
done
# Growth: each size against the one before it.
prev=""
for n in $SIZES; do
  if [ -n "$prev" ]; then
    awk -v a="$prev" -v b="$n" -v ta="${COLD_WALL[$prev]}" -v tb="${COLD_WALL[$n]}" \
      'BEGIN {printf "growth %s -> %s units (x%.2f): cold wall x%.2f (linear: <= x%.2f)\n", a, b, b/a, tb/ta, 1.05*b/a}'
  fi
  prev=$n
done
echo "work folder: $WORK"
