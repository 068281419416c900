package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline/extract"
)

const ecbplus = "/work/shared/eval/ecbplus"

// TestTrainSmoke trains on a few documents, twice, and checks that the
// model is readable, holds weights and comes out byte for byte the same.
func TestTrainSmoke(t *testing.T) {
	if _, err := os.Stat(filepath.Join(ecbplus, "train.gold.json")); err != nil {
		t.Skipf("no ECB+ data: %v", err)
	}
	dir := t.TempDir()
	var files [][]byte
	for i := range 2 {
		out := filepath.Join(dir, "m"+string(rune('0'+i)))
		var log strings.Builder
		if err := run([]string{"-data", ecbplus, "-out", out, "-limit", "4", "-epochs", "2", "-choose-on", "cv"}, &log); err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"train cv threshold", "dev threshold"} {
			if !strings.Contains(log.String(), want) {
				t.Errorf("no %q line in the log:\n%s", want, log.String())
			}
		}
		data, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, data)
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two trainings on the same data differ")
	}
	m, err := extract.ReadPlotModel(bytes.NewReader(files[0]), "smoke")
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Link) == 0 || len(m.Dir) == 0 || m.Threshold <= 0 || m.Threshold >= 1 {
		t.Errorf("model of %d link and %d direction weights, threshold %v", len(m.Link), len(m.Dir), m.Threshold)
	}
}

// TestTrainBadData checks that a missing data folder is an error naming
// it, not a crash or an empty model.
func TestTrainBadData(t *testing.T) {
	dir := t.TempDir()
	err := run([]string{"-data", dir, "-out", filepath.Join(dir, "m")}, io.Discard)
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Errorf("run on an empty folder: %v, want an error naming it", err)
	}
	if _, err := os.Stat(filepath.Join(dir, "m")); err == nil {
		t.Error("a model was written from no data")
	}
}

// TestTopicOf checks that documents are grouped by their ECB+ topic, the
// unit cross-validation holds out.
func TestTopicOf(t *testing.T) {
	for _, tc := range []struct{ id, want string }{
		{"12_3ecbplus", "12"},
		{"1_10ecbplus", "1"},
		{"35_2ecb", "35"},
		{"odd", "odd"},
	} {
		if got := topicOf(tc.id); got != tc.want {
			t.Errorf("topicOf(%q) = %q, want %q", tc.id, got, tc.want)
		}
	}
}
