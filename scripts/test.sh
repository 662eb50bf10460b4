#!/usr/bin/env bash
# npm test: install what is missing, check types, then run the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."
SCRUTINEER_NEED_POSTGRES=1 bash scripts/ensure-deps.sh
npx --no-install tsc --noEmit -p .
npx --no-install vitest run "$@"
