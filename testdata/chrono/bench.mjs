// Measures chrono-node's casual parser on the texts that `go run .
// -export texts.jsonl` wrote, each against its own reference date.
// usage: node bench.mjs texts.jsonl [seconds]
import { readFileSync } from "node:fs";
import * as chrono from "chrono-node";

const [file, secondsArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: node bench.mjs texts.jsonl [seconds]");
  process.exit(2);
}
const seconds = Number(secondsArg ?? 5);
const docs = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l))
  .map((d) => ({ text: d.text, ref: new Date(d.dct + "T12:00:00Z") }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);

let found = 0;
let rounds = 0;
const start = process.hrtime.bigint();
const elapsed = () => Number(process.hrtime.bigint() - start) / 1e9;
while (elapsed() < seconds || rounds === 0) {
  found = 0;
  for (const d of docs) {
    found += chrono.casual.parse(d.text, d.ref).length;
  }
  rounds++;
}
const el = elapsed();
console.log(
  `chrono-node ${chrono.casual ? "casual" : ""}: ${docs.length} texts, ${(bytes / 1e3).toFixed(0)} KB, ` +
    `${found} expressions per round, ${rounds} rounds in ${el.toFixed(2)} s: ` +
    `${((rounds * docs.length) / el).toFixed(0)} texts/s, ${((rounds * bytes) / el / 1e6).toFixed(2)} MB/s`,
);
