package extract

import "testing"

// TestSpeakerGoesOn checks that a speaker's sayings in the sentences
// after one the text dated are of that occasion, and only theirs (the
// publication day is Monday 2025-03-17).
func TestSpeakerGoesOn(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the same speaker goes on",
			text:    "Eva Falk accused the council of fraud on Sunday. She said its members had misled the town.",
			trigger: "say", start: "2025-03-16", basis: BasisNarrative},
		{name: "the same speaker by name",
			text:    "Eva Falk accused the council of fraud on Sunday. Its members misled the town, Falk said.",
			trigger: "say", start: "2025-03-16", basis: BasisNarrative},
		{name: "another speaker says it today",
			text:    "Eva Falk accused the council of fraud on Sunday. Gus Holm said its members had misled the town.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
		{name: "another speaker in between ends the occasion",
			text:    "Eva Falk accused the council of fraud on Sunday. Gus Holm insists the claim is false. Eva Falk said the council had misled the town.",
			trigger: "say", start: "2025-03-17", basis: BasisPublication},
	}, dates)
}

// TestLookBackKeepsStory checks that a sentence in the past perfect,
// looking back to an earlier day, does not move the story's time there.
func TestLookBackKeepsStory(t *testing.T) {
	runDatingCases(t, []datingCase{
		{name: "the story goes on after a look back",
			text:    "Police stormed the farm near Riverton on Sunday. Gus Holm had seized it on Wednesday. Eva Falk thanked the police.",
			trigger: "thank", start: "2025-03-16", basis: BasisNarrative},
		{name: "a past tense moves it",
			text:    "Police stormed the farm near Riverton on Sunday. Gus Holm seized it on Wednesday. Eva Falk thanked the police.",
			trigger: "thank", start: "2025-03-12", basis: BasisNarrative},
	}, dates)
}
