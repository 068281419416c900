package extract

import "testing"

// TestRemarkDates checks that a telling takes the time the next sentence
// gives it when it names it again ("His remarks, delivered hours before
// the meeting"), and only then (the publication day is Monday
// 2025-03-17).
func TestRemarkDates(t *testing.T) {
	tests := []datingCase{
		{name: "remarks delivered hours before a dated event are of its day",
			text: "Gus Holm met Eva Falk in Ostburg on Wednesday. In Riverton, Carl Dahl told farmers that the price was too low. " +
				"His remarks, delivered hours before the meeting, angered the farmers.",
			trigger: "tell", start: "2025-03-12", basis: BasisNarrative},
		{name: "remarks with a day of their own are of that day",
			text:    "Carl Dahl told farmers that the price was too low. His remarks on Wednesday angered the farmers.",
			trigger: "tell", start: "2025-03-12", basis: BasisText},
		{name: "a time after the verb dates the verb, not the remarks",
			text:    "Carl Dahl told farmers that the price was too low. His remarks angered the farmers on Wednesday.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
		{name: "another speaker's remarks leave the telling alone",
			text:    "Carl Dahl told farmers that the price was too low. Holm's remarks on Wednesday angered the farmers.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
		{name: "remarks an earlier paragraph's telling is too far back for",
			text:    "Carl Dahl told farmers that the price was too low. Gus Holm met Eva Falk in Ostburg. His remarks on Wednesday angered the farmers.",
			trigger: "tell", start: "2025-03-17", basis: BasisPublication},
	}
	runDatingCases(t, tests, dates)
}
