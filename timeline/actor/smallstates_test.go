package actor

import "testing"

// TestSmallStatesAndCapitals: every member state of the UN is the
// gazetteer's, with its capital, so that a sentence that opens with one
// ("The Dominican Republic closed its border") still has it, and a capital
// gives its country to what happens there.
func TestSmallStatesAndCapitals(t *testing.T) {
	text := "The Dominican Republic closed its border on Wednesday. " +
		"Port-au-Prince was quiet. Fiji and Tonga sent observers to Suva. " +
		"Kinshasa said the talks in Brazzaville had failed."
	want := map[string]struct{ ref, country string }{
		"Dominican Republic": {"dominican-republic", ""},
		"Port-au-Prince":     {"port-au-prince", "haiti"},
		"Fiji":               {"fiji", ""},
		"Tonga":              {"tonga", ""},
		"Suva":               {"suva", "fiji"},
		"Kinshasa":           {"", ""},
		"Brazzaville":        {"brazzaville", "republic-of-the-congo"},
	}
	got := map[string]Mention{}
	for _, m := range findTexts(t, []string{text})[0] {
		got[m.Text] = m
	}
	for text, w := range want {
		m, ok := got[text]
		if w.ref == "" {
			// a capital as the subject of politics may stand for its
			// government; it is found either way.
			if !ok {
				t.Errorf("%q not found", text)
			}
			continue
		}
		if m.Ref != w.ref || (w.country != "" && m.Country != w.country) {
			t.Errorf("%q is %q of %q, want %q of %q", text, m.Ref, m.Country, w.ref, w.country)
		}
	}
}
