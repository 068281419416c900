package extract

import "testing"

// TestRefusalSaysWhatWasRefused checks that a refusal's summary goes on
// with what was refused: the infinitive, its object, and what a saying
// refused would have said.
func TestRefusalSaysWhatWasRefused(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Eva Falk refused to resign on Monday.", "refuse", "Eva Falk refused to resign"},
		{"Carl Dahl declined to name the suppliers.", "decline", "Carl Dahl declined to name the suppliers"},
		{"Carl Dahl declined to say how much the recall would cost, saying only that the amount was large.", "decline", "Carl Dahl declined to say how much the recall would cost"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			if e := eventBy(t, r, tc.trigger); e.Summary != tc.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tc.want, describe(r))
			}
		})
	}
}
