#!/usr/bin/env bash
# Scores the language layer on UD English-EWT test, GUM test and PUD with the
# CoNLL 2018 scorer: from raw text through `storyline parse`, and on the gold
# words. Run from the repository's root, with ../shared beside it.
set -euo pipefail
nlp=${NLP:-../shared/nlp}
scorer=${SCORER:-../shared/eval/ud/conll18_ud_eval.py}
tmp=$(mktemp -d)
go build -o "$tmp/storyline" ./cmd/storyline
go build -o "$tmp/evaluate" ./timeline/language/evaluate
for gold in "$nlp/ud-english-ewt/en_ewt-ud-test.conllu" "$nlp/ud-english-gum/en_gum-ud-test.conllu" "$nlp/ud-english-pud/en_pud-ud-test.conllu"; do
  name=$(basename "$gold" .conllu)
  "$tmp/evaluate" -text "$gold" > "$tmp/$name.txt"
  "$tmp/storyline" parse --all-lines "$tmp/$name.txt" > "$tmp/$name.raw.conllu"
  "$tmp/evaluate" -gold "$gold" > "$tmp/$name.gold.conllu"
  echo "== $name, raw text"
  python3 "$scorer" -v "$gold" "$tmp/$name.raw.conllu"
  echo "== $name, gold tokens"
  python3 "$scorer" -v "$gold" "$tmp/$name.gold.conllu"
done
