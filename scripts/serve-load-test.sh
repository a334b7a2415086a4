#!/usr/bin/env bash
# Load test of `opsguide serve` (issue 8): 200 concurrent connections from wrk for 10 seconds
# must see no failed request, and the server's resident memory after the load must stay within
# 10 % of what it was after a warm-up run. Both readings are taken once the connections of the
# run before have been closed (the server drops an idle connection after 15 s).
# Installs wrk (Debian) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }
binary="${OPSGUIDE_BIN:-$(swift build --show-bin-path)/opsguide}"
log=$(mktemp)
"$binary" serve --port 0 >"$log" 2>/dev/null &
server=$!
trap 'kill -INT $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q "127.0.0.1:" "$log" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$log")
page="${url}practices/continuous-integration.html"
rss() { awk '/VmRSS/ { print $2 }' "/proc/$server/status"; }

wrk -t2 -c200 -d10s "$page" >/dev/null
sleep 16
before=$(rss)
result=$(wrk -t2 -c200 -d10s "$page")
sleep 16
after=$(rss)
echo "$result"
echo "serve RSS after warm-up: ${before} kB, after 10 s of 200 connections: ${after} kB"
if grep -qE "Socket errors|Non-2xx" <<<"$result"; then
  echo "serve load test: failed requests" >&2
  exit 1
fi
if [ "$after" -gt $(( before * 110 / 100 )) ]; then
  echo "serve load test: resident memory grew more than 10 %" >&2
  exit 1
fi
echo "serve load test: 0 failed requests, memory within 10 %"
