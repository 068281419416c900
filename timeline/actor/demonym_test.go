package actor

import "testing"

// TestBareDemonym: "the" and a state's adjective with no noun after it is
// the state's people, a group; an adjective that also names one person
// ("the Italian said") or one before a noun ("the Chinese embassy") is not.
func TestBareDemonym(t *testing.T) {
	for _, c := range []struct {
		text, name string
		group      bool
	}{
		{"The Chinese have protested.", "Chinese", true},
		{"For the Lebanese, Vell is a hero.", "Lebanese", true},
		{"The Japanese say the escape was illegal.", "Japanese", true},
		{"The Italian said he was innocent.", "Italians", false},
		{"The Chinese embassy declined to comment.", "Chinese", false},
	} {
		got := false
		for _, m := range findTexts(t, []string{c.text})[0] {
			if m.Kind == "group" && m.Name == c.name {
				got = true
			}
		}
		if got != c.group {
			t.Errorf("%q: group %q found %v, want %v", c.text, c.name, got, c.group)
		}
	}
}
