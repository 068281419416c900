package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestGroupWarning: an unnamed group's undated warning stays out of the
// pictures; a named warner's, or a dated one, is shown.
func TestGroupWarning(t *testing.T) {
	people := []who{
		{text: "Freight analysts", id: "analysts", kind: timeline.Group},
		{text: "Lena Marsh", id: "lena-marsh"},
	}
	tests := []struct {
		text  string
		shown bool
	}{
		{"Freight analysts warned that the delays could last for months.", false},
		{"Lena Marsh warned that the delays could last for months.", true},
		{"Freight analysts warned on Monday that the delays could last for months.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			e := eventBy(t, r, "warn")
			if shown := e.Salience >= 0.5; shown != tt.shown {
				t.Errorf("salience %.2f, shown %v, want %v%s", e.Salience, shown, tt.shown, describe(r))
			}
		})
	}
}

// TestStorySubject: an event noun a document names in three sentences,
// the lede among them, is its subject and is shown on the day it is
// given as a clause's subject; named twice, only as someone's, as what
// may happen, not in the lede or only as another event's matter, it
// stays as the parse ranks it.
func TestStorySubject(t *testing.T) {
	tests := []struct {
		text  string
		shown bool
	}{
		{"The outage hit Ostburg's trams on Monday.\nEngineers traced the outage to a cable.\nRiders said the outage was the worst in years.", true},
		{"The outage hit Ostburg's trams on Monday.\nEngineers traced the outage to a cable.", false},
		{"The city's outage hit the trams on Monday.\nEngineers traced the city's outage to a cable.\nRiders said the city's outage was the worst in years.", false},
		{"A possible outage worried Ostburg on Monday.\nEngineers feared a possible outage.\nRiders dreaded a possible outage.", false},
		// Not named in the lede: a matter of the story, not its subject.
		{"Crews worked through the night on Monday.\nThe outage hit Ostburg's trams on Monday.\nEngineers traced the outage to a cable.\nRiders said the outage was the worst in years.", false},
		// Only what other events are about: dated by them.
		{"Engineers blamed the outage on a cable on Monday.\nRiders cursed the outage.\nThe mayor apologised for the outage.", false},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			top := 0.0
			for _, e := range r.Events {
				if e.Trigger == "outage" && e.When != nil {
					top = max(top, e.Salience)
				}
			}
			if shown := top >= 0.5; shown != tt.shown {
				t.Errorf("salience %.2f, shown %v, want %v%s", top, shown, tt.shown, describe(r))
			}
		})
	}
}

// TestUndatedHypothetical: what only might happen, with no day, stays out
// of the pictures and the report; told as done, or with a day, it is shown.
func TestUndatedHypothetical(t *testing.T) {
	people := []who{{text: "Lena Marsh", id: "lena-marsh"}, {text: "Omar Vidal", id: "omar-vidal"}}
	tests := []struct {
		text  string
		shown bool
	}{
		{"Lena Marsh could meet Omar Vidal, aides said.", false},
		{"Lena Marsh met Omar Vidal on Monday.", true},
		{"Lena Marsh could meet Omar Vidal on Monday.", true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			e := eventBy(t, r, "meet")
			if shown := e.Salience >= 0.5; shown != tt.shown {
				t.Errorf("salience %.2f, shown %v, want %v%s", e.Salience, shown, tt.shown, describe(r))
			}
		})
	}
}
