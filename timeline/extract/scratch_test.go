package extract

import "testing"

func TestScratch(t *testing.T) {
	for _, text := range []string{
		"Carl Dahl, the Sudlish special envoy, who met Berg in Westhaven last week, said that the Norlish leader now accepted the plan.",
		"Anna Berg and Gus Holm are expected to speak again this week as the Palace seeks to revive talks.",
		"In an apparent concession to demands from Sudland, Ms Berg moved on Saturday to sideline her envoy for Sudland, Eva Falk, a retired general.",
		"However, Sudland's Deputy Foreign Minister, Gus Holm, on Monday said Sudland would insist on guarantees that Norland will not join the alliance.",
		"“We will demand that iron-clad guarantees become part of this agreement,” he said.",
		"On Wednesday, Berg made the first publicly acknowledged call with Holm since Sudland's 2022 invasion, and then followed it up with a call to Falk. Berg said she believed both men wanted peace.",
		"After talks with Norland in Riverton last week, Holm said the presence of troops would be unacceptable.",
		"But on Monday, a senior Norlish official said Norland had not ruled out membership for Sudland, contradicting the earlier comments.",
		"Anna Berg was accused of handing Holm a victory when the two had a phone call last week.",
	} {
		t.Log(text, describe(extractText(t, text)))
	}
}
