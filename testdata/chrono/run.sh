#!/bin/sh
# Runs both sides of the speed comparison on the same texts: storyline's
# temporal tagger (Go) and chrono-node's casual parser, alternating, ROUNDS
# times each, so that both see the same machine load. Compare the best line
# of each side.
# usage: sh run.sh [TEXTS_DIR] [SECONDS] [ROUNDS]   (from testdata/chrono)
set -e
cd "$(dirname "$0")"
texts=${1:-../../../shared/eval/timebank}
seconds=${2:-5}
rounds=${3:-3}
[ -d node_modules/chrono-node ] || npm install --no-audit --no-fund
out=$(mktemp)
bin=$(mktemp)
trap 'rm -f "$out" "$bin"' EXIT
go build -o "$bin" .
"$bin" -texts "$texts" -seconds 0 -export "$out" >/dev/null
i=0
while [ "$i" -lt "$rounds" ]; do
	"$bin" -texts "$texts" -seconds "$seconds"
	node bench.mjs "$out" "$seconds"
	i=$((i + 1))
done
