package extract

import "testing"

// TestClauseOwnSubject checks that a clause whose subject the parser hung
// on a noun elsewhere gets it back: after "until" with an auxiliary
// between, after "and" joining two passives, and after a relative
// clause whose object the parser made the main verb's second subject. A
// sentence the parser reads well keeps its reading.
func TestClauseOwnSubject(t *testing.T) {
	tests := []struct{ text, trigger, summary, actors string }{
		{"Carl Dahl will remain free on bail until the appeal is decided.", "decide", "The appeal is decided", ""},
		{"Emergency rooms were closed on Sunday and dozens of surgeries were postponed.", "postpone", "Dozens of surgeries were postponed", ""},
		{"Police arrested Carl Dahl on Sunday and his brother was charged with fraud.", "charge", "His brother was charged with fraud", ""},
		{"Two businessmen who paid the bribes pleaded guilty last week.", "plead", "Two businessmen pleaded guilty", ""},
		{"Two businessmen who paid the bribes pleaded guilty last week.", "pay", "Two businessmen paid the bribes", ""},
		{"The death toll from the storm that flooded Ostburg rose to 12 on Monday.", "rise", "The death toll rose to 12", ""},
		{"The death toll from the storm that flooded Ostburg rose to 12 on Monday.", "flood", "The storm flooded Ostburg", "patient:ostburg"},
		{"The storm that flooded the valley killed three people on Monday.", "kill", "The storm killed three people", ""},
		{"The man who shot the officer was arrested on Friday.", "arrest", "The man was arrested on Friday", ""},
		// Read well already.
		{"The men who attacked the convoy were arrested.", "arrest", "The men were arrested", ""},
		{"Carl Dahl, who owns the mill, was arrested on Sunday.", "arrest", "Carl Dahl was arrested", "patient:carl-dahl"},
		{"The roads were closed and the schools were shut.", "close", "The roads were closed", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text+" "+tc.trigger, func(t *testing.T) {
			r := parseText(t, tc.text)
			e := eventBy(t, r, tc.trigger)
			if e.Summary != tc.summary || actorsOf(e) != tc.actors {
				t.Errorf("%q with %q, want %q with %q%s", e.Summary, actorsOf(e), tc.summary, tc.actors, describe(r))
			}
		})
	}
}

// TestClauseOfTime checks that a clause opened by "after" or "before"
// that the parse read as a noun's phrase or as a second deed keeps its
// own subject and tells which event came first.
func TestClauseOfTime(t *testing.T) {
	tests := []struct{ text, earlier, later, summary string }{
		{"Passengers were evacuated down emergency slides after the plane stopped on the runway.", "stop", "evacuate", "The plane stopped on the runway"},
		{"Passengers were evacuated after the plane stopped on the runway.", "stop", "evacuate", "The plane stopped on the runway"},
		{"Rescuers pulled survivors from the rubble before the building collapsed.", "pull", "collapse", "The building collapsed"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			a, b := eventBy(t, r, tc.earlier), eventBy(t, r, tc.later)
			if a.Summary != tc.summary && b.Summary != tc.summary {
				t.Errorf("neither %q nor %q is %q%s", a.Summary, b.Summary, tc.summary, describe(r))
			}
			found := false
			for _, l := range r.Links {
				found = found || l.Kind == "precedes" && r.Events[l.From].Summary == a.Summary && r.Events[l.To].Summary == b.Summary
			}
			if !found {
				t.Errorf("no link %q precedes %q%s", a.Summary, b.Summary, describe(r))
			}
		})
	}
}
