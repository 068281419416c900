package actor

import "testing"

// TestKinApposition: a name whose apposition says whose child or
// grandchild it is ("his daughter", "Carl Holm's niece") is a person's,
// though no given name, title or saying marks it, and a surname the
// document's other people share does not swallow it.
func TestKinApposition(t *testing.T) {
	checkPersons(t, []personCase{
		{"Zarya Holm, Carl Holm's 7-year-old daughter, appeared in a video. Tove Holm, his sister, asked the judge for mercy.", "Zarya Holm", true},
		{"Carl Holm was sentenced. Zarya Holm, his niece, appeared in a video. Tove Holm, his sister, wept.", "Zarya Holm", true},
	})
}
