package extract

import "testing"

// TestQuotedSpeaker: a "he" or "she" inside a quotation is not the one
// who speaks it, whether the speaker is named after the quotation or
// before it, or only by a pronoun; a quoted pronoun for someone else
// keeps its person, as does a pronoun outside quotation marks.
func TestQuotedSpeaker(t *testing.T) {
	tests := []struct{ text, trigger, agent string }{
		{"Carl Dahl chased the car for an hour. \"He probably knew he would be caught,\" Dahl said.", "know", ""},
		{"Her lawyer, Anna Berg, said her client was innocent.\n\"He was only there to buy cigarettes,\" she told reporters.", "buy", ""},
		{"Her lawyer, Anna Berg, spoke on Monday.\n\"He was there to buy cigarettes. He has nothing to do with this,\" she told reporters.", "buy", ""},
		// The speaker herself, outside the quotation, is still the one
		// the sentence before named.
		{"Her lawyer, Anna Berg, spoke on Monday.\n\"He was there to buy cigarettes. He has nothing to do with this,\" she told reporters.", "tell", "anna-berg"},
		{"Carl Dahl spoke to reporters on Monday. \"He was there to buy cigarettes,\" Dahl said.", "buy", ""},
		{"Anna Berg resigned on Monday. \"She did a fine job,\" Carl Dahl said.", "do", "anna-berg"},
		{"Carl Dahl said on Monday that he would resign.", "resign", "carl-dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); agent(e) != tt.agent {
				t.Errorf("agent %q, want %q%s", agent(e), tt.agent, describe(r))
			}
		})
	}
}
