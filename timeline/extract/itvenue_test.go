package extract

import (
	"strings"
	"testing"
)

// TestItNotTheVenue checks that "it", the subject of a passive, is not
// the organisation the sentence before names only as where something
// was done.
func TestItNotTheVenue(t *testing.T) {
	cast := []who{{text: "Ostburg General Hospital", id: "ostburg-general-hospital", kind: "organization"}}
	text := "Anna Berg received the vaccine at 7.15am at Ostburg General Hospital, two days before her 80th birthday. It was given by Carl Dahl, a nurse who came to Norland from Westhaven 20 years ago."
	r := parseTextCast(t, text, cast, nil)
	for _, e := range r.Events {
		if e.Trigger == "give" && strings.HasPrefix(e.Summary, "Ostburg General Hospital") {
			t.Errorf("summary %q makes the venue what was given%s", e.Summary, describe(r))
		}
	}
}
