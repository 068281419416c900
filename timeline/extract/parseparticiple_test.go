package extract

import "testing"

// TestParticipleBeforeNoun: a present participle before a bare plural
// noun tells what the noun's people are doing; the verb before it does
// not do it, unless that verb takes a gerund ("began arresting").
func TestParticipleBeforeNoun(t *testing.T) {
	tests := []struct{ text, summary string }{
		{"Police dispersed protesting students on Monday.", "Police dispersed protesting students"},
		{"Soldiers evacuated remaining residents on Monday.", "Soldiers evacuated remaining residents"},
		{"Police began arresting protesters on Monday.", "Police arresting protesters"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			found := false
			for _, e := range r.Events {
				found = found || e.Summary == tt.summary
				if e.Summary == "Police protesting students" || e.Summary == "Soldiers remaining residents" {
					t.Errorf("the doer of the verb before does the participle: %q%s", e.Summary, describe(r))
				}
			}
			if !found {
				t.Errorf("no event %q%s", tt.summary, describe(r))
			}
		})
	}
}
