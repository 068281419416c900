package extract

import (
	"strings"
	"testing"
)

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"The\n independent agency formed a new bank": "The independent agency formed a new bank",
		"An emergency \nsale":                        "An emergency sale",
		"Regulators  closed\tthe bank":               "Regulators closed the bank",
		"Regulators closed the bank":                 "Regulators closed the bank",
		"":                                           "",
	} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestClosedQuotes: a summary cut inside a quotation closes it; a mark
// left alone at its end goes.
func TestClosedQuotes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`The embassy called the expulsions "totally unacceptable`, `The embassy called the expulsions "totally unacceptable"`},
		{`Berg praised Dahl's "remarkable work`, `Berg praised Dahl's "remarkable work"`},
		{`Berg called the plan “reckless`, `Berg called the plan “reckless”`},
		{`Berg called the plan "reckless"`, `Berg called the plan "reckless"`},
		{`Berg said: “We are ready”`, `Berg said: “We are ready”`},
		{`Berg called the plan "`, `Berg called the plan`},
		{`Berg met Dahl`, `Berg met Dahl`},
		{`The conflagration" sure`, `The conflagration sure`},
		{`"Reckless`, `"Reckless"`},
	}
	for _, tt := range tests {
		if got := closedQuotes(tt.in); got != tt.want {
			t.Errorf("closedQuotes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCutQuotationClosed: an event whose summary stops inside a
// quotation shows it closed.
func TestCutQuotationClosed(t *testing.T) {
	r := parseText(t, `Anna Berg called the expulsions "totally unacceptable, unjustified and reckless" on Monday.`)
	e := eventBy(t, r, "call")
	if strings.Count(e.Summary, `"`)%2 != 0 {
		t.Errorf("summary %q leaves a quotation open%s", e.Summary, describe(r))
	}
}
