package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDocumentAuthor: what a document does, its authors do by it; what a
// person described by a participle does is that person's.
func TestDocumentAuthor(t *testing.T) {
	people := []who{{text: "Prosecutors", id: "prosecutors", kind: timeline.Group}, {text: "Carl Dahl", id: "carl-dahl"}}
	tests := []struct {
		text, trigger, agent string
	}{
		{"Prosecutors unsealed an indictment charging Carl Dahl with fraud.", "charge", "prosecutors"},
		{"Prosecutors questioned a neighbour accusing Carl Dahl of fraud.", "accuse", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			e := eventBy(t, r, tt.trigger)
			got := ""
			for _, a := range e.Actors {
				if a.Role == timeline.RoleAgent {
					got = a.ID
				}
			}
			if got != tt.agent {
				t.Errorf("agent %q, want %q%s", got, tt.agent, describe(r))
			}
		})
	}
}
