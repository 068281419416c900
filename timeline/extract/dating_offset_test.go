package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestOffsetFromToldEvent checks that "a day after" counts from an event
// the text told and dated before, when the clause it hangs from only says
// that event took place (the publication day is Monday 2025-03-17; "on
// Wednesday" is 2025-03-12).
func TestOffsetFromToldEvent(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "two days", value: "P2D"}, when{text: "a day", value: "P1D"}, when{text: "the day", value: "P1D"}, when{text: "a week", value: "P1W"})
	runDatingCases(t, []datingCase{
		{name: "the event came a day after",
			text:    "Police arrested Gus Holm on Wednesday. The arrest came a day after the council voted to sell the farm.",
			trigger: "vote", start: "2025-03-11", basis: BasisText},
		{name: "a reported event is named again",
			text:    "Police arrested Gus Holm on Wednesday, officials said. The arrest came a day after the council voted to sell the farm.",
			trigger: "vote", start: "2025-03-11", basis: BasisText},
		{name: "the event took place two days after",
			text:    "Police arrested Gus Holm on Wednesday. The arrest took place two days after the council voted to sell the farm.",
			trigger: "vote", start: "2025-03-10", basis: BasisText},
		// The parser may hang the clause on the measure ("went" an orphan
		// of "day"): it counts from the word the measure hangs on.
		{name: "a clause hung on the measure",
			text:    "The race remained too close to call on Wednesday, a day after voters went to the polls.",
			trigger: "go", start: "2025-03-11", basis: BasisText},
		{name: "the day after in apposition",
			text:    "Tomas Reyes filed a challenge on Wednesday, the day after the recount confirmed his defeat.",
			trigger: "confirm", start: "2025-03-11", basis: BasisText},
		{name: "the day before in apposition",
			text:    "The charge was dropped on Wednesday, the day before the deal was announced.",
			trigger: "announce", start: "2025-03-13", basis: BasisText},
		// An infinitive no more than asked for has no time: the offset
		// counts from the dated verb above it.
		{name: "counted from the verb above an undated infinitive",
			text:    "A judge on Wednesday granted an injunction that ordered the union to suspend the walkout, a day after it began.",
			trigger: "begin", start: "2025-03-11", basis: BasisText},
		// An event before the dated clause has no day of its own to
		// count from.
		{name: "no count from a clause dated by the one it precedes",
			text:    "Two election workers were suspended on Wednesday after boxes of ballots were found in a storage room a week after the vote.",
			trigger: "vote"},
		// Nor is the vote at the story's Wednesday: a clause after
		// "after" is before the time it is told against.
		{name: "a verb that says more counts from nothing",
			text:    "Police arrested Gus Holm on Wednesday. The arrest angered farmers a day after the council voted to sell the farm.",
			trigger: "vote"},
	}, more)
}

// TestLastingNotRedated checks that a definite noun naming an event
// again takes the day the text gave it before, unless it names a state
// that lasts ("the war").
func TestLastingNotRedated(t *testing.T) {
	tests := []struct {
		name, text, lemma, start string
	}{
		{"an event named again takes its day",
			"Farmers held a protest in Ostburg on Wednesday. Eva Falk said the protest ended peacefully.", "protest", "2025-03-12"},
		{"a lasting state does not",
			"Farmers began a blockade of the Ostburg road on Wednesday. Eva Falk said the blockade of the road would end soon.", "blockade", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseTextWith(t, tc.text, nil)
			second := strings.Index(tc.text, ". ")
			for _, e := range r.Events {
				if e.Trigger != tc.lemma || e.Mention.Trigger.Start < second {
					continue
				}
				got := ""
				if e.When != nil {
					got = e.When.Start.String()
				}
				if got != tc.start {
					t.Errorf("%s dated %q, want %q%s", tc.lemma, got, tc.start, describe(r))
				}
				return
			}
			t.Fatalf("no %s in the second sentence%s", tc.lemma, describe(r))
		})
	}
}

// TestOffsetFromLightVerb checks that "N days after" counts from the day
// of the clause it hangs from when that clause is a light verb's event
// ("made contact on Wednesday"), and when the parse hung the noun after
// "after" on the verb with the measure as its subject ("two days after
// the tunnel collapsed").
func TestOffsetFromLightVerb(t *testing.T) {
	more := append(slices.Clone(dates), when{text: "two days", value: "P2D"}, when{text: "a week", value: "P1W"})
	runDatingCases(t, []datingCase{
		{name: "a light verb's event",
			text:    "Rescuers made contact with the miners on Wednesday, two days after the tunnel collapsed.",
			trigger: "collapse", start: "2025-03-10", basis: BasisText},
		{name: "a light verb's event, a name after after",
			text:    "Eva Falk held talks with Carl Dahl on Wednesday, two days after Norland closed the border.",
			trigger: "close", start: "2025-03-10", basis: BasisText},
		{name: "a plain verb",
			text:    "Rescuers reached the miners on Wednesday, two days after the tunnel collapsed.",
			trigger: "collapse", start: "2025-03-10", basis: BasisText},
	}, more)
}

// TestOffsetMisreadSubordinator checks that "N days after" counts back
// from the main clause's day when the parser hangs "after" on the
// subject or reads it as an adverb, and that what the clause tells as
// happening with the event moves with it (the publication day is Monday
// 2025-03-17; "on Sunday" is 2025-03-16).
func TestOffsetMisreadSubordinator(t *testing.T) {
	days := []when{{text: "Sunday", start: "2025-03-16"}, {text: "two days", value: "P2D"}, {text: "three days", value: "P3D"}}
	runDatingCases(t, []datingCase{
		{name: "after hung on the subject",
			text:    "The rebels seized the town on Sunday, three days after the army pulled out.",
			trigger: "pull out", start: "2025-03-13", basis: BasisText},
		{name: "the measure read as the subject",
			text:    "The coalition won the vote on Sunday, two days after the former prime minister was shot dead.",
			trigger: "shoot", start: "2025-03-14", basis: BasisText},
		{name: "after read as an adverb",
			text:    "Sudland's ruling party and its coalition partner won a commanding majority in the upper house of parliament on Sunday, two days after former Prime Minister Carl Dahl was assassinated while campaigning.",
			trigger: "assassinate", start: "2025-03-14", basis: BasisText},
		{name: "what happened with it moves with it",
			text:    "Sudland's ruling party and its coalition partner won a commanding majority in the upper house of parliament on Sunday, two days after former Prime Minister Carl Dahl was assassinated while campaigning.",
			trigger: "campaign", start: "2025-03-14", basis: BasisText},
	}, days)
}
