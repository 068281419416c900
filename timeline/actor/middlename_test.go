package actor

import (
	"slices"
	"testing"
)

// TestMiddleName: a person called by the middle name and the surname is
// the one whose full name holds both; a middle initial is no such name,
// and another given name stays another person.
func TestMiddleName(t *testing.T) {
	cases := []struct {
		texts []string
		want  []string // person names, sorted
	}{
		{[]string{"President Anton Pavel Dragan said the talks would go on.", "An adviser to President Pavel Dragan said the talks had stalled."},
			[]string{"Anton Pavel Dragan"}},
		{[]string{"Senator Mira K. Vell said the bill would pass.", "Senator K. Vell said it had stalled."},
			[]string{"K. Vell", "Mira K. Vell"}},
		{[]string{"President Anton Pavel Dragan said the talks would go on.", "His brother, Oskar Dragan, said they had stalled."},
			[]string{"Anton Pavel Dragan", "Oskar Dragan"}},
	}
	for _, tc := range cases {
		got := personNames(t, tc.texts)
		slices.Sort(got)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: persons %q, want %q", tc.texts, got, tc.want)
		}
	}
}
