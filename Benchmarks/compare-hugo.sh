#!/usr/bin/env bash
# compare-hugo.sh N — Almanac against Hugo on the same synthetic corpus, side by side.
#
# Generates N report pages and about N/4 events with ../shared/bench/gen_site.py (Hugo flavour), converts
# the same Markdown and events into Almanac's content format (make-almanac-corpus.py), builds Almanac in
# release mode, then runs ../shared/bench/bench.sh: both generators in alternating hyperfine rounds, each
# run a cold build into an empty output folder. Almanac uses Benchmarks/templates, which render the same
# pages as the corpus's Hugo layouts (one page per report, a home page with the event tables and the list
# of all reports). Prints median wall, CPU, ms per page and peak RSS for each, then `ratio=X`
# (Almanac median wall / Hugo median wall). Needs hyperfine and hugo (apt-get install hyperfine hugo).
set -euo pipefail
N=${1:?usage: compare-hugo.sh N}
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
SHARED="${ALMANAC_SHARED:-$REPO/../shared}"
ROOT="${TMPDIR:-/tmp}/almanac-bench"
mkdir -p "$ROOT"

for tool in hyperfine hugo; do
    command -v "$tool" > /dev/null || { echo "compare-hugo.sh needs $tool: apt-get install -y $tool" >&2; exit 2; }
done

CORPUS="$ROOT/corpus-$N"
[[ -d "$CORPUS/content" ]] || python3 "$SHARED/bench/gen_site.py" "$N" "$CORPUS" --flavor hugo
ALMANAC_CONTENT="$ROOT/almanac-content-$N"
rm -rf "$ALMANAC_CONTENT"
python3 "$HERE/make-almanac-corpus.py" "$CORPUS" "$ALMANAC_CONTENT"

(cd "$REPO" && swift build -c release --product almanac > /dev/null)
# The benchmark's own templates, with the default strings (the words Almanac itself writes) beside them.
TEMPLATES="$ROOT/templates"
rm -rf "$TEMPLATES"
cp -R "$HERE/templates" "$TEMPLATES"
cp -R "$REPO/templates/strings" "$TEMPLATES/strings"
BIN="$REPO/.build/release/almanac"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(hugo version | cut -d' ' -f1-2); date: $(date -u +%Y-%m-%d)"

LOG="$ROOT/compare-$N.log"
bash "$SHARED/bench/bench.sh" --root "$ROOT" --name almanac "$N" \
    "'$BIN' build --content '$ALMANAC_CONTENT' --templates '$TEMPLATES' --output \"\$OUT\"" | tee "$LOG"

python3 - "$LOG" <<'PY'
import re, sys
rows = {}
for line in open(sys.argv[1]):
    parts = line.split()
    if parts and parts[0] in ("hugo", "almanac") and len(parts) >= 9:
        rows[parts[0]] = float(parts[1])
print("ratio=%.2f" % (rows["almanac"] / rows["hugo"]))
PY
