package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestObjectGerund: a gerund after "of", "for", "from" or "into" is the
// deed of the verb's object, not of its subject; what one is accused or
// charged with is an allegation; an object "them" of a participle clause
// is the group the main clause acts on.
func TestObjectGerund(t *testing.T) {
	tests := []struct{ text, trigger, agent, status string }{
		{"Anna Berg accused Carl Dahl of leaking the report.", "leak", "carl-dahl", timeline.Reported},
		{"Prosecutors charged Carl Dahl with taking the money.", "take", "carl-dahl", timeline.Reported},
		{"Norland banned Carl Dahl from entering the country.", "enter", "carl-dahl", timeline.Occurred},
		{"Anna Berg criticised Carl Dahl for ignoring the warnings.", "ignore", "carl-dahl", timeline.Occurred},
		{"Norland expelled the Sudlish negotiators on Monday, accusing them of stealing documents.", "steal", "sudland-officials", timeline.Reported},
		// Other prepositions keep the subject as the doer.
		{"Anna Berg answered Carl Dahl by resigning.", "resign", "anna-berg", timeline.Occurred},
		{"Anna Berg left Carl Dahl without saying a word.", "say", "anna-berg", ""},
		// Only someone who can act does the deed: the prize won does no
		// writing.
		{"Anna Berg won a prize for writing the report.", "write", "anna-berg", timeline.Occurred},
		// Praise is given on its object's deed.
		{"Anna Berg congratulated Carl Dahl on winning the election.", "win", "carl-dahl", ""},
		{"Anna Berg left Carl Dahl on hearing the news.", "hear", "anna-berg", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if got := actorsOf(e); !hasAgent(e, tt.agent) {
				t.Errorf("actors %q, want agent %s%s", got, tt.agent, describe(r))
			}
			if tt.status != "" && e.Status != tt.status {
				t.Errorf("status %s, want %s%s", e.Status, tt.status, describe(r))
			}
		})
	}
}

// hasAgent reports whether id is an agent of e.
func hasAgent(e EventMention, id string) bool {
	for _, a := range e.Actors {
		if a.Role == "agent" && a.ID == id {
			return true
		}
	}
	return false
}

// TestControlThroughInfinitives: an object controls every infinitive in
// a chain under its verb, not only the first: "urged Dahl to try to
// leave" is Dahl's leaving; "promised Dahl to try to leave" stays the
// promiser's.
func TestControlThroughInfinitives(t *testing.T) {
	tests := []struct{ text, trigger, agent string }{
		{"Anna Berg urged Carl Dahl to try to leave the country.", "leave", "carl-dahl"},
		{"Anna Berg ordered Carl Dahl to start to pay the workers.", "pay", "carl-dahl"},
		{"Anna Berg promised Carl Dahl to try to leave the country.", "leave", "anna-berg"},
		{"Anna Berg wanted to try to leave the country.", "leave", "anna-berg"},
		// One calls someone on the telephone to congratulate him.
		{"Anna Berg called Carl Dahl to congratulate him.", "congratulate", "anna-berg"},
		{"Anna Berg telephoned Carl Dahl to thank him for his help.", "thank", "anna-berg"},
		{"The committee called Carl Dahl to testify on Monday.", "testify", "carl-dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); !hasAgent(e, tt.agent) {
				t.Errorf("%q lacks agent %s%s", e.Summary, tt.agent, describe(r))
			}
		})
	}
}

// TestJudgedObjectGerund: the object of a verb of punishing, blaming or
// praising did the deed it is judged for, even when it is a thing to the
// lexicon's first sense (a bank, a company, a council).
func TestJudgedObjectGerund(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Regulators fined the bank $2 million for failing to report suspicious transactions.", "fail", "The bank failing"},
		{"The court sentenced the company for breaking the law.", "break", "The company breaking the law"},
		{"Critics praised the council for acting quickly.", "act", "The council acting"},
		{"Anna Berg blamed the agency for ignoring the warnings.", "ignore", "The agency ignoring the warnings"},
		// A verb that judges nothing leaves a thing's deed to its subject.
		{"Anna Berg won a prize for writing the report.", "write", "Anna Berg writing the report"},
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
