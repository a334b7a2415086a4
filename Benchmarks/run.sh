#!/usr/bin/env bash
# Benchmarks `opsguide build` against Hugo and the cmark floor (issue 7).
#
# For each corpus size it generates the same synthetic pages twice (OpsGuide layout and Hugo
# layout, identical Markdown bodies), then measures for each tool:
#   wall time   median of hyperfine runs (after warm-up runs)
#   CPU time    mean user + system time of the same runs
#   peak memory maximum resident set size of one extra run under /usr/bin/time -v
# and prints one Markdown table with the issue's ratios. Benchmarks are not tests: nothing here
# is asserted, it is measured and reported.
#
# The tools:
#   opsguide    opsguide build --content C --templates templates --output O   (release build, as scripts/build.sh makes it)
#   hugo        hugo --quiet -s H -d O           (Debian's hugo; uses all cores; minimal layouts)
#   cmark-floor cmark_floor -r 0 -w O C          (libcmark in C: read, render, write each page once)
# and then, for the CPU ratio, ALTERNATE rounds of one opsguide build and one floor run after
# each other (rusage.py, to the microsecond; medians): hyperfine times each tool's runs
# together, so a neighbour's load on this shared VM can fall on one tool and not the other.
# Each round also runs two controls, reported beside the ratio and never in its place:
#   opsguide-1-thread   opsguide build --jobs 1 ...   (what the second thread adds to our build)
#   cmark-floor-threads cmark_floor -r 0 -w O -t CORES C (what it adds to the floor itself)
#
# Usage: Benchmarks/run.sh [-n "1000 10000"] [-r RUNS] [-w WARMUP] [-a ALTERNATE] [-m METHODOLOGIES] [-o DIR] [-s SRC] [-k]
#   -n  corpus sizes in pages (default "1000 10000")
#   -r  timed runs per tool and size (default 5)
#   -w  warm-up runs (default 1)
#   -a  alternating rounds of opsguide and the floor per size (default 10; 0 for none)
#   -m  number of methodologies; the rest are practices (default 20)
#   -o  work folder for corpora, outputs and results, best on tmpfs (default /dev/shm/opsguide-bench)
#   -s  the package to build and take templates/ from (default: this repository). To measure a
#       fixed commit while the working tree changes: git archive HEAD | tar -x -C /tmp/src; -s /tmp/src
#   -k  keep the work folder's corpora and outputs afterwards (results are always kept)
# Environment: SCRATCH (SwiftPM scratch path, default .build-bench), HUGO, HYPERFINE, CC.
#
# Requirements (Debian 12): apt-get install hyperfine hugo time libcmark-dev libyaml-dev libjemalloc-dev gcc python3
# The machine should be idle: other processes on the same cores inflate wall times. The load
# average before and after the run is printed with the results.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SIZES="1000 10000"; RUNS=5; WARMUP=1; ALTERNATE=10; METHODS=20; WORK=/dev/shm/opsguide-bench; KEEP=0; ROOT=$(cd "$HERE/.." && pwd)
while getopts ":n:r:w:a:m:o:s:kh" opt; do
    case $opt in
        n) SIZES=$OPTARG ;; r) RUNS=$OPTARG ;; w) WARMUP=$OPTARG ;; a) ALTERNATE=$OPTARG ;; m) METHODS=$OPTARG ;;
        o) WORK=$OPTARG ;; s) ROOT=$(cd "$OPTARG" && pwd) ;; k) KEEP=1 ;;
        h) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        *) echo "unknown option; see $0 -h" >&2; exit 2 ;;
    esac
done

SCRATCH=${SCRATCH:-.build-bench}
HUGO=${HUGO:-hugo}; HYPERFINE=${HYPERFINE:-hyperfine}; CC=${CC:-cc}
for tool in "$HYPERFINE" "$HUGO" python3 "$CC"; do
    command -v "$tool" >/dev/null || { echo "$tool not found (apt-get install hyperfine hugo python3 gcc)" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "/usr/bin/time not found (apt-get install time)" >&2; exit 1; }

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
RESULTS="$WORK/results"
mkdir -p "$RESULTS"
if [ "$KEEP" = 0 ]; then
    trap 'rm -rf "$WORK"/corpus-* "$WORK"/out-*' EXIT
fi

echo "building the release binary ($ROOT/$SCRATCH) ..."
(cd "$ROOT" && swift build -c release --static-swift-stdlib --product opsguide --scratch-path "$SCRATCH" >"$RESULTS/swift-build.log" 2>&1) \
    || { tail -20 "$RESULTS/swift-build.log" >&2; exit 1; }
OPSGUIDE="$ROOT/$SCRATCH/release/opsguide"
"$CC" -O2 -o "$WORK/cmark_floor" "$HERE/cmark_floor.c" -lcmark -lpthread

{
    echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "host: $(uname -srm); $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); $(nproc) cores; $(awk '/MemTotal/ {printf "%.0f GiB RAM", $2/1048576}' /proc/meminfo)"
    echo "work folder: $WORK ($(df -T "$WORK" | awk 'NR==2 {print $2}'))"
    echo "opsguide: $("$OPSGUIDE" --version) ($(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo "source $ROOT"), as built from that folder)"
    echo "swift: $(swift --version 2>&1 | head -1)"
    echo "hugo: $("$HUGO" version | head -1)"
    echo "libcmark: $(dpkg-query -W -f '${Version}' libcmark-dev 2>/dev/null || echo unknown)"
    echo "hyperfine: $("$HYPERFINE" --version | head -1)"
    echo "runs: $RUNS timed + $WARMUP warm-up per tool and size; $METHODS methodologies"
} | tee "$RESULTS/machine.txt"

peak_kib() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }

for N in $SIZES; do
    C="$WORK/corpus-$N"
    echo "generating $N pages in $C ..."
    rm -rf "$C"
    python3 "$HERE/gen_corpus.py" -q --pages "$N" --methodologies "$METHODS" --layout opsguide --out "$C/opsguide"
    python3 "$HERE/gen_corpus.py" -q --pages "$N" --methodologies "$METHODS" --layout hugo --out "$C/hugo"
    sync

    O="$WORK/out-$N"
    declare -a NAMES=(opsguide hugo cmark-floor)
    declare -A CMD=(
        [opsguide]="'$OPSGUIDE' build --content '$C/opsguide/content' --templates '$ROOT/templates' --output '$O/opsguide'"
        [hugo]="'$HUGO' --quiet -s '$C/hugo' -d '$O/hugo'"
        [cmark-floor]="'$WORK/cmark_floor' -r 0 -w '$O/cmark-floor' '$C/opsguide/content'"
        [opsguide-1-thread]="'$OPSGUIDE' build --jobs 1 --content '$C/opsguide/content' --templates '$ROOT/templates' --output '$O/opsguide-1-thread'"
        [cmark-floor-threads]="'$WORK/cmark_floor' -r 0 -w '$O/cmark-floor-threads' -t $(nproc) '$C/opsguide/content'"
    )
    ARGS=(--warmup "$WARMUP" --runs "$RUNS" --style basic --export-json "$RESULTS/hyperfine-$N.json")
    for name in "${NAMES[@]}"; do
        prep="rm -rf '$O/$name' && mkdir -p '$O/$name'"
        [ "$name" = opsguide ] && prep="rm -rf '$O/$name'"
        sh -c "$prep"
        echo "$name, $N pages: one run under /usr/bin/time -v ..."
        /usr/bin/time -v -o "$RESULTS/time-$name-$N.txt" sh -c "${CMD[$name]}" >"$RESULTS/log-$name-$N.txt" 2>&1 \
            || { echo "$name failed on $N pages; see $RESULTS/log-$name-$N.txt" >&2; tail -5 "$RESULTS/log-$name-$N.txt" >&2; exit 1; }
        echo "  peak $(peak_kib "$RESULTS/time-$name-$N.txt") KiB"
        ARGS+=(-n "$name" --prepare "$prep" "${CMD[$name]}")
    done
    echo "load average before hyperfine ($N pages): $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/machine.txt"
    "$HYPERFINE" "${ARGS[@]}"
    echo "load average after hyperfine ($N pages): $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$RESULTS/machine.txt"
    if [ "$ALTERNATE" -gt 0 ]; then
        ROUND=(opsguide cmark-floor opsguide-1-thread cmark-floor-threads)
        echo "$ALTERNATE alternating rounds of ${ROUND[*]}, $N pages ..."
        for name in "${ROUND[@]}"; do : >"$RESULTS/alternate-$name-$N.txt"; done
        for _ in $(seq 1 "$ALTERNATE"); do
            for name in "${ROUND[@]}"; do
                case $name in
                    opsguide*) sh -c "rm -rf '$O/$name'" ;;
                    *) sh -c "rm -rf '$O/$name' && mkdir -p '$O/$name'" ;;
                esac
                python3 "$HERE/rusage.py" "$RESULTS/alternate-$name-$N.txt" "${CMD[$name]}"
            done
        done
    fi
    unset CMD
done

python3 "$HERE/report.py" "$RESULTS" $SIZES | tee "$RESULTS/table.md"
echo "results in $RESULTS (table.md, machine.txt, hyperfine-*.json, time-*.txt)"
