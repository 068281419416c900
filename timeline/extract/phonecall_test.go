package extract

import "testing"

// TestPhoneIsCallOnlyAsCall checks that the noun "phone" names a call
// only when it is one ("a phone call", "phone talks", "by phone"), not
// the handset ("a replacement phone began smoking").
func TestPhoneIsCallOnlyAsCall(t *testing.T) {
	tests := []struct {
		text string
		call bool
	}{
		{"A replacement phone began smoking on a flight in Ostburg on Wednesday.", false},
		{"Carl Dahl said his phone had been stolen in Ostburg on Wednesday.", false},
		{"Carl Dahl held phone talks with Eva Falk on Wednesday.", true},
		{"Carl Dahl and Eva Falk had a phone call on Wednesday.", true},
		{"Carl Dahl and Eva Falk held a phone meeting on Wednesday.", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			for name, r := range map[string]Result{"parse": parseText(t, tc.text), "lexicon only": extractText(t, tc.text)} {
				got := false
				for _, e := range r.Events {
					got = got || e.Kind == KindCall
				}
				if got != tc.call {
					t.Errorf("%s: call %v, want %v%s", name, got, tc.call, describe(r))
				}
			}
		})
	}
}
