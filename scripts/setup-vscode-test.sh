#!/usr/bin/env bash
# Installs what the extension tests need to run inside a real VS Code on a machine that reaches only
# the npm registry and Debian (docs: shared/docs/vscode-e2e.md):
#   - Debian chromium (the browser playwright-core drives), libkrb5-dev (code-server's `kerberos`
#     native build) and ripgrep (seeds @vscode/ripgrep's download cache, see below);
#   - code-server@4.100.3 (= VS Code 1.100.3, runs on Node 20) into the ignored .vscode-test/cs/.
# code-server is ~316 MB, so it is never a project dependency. Idempotent: each step is skipped when
# its result is already there, so a second run costs well under a second.
set -euo pipefail
cd "$(dirname "$0")/.."

CS_VERSION=4.100.3
CS_DIR=.vscode-test/cs
CS_BIN="$CS_DIR/node_modules/.bin/code-server"

log() { printf '[setup-vscode-test] %s\n' "$*"; }

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if ((${#missing[@]})); then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Refresh the package lists only when the install cannot find a package with the lists as they are.
  if ! apt-get install -y --no-install-recommends "${missing[@]}"; then
    log 'apt-get update (package lists missing or stale)'
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
  fi
fi

installed_version() { node -p "require('./$CS_DIR/node_modules/code-server/package.json').version" 2>/dev/null || true; }
if [[ -x "$CS_BIN" ]] && [[ "$(installed_version)" == "$CS_VERSION" ]]; then
  log "code-server $CS_VERSION present in $CS_DIR"
  exit 0
fi

# @vscode/ripgrep's install step downloads rg from GitHub, which this network cannot reach; a tarball
# of Debian's rg in its download cache is used instead.
rg_cache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
rg_tar="$rg_cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"
if [[ ! -s "$rg_tar" ]]; then
  log "seeding $rg_tar with $(command -v rg)"
  mkdir -p "$rg_cache"
  tar czf "$rg_tar" -C "$(dirname "$(command -v rg)")" rg
fi

log "npm install code-server@$CS_VERSION into $CS_DIR (about 80 s cold)"
mkdir -p "$CS_DIR"
[[ -f "$CS_DIR/package.json" ]] || printf '{ "name": "vscode-test-cs", "private": true }\n' >"$CS_DIR/package.json"
# code-server's postinstall runs `npm install` in lib/vscode and lib/vscode/extensions, whose native
# modules (node-pty, kerberos, @vscode/ripgrep, ...) need their install scripts: npm >= 11.16 skips
# dependency install scripts unless allowed, and code-server refuses to install as root without
# unsafe-perm. Both settings are scoped to this one install into the ignored folder. node-pty's
# install step runs `npx node-gyp`, which must not stop to ask (npm_config_yes).
npm_config_yes=true npm_config_unsafe_perm=true npm_config_dangerously_allow_all_scripts=true \
  npm install --prefix "$CS_DIR" --no-audit --no-fund --no-save "code-server@$CS_VERSION"
[[ "$(installed_version)" == "$CS_VERSION" ]] || { log "code-server $CS_VERSION did not install"; exit 1; }
log "code-server $CS_VERSION installed in $CS_DIR"
