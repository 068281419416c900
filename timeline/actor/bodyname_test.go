package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBodyHeads: a name that ends in a rating agency's, a unit's or a
// global firm's word, or in a club's or a firm's form written in capitals,
// is a body's, whatever role or verb stands beside it.
func TestBodyHeads(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Analysts at Kelby Ratings said the default was unlikely.", "Kelby Ratings"},
		{"He said Norvo Real Estate, its main unit, was independent.", "Norvo Real Estate"},
		{"The petition was brought by Top Vell Global, an investor in the firm.", "Top Vell Global"},
		{"The developer's football club, Kelbyton FC, was relegated.", "Kelbyton FC"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			got := ""
			for _, m := range findOne(tc.text) {
				if m.Name == tc.want {
					got = string(m.Kind)
				}
			}
			if got != timeline.Organization {
				t.Errorf("%q is %q, want an organization", tc.want, got)
			}
		})
	}
}

// TestShortNameAfterState: a body whose name a state opens goes by the
// word after the state.
func TestShortNameAfterState(t *testing.T) {
	ms, _ := findAndResolve(t, []timeline.Document{docOf("a", "A court ordered the liquidation of China Kelvance Group on Monday. Kelvance said it regretted the ruling.")})
	var full, short string
	for _, m := range ms[0] {
		switch m.Text {
		case "China Kelvance Group":
			full = m.ID
		case "Kelvance":
			short = m.ID
		}
	}
	if full == "" || short != full {
		t.Errorf("Kelvance is %q, want %q", short, full)
	}
}

// TestLegalFormAliases: a company named without its legal form has the
// full name among its aliases, never the name itself.
func TestLegalFormAliases(t *testing.T) {
	_, actors := findAndResolve(t, []timeline.Document{docOf("a", "Shares in Vestra AG fell on Monday. Vestra said the figures were sound. Vestra AG will appeal.")})
	for _, a := range actors {
		if a.Name == "Vestra" {
			for _, al := range a.Aliases {
				if al == a.Name {
					t.Errorf("%s has its own name among its aliases %q", a.ID, a.Aliases)
				}
			}
			return
		}
	}
	t.Errorf("no Vestra in %v", actors)
}
