package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSpeakersGovernment: "our government" in a quotation is the
// government of the speaker's state, or no body when the text gives the
// speaker none; never the government the article named before.
func TestSpeakersGovernment(t *testing.T) {
	for _, tc := range []struct{ text, at, want string }{
		{`The Danish government protested. "Our government will not bow," Anna Berg said.`, "Our government", ""},
		{`The Danish government protested. "My government will not bow," said Swedish Foreign Minister Carl Dahl.`, "My government", "Swedish government"},
		{`The Danish government protested. Swedish Foreign Minister Carl Dahl said: "Our government will not bow."`, "Our government", "Swedish government"},
		{`The Danish government protested. "We are calm," Anna Berg said. "Our government will not bow," he added.`, "Our government", ""},
		// A head of government the text writes with a state speaks for
		// it wherever the quotation names them; one of no state written
		// heads the story's own, but no former one.
		{`Swedish Prime Minister Carl Dahl met Anna Berg. "My government will not bow," Dahl said.`, "My government", "Swedish government"},
		{`President Anna Berg flew from Washington to New York on Tuesday. "My government will stand with you," she said.`, "My government", "US government"},
		{`Former President Anna Berg flew from Washington to New York on Tuesday. "My government stood with you," she said.`, "My government", ""},
		{`Anna Berg flew from Washington to New York on Tuesday. "My government will stand with you," she said.`, "My government", ""},
	} {
		if got := nameIn(findTexts(t, []string{tc.text})[0], tc.text, tc.at, ""); got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.at, got, tc.want)
		}
	}
}

// TestSpeakersGovernmentPeople: "our government partners" in a quotation
// are people of a government, a group the speaker rule leaves alone.
func TestSpeakersGovernmentPeople(t *testing.T) {
	text := `"We work with the company and our government partners," the agency said.`
	checkKind(t, []string{text}, "government partners", timeline.Group)
}
