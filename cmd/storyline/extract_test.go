package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMergeWeightsFlag reads merge weights from a file, and refuses a
// file that is not weights with a usage error naming it.
func TestMergeWeightsFlag(t *testing.T) {
	dir := t.TempDir()
	strict := filepath.Join(dir, "strict.json")
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(strict, []byte(`{"same_word": 1, "doc": 1, "threshold": 1000}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(`{"threshold": "high"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, def, _ := runCLI(t, "", "extract", articles)
	code, out, stderr := runCLI(t, "", "extract", "--merge-weights", strict, articles)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n, m := strings.Count(out, `"summary"`), strings.Count(def, `"summary"`); n < m {
		t.Errorf("a threshold no pair reaches gives %d events, fewer than the default's %d", n, m)
	}
	if code, _, stderr := runCLI(t, "", "extract", "--merge-weights", bad, articles); code != exitUsage || !strings.Contains(stderr, "bad.json") {
		t.Errorf("exit %d, stderr %q: want a usage error naming the file", code, stderr)
	}
}
