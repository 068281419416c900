package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestScheduleKind: what moves a thing to a later day is a postponement
// and what stops it a cancellation, in whatever words; people suspended
// or delayed, a measure suspended and a train that halts are not.
func TestScheduleKind(t *testing.T) {
	tests := []struct{ text, trigger, kind string }{
		{"The court postponed the hearing until April 14.", "postpone", KindPostponement},
		{"The vote on the budget was delayed until May.", "delay", KindPostponement},
		{"The council put off the decision on Monday.", "put off", KindPostponement},
		{"The judge adjourned the trial on Tuesday.", "adjourn", KindPostponement},
		{"Athletes welcomed the postponement of the Games on Tuesday.", "postponement", KindPostponement},
		{"Organisers called off the match on Friday.", "call off", KindCancellation},
		{"The bank suspended its share buyback on Tuesday.", "suspend", KindCancellation},
		{"The board scrapped the plan on Monday.", "scrap", KindCancellation},
		{"The airline cancelled 200 flights on Monday.", "cancel", KindCancellation},
		{"Fans protested against the cancellation of the concert on Monday.", "cancellation", KindCancellation},
		// People, a measure, a stop on the way.
		{"Anna Berg suspended two officers on Monday.", "suspend", "dismissal"},
		{"Sudland suspended sanctions on Norland on Monday.", "suspend", KindAnnouncement},
		{"The train halted outside Ostburg on Monday.", "halt", "movement"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseText(t, tc.text)
			if e := eventBy(t, r, tc.trigger); e.Kind != tc.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tc.kind, describe(r))
			}
		})
	}
}

// TestScheduleShown: a postponement or a cancellation on a day of its own
// reaches the pictures, as the meeting it moves would.
func TestScheduleShown(t *testing.T) {
	runShownCases(t, []shownCase{
		{"The annual meeting was postponed on Monday.", "postpone", true},
		{"The trial was delayed on Monday.", "delay", true},
		{"The bank on Monday suspended its share buyback.", "suspend", true},
	})
}

// TestScheduleOfSomeone: one suspends or delays people and parties, and
// postpones or cancels the Games, whatever their name.
func TestScheduleOfSomeone(t *testing.T) {
	cast := []who{{text: "Ostburg Olympics", id: "ostburg-olympics", kind: timeline.Organization},
		{text: "Halvard Steel", id: "halvard-steel", kind: timeline.Organization}, {text: "FIFA", id: "fifa", kind: timeline.Organization}}
	tests := []struct{ text, trigger, kind string }{
		{"The Ostburg Olympics were postponed on Monday.", "postpone", KindPostponement},
		{"The 46-year-old had been suspended by FIFA on Monday.", "suspend", KindOther}, // no cancellation
		{"Regulators suspended Halvard Steel on Monday.", "suspend", KindOther},
		{"Sudland halted the attacks on Monday.", "halt", "movement"}, // a truce, no cancellation
		{"The board sacked its chief, who had been suspended on Monday.", "suspend", "dismissal"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextCast(t, tc.text, cast, nil)
			if e := eventBy(t, r, tc.trigger); e.Kind != tc.kind {
				t.Errorf("kind %q, want %q%s", e.Kind, tc.kind, describe(r))
			}
		})
	}
}
