#!/usr/bin/env bash
# release.sh — builds the release binaries that run on a Linux machine with no Swift installed.
#
#   scripts/release.sh [DEST]      (default DEST: dist/ in the repository; incremental, scratch folders
#                                   .build-release/ and .build-release-static/)
#
# Writes DEST/almanac and DEST/almanac-serve (keep them side by side: `almanac serve` runs almanac-serve).
#  - almanac is one fully static executable (`-static-executable`: the Swift runtime, Foundation, libcmark, the C++
#    runtime and glibc inside), so `ldd` finds no dynamic section. Measured on the default report (issue 14, see
#    docs/performance.md): `--help` takes 2.5-2.9 ms against 4.4 ms with glibc, libm, libstdc++ and libgcc_s loaded
#    and 80,961 relocations applied, and a whole build 3-4 ms less (medians of 150-200 alternating runs).
#    The linker warns that getpwuid, getaddrinfo, getgrgid_r, getpwnam_r and dlopen need glibc's shared libraries at
#    run time. Of these almanac calls only getpwuid, and only when HOME is unset or empty (to know the home folder
#    it must never replace). glibc reads /etc/nsswitch.conf and /etc/passwd for it; only a user missing from
#    /etc/passwd would make it load a name-service module, which may fail.
#  - almanac-serve links the Swift runtime and Foundation statically (`--static-swift-stdlib`) but glibc
#    dynamically, and libcurl too: the statically linked FoundationNetworking, which the preview server's FlyingFox
#    pulls in, calls libcurl, and Debian ships no static libcurl that links without its thirty dependencies. When
#    libcurl's development link (libcurl.so) is missing, the link folder gets one pointing at the runtime library
#    libcurl.so.4, which is all the link needs.
#  - Both take libcmark from libcmark.a (libcmark-dev ships it). The CCmark module map and libcmark.pc ask for
#    -lcmark, and libcmark.pc puts its libdir first on the link search path, where the linker takes the shared
#    libcmark.so. So the builds read a copy of libcmark.pc (through PKG_CONFIG_PATH) whose libdir is a folder
#    holding only libcmark.a.
#  - The two binaries are built with different compiler flags, so each keeps its own scratch folder (a flag that
#    differs would otherwise recompile every target on each run).
# The copies in DEST are stripped of debug information (`strip`), which makes them several times smaller.
# Tests/ReleaseBinaryTests runs this script and checks the result with ldd.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$root/dist}"
scratch="$root/.build-release"
static_scratch="$root/.build-release-static"
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
swift build -c release --static-swift-stdlib --scratch-path "$scratch" -Xlinker "-L$links" --product almanac-serve
serve_bin="$(swift build -c release --static-swift-stdlib --scratch-path "$scratch" --show-bin-path)"
static=(-c release --static-swift-stdlib -Xswiftc -static-executable --scratch-path "$static_scratch")
swift build "${static[@]}" -Xlinker "-L$links" --product almanac
almanac_bin="$(swift build "${static[@]}" --show-bin-path)"

mkdir -p "$dest"
for program in almanac almanac-serve; do
    case "$program" in
        almanac) bin="$almanac_bin" ;;
        *) bin="$serve_bin" ;;
    esac
    cp "$bin/$program" "$dest/$program.tmp"
    strip "$dest/$program.tmp"
    mv -f "$dest/$program.tmp" "$dest/$program"
done
echo "wrote $dest/almanac and $dest/almanac-serve"
