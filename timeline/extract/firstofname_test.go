package extract

import "testing"

// TestWordOfName: a common word capitalised at the start of a name
// ("Credit Suisse", "Fire Chief Tom Varga") names no event, wherever the
// sentence puts it; a word that heads the name after it names the event
// ("Hurricane Lena"), and a participle before a day is no name.
func TestWordOfName(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          bool
	}{
		{"Credit Suisse Chairman Axel Lehmann said on Thursday the bank had run out of time.", "credit", false},
		{"Early on Thursday, Credit Suisse took up the offer.", "credit", false},
		{"Ermotti said UBS would keep Credit Suisse's Swiss business.", "credit", false},
		{"Credit Suisse said on Thursday it would borrow 50 billion francs.", "credit", false},
		{"Speaking Monday, Anna Berg said the talks had failed.", "speak", true},
		{"Visiting Riverton on Monday, Anna Berg met the mayor.", "visit", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if got := eventWith(r, tt.trigger) != nil; got != tt.want {
				t.Errorf("event %q: %v, want %v%s", tt.trigger, got, tt.want, describe(r))
			}
		})
	}
}

// TestGunfire: fire opened, returned or exchanged is shooting, whatever
// form the verb takes, not a blaze.
func TestGunfire(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"Protesters stormed the assembly on Tuesday, with police opening fire on crowds.", "open fire", "attack"},
		{"Police fired tear gas at protesters in Riverton on Tuesday.", "fire", "attack"},
		{"A fire destroyed the market in Riverton on Tuesday.", "fire", "disaster"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Kind != tt.kind {
				t.Errorf("%q is %s, want %s%s", e.Summary, e.Kind, tt.kind, describe(r))
			}
		})
	}
}
