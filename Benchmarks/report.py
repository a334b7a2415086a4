#!/usr/bin/env python3
"""Turns the results of Benchmarks/run.sh into the Markdown table of docs/performance.md.

Usage: report.py RESULTS_DIR N [N ...]

Reads RESULTS_DIR/hyperfine-N.json (wall = median of the timed runs, CPU = mean user + system)
and RESULTS_DIR/time-TOOL-N.txt (peak RSS of one run under /usr/bin/time -v), and prints one
row per tool and size, then the ratios issue 7 sets targets for; the CPU ratio and the CPU per
page also from RESULTS_DIR/alternate-TOOL-N.txt when the run alternated opsguide and the floor (medians), with
the rounds' controls (opsguide on one thread, the floor on all cores) as context. It measures and
reports; it never fails because a target is missed.
"""

import json
import os
import re
import sys

TOOLS = ["opsguide", "hugo", "cmark-floor"]


def load(results, n):
    with open(os.path.join(results, "hyperfine-%d.json" % n)) as f:
        runs = {r["command"]: r for r in json.load(f)["results"]}
    rows = {}
    for tool in TOOLS:
        r = runs.get(tool)
        if r is None:
            continue
        with open(os.path.join(results, "time-%s-%d.txt" % (tool, n))) as f:
            peak = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read()).group(1)) / 1024.0
        rows[tool] = {"wall": r["median"], "min": r["min"], "max": r["max"],
                      "cpu": r["user"] + r["system"], "peak": peak}
    return rows


def alternating_cpu(results, tool, n):
    """Median user + system seconds of the alternating runs, or None."""
    path = os.path.join(results, "alternate-%s-%d.txt" % (tool, n))
    if not os.path.exists(path):
        return None
    cpu = sorted(float(f[1]) + float(f[2]) for f in (line.split() for line in open(path)) if len(f) == 3)
    if not cpu:
        return None
    middle = len(cpu) // 2
    return (cpu[middle] if len(cpu) % 2 else (cpu[middle - 1] + cpu[middle]) / 2), len(cpu)


def controls(results, n, ours, floor):
    """Rows for the alternating rounds' controls: context for the CPU ratio, not targets."""
    one_thread = alternating_cpu(results, "opsguide-1-thread", n)
    floor_threads = alternating_cpu(results, "cmark-floor-threads", n)
    if one_thread:
        yield "| %d pages, control: CPU opsguide --jobs 1 / cmark floor (%.3f s) | %.2f | context |" % (
            n, one_thread[0], one_thread[0] / floor)
    if floor_threads:
        yield "| %d pages, control: CPU cmark floor on all cores / on one (%.3f s) | %.2f | context |" % (
            n, floor_threads[0], floor_threads[0] / floor)
        yield "| %d pages, control: CPU opsguide / cmark floor on all cores | %.2f | context |" % (
            n, ours / floor_threads[0])


def verdict(ok):
    return "met" if ok else "**not met**"


def main(argv):
    results, sizes = argv[1], [int(n) for n in argv[2:]]
    data = {n: load(results, n) for n in sizes}
    print("| pages | tool | wall s (median) | wall min..max | CPU s (user+sys) | peak RSS MiB | wall ms/page | CPU ms/page |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for n in sizes:
        for tool in TOOLS:
            r = data[n].get(tool)
            if r:
                print("| %d | %s | %.3f | %.3f..%.3f | %.3f | %.1f | %.3f | %.3f |" % (
                    n, tool, r["wall"], r["min"], r["max"], r["cpu"], r["peak"],
                    r["wall"] / n * 1e3, r["cpu"] / n * 1e3))
    print()
    print("| target (issue 7) | measured | verdict |")
    print("|---|---:|---|")
    for n in sizes:
        d = data[n]
        if "opsguide" in d and "hugo" in d:
            wall = d["opsguide"]["wall"] / d["hugo"]["wall"]
            peak = d["opsguide"]["peak"] / d["hugo"]["peak"]
            print("| %d pages: wall opsguide / hugo <= 0.33 | %.2f | %s |" % (n, wall, verdict(wall <= 0.33)))
            print("| %d pages: peak RSS opsguide / hugo <= 0.25 | %.2f | %s |" % (n, peak, verdict(peak <= 0.25)))
        if "opsguide" in d and "cmark-floor" in d:
            cpu = d["opsguide"]["cpu"] / d["cmark-floor"]["cpu"]
            print("| %d pages: CPU opsguide / cmark floor <= 2 | %.1f | %s |" % (n, cpu, verdict(cpu <= 2)))
        ours, floor = alternating_cpu(results, "opsguide", n), alternating_cpu(results, "cmark-floor", n)
        if ours and floor:
            cpu = ours[0] / floor[0]
            print("| %d pages: CPU opsguide / cmark floor <= 2, %d alternating rounds (%.3f s / %.3f s) | %.2f | %s |" % (
                n, ours[1], ours[0], floor[0], cpu, verdict(cpu <= 2)))
            for line in controls(results, n, ours[0], floor[0]):
                print(line)
    if len(sizes) >= 2:
        small, large = min(sizes), max(sizes)
        if "opsguide" in data[small] and "opsguide" in data[large]:
            for what in ("wall", "cpu"):
                per_small = data[small]["opsguide"][what] / small
                per_large = data[large]["opsguide"][what] / large
                growth = per_large / per_small
                print("| %s per page, %d vs %d pages, within 20 %% | x%.2f | %s |" % (
                    "wall" if what == "wall" else "CPU", large, small, growth, verdict(abs(growth - 1) <= 0.2)))
        ours_small, ours_large = alternating_cpu(results, "opsguide", small), alternating_cpu(results, "opsguide", large)
        if ours_small and ours_large:
            growth = (ours_large[0] / large) / (ours_small[0] / small)
            print("| CPU per page, %d vs %d pages, within 20 %%, alternating rounds | x%.2f | %s |" % (
                large, small, growth, verdict(abs(growth - 1) <= 0.2)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
