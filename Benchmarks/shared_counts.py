#!/usr/bin/env python3
"""Names the reference counts that both threads of a build write, from a uprobe trace.

Usage: shared_counts.py TRACE BINARY [TOP]

TRACE is the text `shared_counts.sh` writes: one line per call of swift_retain, swift_release,
swift_bridgeObjectRetain or swift_bridgeObjectRelease, with the thread, the function, the
object and the return address. An object's count moves between the cores' caches each time
the thread touching it changes; those switches are what reference counting costs two threads
beyond one (about 35 ns each on the Intel host of rounds 11-14, against 9 ns for an
uncontended atomic add). The script prints the switches in all, the objects with the most, and
the functions that caused them: a retain or release made inside swift_bridgeObject* is charged
to the caller of that function, and an object's switches are shared among its callers in
proportion to their calls.

Objects inside the program's own image (the empty array and dictionary singletons) are left
out: they are immortal, and retaining them writes nothing.
"""

import bisect
import collections
import subprocess
import sys


def symbols(binary):
    """(addresses, names) of the binary's functions, sorted by address."""
    table = []
    for line in subprocess.run(["nm", binary], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            table.append((int(parts[0], 16), parts[2]))
    table.sort()
    return [a for a, _ in table], [n for _, n in table]


def image_size(binary):
    """The end of the program's last loaded segment, from its start: where its data ends."""
    end = 0
    for line in subprocess.run(["readelf", "-lW", binary], capture_output=True, text=True, check=True).stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == "LOAD":
            end = max(end, int(parts[2], 16) + int(parts[5], 16))
    return end


def demangled(names):
    """Swift's readable form of each mangled name (other names as they are)."""
    names = list(names)
    lines = subprocess.run(["swift", "demangle", "--simplified"], input="\n".join(names),
                           capture_output=True, text=True).stdout.splitlines()
    return dict(zip(names, lines)) if len(lines) == len(names) else {n: n for n in names}


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    trace, binary = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    addresses, names = symbols(binary)
    offset_of = dict(zip(names, addresses))

    # The image's base, from where the probe on swift_release was placed.
    with open(trace) as lines:
        probe = next((line.split()[2] for line in lines if line.split()[1] == "swift_release"), None)
    if probe is None:
        sys.exit("no swift_release in the trace")
    base = int(probe, 16) - offset_of["swift_release"]
    image_end = base + image_size(binary)
    # Each bridge function, from its start to the next function's.
    bridge = [(offset_of[n], addresses[bisect.bisect_right(addresses, offset_of[n])])
              for n in ("swift_bridgeObjectRetain", "swift_bridgeObjectRelease")]

    def name(address):
        index = bisect.bisect_right(addresses, address - base) - 1
        return names[index] if index >= 0 else hex(address)

    last_bridge = {}
    owner, switches, counts = {}, collections.Counter(), collections.Counter()
    callers = collections.defaultdict(collections.Counter)
    for line in open(trace):
        thread, function, _, obj, ret = line.split()
        obj, ret = int(obj), int(ret)
        if function.startswith("swift_bridgeObject"):
            last_bridge[thread] = ret
            continue
        if obj == 0 or obj >= 1 << 62 or base <= obj < image_end:
            continue
        if any(low <= ret - base < high for low, high in bridge):
            ret = last_bridge.get(thread, ret)
        counts[obj] += 1
        if obj in owner and owner[obj] != thread:
            switches[obj] += 1
        owner[obj] = thread
        callers[obj][ret] += 1

    by_function = collections.Counter()
    for obj, moved in switches.items():
        for ret, calls in callers[obj].items():
            by_function[name(ret)] += moved * calls / counts[obj]
    top_functions = by_function.most_common(top)
    top_objects = switches.most_common(min(top, 15))
    readable = demangled({f for f, _ in top_functions} | {name(r) for obj, _ in top_objects for r, _ in callers[obj].most_common(2)})

    print(f"{sum(counts.values()):,} retains and releases of heap objects, {len(counts):,} objects, "
          f"{sum(switches.values()):,} switches between threads")
    print("\n| switches | function |\n|---:|---|")
    for function, moved in top_functions:
        print(f"| {moved:,.0f} | `{readable[function][:150]}` |")
    print("\n| switches | retains and releases | object | its two most frequent callers |\n|---:|---:|---|---|")
    for obj, moved in top_objects:
        who = "; ".join(f"`{readable[name(r)][:70]}` ({c})" for r, c in callers[obj].most_common(2))
        print(f"| {moved:,} | {counts[obj]:,} | {obj:#x} | {who} |")


if __name__ == "__main__":
    main()
