package ner

import "testing"

func TestWNClass(t *testing.T) {
	for _, c := range []struct {
		word, class string
	}{
		{"senator", "person"},
		{"town", "location"},
		{"company", "group"},
		{"blorptex", ""}, // not in WordNet
		{"3g", ""},       // not a word of letters
		{"x", ""},        // too short to look up
	} {
		want := uint64(0)
		if c.class != "" {
			want = hashString(c.class)
		}
		if got := wnClass([]byte(c.word)); got != want {
			t.Errorf("wnClass(%q) = %x, want the hash of %q (%x)", c.word, got, c.class, want)
		}
	}
}
