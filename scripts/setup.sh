#!/usr/bin/env bash
# Installs what building OpsGuide needs on Debian 12 when it is missing: libcmark-dev (the cmark
# C library and its pkg-config file), libyaml-dev (the YAML parser front matter goes through) and
# libjemalloc-dev (the allocator the CLI links).
# Swift 6 itself must already be on PATH.
set -euo pipefail
if ! pkg-config --exists libcmark yaml-0.1 2>/dev/null || [ ! -e "/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends libcmark-dev libyaml-dev libjemalloc-dev pkg-config
fi
