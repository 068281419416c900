#!/bin/sh
# Runs both sides of the speed comparison on the same texts, one after the
# other: storyline's temporal tagger (Go) and chrono-node's casual parser.
# usage: sh run.sh [TEXTS_DIR] [SECONDS]   (from testdata/chrono)
set -e
cd "$(dirname "$0")"
texts=${1:-../../../shared/eval/timebank}
seconds=${2:-5}
[ -d node_modules/chrono-node ] || npm install --no-audit --no-fund
out=$(mktemp)
trap 'rm -f "$out"' EXIT
go run . -texts "$texts" -seconds "$seconds" -export "$out"
node bench.mjs "$out" "$seconds"
