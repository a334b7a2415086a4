#!/usr/bin/env bash
# Installs what building OpsGuide needs on Debian 12 when it is missing: libcmark-dev (the cmark
# C library and its pkg-config file), libyaml-dev (the YAML parser front matter goes through),
# libjemalloc-dev (the allocator both programs link) and libcurl4-openssl-dev (which the release
# build links into opsguide-serve, whose Swift libraries are linked in statically).
# Swift 6 itself must already be on PATH.
set -euo pipefail
lib="/usr/lib/$(uname -m)-linux-gnu"
if ! pkg-config --exists libcmark yaml-0.1 2>/dev/null || [ ! -e "$lib/libjemalloc.so" ] || [ ! -e "$lib/libcurl.so" ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -q
  $sudo apt-get install -y -q --no-install-recommends libcmark-dev libyaml-dev libjemalloc-dev libcurl4-openssl-dev pkg-config
fi
