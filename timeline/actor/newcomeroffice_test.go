package actor

import "testing"

// TestNewcomerIsNotTheOldHolder: "the new chancellor" after one holder is
// sacked and another brought in is the one brought in, not the holder the
// document named first.
func TestNewcomerIsNotTheOldHolder(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Chancellor Tomas Hale announced the cuts last month. On Friday she sacked Mr Hale and named Mark Vance. The new chancellor said he would reverse the cuts.", "Mark Vance"},
		{"Chancellor Tomas Hale announced the cuts last month. Markets fell on Friday. The chancellor said he would not resign.", "Tomas Hale"},
		{"Ivo Dane was appointed chancellor on Friday. Markets rose on Monday. The new chancellor said he would reverse the cuts.", "Ivo Dane"},
	} {
		got := ""
		for _, m := range findTexts(t, []string{c.text})[0] {
			if m.Text == "The new chancellor" || m.Text == "The chancellor" {
				got = m.Name
			}
		}
		if got != c.want {
			t.Errorf("%q: the office is %q, want %q", c.text, got, c.want)
		}
	}
}
