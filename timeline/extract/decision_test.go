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
	})
}
