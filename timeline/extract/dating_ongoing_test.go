package extract

import "testing"

// TestStoryAndOngoing checks two ways an event with no time of its own
// is dated (the publication day is Monday 2025-03-17): the root of a
// sentence whose times belong to other clauses goes on with the story,
// and a present participle of a sentence naming no time, under a clause
// not in the past or a report of the day, is of the publication day.
func TestStoryAndOngoing(t *testing.T) {
	tests := []datingCase{
		{name: "a root goes on with the story past a relative clause's time",
			text:    "On Wednesday, Gus Holm drove to Ostburg. The farmer, who will sell his farm next month, stayed at home.",
			trigger: "stay", start: "2025-03-12", basis: BasisNarrative},
		{name: "a root goes on with the story past a conjunct's time",
			text:    "On Wednesday, Gus Holm drove to Ostburg. Eva Falk stayed at home, and she will sell her farm next month.",
			trigger: "stay", start: "2025-03-12", basis: BasisNarrative},
		{name: "a time in an adverbial clause breaks the thread",
			text:    "On Wednesday, Gus Holm drove to Ostburg. Eva Falk walked home before the roads close next month.",
			trigger: "walk"},
		{name: "a participle of a present clause is of the publication day",
			text:    "Farmers carrying flags are blocking the road near Ostburg.",
			trigger: "carry", start: "2025-03-17", basis: BasisPublication},
		{name: "a participle under a past verb stays undated",
			text:    "Farmers carrying flags were blocking the road near Ostburg.",
			trigger: "carry"},
		{name: "a participle of a thing a future clause names goes on now",
			text:    "The ministry will face new problems growing out of the drought.",
			trigger: "grow", start: "2025-03-17", basis: BasisPublication},
		{name: "a participle under a modal clause stays undated",
			text:    "The ministry could face new problems growing out of the drought.",
			trigger: "grow"},
		{name: "a participle under a report of the day is of that day",
			text:    "Eva Falk, echoing her neighbours, said the price was too low.",
			trigger: "echo", start: "2025-03-17", basis: BasisPublication},
		{name: "a participle after a conjunction that is not of time is of the publication day",
			text:    "Besides meeting the farmers, the minister is visiting the mill.",
			trigger: "meet", start: "2025-03-17", basis: BasisPublication},
		{name: "a participle of a sentence with a time takes that time, not the publication day",
			text:    "Farmers carrying flags are blocking the road in Ostburg next month.",
			trigger: "carry", start: "2025-04-01", basis: BasisText},
	}
	runDatingCases(t, tests, dates)
}
