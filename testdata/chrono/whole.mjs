// chrono-node as a whole process, the counterpart of `storyline timex
// FILE.jsonl`: reads the texts that `go run . -export texts.jsonl` wrote,
// parses each once against its own reference date, and prints one JSON
// line per text with what it found. whole.sh times it from outside.
// usage: node whole.mjs texts.jsonl > found.jsonl
import { readFileSync, writeSync } from "node:fs";
import * as chrono from "chrono-node";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node whole.mjs texts.jsonl");
  process.exit(2);
}
const lines = readFileSync(file, "utf8").split("\n");
let out = "";
lines.forEach((line, i) => {
  if (line.trim() === "") return;
  const d = JSON.parse(line);
  const found = chrono.casual.parse(d.text, new Date(d.dct + "T12:00:00Z")).map((r) => ({
    start: r.index,
    end: r.index + r.text.length,
    text: r.text,
    value: r.start.date().toISOString().slice(0, 10),
  }));
  out += JSON.stringify({ doc: i, timexes: found }) + "\n";
  if (out.length > 1 << 16) {
    writeSync(1, out);
    out = "";
  }
});
writeSync(1, out);
