#!/usr/bin/env bash
# npm run demo: prepare everything, load the demo data into SQLite, render the sample reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export SCRUTINEER_NOW="${SCRUTINEER_NOW:-2020-11-23}"
node --import tsx bin/scrutineer.ts db setup
mkdir -p out
node --import tsx bin/scrutineer.ts ask "due this week" > out/due-this-week.txt
echo
echo "Made:"
echo "  ./data/scrutineer.db        the SQLite database with the Herefordshire demo data"
echo "  ./out/due-this-week.txt     \"due this week\" as of ${SCRUTINEER_NOW}"
echo
echo "Try: npm run cli -- ask \"due this week\" --now 2020-11-23"
