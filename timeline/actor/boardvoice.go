package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// boardVoices makes a body in the possessive before "board" and a verb
// ("Carewell's board said it would recommend the offer", "Northwind's
// board approved the sale") the sentence's actor, no mere qualifier: a
// board acts and speaks for its body, and the body is what "its" in the
// sentences after it stands for ("Its chairwoman, Ruth Adeyemi").
func boardVoices(text string, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != timeline.Organization || !m.Modifier {
			continue
		}
		n := possessiveEnding(text, m.End)
		if n == 0 {
			continue
		}
		rest := strings.TrimLeft(text[m.End+n:], " ")
		word, after, _ := strings.Cut(rest, " ")
		verb, _, _ := strings.Cut(after, " ")
		if word == "board" && boardVerbs[strings.TrimRight(verb, ",.")] {
			m.Modifier = false
		}
	}
}

// boardVerbs are what a board does for its body.
var boardVerbs = map[string]bool{"said": true, "says": true, "has": true, "had": true, "will": true, "would": true,
	"voted": true, "approved": true, "agreed": true, "rejected": true, "recommended": true, "backed": true,
	"unanimously": true, "decided": true, "accepted": true, "announced": true}
