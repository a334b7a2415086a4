#!/usr/bin/env bash
# Runs the whole test suite: the Swift tests (unit, end-to-end, committed site is fresh), then
# the reader's-browser suite when it exists (installs Chromium and its tools itself).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build --build-tests
swift test --skip-build
scripts/lint-workflows.sh
scripts/serve-load-test.sh
scripts/fuzz.sh
if [ -x scripts/browser-tests.sh ]; then
  scripts/browser-tests.sh
fi
