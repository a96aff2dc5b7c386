#!/usr/bin/env bash
# Save-to-reload latency of `almanac serve` on the default report (content/). A benchmark, not a test:
# it prints figures and always exits 0 once the measurements are taken. Goal: under 100 ms.
#
#   Benchmarks/serve-latency.sh [RUNS]        RUNS saves of each kind (default 15)
#   SERVE_CONTENT=DIR Benchmarks/serve-latency.sh   another content folder (e.g. the 2,000-page corpus that
#                                         default-templates-scale.sh leaves in /tmp/almanac-default-scale/content-2000)
#   SERVE_FLAGS=--timings                 show each rebuild's stages in the server log ($work/serve.log)
#   CONFIGURATION=debug Benchmarks/serve-latency.sh   measure a debug build instead of release
#   SWIFT_BUILD_FLAGS="--scratch-path .build-bench"   extra flags for swift build
#
# It copies content/ and templates/ to a temporary folder, starts `almanac serve --port 0` there, opens the
# live-reload event stream like a browser does, then repeatedly saves a theme file and times each save until
# the server's `reload` event arrives. Two kinds of save: writing the file in place, and writing a temporary
# file then renaming it over the original (what Vim, VS Code and most "safe save" editors do).
set -euo pipefail

runs="${1:-15}"
source "$(dirname "$0")/start-serve.sh" serve-latency

python3 - "$work" "$runs" "$port" <<'PYTHON'
import glob, os, re, socket, statistics, sys, time

work, runs = sys.argv[1], int(sys.argv[2])
log = os.path.join(work, "serve.log")

port = int(sys.argv[-1])

stream = socket.create_connection(("127.0.0.1", port))
stream.sendall(f"GET /__almanac/events HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: text/event-stream\r\n\r\n".encode())
received = b""

def wait_for(needle, timeout=60):
    global received
    end = time.monotonic() + timeout
    while needle not in received:
        stream.settimeout(max(0.01, end - time.monotonic()))
        chunk = stream.recv(65536)
        if not chunk:
            sys.exit("event stream closed")
        received += chunk
    received = received.split(needle, 1)[1]

wait_for(b"event: hello")
theme = sorted(glob.glob(os.path.join(work, "content", "themes", "*.md")))[0]
original = open(theme, encoding="utf-8").read()

def save_in_place(text):
    with open(theme, "w", encoding="utf-8") as file:
        file.write(text)

def save_by_rename(text):
    temporary = theme + ".almanac-bench"
    with open(temporary, "w", encoding="utf-8") as file:
        file.write(text)
    os.replace(temporary, theme)

results = {}
edit = 0
for name, save in (("in-place write", save_in_place), ("write + rename", save_by_rename)):
    figures = []
    for _ in range(runs):
        edit += 1
        text = original + f"\nBenchmark edit number {edit}.\n"
        started = time.perf_counter()
        save(text)
        wait_for(b"event: reload")
        figures.append((time.perf_counter() - started) * 1000)
        time.sleep(0.25)
    results[name] = figures
save_in_place(original)

builds = [int(ms) for ms in re.findall(r"built in (\d+) ms after", open(log).read())]
pages = len(glob.glob(os.path.join(work, "content", "themes", "*.md")))
ordered = {name: list(figures) for name, figures in results.items()}
print(f"almanac serve: save-to-reload-event latency, {pages} theme pages, {runs} saves each, goal < 100 ms")
for name, figures in results.items():
    figures.sort()
    p90 = figures[max(0, int(round(0.9 * len(figures))) - 1)]
    print(f"  {name:15} min {figures[0]:6.1f}  median {statistics.median(figures):6.1f}  "
          f"p90 {p90:6.1f}  max {figures[-1]:6.1f} ms")
for name, figures in ordered.items():
    # In order, so a slow stretch (the machine still writing the copied content, say) shows as such.
    print(f"  {name + ', each save':25} " + " ".join(f"{figure:.0f}" for figure in figures))
if builds:
    print(f"  of which the rebuild itself (server log): median {statistics.median(builds)} ms, "
          f"min {min(builds)} ms, max {max(builds)} ms")
    rebuilds = [line for line in open(log).read().splitlines() if "built in" in line]
    print(f"  last rebuild: {rebuilds[-1].strip()}")
PYTHON
