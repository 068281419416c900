package extract

import "testing"

// TestWorkIdioms: "walk off the job" is a strike, its job and a
// "starting next month" are no events, and a deal signed is an agreement;
// a job found, a strike that starts and a deal worth money stay events of
// their kinds.
func TestWorkIdioms(t *testing.T) {
	tests := []struct{ text, lemma, kind string }{
		{"Thousands of dock workers walked off the job on Monday.", "walk off", "protest"},
		{"Thousands of dock workers walked off the job on Monday.", "job", ""},
		{"Anna Berg found a new job in Ostburg on Monday.", "job", "hiring"},
		{"Dealers will replace the hose free of charge starting next month.", "start", ""},
		{"The bank will charge a fee beginning next month.", "begin", ""},
		{"The strike started on Monday.", "start", "protest"},
		{"The union would not end the strike until a deal was signed.", "deal", KindAgreement},
		{"The guards voted to accept a pay deal on Monday.", "deal", KindAgreement},
		{"Northwind Bank sold the unit on Monday in a deal worth $2 billion.", "deal", "transaction"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.lemma, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventWith(r, tt.lemma)
			switch {
			case tt.kind == "" && e != nil:
				t.Errorf("event %q (%s), want none%s", e.Summary, e.Kind, describe(r))
			case tt.kind != "" && e == nil:
				t.Errorf("no event %q, want %s%s", tt.lemma, tt.kind, describe(r))
			case tt.kind != "" && e.Kind != tt.kind:
				t.Errorf("kind %s, want %s%s", e.Kind, tt.kind, describe(r))
			}
		})
	}
}

// TestCourtSide: the defense or the prosecution that acts in court is a
// side, no event; the defense of a city is one.
func TestCourtSide(t *testing.T) {
	tests := []struct {
		text, lemma string
		event       bool
	}{
		{"The defense was not allowed to call a key witness.", "defense", false},
		{"The prosecution rested its case on Monday.", "prosecution", false},
		{"The defense of the city lasted three months.", "defense", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventWith(r, tt.lemma); (e != nil) != tt.event {
				t.Errorf("event %v, want %v%s", e != nil, tt.event, describe(r))
			}
		})
	}
}
