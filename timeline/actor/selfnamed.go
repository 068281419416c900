package actor

import (
	"regexp"
	"strings"
)

// A body of people that names itself ("a group calling itself Nightjar",
// "protesters, who called themselves the Humanities Collective") is
// then "the gang", "the collective" or "the movement" to the story: a
// description no company or agency answers to, and that a body named
// any other way answers to only when its name ends in the noun.

// selfNaming ends the text before a name a body gives itself.
var selfNaming = regexp.MustCompile(`(?i)\b(?:calling|calls|call|called|named|styling|styles|styled|describing|describes) (?:itself|themselves) (?:the )?$`)

// noteSelfNamed gives every body of the document that is written right
// after "calling itself" or the like the type of a self-named body.
func (d *docSalience) noteSelfNamed() {
	for k := range d.ms {
		o := &d.ms[k]
		if !named(o) || o.Start > len(d.text) || !selfNaming.MatchString(d.text[max(0, o.Start-40):o.Start]) {
			continue
		}
		if d.given == nil {
			d.given = map[string]bodyType{}
		}
		d.given[strings.ToLower(o.Name)] |= tyMovement
	}
}
