package resolve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadWeights(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, text, err string
	}{
		{"the embedded defaults", string(defaultWeights), ""},
		{"no threshold", `{"same_word": 1}`, "threshold"},
		{"not JSON", `threshold: 1`, "invalid character"},
		{"a string for a number", `{"threshold": "high"}`, "cannot unmarshal"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, "w.json")
			if err := os.WriteFile(path, []byte(tc.text), 0o644); err != nil {
				t.Fatal(err)
			}
			w, err := ReadWeights(path)
			switch {
			case tc.err == "" && (err != nil || w != DefaultWeights()):
				t.Errorf("got %+v, %v; want the defaults", w, err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), path)):
				t.Errorf("error %v, want one naming %s and saying %q", err, path, tc.err)
			}
		})
	}
	if _, err := ReadWeights(filepath.Join(dir, "absent.json")); err == nil {
		t.Error("no error for a missing file")
	}
}

// FuzzParseWeights checks that no weights file makes the reader panic, and
// that what it accepts has a positive threshold.
func FuzzParseWeights(f *testing.F) {
	f.Add(defaultWeights)
	f.Add([]byte(`{"threshold": -1}`))
	f.Add([]byte(`{"doc": 1e308, "threshold": 1e-308}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		if w, err := parseWeights(b); err == nil && !(w.Threshold > 0) {
			t.Errorf("accepted threshold %v", w.Threshold)
		}
	})
}
