#!/usr/bin/env bash
# Traces every retain and release of a two-thread `opsguide build` with uprobes and names the
# reference counts both threads write: the cache lines that move between the cores for every
# page (Benchmarks/shared_counts.py explains the table). Slow: about 2 s for 1,000 pages,
# against 0.1 s untraced, and the trace takes about 200 MB.
#
# Usage: Benchmarks/shared_counts.sh [-n PAGES] [-b BINARY] [-o DIR] [-t TOP]
#   -n  corpus size (default 1000; generated with 20 methodologies)
#   -b  the opsguide binary to trace (default: a release build of this repository)
#   -o  work folder (default /dev/shm/opsguide-shared); trace.txt and table.md stay there
#   -t  how many functions and objects to list (default 25)
# Requirements: root (uprobes), apt-get install linux-perf.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
PAGES=1000; BINARY=""; WORK=/dev/shm/opsguide-shared; TOP=25
while getopts ":n:b:o:t:h" opt; do
    case $opt in
        n) PAGES=$OPTARG ;; b) BINARY=$OPTARG ;; o) WORK=$OPTARG ;; t) TOP=$OPTARG ;;
        h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option; see $0 -h" >&2; exit 2 ;;
    esac
done
command -v perf >/dev/null || { echo "perf not found (apt-get install linux-perf)" >&2; exit 1; }
mkdir -p "$WORK"
if [ -z "$BINARY" ]; then
    echo "building the release binary ..."
    (cd "$ROOT" && swift build -c release --static-swift-stdlib --product opsguide >"$WORK/swift-build.log" 2>&1) \
        || { tail -20 "$WORK/swift-build.log" >&2; exit 1; }
    BINARY="$ROOT/.build/release/opsguide"
fi
BINARY=$(cd "$(dirname "$BINARY")" && pwd)/$(basename "$BINARY")
[ -d "$WORK/corpus" ] && [ "$(cat "$WORK/corpus.pages" 2>/dev/null)" = "$PAGES" ] || {
    rm -rf "$WORK/corpus"
    python3 "$HERE/gen_corpus.py" -q --pages "$PAGES" --methodologies 20 --layout opsguide --out "$WORK/corpus"
    echo "$PAGES" >"$WORK/corpus.pages"
}

FUNCTIONS=(swift_retain swift_release swift_bridgeObjectRetain swift_bridgeObjectRelease)
perf probe -q -d 'ogcounts:*' 2>/dev/null || true
trap 'perf probe -q -d "ogcounts:*" 2>/dev/null || true' EXIT
for function in "${FUNCTIONS[@]}"; do
    # Event names are unique across groups: `og_` keeps these from clashing with other probes.
    perf probe -q -x "$BINARY" "ogcounts:og_$function=$function obj=%di:u64 ret=+0(%sp):u64"
done
rm -rf "$WORK/site"
echo "tracing a two-thread build of $PAGES pages ..."
perf record -q -e 'ogcounts:*' -o "$WORK/perf.data" -- \
    "$BINARY" build --jobs 2 --content "$WORK/corpus/content" --templates "$ROOT/templates" --output "$WORK/site" >/dev/null
# thread, function, probe address, object, return address
perf script -i "$WORK/perf.data" -F tid,event,trace 2>/dev/null \
    | sed -E 's/ogcounts:og_([a-zA-Z_]+): \(([0-9a-f]+)\) obj=([0-9]+) ret=([0-9]+)/\1 \2 \3 \4/' >"$WORK/trace.txt"
rm -f "$WORK/perf.data"
python3 "$HERE/shared_counts.py" "$WORK/trace.txt" "$BINARY" "$TOP" | tee "$WORK/table.md"
