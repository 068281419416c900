package actor

import "testing"

// TestTheBlocIsTheUnion: "the bloc" is the union or alliance of states the
// document names, not any body before it.
func TestTheBlocIsTheUnion(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"President Ansel Vark flew to Niamey on Thursday on behalf of ECOWAS, the bloc said.", "ecowas"},
		{"The European Union and the United Nations condemned the coup. The bloc said it would cut aid.", "european-union"},
		{"The Lenmark Agency condemned the coup. The bloc said it would cut aid.", ""},
	} {
		got := ""
		for _, m := range findTexts(t, []string{c.text})[0] {
			if m.Text == "bloc" {
				got = m.Ref
			}
		}
		if got != c.want {
			t.Errorf("%q: the bloc is %q, want %q", c.text, got, c.want)
		}
	}
}
