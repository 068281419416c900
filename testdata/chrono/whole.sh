#!/bin/sh
# Whole processes, side by side: `storyline timex` over the texts as one
# news-please JSONL file, and chrono-node over the same texts (whole.mjs),
# each started, reading, tagging every text once and writing one JSON line
# per text, timed from outside. Alternates the two ROUNDS times so that
# both see the same machine load; compare the best line of each side.
# REPEAT copies the corpus that many times into the input, to show the
# throughput once start-up is paid.
# usage: sh whole.sh [TEXTS_DIR] [ROUNDS] [REPEAT]   (from testdata/chrono)
# chrono-node is installed in WORK (default /tmp/storyline-chrono), not
# here: no node_modules in the repository. STORYLINE names a storyline
# binary to use instead of building one.
set -e
cd "$(dirname "$0")"
texts=${1:-../../../shared/eval/timebank}
rounds=${2:-5}
repeat=${3:-1}
work=${WORK:-/tmp/storyline-chrono}
mkdir -p "$work"
cp package.json package-lock.json whole.mjs "$work/"
[ -d "$work/node_modules/chrono-node" ] || (cd "$work" && npm ci --no-audit --no-fund >/dev/null)
go build -o "$work/chrono-bench" .
storyline=${STORYLINE:-$work/storyline}
[ -n "$STORYLINE" ] || go build -o "$storyline" ../../cmd/storyline
"$work/chrono-bench" -texts "$texts" -seconds 0 -export "$work/once.jsonl" -newsplease "$work/once.np.jsonl" >/dev/null
: >"$work/texts.jsonl"
: >"$work/np.jsonl"
i=0
while [ "$i" -lt "$repeat" ]; do
	cat "$work/once.jsonl" >>"$work/texts.jsonl"
	cat "$work/once.np.jsonl" >>"$work/np.jsonl"
	i=$((i + 1))
done
n=$(grep -c . "$work/texts.jsonl")
bytes=$(node -e 'let n=0;for(const l of require("fs").readFileSync(process.argv[1],"utf8").split("\n"))if(l.trim())n+=Buffer.byteLength(JSON.parse(l).text);console.log(n)' "$work/texts.jsonl")
# measure NAME COMMAND...: runs it, prints texts/s and MB/s of the wall time
measure() {
	name=$1
	shift
	start=$(date +%s%N)
	"$@" >"$work/out.jsonl"
	end=$(date +%s%N)
	found=$(node -e 'let n=0;for(const l of require("fs").readFileSync(process.argv[1],"utf8").split("\n"))if(l.trim())n+=JSON.parse(l).timexes.length;console.log(n)' "$work/out.jsonl")
	awk -v name="$name" -v ns=$((end - start)) -v n="$n" -v b="$bytes" -v f="$found" 'BEGIN {
		s = ns / 1e9
		printf "%-22s %d texts, %.0f KB, %d expressions in %.3f s: %.0f texts/s, %.2f MB/s\n", name, n, b / 1e3, f, s, n / s, b / s / 1e6
	}'
}
i=0
while [ "$i" -lt "$rounds" ]; do
	measure "storyline timex" "$storyline" timex "$work/np.jsonl"
	measure "chrono-node (node)" node "$work/whole.mjs" "$work/texts.jsonl"
	i=$((i + 1))
done
