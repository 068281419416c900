package extract

import (
	"strings"
	"testing"
)

// TestNounInfinitive checks that a bare word after "to" that the tagger
// took for a noun is the infinitive a verb of promising takes, with the
// particle and object that follow it; a noun with a determiner stays one.
func TestNounInfinitive(t *testing.T) {
	cases := []struct{ text, want string }{
		{"Carl Dahl spoke from the palace on Thursday evening, where he vowed to hunt down those responsible.", "Carl Dahl to hunt down those responsible"},
		{"Anna Berg vowed to the crowd that she would stay.", ""},
		{"Anna Berg dropped out of college at 19 to found Ostlabs in 2009.", "Anna Berg to found Ostlabs"},
	}
	for _, tc := range cases {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			found := tc.want == ""
			for _, e := range r.Events {
				if strings.Contains(e.Summary, "vowed down") {
					t.Errorf("summary %q keeps the particle on the promise%s", e.Summary, describe(r))
				}
				found = found || e.Summary == tc.want
			}
			if !found {
				t.Errorf("no event %q%s", tc.want, describe(r))
			}
		})
	}
}

// TestNounAfterMoved checks that a noun after "to" that no particle or
// object marks as a verb stays a noun: a team moved to bronze.
func TestNounAfterMoved(t *testing.T) {
	r := parseText(t, "Norland was moved to bronze because its total still placed it ahead of Westhaven.")
	for _, e := range r.Events {
		if strings.Contains(e.Summary, "to bronze") && !strings.Contains(e.Summary, "moved") {
			t.Errorf("summary %q reads bronze as a verb%s", e.Summary, describe(r))
		}
	}
}
