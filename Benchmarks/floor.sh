#!/usr/bin/env bash
# floor.sh CONTENT OUTPUT — the least any generator could spend on a site: reading its input, cmark alone on its
# Markdown, and writing the files of a built site, each timed with hyperfine (warm page cache, 10 runs).
#
#   Benchmarks/floor.sh /tmp/almanac-bench/almanac-content-1000 /tmp/almanac-bench/out-1000-almanac
#
# CONTENT is a content folder; OUTPUT a site Almanac built from it (its files are copied, as a build writes them).
# Prints `read_ms=`, `cmark_ms=`, `write_ms=` and `floor_ms=` (their sum; the three overlap in a real build, which
# can also use both cores, so the sum is an upper bound of the floor, not a lower one). Needs hyperfine and gcc.
set -euo pipefail
content="${1:?usage: floor.sh CONTENT OUTPUT}"
output="${2:?usage: floor.sh CONTENT OUTPUT}"
work="$(mktemp -d "${TMPDIR:-/tmp}/almanac-floor.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# cmark alone: parse and render every Markdown file with libcmark's default (safe) options, as Almanac does.
cat > "$work/cmark-all.c" <<'C'
#include <cmark.h>
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
    size_t total = 0;
    for (int i = 1; i < argc; i++) {
        FILE *file = fopen(argv[i], "rb");
        if (!file) return 1;
        fseek(file, 0, SEEK_END); long size = ftell(file); fseek(file, 0, SEEK_SET);
        char *text = malloc(size + 1);
        if (fread(text, 1, size, file) != (size_t)size) return 1;
        fclose(file);
        char *html = cmark_markdown_to_html(text, size, CMARK_OPT_DEFAULT);
        total += 0 * size + (html ? 1 : 0);
        free(html); free(text);
    }
    printf("%zu\n", total);
    return 0;
}
C
gcc -O2 -o "$work/cmark-all" "$work/cmark-all.c" $(pkg-config --cflags --libs libcmark)
find "$content" -name '*.md' | sort > "$work/markdown.txt"
find "$content" -type f | sort > "$work/all.txt"

measure() { # name command...
    hyperfine --style none -N --warmup 2 --runs 10 --export-json "$work/$1.json" "${@:2}" > /dev/null 2>&1 || \
        hyperfine --style none --warmup 2 --runs 10 --export-json "$work/$1.json" "${@:2}" > /dev/null
    python3 -c "import json,sys; print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['median'] * 1000))" "$work/$1.json"
}
read_ms=$(measure read "bash -c 'xargs cat < $work/all.txt > /dev/null'")
cmark_ms=$(measure cmark "bash -c 'xargs $work/cmark-all < $work/markdown.txt > /dev/null'")
write_ms=$(hyperfine --style none --warmup 1 --runs 10 --prepare "rm -rf $work/copy" --export-json "$work/write.json" \
    "cp -R $output $work/copy" > /dev/null && python3 -c "import json,sys; print('%.1f' % (json.load(open(sys.argv[1]))['results'][0]['median'] * 1000))" "$work/write.json")
echo "files: $(wc -l < "$work/all.txt") in, $(find "$output" -type f | wc -l) out ($(du -sm "$output" | cut -f1) MB)"
echo "read_ms=$read_ms"
echo "cmark_ms=$cmark_ms"
echo "write_ms=$write_ms"
python3 -c "print('floor_ms=%.1f' % ($read_ms + $cmark_ms + $write_ms))"
