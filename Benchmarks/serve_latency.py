#!/usr/bin/env python3
"""Times `opsguide serve` from writing one practice file to the reload event (issue 7).

Usage: serve_latency.py OPSGUIDE CONTENT TEMPLATES [EDITS]

Starts `OPSGUIDE serve --port 0` on a copy-safe CONTENT folder (the file is restored at the
end), waits for the first build, subscribes to /_opsguide/events like a browser tab, then EDITS
times (default 7) rewrites the 500th practice (alternately with an extra sentence and as it
was) and measures the time until `event: reload` arrives, then until the edited page (rendered on
request) has been served with the edit. Prints every time, the medians, and the server's own
log lines (milliseconds per rebuild).
"""

import os
import re
import socket
import statistics
import subprocess
import sys
import time
import urllib.request


def main():
    binary, content, templates = sys.argv[1:4]
    edits = int(sys.argv[4]) if len(sys.argv) > 4 else 7
    server = subprocess.Popen([binary, "serve", "--content", content, "--templates", templates, "--port", "0"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    port = int(re.search(r":(\d+)/", server.stdout.readline()).group(1))
    events = socket.create_connection(("127.0.0.1", port))
    events.sendall(b"GET /_opsguide/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
    received = b""
    while b"event: connected" not in received:
        received += events.recv(4096)
    practices = sorted(os.listdir(os.path.join(content, "practices")))
    path = os.path.join(content, "practices", practices[min(500, len(practices) - 1)])
    original = open(path, encoding="utf-8").read()
    times = []
    pages = []
    try:
        for edit in range(edits):
            text = original.replace("\n---\n", "\n---\nEdited %d. " % edit, 1) if edit % 2 == 0 else original
            received = b""
            start = time.perf_counter()
            with open(path, "w", encoding="utf-8") as file:
                file.write(text)
            while b"event: reload" not in received:
                received += events.recv(4096)
            times.append((time.perf_counter() - start) * 1000)
            page = urllib.request.urlopen("http://127.0.0.1:%d/practices/%s.html" % (port, os.path.basename(path)[:-3])).read()
            assert (b"Edited %d." % edit in page) == (edit % 2 == 0)
            pages.append((time.perf_counter() - start) * 1000)
            time.sleep(0.5)
    finally:
        with open(path, "w", encoding="utf-8") as file:
            file.write(original)
        server.terminate()
    log = server.communicate()[1]
    print("edit -> reload event (ms):", " ".join("%.0f" % t for t in times), "| median %.0f" % statistics.median(times))
    print("edit -> edited page served (ms):", " ".join("%.0f" % t for t in pages), "| median %.0f" % statistics.median(pages))
    print("\n".join(log.strip().splitlines()[-(edits + 1):]))


if __name__ == "__main__":
    main()
