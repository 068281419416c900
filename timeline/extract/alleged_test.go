package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestAllegedContent checks that what someone is charged with, accused of
// or indicted for is someone's word (reported), not a deed told as fact,
// and does not take the charge's day; a finding of guilt stays a fact.
func TestAllegedContent(t *testing.T) {
	tests := []struct {
		name, text, lemma, status, start string
	}{
		{"charged with a crime noun", "Gus Holm was charged with first-degree murder on Monday.", "murder", timeline.Reported, ""},
		{"indicted for", "Gus Holm was indicted for fraud on Monday.", "fraud", timeline.Reported, ""},
		{"accused of a noun", "Police accused Gus Holm of arson on Monday.", "arson", timeline.Reported, ""},
		{"a charge noun's crime", "Gus Holm faces murder charges.", "murder", timeline.Reported, ""},
		{"accused each other of", "On Monday both parties accused each other of tampering with ballots.", "tamper", timeline.Reported, ""},
		{"what the accused is said to have tried", "Anna Berg accused Gus Holm of trying to overturn the result.", "overturn", timeline.Reported, ""},
		{"a time of its own stays", "Police accused Gus Holm of killing two men on Saturday.", "kill", timeline.Reported, "2025-03-15"},
		{"a finite verb after the charge is no part of it", "A clerk who was charged with tampering with ballots pleaded not guilty on Monday.", "plead", timeline.Occurred, "2025-03-17"},
		{"convicted of stays a fact", "Gus Holm was convicted of murder on Monday.", "murder", timeline.Occurred, "2025-03-17"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseTextWith(t, tc.text, nil)
			e := eventWith(r, tc.lemma)
			if e == nil {
				t.Fatalf("no event %q%s", tc.lemma, describe(r))
			}
			got := ""
			if e.When != nil {
				got = e.When.Start.String()
			}
			if e.Status != tc.status || got != tc.start {
				t.Errorf("%s: status %s dated %q, want %s dated %q%s", tc.lemma, e.Status, got, tc.status, tc.start, describe(r))
			}
		})
	}
}

// TestChargedOnesDeed checks that what a pronoun object is charged with
// is that object's deed, not the charger's, though the parser may read
// the pronoun as an indirect object ("charged him with murdering").
func TestChargedOnesDeed(t *testing.T) {
	tests := []struct {
		name, text, lemma, notAgent string
	}{
		{"a pronoun the parser reads as iobj", "Anna Berg charged him with murdering his wife.", "murder", "anna-berg"},
		{"a pronoun object", "Anna Berg accused them of helping the rebels.", "help", "anna-berg"},
		{"a named object", "Anna Berg accused Gus Holm of helping the rebels.", "help", "anna-berg"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseTextWith(t, tc.text, nil)
			e := eventWith(r, tc.lemma)
			if e == nil {
				t.Fatalf("no event %q%s", tc.lemma, describe(r))
			}
			for _, a := range e.Actors {
				if a.ID == tc.notAgent && a.Role == timeline.RoleAgent {
					t.Errorf("%s has %s as its agent%s", tc.lemma, a.ID, describe(r))
				}
			}
		})
	}
}
