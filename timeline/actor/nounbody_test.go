package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestNounBody: "the Eastmoor trust" names the body the document (or
// another) names in full with both words, else a body of its own; a
// person, a state or a body already named before the noun keep their
// mention, and a date is no name.
func TestNounBody(t *testing.T) {
	tests := []struct {
		docs          []string
		written, name string // the mention of the last document written so, and its name ("" none)
	}{
		{[]string{"Eastmoor and District NHS Foundation Trust said it had declared an incident. The Eastmoor trust said on Tuesday it would not pay."},
			"Eastmoor trust", "Eastmoor and District NHS Foundation Trust"},
		{[]string{"Eastmoor and District NHS Foundation Trust declared an incident on Monday.", "The Eastmoor trust said on Tuesday it would not pay."},
			"Eastmoor trust", "Eastmoor and District NHS Foundation Trust"},
		{[]string{"The Velmar council said it would close the library."}, "Velmar council", "Velmar council"},
		{[]string{"Patients of the Harlow hospital trust were angry."}, "Harlow hospital trust", "Harlow hospital trust"},
		{[]string{"Velmar City Council met on Monday. Residents wrote to the Velmar council on Friday."}, "Velmar council", "Velmar City Council"},
		// Not a trust's words: the other body is no name for it.
		{[]string{"Velmar Water said it would raise bills. The Velmar council objected."}, "Velmar council", "Velmar council"},
		// Already named before the noun: a union, a bank's board.
		{[]string{"Coastal Rail and the RMT union agreed to talks."}, "RMT", "RMT"},
		{[]string{"Northwind Bank said the Northwind Bank board would meet."}, "Northwind Bank board", ""},
		// A date before the noun, and no capital at all.
		{[]string{"The Monday council meeting was cancelled."}, "Monday council", ""},
		{[]string{"The hospital trust said it would not pay."}, "hospital trust", ""},
	}
	for _, tc := range tests {
		t.Run(tc.docs[len(tc.docs)-1], func(t *testing.T) {
			var docs []timeline.Document
			for i, s := range tc.docs {
				docs = append(docs, docOf(string(rune('a'+i)), s))
			}
			ms, _ := findAndResolve(t, docs)
			got := ""
			for _, m := range ms[len(ms)-1] {
				if m.Text == tc.written && m.Kind == timeline.Organization {
					got = m.Name
				}
			}
			if got != tc.name {
				t.Errorf("%q names %q, want %q (%s)", tc.written, got, tc.name, mentionIDs(ms[len(ms)-1]))
			}
		})
	}
}
