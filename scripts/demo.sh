#!/usr/bin/env bash
# npm run demo: prepare everything, load the demo data into SQLite, render the sample reports.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
export SCRUTINEER_NOW="${SCRUTINEER_NOW:-2020-11-23}"
cli() { node --import tsx bin/scrutineer.ts "$@"; }
cli db setup
mkdir -p out
echo
echo "Rendering one report of each kind as of ${SCRUTINEER_NOW}:"
cli report render --all --out-dir ./out
cli ask "due this week" > out/due-this-week.txt
echo
echo "Made:"
echo "  ./data/scrutineer.db       the SQLite database with the Herefordshire demo data"
ls -1 out/*.pdf out/*.html out/*.txt | sed 's/^/  .\//'
echo
echo "Try:  npm run cli -- ask \"due this week\" --now 2020-11-23"
echo "      npm run cli -- ask help"
