#!/usr/bin/env bash
# Profiles `opsguide build` with valgrind's callgrind on a generated corpus and prints the cost
# of every pipeline stage in instructions (repeatable, unlike times) and the top functions.
#
# Usage: Benchmarks/profile.sh [-n PAGES] [-m METHODOLOGIES] [-o DIR] [-s SRC]
#   -n  corpus size (default 1000)
#   -m  number of methodologies (default 20)
#   -o  work folder (default /dev/shm/opsguide-profile); callgrind.out and stages.md stay there
#   -s  the package to build and take templates/ from (default: this repository)
# Environment: SCRATCH (SwiftPM scratch path, default .build-bench).
#
# The build runs with --jobs 1 (callgrind serialises threads anyway). valgrind 3.19 (Debian 12)
# cannot read the DWARF 5 debug information Swift 6 emits (it gives up on the CLI), and the
# CLI's main was async until round 13, which valgrind crashed on. So the script links
# ProfileDriver/main.swift, a `SiteBuilder.build` call, against the release build's objects
# (OpsGuideKit and its library dependencies) and strips its debug information (symbol table
# kept). The driver writes the same site as `opsguide build`.
# Requirements: apt-get install valgrind.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PAGES=1000; METHODS=20; WORK=/dev/shm/opsguide-profile; ROOT=$(cd "$HERE/.." && pwd)
while getopts ":n:m:o:s:h" opt; do
    case $opt in
        n) PAGES=$OPTARG ;; m) METHODS=$OPTARG ;; o) WORK=$OPTARG ;; s) ROOT=$(cd "$OPTARG" && pwd) ;;
        h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option; see $0 -h" >&2; exit 2 ;;
    esac
done
SCRATCH=${SCRATCH:-.build-bench}
command -v valgrind >/dev/null || { echo "valgrind not found (apt-get install valgrind)" >&2; exit 1; }

mkdir -p "$WORK"
echo "building the release binary ($ROOT/$SCRATCH) ..."
(cd "$ROOT" && swift build -c release --product opsguide --scratch-path "$SCRATCH" >"$WORK/swift-build.log" 2>&1) \
    || { tail -20 "$WORK/swift-build.log" >&2; exit 1; }
REL=$(cd "$ROOT/$SCRATCH/release" && pwd -P)
# OpsGuideKit's own C targets: their module maps and objects.
C_TARGETS=(CRename CcmarkArena CTextScan)
C_FLAGS=(); C_OBJECTS=()
for target in "${C_TARGETS[@]}"; do
    [ -d "$REL/$target.build" ] || continue
    C_FLAGS+=(-Xcc -fmodule-map-file="$REL/$target.build/module.modulemap")
    C_OBJECTS+=("$REL/$target.build"/*.o)
done
# jemalloc as in the CLI (Package.swift), so that allocation costs are the shipped ones.
swiftc -O -module-name ProfileDriver "$HERE/ProfileDriver/main.swift" -o "$WORK/profile-driver" \
    -I "$REL/Modules" -I "$ROOT/Sources/Ccmark" -I "$ROOT/Sources/Cyaml" "${C_FLAGS[@]}" \
    "$REL"/OpsGuideKit.build/*.o "${C_OBJECTS[@]}" -lcmark -lyaml -ljemalloc >"$WORK/driver-build.log" 2>&1 \
    || { tail -20 "$WORK/driver-build.log" >&2; echo "linking the profile driver failed (did OpsGuideKit gain a dependency?)" >&2; exit 1; }
strip --strip-debug "$WORK/profile-driver"

echo "generating $PAGES pages ..."
rm -rf "$WORK/corpus"
python3 "$HERE/gen_corpus.py" -q --pages "$PAGES" --methodologies "$METHODS" --layout opsguide --out "$WORK/corpus"

echo "running under callgrind (slow: about a minute per 300 pages) ..."
rm -rf "$WORK/site"
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" \
    "$WORK/profile-driver" "$WORK/corpus/content" "$ROOT/templates" "$WORK/site" 1 \
    >"$WORK/valgrind.log" 2>&1 || { tail -20 "$WORK/valgrind.log" >&2; exit 1; }

python3 "$HERE/callgrind_stages.py" "$WORK/callgrind.out" | tee "$WORK/stages.md"
echo "profile: $WORK/callgrind.out (open with callgrind_annotate or kcachegrind); table: $WORK/stages.md"
