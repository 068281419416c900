#!/bin/sh
# Validates the TimelineJS export against TimelineJS3 itself: extracts the
# events of ARTICLES (the seeds by default), exports them with package
# export (its TestEventsFile, which also checks the file against the
# documented JSON format), then renders the file with TimelineJS3 from npm
# in headless Chromium and checks that every slide, marker, group and
# headline is drawn, with no error or warning and no markup from the
# articles. Prints the outcome as JSON; exits 1 when it is not ok.
#
# usage: sh testdata/timelinejs/validate.sh [ARTICLES...]
# needs: Go, npm (the registry), chromium (Debian: apt-get install chromium)
# STORYLINE: the command to run (default: go run ./cmd/storyline)
# TLJS_DIR: where TimelineJS is installed and the files go (default
# /tmp/storyline-tljs, outside the repository)
set -e
here=$(cd "$(dirname "$0")" && pwd)
cd "$here/../.."
work=${TLJS_DIR:-/tmp/storyline-tljs}
storyline=${STORYLINE:-go run ./cmd/storyline}
version=3.9.11
mkdir -p "$work"
[ $# -gt 0 ] || set -- ../shared/corpus/seeds.jsonl
$storyline extract "$@" >"$work/events.json"
STORYLINE_EVENTS="$work/events.json" STORYLINE_TIMELINEJS="$work/timeline.json" \
	go test -count=1 -run '^TestEventsFile$' ./timeline/export >/dev/null
tljs="$work/node_modules/@knight-lab/timelinejs"
if [ ! -f "$tljs/dist/js/timeline.js" ]; then
	npm install --prefix "$work" --no-audit --no-fund --no-save "@knight-lab/timelinejs@$version" >/dev/null
fi
{ printf 'var data = '; cat "$work/timeline.json"; printf ';\n'; } >"$work/data.js"
cp "$here/page.html" "$work/page.html"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$profile" --virtual-time-budget=20000 \
	--dump-dom "file://$work/page.html" 2>"$work/chromium.log" >"$work/dom.html"
result=$(sed -n 's:.*<pre id="result">\(.*\)</pre>.*:\1:p' "$work/dom.html")
echo "${result:-no result: see $work/chromium.log}"
case $result in *'"ok":true'*) exit 0 ;; *) exit 1 ;; esac
