#!/usr/bin/env bash
# Sets up and runs the main job: compares the bundled sample articles and prints the report.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -d node_modules ] || ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund >/dev/null
node scripts/fetch-model.mjs >/dev/null
npm run --silent build
node dist/cli.js compare samples/varna-flood-herald.md samples/varna-flood-courier.txt --format text "$@"
