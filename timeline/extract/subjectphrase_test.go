package extract

import "testing"

// A subject that names no known actor is written as it stands, not left
// out: "Dismissal against Carl Dahl" says nobody did it.
func TestWrittenSubject(t *testing.T) {
	tests := []struct{ name, text, kind, want string }{
		{"a team fires its coach", "The hockey club fired coach Carl Dahl on Monday.", KindDismissal,
			"The hockey club fired Carl Dahl"},
		{"a plural subject", "This year, pirates have attacked Westhaven.", KindAttack,
			"Pirates attacked Westhaven"},
		{"after a comma", "A year ago, the club fired Carl Dahl.", KindDismissal,
			"The club fired Carl Dahl"},
		{"an infinitive's subject is another verb's", "The owner decided to fire Carl Dahl.", KindDismissal,
			"Dismissal"},
		{"an unnamed subject is not an earlier one", "Dahl lived in Ostburg until the rebels attacked Westhaven.", KindAttack,
			"The rebels attacked Westhaven"},
		{"a known actor stays the agent", "Norland attacked Westhaven on Monday.", KindAttack,
			"Norland attacked Westhaven"},
		{"a phrase after a preposition is no subject", "Video from the street showed the car attacking Westhaven.", KindAttack,
			"Attack against Westhaven"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			e := find(t, r, tt.kind)
			if e.Summary != tt.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.want, describe(r))
			}
		})
	}
}

// A participle clause after reported speech ("…, killing one") shares the
// subject of the clause reported, never the speaker's: a speaker who says
// a man opened fire did not kill anyone.
func TestParticipleAfterReport(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Norland police say a man opened fire at the party, killing Carl Dahl.", "patient:carl-dahl"},
		{"Holm alleges a fired man opened fire at an office, killing Carl Dahl.", "patient:carl-dahl"},
		{"Holm said Sudland had attacked Westhaven on Monday, killing Carl Dahl.", "agent:sudland,patient:carl-dahl"},
		{"Norland attacked Westhaven on Monday, killing Carl Dahl.", "agent:norland,patient:carl-dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := extractText(t, tt.text)
			for _, e := range r.Events {
				if e.Trigger == "kill" {
					if got := actorsOf(e); got != tt.want {
						t.Errorf("actors %q, want %q%s", got, tt.want, describe(r))
					}
					return
				}
			}
			t.Errorf("no killing%s", describe(r))
		})
	}
}

// What a verb acts on may stand before it: the noun a relative clause
// hangs on, or the one a participle follows.
func TestObjectBefore(t *testing.T) {
	tests := []struct{ name, text, kind, want string }{
		{"relative clause", "Holm asked about the border region, which Norland annexed after the war.", KindAttack,
			"Norland annexed the border region"},
		{"hyphenated participle head", "Holm backed a 30-day ceasefire proposed by Norland.", KindProposal,
			"Norland proposed a 30-day ceasefire"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			if e := find(t, r, tt.kind); e.Summary != tt.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.want, describe(r))
			}
		})
	}
}
