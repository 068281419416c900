package extract

import "testing"

// TestSayingEndsAtNextSaying: what a verb of saying or writing says ends
// at a comma that another saying follows, so that "Dahl, who wrote the
// law, said …" is no writing of what he said; a saying in a relative
// clause after the comma ends nothing there.
func TestSayingEndsAtNextSaying(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Senator Carl Dahl, who wrote the original law, said the new bill would require platforms to explain.", "write", "Carl Dahl wrote the original law"},
		{"Writing for the majority, Anna Berg said the state could not force companies to carry speech.", "say", "Anna Berg said the state could not force companies to carry speech"},
		{"Anna Berg said the talks, which Carl Dahl said were useful, had failed.", "say", "Anna Berg said the talks, which Carl Dahl said were useful"},
		// A name set off in commas goes on the phrase before it.
		{"Anna Berg said in a statement that her chief of staff, Carl Dahl, had travelled to the site.", "say", "Anna Berg said her chief of staff, Carl Dahl, had travelled to the site"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for name, r := range map[string]Result{"parse": parseText(t, tt.text), "lexicon only": extractText(t, tt.text)} {
				if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
					t.Errorf("%s: summary %q, want %q%s", name, e.Summary, tt.summary, describe(r))
				}
			}
		})
	}
}

// TestListInSummary: a list of nouns names all its items in a summary,
// with the verb that agrees with it; a clause after "and" is no item.
func TestListInSummary(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Food, water and oxygen were sent to the trapped miners on Sunday.", "send", "Food, water and oxygen were sent to the trapped miners"},
		{"Tents and blankets arrived on Monday.", "arrive", "Tents and blankets arrived"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// TestSayingSkipsApposition: what was said is the subject and its verb; a
// noun phrase set off in commas after the subject only tells who the
// subject is, and the summary leaves it out rather than end in it.
func TestSayingSkipsApposition(t *testing.T) {
	tests := []struct {
		text, summary string
		parseOnly     bool // an unnamed group's saying is the parse's alone
	}{
		{"Police said the suspect, a 34-year-old man from Leeds, had been arrested.", "Police said the suspect had been arrested", true},
		{"Anna Berg said the suspect, a 34-year-old man from Leeds, had been arrested.", "Anna Berg said the suspect had been arrested", false},
		{"Anna Berg said the ship, a cargo vessel, was carrying grain.", "Anna Berg said the ship was carrying grain", false},
		// A clause set off in commas is no apposition: it stays, as above.
		{"Anna Berg said the talks, which Carl Dahl said were useful, had failed.", "Anna Berg said the talks, which Carl Dahl said were useful", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			for _, name := range []string{"parse", "lexicon only"} {
				if name != "parse" && tt.parseOnly {
					continue
				}
				r := extractText(t, tt.text)
				if name == "parse" {
					r = parseText(t, tt.text)
				}
				if e := eventBy(t, r, "say"); e.Summary != tt.summary {
					t.Errorf("%s: summary %q, want %q%s", name, e.Summary, tt.summary, describe(r))
				}
			}
		})
	}
}
