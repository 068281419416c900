package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFirmCue: a name with a firm's takings or goods after its
// possessive, after "shares of", or between "a" and a spokesperson is a
// firm's; a person's name keeps its person.
func TestFirmCue(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Audi's new model went on sale on Tuesday.", "Audi", timeline.Organization},
		{"Brevik's profits rose 5 percent in the second quarter.", "Brevik", timeline.Organization},
		{"Shares of Kestrel fell on Monday.", "Kestrel", timeline.Organization},
		{"A Norvex spokesperson said the company would recover.", "Norvex", timeline.Organization},
		{"Carl Dahl's profits rose, Anna Berg said.", "Carl Dahl", timeline.Person},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
	text := "Carl Holm was elected. A Holm spokesman said he was pleased."
	for _, m := range findTexts(t, []string{text})[0] {
		if m.Kind == timeline.Organization {
			t.Errorf("%q: %q is no body", text, m.Text)
		}
	}
}

// TestNeuterSpeakerAside: a one-word speaker that says "it" of itself
// after a phrase set between the verb and its "that" is a body.
func TestNeuterSpeakerAside(t *testing.T) {
	for _, tc := range []struct{ text, name, kind string }{
		{"Dravnos said in an open letter to its customers that it had made a mistake.", "Dravnos", timeline.Organization},
		{"Dravnos said in a statement it would close the plant.", "Dravnos", timeline.Organization},
		{"Dravnos said in an interview that he would close the plant.", "Dravnos", timeline.Person},
		{"Dravnos said in Oslo that Kelmar would sell its stake.", "Dravnos", timeline.Person},
	} {
		checkKind(t, []string{tc.text}, tc.name, tc.kind)
	}
}

// TestOneWordFirmAcross: a firm one article names by one word with a cue
// is the firm where another article writes the word bare.
func TestOneWordFirmAcross(t *testing.T) {
	texts := []string{"Audi's new model went on sale on Tuesday.", "Anna Berg co-founded Audi in 2010 with Carl Dahl."}
	checkKind(t, texts, "Audi", timeline.Organization)
	if n := len(findTexts(t, texts)[1]); n != 3 {
		t.Errorf("%q: %d mentions, want Anna Berg, Audi, Carl Dahl", texts[1], n)
	}
}
