package ingest

import (
	"slices"
	"strings"
	"testing"
)

// TestCleanDropsFurniture: labels of one word, section names beside
// "News", loading notices, a link to the rest of a story with the teaser
// it cuts, and a credit of names in capitals are dropped by their shape.
func TestCleanDropsFurniture(t *testing.T) {
	const body = "The ministers met in Oslo on Tuesday."
	tests := []struct {
		name  string
		lines []string
	}{
		{"one-word labels", []string{"Actions", "Posted", "NORWAY"}},
		{"section names", []string{"NewsWorld News", "National News"}},
		{"loading notice", []string{"Hold tight - we're checking permissions before loading more content"}},
		{"link to the rest with its teaser", []string{"This is the latest in a", "→ Continue reading at Channel 9"}},
		{"credit in capitals", []string{"ANA LIMA/EXAMPLE WIRE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(tt.lines, "\n") + "\n" + body + "\n" + strings.Join(tt.lines, "\n")
			spans, _ := Clean(text)
			if got, want := describe(text, spans), []string{"body: " + body}; !slices.Equal(got, want) {
				t.Errorf("kept %q, want %q", got, want)
			}
		})
	}
}

// TestCleanTrimsCredits: an agency's tag closing a paragraph and a
// credit printed before a caption are no part of what they close or
// open; a paragraph broken after its first word is kept whole.
func TestCleanTrimsCredits(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"agency tag", "The envoys met in Oslo on Tuesday. -AP",
			[]string{"body: The envoys met in Oslo on Tuesday."}},
		{"agency tag after a lone dash", "The envoys met in Oslo on Tuesday. - AFP",
			[]string{"body: The envoys met in Oslo on Tuesday."}},
		{"a hyphenated word is no tag", "The score was 3-2 in the end of the match",
			[]string{"heading: The score was 3-2 in the end of the match"}},
		{"credit before a caption", "Ana Lima / AP / AP Members of the union count votes in Oslo on Tuesday.",
			[]string{"caption: Members of the union count votes in Oslo on Tuesday."}},
		{"a credit's hidden label run into the caption", "Nurses returned to work on Monday.Credit...Nils Aas for The Daily Ledger\nThe strike ended.",
			[]string{"caption: Nurses returned to work on Monday.", "body: The strike ended."}},
		{"credit in a sentence stays", "The union won.Credit... goes to the nurses, the mayor said.\nThe strike ended.",
			[]string{"body: The union won.Credit... goes to the nurses, the mayor said.", "body: The strike ended."}},
		{"a paragraph broken after its first word", "Envoys meet in Oslo\nEarlier\non Friday, the envoys met in Oslo.",
			[]string{"heading: Envoys meet in Oslo", "body: Earlier\non Friday, the envoys met in Oslo."}},
		{"a bullet broken after its first word", "Envoys meet in Oslo\n- The\nenvoys met in Oslo on Friday.",
			[]string{"heading: Envoys meet in Oslo", "bullet: The\nenvoys met in Oslo on Friday."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans, _ := Clean(tt.text)
			if got := describe(tt.text, spans); !slices.Equal(got, tt.want) {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
		})
	}
}
