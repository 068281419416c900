package extract

import "testing"

// TestPickKind chooses among a word's senses by its arguments.
func TestPickKind(t *testing.T) {
	tests := []struct {
		text, trigger, kind string
	}{
		{"The earthquake struck Ostburg on Sunday.", "strike", "disaster"},
		{"The storm battered Riverton on Sunday.", "batter", "disaster"},
		{"Anna Berg fired the coach on Monday.", "fire", "dismissal"},
		{"Soldiers fired rockets at Ostburg on Monday.", "fire", "attack"},
		{"Carl Dahl was charged with fraud on Monday.", "charge", "legal"},
		{"Anna Berg accused Carl Dahl of fraud on Monday.", "accuse", "accusation"},
		{"Sudland and Norland exchanged attacks on Monday.", "exchange", "other"},
		{"Anna Berg hosted Carl Dahl in Ostburg on Monday.", "host", "meeting"},
		{"Anna Berg hosted the Oscars on Monday.", "host", "other"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			for _, e := range r.Events {
				if e.Trigger == tc.trigger {
					if e.Kind != tc.kind {
						t.Errorf("kind %q, want %q%s", e.Kind, tc.kind, describe(r))
					}
					return
				}
			}
			t.Errorf("no event %q%s", tc.trigger, describe(r))
		})
	}
}

// A passive "called" with a name after it names; it is no call.
func TestCalledIsNaming(t *testing.T) {
	for _, text := range []string{"It was called TV One.", "The station was originally called TV One, and it sold ads in Ostburg."} {
		r := extractText(t, text)
		for _, e := range r.Events {
			if e.Kind == KindCall {
				t.Errorf("a call from a name%s", describe(r))
			}
		}
	}
	r := extractText(t, "Berg called Dahl on Monday.")
	if e := find(t, r, KindCall); e.Summary != "Anna Berg spoke with Carl Dahl" {
		t.Errorf("summary %q%s", e.Summary, describe(r))
	}
}
