package extract

import "testing"

// TestReporterPronoun: the pronoun subject of what a speaker written as a
// common noun says is that speaker, when they agree in number; a speaker
// after the clause, or one of the other number, is not.
func TestReporterPronoun(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"His national federation said it would review the case.", "review", "His national federation would review the case"},
		{"Two of his former training partners said they had been asked by investigators to give samples.", "ask", "Two of his former training partners had been asked by investigators"},
		{"The state geological institute said it had recorded no tremor.", "record", "The state geological institute had recorded no tremor"},
		// Not the speaker: after the clause, or of the other number.
		{"It was inspected in January, the operator said.", "inspect", "Was inspected"},
		{"The laboratory said they had cheated.", "cheat", "Had cheated"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
