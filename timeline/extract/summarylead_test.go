package extract

import "testing"

// TestSummaryWithoutTimeLead checks that a summary does not end on the
// time an event came before or after another ("fled the country, hours
// before …"), and keeps a time that measures how long something lasted.
func TestSummaryWithoutTimeLead(t *testing.T) {
	tests := []struct{ summary, sentence, want string }{
		{"Carl Dahl has fled the country hours", "Carl Dahl has fled the country, hours before he was due to step down.",
			"Carl Dahl has fled the country"},
		{"The speaker accepted the resignation a day", "The speaker accepted the resignation a day after Dahl sent it.",
			"The speaker accepted the resignation"},
		{"Troops entered the town two days", "Troops entered the town two days later.",
			"Troops entered the town"},
		{"The talks lasted three days", "The talks lasted three days before they collapsed.",
			"The talks lasted three days"},
		{"The port stayed closed for two weeks", "The port stayed closed for two weeks after the storm.",
			"The port stayed closed for two weeks"},
		{"Eva Falk worked there for years", "Eva Falk worked there for years.",
			"Eva Falk worked there for years"},
		{"Passengers described terrifying moments", "Passengers described terrifying moments after the blast.",
			"Passengers described terrifying moments"},
		{"Halvard shares suffered their worst day", "Halvard shares suffered their worst day in years, a day after the cuts.",
			"Halvard shares suffered their worst day"},
	}
	for _, tt := range tests {
		t.Run(tt.summary, func(t *testing.T) {
			if got := withoutTimeLead(tt.summary, tt.sentence); got != tt.want {
				t.Errorf("withoutTimeLead(%q) = %q, want %q", tt.summary, got, tt.want)
			}
		})
	}
}

// TestSummaryLeadOnParse checks the same on the parse: "hours before" is
// no object of the flight.
func TestSummaryLeadOnParse(t *testing.T) {
	r := parseText(t, "Carl Dahl has fled the country, hours before he was due to step down.")
	if e := eventWith(r, "flee"); e == nil || e.Summary != "Carl Dahl has fled the country" {
		t.Errorf("flight summary wrong%s", describe(r))
	}
}
