#!/usr/bin/env bash
# default-templates-scale.sh [SMALL] [LARGE] [RUNS] — whether the default templates stay linear in the page count.
#
# Generates SMALL and LARGE report pages (default 200 and 2,000) with ../shared/bench/gen_site.py, converts them
# into Almanac's content format with make-almanac-corpus.py (themes, events, the register, and the default
# report's model.yaml, figures.yaml and wording.yaml), then builds each with the release binary and the
# DEFAULT templates (templates/, not Benchmarks/templates) RUNS times (default 5) into an empty output folder.
# Prints, for each size, the median wall and CPU (user + system) time, ms per page, bytes written per page and
# peak RSS (from /usr/bin/time -v, the largest over the runs), then the ratios LARGE against SMALL:
#   time_ratio=X    ms per page at LARGE / ms per page at SMALL (goal: within 2)
#   bytes_ratio=Y   bytes per page at LARGE / bytes per page at SMALL (goal: within 1.5)
#   cpu_ratio=Z     the same for CPU time, steadier than wall time on a shared machine
# "Pages" are the report pages generated (themes); the site adds the cover, figures, accessibility, print and
# 404 pages. ALMANAC_BIN=PATH TEMPLATES=DIR measure another binary or template set.
set -euo pipefail
SMALL=${1:-200}
LARGE=${2:-2000}
RUNS=${3:-5}
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
SHARED="${ALMANAC_SHARED:-$REPO/../shared}"
ROOT="${TMPDIR:-/tmp}/almanac-default-scale"
TEMPLATES="${TEMPLATES:-$REPO/templates}"
mkdir -p "$ROOT"
[[ -x /usr/bin/time ]] || { echo "default-templates-scale.sh needs /usr/bin/time (apt-get install -y time)" >&2; exit 2; }

if [[ -z "${ALMANAC_BIN:-}" ]]; then
    (cd "$REPO" && swift build -c release --product almanac > /dev/null)
    ALMANAC_BIN="$REPO/.build/release/almanac"
fi
echo "machine: $(nproc) cores; binary: $ALMANAC_BIN; templates: $TEMPLATES; $RUNS runs each; date: $(date -u +%Y-%m-%d)"

# measure N: prints "N ms_per_page bytes_per_page rss_mib median_s" on stdout, a readable line on stderr.
measure() {
    local n=$1 corpus="$ROOT/corpus-$1" content="$ROOT/content-$1" out="$ROOT/out-$1" times=() cpus=() rss=0
    [[ -d "$corpus/content" ]] || python3 "$SHARED/bench/gen_site.py" "$n" "$corpus" --flavor hugo > /dev/null
    rm -rf "$content"
    python3 "$HERE/make-almanac-corpus.py" "$corpus" "$content"
    for _ in $(seq "$RUNS"); do
        rm -rf "$out"
        sync
        /usr/bin/time -v -o "$ROOT/time.log" "$ALMANAC_BIN" build --content "$content" --templates "$TEMPLATES" \
            --output "$out" > "$ROOT/build.log" 2>&1 || { cat "$ROOT/build.log" >&2; exit 1; }
        times+=("$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$ROOT/time.log")")
        cpus+=("$(awk -F': ' '/User time|System time/ { s += $2 } END { print s }' "$ROOT/time.log")")
        local kib
        kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$ROOT/time.log")
        (( kib > rss )) && rss=$kib
    done
    local bytes median cpu
    bytes=$(du -sb --apparent-size "$out" | cut -f1)
    median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    cpu=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
    awk -v n="$n" -v s="$median" -v c="$cpu" -v b="$bytes" -v r="$rss" 'BEGIN {
        printf "%d pages: median %.3f s wall (%.3f ms/page), %.3f s CPU (%.3f ms/page), %.0f bytes/page, %.1f MiB written, peak RSS %.0f MiB\n", n, s, s * 1000 / n, c, c * 1000 / n, b / n, b / 1048576, r / 1024 > "/dev/stderr"
        printf "%d %.6f %.1f %.1f %.3f %.6f\n", n, s * 1000 / n, b / n, r / 1024, s, c * 1000 / n }'
    rm -rf "$out"
}

small=$(measure "$SMALL")
large=$(measure "$LARGE")
awk -v a="$small" -v b="$large" 'BEGIN {
    split(a, s, " "); split(b, l, " ")
    printf "peak_rss_small_mib=%.0f peak_rss_large_mib=%.0f\n", s[4], l[4]
    printf "cpu_ratio=%.2f\n", l[6] / s[6]
    printf "time_ratio=%.2f\n", l[2] / s[2]
    printf "bytes_ratio=%.2f\n", l[3] / s[3] }'
