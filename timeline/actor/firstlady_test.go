package actor

import "testing"

// TestFirstLadyIsATitle: "Lady" after "First" is the title "First Lady",
// not an honorific that leaves "First" on the name.
func TestFirstLadyIsATitle(t *testing.T) {
	for _, c := range []struct{ text, name, title string }{
		{"First Lady Jill Vane visited the island on Monday.", "Jill Vane", "First Lady"},
		{"Lady Ansel Brody visited the island on Monday.", "Ansel Brody", ""},
	} {
		found := false
		for _, m := range findTexts(t, []string{c.text})[0] {
			if m.Name == c.name {
				found = true
				if m.Title != c.title || m.Text != c.name && c.title != "" {
					t.Errorf("%q: %q has title %q, want %q", c.text, m.Text, m.Title, c.title)
				}
			}
		}
		if !found {
			t.Errorf("%q: no %q", c.text, c.name)
		}
	}
}
