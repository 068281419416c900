package ingest

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestYearsFromCorpus(t *testing.T) {
	inputs := []Input{
		{"a.txt", []byte("---\ndate: 2025-03-12\n---\nTalks went on in Jeddah on Tuesday.\n")},
		{"b.txt", []byte("---\ndate: 2025-03-16\n---\nThe envoy spoke on Sunday.\n")},
		{"wire.txt", []byte("MOSCOW, March 14 (Eastwire) - The Kremlin said on Friday that talks would go on.\n")},
		{"lone.txt", []byte("The Kremlin said on Friday that talks would go on.\n")},
		// The text names a year it looks back to: the corpus's year wins.
		{"past.txt", []byte("LISBON, March 15 (Eastwire) - The port, rebuilt after the 1987 fire, reopened.\n")},
	}
	docs, diags := ReadInputs(inputs, Options{})
	byID := map[string]timeline.Document{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	if got := byID["wire"]; got.Published.String() != "2025-03-14" || got.PublishedFrom != timeline.FromContent {
		t.Errorf("wire: published %s from %s, want 2025-03-14 from content", got.Published, got.PublishedFrom)
	}
	if got := byID["past"]; got.Published.String() != "2025-03-15" {
		t.Errorf("past: published %s, want 2025-03-15", got.Published)
	}
	if got := byID["lone"]; !got.Published.IsZero() || got.PublishedFrom != timeline.FromNone {
		t.Errorf("lone: published %s from %s, want none", got.Published, got.PublishedFrom)
	}
	var wire, lone string
	warnings := map[string]int{}
	for _, d := range diags {
		warnings[d.Path]++
		switch d.Path {
		case "wire.txt":
			wire = d.Message
		case "lone.txt":
			lone = d.Message
		}
	}
	if warnings["past.txt"] != 1 {
		t.Errorf("past.txt has %d warnings, want the corpus's alone", warnings["past.txt"])
	}
	if !strings.Contains(wire, "taken from the other documents") {
		t.Errorf("wire.txt warning = %q, want it to say where the year came from", wire)
	}
	if lone != noDateWarning {
		t.Errorf("lone.txt warning = %q, want %q", lone, noDateWarning)
	}
}

// Alone, a date line without a year takes the text's latest year, and a
// warning says that this is a guess.
func TestYearGuessedAlone(t *testing.T) {
	_, diags := ReadInputs([]Input{{"past.txt", []byte("LISBON, March 15 (Eastwire) - The port, rebuilt after the 1987 fire, reopened.\n")}}, Options{})
	if len(diags) != 1 || !strings.Contains(diags[0].Message, "1987 is the latest year it mentions") {
		t.Errorf("diagnostics = %+v, want one saying the year 1987 is the text's latest", diags)
	}
}

func TestNearestYear(t *testing.T) {
	tests := []struct {
		stamp, middle, want string
	}{
		{"0001-03-14", "2025-03-10", "2025-03-14"},
		{"0001-12-30", "2025-01-03", "2024-12-30"},
		{"0001-01-02", "2024-12-28", "2025-01-02"},
	}
	for _, tc := range tests {
		stamp, _ := timeline.ParseDate(tc.stamp)
		middle, _ := timeline.ParseDate(tc.middle)
		if got := nearestYear(stamp, middle).String(); got != tc.want {
			t.Errorf("nearestYear(%s, %s) = %s, want %s", tc.stamp, tc.middle, got, tc.want)
		}
	}
}
