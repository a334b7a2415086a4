#!/usr/bin/env bash
# Builds the guide from content/ and templates/ into site/ (installing libcmark-dev, libyaml-dev and libjemalloc-dev if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product opsguide
swift build -c release --product opsguide-serve
.build/release/opsguide build "$@"
