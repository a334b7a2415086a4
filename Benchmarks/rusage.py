#!/usr/bin/env python3
"""Runs one shell command and prints its wall, user and system seconds to microseconds.

Usage: rusage.py OUTPUT COMMAND

Appends "wall user system" to OUTPUT, from the child's resource usage (getrusage), which
/usr/bin/time prints to hundredths of a second only: too coarse for a 1,000-page build of
0.1 s. The command's own output is discarded.
"""

import resource
import subprocess
import sys
import time


def main():
    output, command = sys.argv[1], sys.argv[2]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(["sh", "-c", command], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(output, "a") as f:
        f.write("%.6f %.6f %.6f\n" % (wall, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime))


if __name__ == "__main__":
    main()
