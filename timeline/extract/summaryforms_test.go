package extract

import "testing"

// TestSummaryVerbForms: a passive says the participle ("was flown", not
// "was flew"), and an a- adverb that completes a motion verb stays with
// it ("ran aground", "washed ashore").
func TestSummaryVerbForms(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Eva Falk was flown to Ostburg by the air force on Monday.", "fly", "Eva Falk was flown to Ostburg"},
		{"The tanker ran aground near Ostburg on Monday.", "run", "The tanker ran aground"},
		{"Two bodies washed ashore near Ostburg on Monday.", "wash", "Two bodies washed ashore"},
		// A subject measured by "as … as" keeps its verb (comparedSubject).
		{"A tanker as long as three football fields ran aground near Ostburg on Tuesday.", "run", "A tanker ran aground"},
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

// TestShareOfWhole: an object that is a share of something names it.
func TestShareOfWhole(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The fire destroyed much of the old town on Tuesday.", "destroy", "The fire destroyed much of the old town"},
		{"The flood cut off most of the valley on Sunday.", "cut off", "The flood cut off most of the valley"},
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

// TestToldWhom: what was told, not to whom, follows "said" in a summary.
func TestToldWhom(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Anna Berg told reporters the search would continue through the night.", "tell", "Anna Berg said the search would continue through the night"},
		{"Anna Berg told him the search would continue through the night.", "tell", "Anna Berg said the search would continue through the night"},
		{"Anna Berg told lawmakers the plan was needed.", "tell", "Anna Berg said the plan was needed"},
		{"Anna Berg told soldiers gathered on a square inside the old palace that they would be paid.", "tell", "Anna Berg said they would be paid"}, // whom, by more than a word, up to its "that"
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
