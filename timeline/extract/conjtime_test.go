package extract

import "testing"

// TestConjunctOwnTime: a verb coordinated with one whose own auxiliary
// sets it in another time does not share that verb's date; one of the
// same time does ("raided two homes and arrested six men on Friday").
func TestConjunctOwnTime(t *testing.T) {
	wednesday := []when{{text: "on Wednesday", start: "2025-03-19"}}
	tests := []struct{ text, trigger, want string }{
		// The contract was agreed before the paper; the presentation is ahead.
		{"Carl Dahl agreed a six-year contract and will be presented to fans in Ostburg on Wednesday.", "agree", "-"},
		{"Carl Dahl agreed a six-year contract and will be presented to fans in Ostburg on Wednesday.", "present", "2025-03-19"},
		{"Anna Berg has resigned and will leave the ministry on Wednesday.", "leave", "2025-03-19"},
		// Of one time, the date is shared.
		{"Police raided two homes and arrested six men on Saturday.", "raid", "2025-03-15"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseTextWith(t, tt.text, wednesday)
			e := eventBy(t, r, tt.trigger)
			got := startDay(e)
			if got != tt.want {
				t.Errorf("%q dated %s, want %s%s", e.Summary, got, tt.want, describe(r))
			}
		})
	}
}

// TestTitledClosingSpeaker: a speaker closing a report with a title
// before the name tells it on the publication day, in the past, whatever
// the report's own day; the parser split the title from the name and
// made the telling a clause of the report's verb.
func TestTitledClosingSpeaker(t *testing.T) {
	wednesday := []when{{text: "on Wednesday", start: "2025-03-19"}}
	tests := []string{
		"Crews will return to work on Wednesday, union leader Carl Dahl told reporters outside the union's headquarters.",
		"Crews will return to work on Wednesday, union leader Carl Dahl told reporters.",
	}
	for _, text := range tests {
		t.Run(text, func(t *testing.T) {
			r := parseTextWith(t, text, wednesday)
			e := eventBy(t, r, "tell")
			if e.Status != "occurred" || e.When == nil || e.When.Start.String() != "2025-03-17" || e.Summary != "Carl Dahl said crews will return to work" {
				t.Errorf("%q %s on %v, want 'Carl Dahl said crews will return to work' occurred on 2025-03-17%s", e.Summary, e.Status, e.When, describe(r))
			}
		})
	}
}

// TestReportBeforeSpeaker: a report closed by its speaker is what the
// speaker said, though the parser hangs it on the saying as an adverbial
// clause; the lede's signing takes the day the club announced it rather
// than none.
func TestReportBeforeSpeaker(t *testing.T) {
	text := "Norland United have signed Sudlish striker Carl Dahl from Westhaven Rovers for a club-record fee of 120 million euros, the club announced on Sunday."
	r := parseText(t, text)
	e := eventBy(t, r, "sign")
	if e.When == nil || e.When.Start.String() != "2025-03-16" {
		t.Errorf("%q on %v, want 2025-03-16%s", e.Summary, e.When, describe(r))
	}
}

// startDay returns the first day of e's time, or "-" when it has none.
func startDay(e EventMention) string {
	if e.When == nil {
		return "-"
	}
	return e.When.Start.String()
}
