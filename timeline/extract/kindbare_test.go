package extract

import "testing"

// TestBareKind: a verb whose first sense has an opponent, a goal or
// words said, used without one, does not take that sense's kind, while
// the same verb with one keeps it; a verb whose first sense holds takes
// no kind of event.
func TestBareKind(t *testing.T) {
	tests := []struct {
		text, trigger, kind string
	}{
		{"Many survivors of the earthquake were struggling in makeshift shelters on Wednesday.", "struggle", "other"},
		{"Police struggled with the gunman on Wednesday.", "struggle", "attack"},
		{"Rescuers raced against time on Wednesday to find survivors in the rubble.", "race", "other"},
		{"Depositors rushed to withdraw their money on Wednesday.", "rush", "other"},
		{"Firefighters rushed to the scene on Wednesday.", "rush", "movement"},
		{"The jurors deliberated for four hours on Wednesday.", "deliberate", "other"},
		{"The jurors argued about the verdict on Wednesday.", "argue", "statement"},
		{"Carl Dahl implied as much on Wednesday.", "imply", "statement"},
		{"The airline updated the passenger count on Wednesday to include two infants.", "include", "other"},
		{"Regulators required the banks to hold more capital on Wednesday.", "require", "demand"},
		{"Hana Brodsky apologised on Wednesday.", "apologise", "statement"},
		{"Hana Brodsky apologized to passengers on Wednesday.", "apologize", "statement"},
		{"The Palace contradicted Carl Dahl's assertion on Wednesday.", "contradict", "rejection"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r := parseTextWith(t, tc.text, []when{{text: "four hours", value: "PT4H"}})
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
