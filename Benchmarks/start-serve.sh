# start-serve.sh — sourced by the serve benchmarks, not run: builds almanac ($CONFIGURATION, default release,
# plus $SWIFT_BUILD_FLAGS), copies content/ and templates/ into a new temporary folder and starts
# `almanac serve --port 0` there (SERVE_CONTENT=DIR copies that content folder instead of content/, e.g. a
# generated 2,000-page corpus; SERVE_FLAGS adds flags such as --timings). Sets $root, $configuration, $work (the folder; serve.log and serve.err are in it)
# $server (the process id) and $port (once it is serving); on exit the server is stopped and the folder removed.
#
#   source "$(dirname "$0")/start-serve.sh" LABEL      LABEL names the temporary folder
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
configuration="${CONFIGURATION:-release}"
cd "$root"

echo "building almanac and almanac-serve ($configuration)..." >&2
swift build -c "$configuration" ${SWIFT_BUILD_FLAGS:-} --product almanac >&2
swift build -c "$configuration" ${SWIFT_BUILD_FLAGS:-} --product almanac-serve >&2
binary="$(swift build -c "$configuration" ${SWIFT_BUILD_FLAGS:-} --show-bin-path)/almanac"

work="$(mktemp -d "${TMPDIR:-/tmp}/almanac-$1.XXXXXX")"
server=""
cleanup() {
    if [ -n "$server" ]; then kill -INT "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
cp -R "${SERVE_CONTENT:-content}" "$work/content"
cp -R templates "$work/templates"

"$binary" serve --content "$work/content" --templates "$work/templates" --output "$work/output" --port 0 ${SERVE_FLAGS:-} \
    >"$work/serve.log" 2>"$work/serve.err" &
server=$!

# Wait (up to 120 s) for the serving line and read the port it picked into $port.
port=""
for _ in $(seq 1 2400); do
    port="$(sed -n 's|^Serving the report at http://127\.0\.0\.1:\([0-9]*\)/.*|\1|p' "$work/serve.log" 2>/dev/null | head -n 1)"
    [ -n "$port" ] && break
    sleep 0.05
done
if [ -z "$port" ]; then echo "almanac serve did not start: $(cat "$work/serve.err")" >&2; exit 1; fi
