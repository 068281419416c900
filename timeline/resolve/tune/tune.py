#!/usr/bin/env python3
"""Choose the second merging pass's weights on the ECB+ train topics.

Runs `storyline extract --merge-weights W` on ECB+ train for every point of
a small grid, scores each with the kit's scorer (CoNLL F1 over predicted
mentions), and writes the best to timeline/resolve/weights.json, which
the build embeds. Check the choice on dev afterwards (README: Evaluation).

    go build -o /tmp/storyline ./cmd/storyline
    python3 timeline/resolve/tune/tune.py /tmp/storyline ../shared/eval/ecbplus

Deterministic: the grid is fixed and ties go to the earlier point.
"""
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile

FIXED = {"same_word": 1, "shared_agent": 0.3, "shared_actor": 0.2, "shared_place": 0.2, "overlap": 0.2, "same_doc": 0,
         # Chosen by hand on train (0.5 to 5 each; ties to the smaller):
         # other people count in an archive only, and few events name any.
         "same_people": 0, "other_people": 3, "other_doc_people": 1}
GRID = {
    "doc": [4, 8, 12],
    "doc_bias": [0.1, 0.15, 0.2],
    "threshold": [0.6, 0.75, 0.9],
    "related_word": [0.7, 1],
}


def score(binary, kit, weights):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(weights, f)
    try:
        out = subprocess.run(
            [sys.executable, "ecb_eval.py", "--cmd", "%s extract --merge-weights %s" % (binary, f.name), "train.gold.json"],
            cwd=kit, capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(f.name)
    m = re.search(r"CoNLL F1 ([0-9.]+) \(found mentions ([0-9.]+)\)", out.strip().splitlines()[-1])
    return float(m.group(1)), float(m.group(2))


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    binary, kit = os.path.abspath(sys.argv[1]), sys.argv[2]
    best = None
    for values in itertools.product(*GRID.values()):
        w = dict(FIXED, **dict(zip(GRID, values)))
        conll, found = score(binary, kit, w)
        print("%s  CoNLL F1 %.1f  found mentions %.1f" % (values, conll, found), flush=True)
        if best is None or conll > best[0]:
            best = (conll, w)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "weights.json")
    with open(path, "w") as f:
        json.dump({k: best[1][k] for k in ["same_word", "related_word", "doc", "doc_bias", "shared_agent",
                                            "shared_actor", "shared_place", "same_people", "other_people",
                                            "other_doc_people", "overlap", "same_doc", "threshold"]}, f, indent=2)
        f.write("\n")
    print("best: CoNLL F1 %.1f with %s → %s" % (best[0], best[1], os.path.normpath(path)))


if __name__ == "__main__":
    main()
