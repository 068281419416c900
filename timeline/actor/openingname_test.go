package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestUtilityName: a name ending in "Water" is a water company's, as
// one ending in "Energy" is an energy company's; a person's name with a
// given name stays one.
func TestUtilityName(t *testing.T) {
	checkKind(t, []string{"Severn Vale Water said the contamination had been detected."}, "Severn Vale Water", timeline.Organization)
	checkKind(t, []string{"Kelby Marsh Water said the pipe had burst."}, "Kelby Marsh Water", timeline.Organization)
	checkPersons(t, []personCase{{"Anna Berg said the pipe had burst.", "Anna Berg", true}})
}

// TestOpeningBodies: a speaker whose whole name opens a body's name that
// another article writes in full, the rest organisation words, is that
// body; a surname a person of the story bears, or a name with a title,
// stays the person's.
func TestOpeningBodies(t *testing.T) {
	for _, tc := range []struct {
		texts            []string
		name, body, kind string
	}{
		{[]string{"Severn Vale Water said the pipe had burst.", "Severn Vale said the repair was done."}, "Severn Vale", "Severn Vale Water", timeline.Organization},
		{[]string{"His group, Redmoor Capital, made an offer on Monday.", "Redmoor said it was baffled by the decision."}, "Redmoor", "Redmoor Capital", timeline.Organization},
		// must not change: the founder's surname, a title
		{[]string{"Anna Redmoor founded Redmoor Capital in 2010.", "Redmoor said she was baffled by the decision."}, "Redmoor", "Redmoor Capital", timeline.Person},
		{[]string{"Severn Vale Water said the pipe had burst.", "Mr Severn Vale said the repair was done."}, "Severn Vale", "Severn Vale Water", timeline.Person},
	} {
		all := findTexts(t, tc.texts)
		kind, id, bodyID := "", "", ""
		for _, m := range all[1] {
			if m.Name == tc.name || m.Text == tc.name {
				kind, id = m.Kind, m.ID
			}
		}
		for _, m := range all[0] {
			if m.Name == tc.body {
				bodyID = m.ID
			}
		}
		if kind != tc.kind || (id == bodyID) != (tc.kind == timeline.Organization) {
			t.Errorf("%q: %q is a %q (%s), want a %s (the body %s)", tc.texts, tc.name, kind, id, tc.kind, bodyID)
		}
	}
}

// TestLineShortName: a company's first word alone in another article is
// the company whose name ends in a word for its line of business
// ("Kestrel" of "Kestrel Maritime").
func TestLineShortName(t *testing.T) {
	all := findTexts(t, []string{"The tanker is operated by Kestrel Maritime, a shipping company based in Cyprus.", "Kestrel said it had suspended the captain."})
	id := func(d int, text string) string {
		for _, m := range all[d] {
			if m.Text == text {
				return m.ID
			}
		}
		return ""
	}
	if a, b := id(0, "Kestrel Maritime"), id(1, "Kestrel"); a == "" || a != b {
		t.Errorf("Kestrel is %q, Kestrel Maritime %q: want one body", b, a)
	}
}
