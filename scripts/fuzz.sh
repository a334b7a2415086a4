#!/usr/bin/env bash
# Builds the libFuzzer target of Fuzz/ (front matter, site.yaml, the guide and its validation,
# Markdown with link resolution, the URL filter) and runs it for a bounded time over a seed
# corpus made from the test fixtures and the shipped content.
#
# FUZZ_SECONDS (default 90) bounds the run; FUZZ_SCRATCH_PATH (default Fuzz/.build) is the build
# folder. A crash, a trap, a timeout (10 s for one input) or an input that needs more than 2 GB
# fails the script; libFuzzer keeps the input in Fuzz/findings/ — turn it into a regression test
# in Tests/OpsGuideKitTests/Reliability/FuzzFindingsTests.swift.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
seconds="${FUZZ_SECONDS:-90}"
scratch="${FUZZ_SCRATCH_PATH:-Fuzz/.build}"
swift build --package-path Fuzz --scratch-path "$scratch" -c release --product opsguide-fuzz \
  -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library -Xswiftc -enable-testing
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/seeds" Fuzz/findings
find Tests/OpsGuideKitTests/Fixtures content -type f \( -name '*.md' -o -name '*.yaml' \) -size -64k -print0 |
  while IFS= read -r -d '' file; do cp "$file" "$work/seeds/$(printf '%s' "$file" | tr '/' '_')"; done
"$scratch/release/opsguide-fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
  -dict=Fuzz/opsguide.dict -artifact_prefix=Fuzz/findings/ -print_final_stats=1 "$work/corpus" "$work/seeds"
