#!/usr/bin/env bash
# pathological-markdown.sh — seconds `almanac check` takes on Markdown that is within the caps (128 KiB, 10,000 "[")
# but produces thousands of diagnostics: each case replaces the body of one theme of a copy of the default report.
# A benchmark, not a test: it prints one line per case (seconds, then the summary line of the check).
#
#   Benchmarks/pathological-markdown.sh [CASE...]     (default: every case; needs python3)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
(cd "$ROOT" && swift build -c release --product almanac > /dev/null)
BIN="$ROOT/.build/release/almanac"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
THEME=content/themes/03-care-matters.md
FRONT_MATTER="$(awk 'NR==1 || !done { print } NR>1 && /^---$/ { done=1 }' "$ROOT/$THEME")"

# Each body stays under 128 KiB with its front matter and under 10,000 "[".
body() {
    python3 - "$1" <<'PYTHON'
import sys
case = sys.argv[1]
bodies = {
    # 13,000 paragraphs of two inline raw-HTML tags: 26,000 warnings.
    "raw-html-paragraphs": "<b>a</b>\n\n" * 13_000,
    # 18,000 raw-HTML blocks: 18,000 warnings.
    "raw-html-blocks": "<hr>\n\n" * 18_000,
    # 30,000 raw tags on one line: 30,000 warnings on line 1 of the body.
    "raw-tags-one-line": "a<b>" * 30_000 + "\n",
    # 9,990 images without alt text, one per paragraph.
    "images-without-alt": "![](//a)\n\n" * 9_990,
    # 9,990 images without alt text on one line.
    "images-one-line": "![](//a) " * 9_990 + "\n",
    # 9,000 links to pages that do not exist, each a different broken link.
    "broken-links": "".join(f"[a](n{i})\n\n" for i in range(9_000)),
    # 12,000 unknown {{figure}} references, one per paragraph.
    "unknown-figures": "{{nope}}\n\n" * 12_000,
    # 20,000 unknown {{figure}} references on one line.
    "unknown-figures-one-line": "{{x}} " * 20_000 + "\n",
    # 4,500 known figures followed by raw HTML on one line: every warning's column crosses every substitution.
    "figures-and-html-one-line": "{{theme.peer_projects}}<b>" * 4_500 + "\n",
}
sys.stdout.write(bodies[case])
PYTHON
}

CASES=("$@")
[ ${#CASES[@]} -gt 0 ] || CASES=(raw-html-paragraphs raw-html-blocks raw-tags-one-line images-without-alt images-one-line
                                  broken-links unknown-figures unknown-figures-one-line figures-and-html-one-line)
printf '%-28s %9s  %s\n' case seconds summary
for name in "${CASES[@]}"; do
    rm -rf "$WORK/content" && cp -r "$ROOT/content" "$WORK/content"
    { printf '%s\n\n' "$FRONT_MATTER"; body "$name"; } > "$WORK/content/${THEME#content/}"
    bytes=$(wc -c < "$WORK/content/${THEME#content/}")
    [ "$bytes" -le 131072 ] || { echo "$name: $bytes bytes, over the 128 KiB cap" >&2; exit 1; }
    start=$(date +%s.%N)
    summary="$("$BIN" check --content "$WORK/content" --templates "$ROOT/templates" 2> /dev/null | tail -1 || true)"
    end=$(date +%s.%N)
    printf '%-28s %9.2f  %s\n' "$name" "$(echo "$end - $start" | bc)" "$summary"
done
