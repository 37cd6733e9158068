#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine, then runs every test:
# the sentence encoder's files, engine and CLI tests in plain Node, then the extension suite inside a real VS Code.
set -euo pipefail
cd "$(dirname "$0")/.."
# onnxruntime-node's install script would try to download a CUDA add-on: never run it.
ONNXRUNTIME_NODE_INSTALL=skip npm ci --no-audit --no-fund
# The sentence encoder (pinned, checksummed; skipped when present) and the tokenizer test's reference ids.
node scripts/fetch-model.mjs --tokenizer-reference
npm test
