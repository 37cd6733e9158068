#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine, then runs every test:
# engine and CLI tests in plain Node, then the extension suite inside a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm test
