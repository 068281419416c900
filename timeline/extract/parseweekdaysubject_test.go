package extract

import "testing"

// TestWeekdaySubject: a day after "on" before a verb is the verb's time,
// and the noun before it the verb's subject.
func TestWeekdaySubject(t *testing.T) {
	tests := []struct{ text, verb, subject string }{
		{"Prosecutors in Ostburg on Tuesday charged Carl Dahl with four counts, including fraud.", "charged", "Prosecutors"},
		{"Regulators in Marston on Friday fined the bank for lax controls.", "fined", "Regulators"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ws := repairedWords(t, tc.text)
			found := false
			for _, w := range ws {
				if w.Form == tc.subject && w.Head > 0 && ws[w.Head-1].Form == tc.verb && w.Deprel == "nsubj" {
					found = true
				}
			}
			if !found {
				t.Errorf("%q is not the subject of %q: %+v", tc.subject, tc.verb, ws)
			}
		})
	}
}

// TestWeekdayBeforeParticiple: a day between an object and the
// participle that describes it is the time of the object's verb, and the
// participle stays the object's.
func TestWeekdayBeforeParticiple(t *testing.T) {
	ws := repairedWords(t, "Prosecutors unsealed an indictment on Tuesday charging Carl Dahl with fraud.")
	heads := map[string]string{}
	for _, w := range ws {
		if w.Head > 0 {
			heads[w.Form] = ws[w.Head-1].Form
		}
	}
	if heads["Tuesday"] != "unsealed" || heads["charging"] != "indictment" {
		t.Errorf("Tuesday hangs on %q, charging on %q; want unsealed, indictment", heads["Tuesday"], heads["charging"])
	}
}
