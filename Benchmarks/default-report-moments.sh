#!/usr/bin/env bash
# default-report-moments.sh [SAMPLES] [MINUTES_APART] — the default report's build time at several moments, each
# beside a fixed reference workload, so a reader can tell a slow build from a slow machine.
#
#   Benchmarks/default-report-moments.sh            (12 samples, 10 minutes apart: about two hours)
#   BIN=$PWD/dist/almanac Benchmarks/default-report-moments.sh 6 5    the shipped binary (scripts/release.sh dist)
#
# On this project's machines (shared, 2 cores) the same binary's median moves from about 18 to 34 ms within an hour,
# and `default-report.sh` reports one moment. Each sample here runs the reference workload (a C loop of arithmetic
# and random reads in a 4 MB buffer, the median of 21 rounds), then 60 warm builds (hyperfine, 5 warm-up runs).
# Prints one `sample=` line per moment, then the median of the samples' medians and how many were under 25 ms
# (issue 14's goal). A benchmark, not a test: it prints figures. Needs hyperfine, gcc and python3.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SAMPLES=${1:-12}
APART=${2:-10}
WORK="$(mktemp -d "${TMPDIR:-/tmp}/almanac-moments.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
for tool in hyperfine gcc python3; do
    command -v "$tool" > /dev/null || { echo "default-report-moments.sh needs $tool (apt-get install -y $tool)" >&2; exit 2; }
done
[[ "$SAMPLES" =~ ^[1-9][0-9]*$ && "$APART" =~ ^[0-9]+$ ]] || { echo "usage: default-report-moments.sh [SAMPLES ≥ 1] [WHOLE MINUTES_APART]" >&2; exit 2; }
if [ -z "${BIN:-}" ]; then
    (cd "$ROOT" && swift build -c release --product almanac > /dev/null)
    BIN="$ROOT/.build/release/almanac"
fi

cat > "$WORK/reference.c" <<'C'
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec * 1e3 + t.tv_nsec / 1e6; }
static int compare(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
int main(void) {
    static unsigned char buffer[4 << 20];
    double rounds[21];
    unsigned long hash = 1469598103934665603UL;
    volatile unsigned long sink = 0;
    for (int round = 0; round < 21; round++) {
        double start = now();
        for (int pass = 0; pass < 4; pass++)
            for (size_t i = 0; i < sizeof buffer; i += 64) {
                hash ^= buffer[(i * 2654435761u) % sizeof buffer];
                hash *= 1099511628211UL;
                buffer[i] = (unsigned char)hash;
            }
        for (long i = 0; i < 3000000; i++) hash = (hash ^ (unsigned long)i) * 1099511628211UL;
        sink += hash;
        rounds[round] = now() - start;
    }
    qsort(rounds, 21, sizeof rounds[0], compare);
    printf("%.2f\n", rounds[10]);
    return 0;
}
C
gcc -O2 -o "$WORK/reference" "$WORK/reference.c"

for sample in $(seq 1 "$SAMPLES"); do
    reference=$("$WORK/reference")
    # hyperfine says why on standard error if a build fails, and the script stops there.
    hyperfine -N --style none --warmup 5 --runs 60 --export-json "$WORK/run.json" \
        "$BIN build --content $ROOT/content --templates $ROOT/templates --output $WORK/output" > /dev/null
    median=$(python3 -c 'import json,sys; print("%.2f" % (json.load(open(sys.argv[1]))["results"][0]["median"] * 1000))' "$WORK/run.json")
    echo "sample=$sample time=$(date -u +%H:%M:%S) reference_ms=$reference build_median_ms=$median"
    echo "$reference $median" >> "$WORK/samples.txt"
    [ "$sample" = "$SAMPLES" ] || sleep $((APART * 60))
done
python3 - "$WORK/samples.txt" <<'PY'
import statistics, sys
rows = [tuple(map(float, line.split())) for line in open(sys.argv[1])]
medians = [build for _, build in rows]
print("median_of_medians_ms=%.2f" % statistics.median(medians))
print("samples_under_25_ms=%d of %d" % (sum(m < 25 for m in medians), len(medians)))
fastest = min(reference for reference, _ in rows)
quick = [build for reference, build in rows if reference <= 1.1 * fastest]
print("at_quick_moments_ms=%.2f (%d samples whose reference was within 10%% of the fastest, %.2f ms)"
      % (statistics.median(quick), len(quick), fastest))
PY
