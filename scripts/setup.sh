#!/usr/bin/env bash
# Installs what building OpsGuide needs on Debian 12 when it is missing: libcmark-dev (the cmark
# C library and its pkg-config file). Swift 6 itself must already be on PATH.
set -euo pipefail
if ! pkg-config --exists libcmark 2>/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends libcmark-dev pkg-config
fi
