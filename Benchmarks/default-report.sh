#!/usr/bin/env bash
# default-report.sh — how long `almanac build` takes on the embedded default report (goal: under 50 ms wall),
# with the process start-up on its own line, and the instruction count of one build (callgrind: repeatable on
# a noisy machine, unlike wall time). A benchmark, not a test: it prints figures.
#
#   Benchmarks/default-report.sh [RUNS]     (default 30 timed runs; needs hyperfine, valgrind for the count)
#   CORPUS=DIR TEMPLATES=DIR Benchmarks/default-report.sh   the same on another content folder
#   SHIPPED=0 Benchmarks/default-report.sh   skip the shipped binary (scripts/release.sh, about 4 minutes the first time)
#
# Two binaries are timed: the development build (`swift build -c release`, the Swift runtime and Foundation as
# shared libraries) and the binary users are given (`scripts/release.sh`: one static executable, stripped).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=${1:-30}
CONTENT=${CORPUS:-$ROOT/content}
TEMPLATES=${TEMPLATES:-$ROOT/templates}
# The output sits in a folder of its own, as output/ does in a report's folder: each build lists the output's
# parent for abandoned staging folders, and a shared /tmp can hold tens of thousands of entries.
WORK="${TMPDIR:-/tmp}/almanac-default-report"
mkdir -p "$WORK"
OUT="$WORK/output"
command -v hyperfine > /dev/null || { echo "default-report.sh needs hyperfine: apt-get install -y hyperfine" >&2; exit 2; }
(cd "$ROOT" && swift build -c release --product almanac > /dev/null)
BIN="$ROOT/.build/release/almanac"
BUILD="$BIN build --content $CONTENT --templates $TEMPLATES --output $OUT"
TIMED=(-n "start-up (almanac --help)" "$BIN --help" -n "build" "$BUILD")
if [ "${SHIPPED:-1}" = 1 ]; then
    # The release script builds incrementally in .build-release/; its copies go to a folder removed at the end.
    "$ROOT/scripts/release.sh" "$WORK/dist" > /dev/null
    SHIPPED_BIN="$WORK/dist/almanac"
    TIMED+=(-n "shipped start-up (almanac --help)" "$SHIPPED_BIN --help"
            -n "shipped build" "$SHIPPED_BIN build --content $CONTENT --templates $TEMPLATES --output $OUT")
fi
# hyperfine runs each command's runs together; the shipped and development builds are timed minutes apart at most.
hyperfine --style basic -N --warmup 3 --runs "$RUNS" "${TIMED[@]}" 2>&1 | grep -E "^Benchmark|Time|Range"
"$BIN" build --content "$CONTENT" --templates "$TEMPLATES" --output "$OUT" --timings 2>&1 | grep -E "^[a-z ]+ +[0-9.]+ ms$"
if command -v valgrind > /dev/null; then
    # valgrind 3.19 cannot read Swift 6.3's debug info: count instructions on a copy without it.
    STRIPPED="$(mktemp)" COUNTS="$(mktemp)"
    cp "$BIN" "$STRIPPED" && strip -g "$STRIPPED" && chmod +x "$STRIPPED"
    for counted in "$STRIPPED" ${SHIPPED_BIN:+"$SHIPPED_BIN"}; do
        label=instructions
        [ "$counted" = "$STRIPPED" ] || label="shipped instructions"
        valgrind --tool=callgrind --callgrind-out-file="$COUNTS" "$counted" build --content "$CONTENT" \
            --templates "$TEMPLATES" --output "$OUT" 2>&1 | sed -n "s/.*Collected : \([0-9]*\).*/$label: \1/p"
    done
    rm -f "$STRIPPED" "$COUNTS"
fi
rm -rf "$WORK"
