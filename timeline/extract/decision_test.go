package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestDecidedAct: what a body votes or decides to approve it has approved;
// what it votes or decides to do later is planned.
func TestDecidedAct(t *testing.T) {
	runStatusCases(t, []statusCase{
		{"The cabinet voted to approve the ceasefire deal on Saturday.", "approve", timeline.Occurred},
		{"The Sudland parliament voted to reject the budget on Monday.", "reject", timeline.Occurred},
		{"The board decided to dismiss Carl Dahl on Monday.", "dismiss", timeline.Occurred},
		{"The union voted to strike on Monday.", "strike", timeline.Planned},
		{"The board decided to close the plant on Monday.", "close", timeline.Planned},
		{"The cabinet will vote to approve the deal.", "approve", timeline.Planned},
		{"Carl Dahl threatened to resign if the cabinet voted to approve the deal.", "approve", timeline.Hypothetical},
	})
}

// TestDecidedActOfBody: a decision on a condition is no more than supposed,
// when the deciding body is an actor the lexicon's events take for agent.
func TestDecidedActOfBody(t *testing.T) {
	cabinet := []who{{text: "the cabinet", id: "sudland-government", name: "Sudlish government", kind: timeline.Organization, country: "sudland"}}
	for _, tt := range []statusCase{
		{"Carl Dahl threatened to resign if the cabinet voted to approve the provisional cease-fire deal.", "approve", timeline.Hypothetical},
		{"On Saturday the cabinet voted to approve the provisional cease-fire deal.", "approve", timeline.Occurred},
	} {
		r := parseTextCast(t, tt.text, cabinet, nil)
		if e := eventBy(t, r, tt.trigger); e.Status != tt.status {
			t.Errorf("%s: %q is %s, want %s%s", tt.text, e.Summary, e.Status, tt.status, describe(r))
		}
	}
}
