package extract

import "testing"

// TestActKind: downing a made thing is an attack whatever sense the verb
// has alone; a blast is a disaster, or an attack when a bomb went off; a
// market's fall kills no one, a name in a lawsuit is no appointment, a
// plan met with resistance meets no one; the same verbs keep their kind
// where they name what they always did.
func TestActKind(t *testing.T) {
	tests := []struct {
		text, trigger, kind string
	}{
		{"Fighter jets downed the drone on Wednesday.", "down", "attack"},
		{"A U.S. fighter jet shot down a spy balloon off the coast on Wednesday.", "shoot down", "attack"},
		{"On Wednesday afternoon, an F-22 shot down an unidentified object.", "shoot down", "attack"},
		{"The senator shot down the proposal on Wednesday.", "shoot down", "rejection"},
		{"A U.S. fighter jet shot down a spy balloon on Wednesday, ending its flight, and the navy began a search.", "shoot down", "attack"},
		{"Another jet brought down a second object on Wednesday.", "bring down", "attack"},
		{"The missile was shot down over the sea on Wednesday.", "shoot down", "attack"},
		{"The army took down the surveillance balloon on Wednesday.", "take down", "attack"},
		{"The vote brought down the government on Wednesday.", "bring down", "dismissal"},
		{"The senator was shooting down the proposal on Wednesday.", "shoot down", "rejection"},
		{"Video showed a small explosion on Wednesday.", "explosion", "disaster"},
		{"A bomb blast hit the market on Wednesday.", "blast", "attack"},
		{"A gas tanker exploded on the highway on Wednesday.", "explode", "disaster"},
		{"The pipelines might have been blown up on Wednesday.", "blow up", "other"},
		{"Investors erased $40 billion from its value on Wednesday.", "erase", "movement"},
		{"Revenue declined 12 percent on Wednesday.", "decline", "movement"},
		{"The ministry declined the offer on Wednesday.", "decline", "rejection"},
		{"Two executives were named in the lawsuit on Wednesday.", "name", "other"},
		{"The board named Carl Dahl chief executive on Wednesday.", "name", "appointment"},
		{"The claim was met with open scepticism on Wednesday.", "be met with", "rejection"},
		{"The plan met with resistance on Wednesday.", "be met with", "rejection"},
		{"The speech was met with loud protests on Wednesday.", "be met with", "protest"},
		{"Senior officials met with their counterparts on Wednesday.", "meet", "meeting"},
		{"The firm let its customers down on Wednesday.", "let", "other"},
		{"The court let the company sell its assets on Wednesday.", "let", "agreement"},
		{"The broad economic impacts of the outage were felt on Wednesday.", "impact", "other"},
		{"The impact of the missile destroyed the bridge on Wednesday.", "impact", "attack"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextWith(t, tc.text, nil)
			e := eventWith(r, tc.trigger)
			if e == nil {
				t.Fatalf("no event with trigger %q%s", tc.trigger, describe(r))
			}
			if e.Kind != tc.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tc.kind, describe(r))
			}
		})
	}
}

// TestQuitIsResignation: people who quit, or quit a post or the body they
// sat in, resign; a race quit is no resignation.
func TestQuitIsResignation(t *testing.T) {
	tests := []struct{ text, kind string }{
		{"Three ministers quit over the weekend.", "resignation"},
		{"Anna Berg quit the cabinet on Monday.", "resignation"},
		{"Carl Dahl quit his post as finance minister on Monday.", "resignation"},
		{"Carl Dahl quit the race on Monday.", KindOther},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			if e := eventBy(t, r, "quit"); e.Kind != tc.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tc.kind, describe(r))
			}
		})
	}
}

// TestLabelParticiple: "named" or "called" with a name right after a
// noun says what someone is called, no event; named to a post stays one.
func TestLabelParticiple(t *testing.T) {
	tests := []struct {
		text  string
		event bool
	}{
		{"Police said an aid worker named Anna Berg was carrying water.", false},
		{"The company hired a lawyer named as its chief executive on Monday.", true},
		{"The court heard that a witness named Carl Dahl on Monday as the driver.", true}, // a time of its own
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			if got := eventWith(r, "name") != nil; got != tc.event {
				t.Errorf("event \"name\": %v, want %v%s", got, tc.event, describe(r))
			}
		})
	}
}

// TestProlongs: dragging out talks is the talks going on, no event of its
// own; dragging out survivors is one.
func TestProlongs(t *testing.T) {
	tests := []struct {
		text  string
		event bool
	}{
		{"The union said the company would drag out talks.", false},
		{"Norland accused Sudland of trying to drag out the negotiations on Monday.", false},
		{"Rescuers dragged out two survivors on Monday.", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			if got := eventWith(r, "drag out") != nil; got != tc.event {
				t.Errorf("event \"drag out\": %v, want %v%s", got, tc.event, describe(r))
			}
		})
	}
}
