#!/usr/bin/env bash
# release.sh — builds the release binaries that run on a Debian/Ubuntu machine with no Swift installed.
#
#   scripts/release.sh [DEST]      (default DEST: dist/ in the repository; incremental, scratch folder .build-release/)
#
# Writes DEST/almanac and DEST/almanac-serve (keep them side by side: `almanac serve` runs almanac-serve).
#  - The Swift runtime and Foundation are linked statically (`--static-swift-stdlib`).
#  - libcmark is linked statically from libcmark.a (libcmark-dev ships it). The CCmark module map and libcmark.pc
#    ask for -lcmark, and libcmark.pc puts its libdir first on the link search path, where the linker takes the
#    shared libcmark.so. So the build reads a copy of libcmark.pc (through PKG_CONFIG_PATH) whose libdir is a
#    folder holding only libcmark.a.
#  - So `ldd DEST/almanac` lists only libc-level libraries (libc, libm, libstdc++, libgcc_s, the loader).
#  - almanac-serve also needs libcurl's shared library (libcurl4, present on most systems): the statically linked
#    FoundationNetworking, which the preview server's FlyingFox pulls in, calls libcurl, and Debian ships no
#    static libcurl that links without its thirty dependencies. When libcurl's development link (libcurl.so) is
#    missing, the link folder gets one pointing at the runtime library libcurl.so.4, which is all the link needs.
# The copies in DEST are stripped of debug information (`strip`), which makes them several times smaller.
# Tests/ReleaseBinaryTests runs this script and checks the result with ldd.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$root/dist}"
scratch="$root/.build-release"
links="$scratch/static-link"

libdir="$(pkg-config --variable=libdir libcmark 2>/dev/null || true)"
if [ -z "$libdir" ] || [ ! -f "$libdir/libcmark.a" ]; then
    echo "release.sh needs libcmark.a: apt-get install -y libcmark-dev pkg-config" >&2
    exit 1
fi
mkdir -p "$links/pkgconfig"
ln -sfn "$libdir/libcmark.a" "$links/libcmark.a"
sed "s|^Libs:.*|Libs: -L$links -lcmark|" "$(pkg-config --variable=pcfiledir libcmark)/libcmark.pc" > "$links/pkgconfig/libcmark.pc"
export PKG_CONFIG_PATH="$links/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}"
if [ -e "$libdir/libcurl.so" ]; then
    rm -f "$links/libcurl.so"
elif [ -e "$libdir/libcurl.so.4" ]; then
    ln -sfn "$libdir/libcurl.so.4" "$links/libcurl.so"
else
    echo "release.sh needs libcurl for almanac-serve: apt-get install -y libcurl4" >&2
    exit 1
fi

cd "$root"
swift build -c release --static-swift-stdlib --scratch-path "$scratch" -Xlinker "-L$links"
bin="$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)"

mkdir -p "$dest"
for program in almanac almanac-serve; do
    cp "$bin/$program" "$dest/$program.tmp"
    strip "$dest/$program.tmp"
    mv -f "$dest/$program.tmp" "$dest/$program"
done
echo "wrote $dest/almanac and $dest/almanac-serve"
