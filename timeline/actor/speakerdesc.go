package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// An officer of a body who speaks of "the company" or "the bank" means
// the body they serve: "Satya Nadella, Microsoft's chief executive, said
// that the company remained committed to its partnership with OpenAI" is
// Microsoft, however much the story before dwells on OpenAI, and so is
// "Norvex Chairman Carl Dahl said the company" Norvex.

// speakersBody returns the named body that the speaker of the clause
// holding the description at m is introduced with, in m's sentence and
// before the verb of saying ("X, the chief executive of Y, said the
// company …", "Y Chairman X said the bank …"), when it agrees with the
// description, or nil.
func (d *docSalience) speakersBody(m *Mention, desc described) *Mention {
	if d.text == "" {
		return nil
	}
	here := d.sentenceOf(m.Start)
	var body *Mention
	for _, k := range d.byPos {
		p := &d.ms[k]
		if p.Start >= m.Start {
			break
		}
		if p.Kind != timeline.Person || p.Role == "" && p.Title == "" || d.sentenceOf(p.Start) != here {
			continue
		}
		said := d.saidAt(p.End, m.Start)
		if said < 0 {
			continue
		}
		for _, j := range d.byPos {
			o := &d.ms[j]
			if o.Start >= said {
				break
			}
			if !named(o) || !d.agrees(o, desc) || d.sentenceOf(o.Start) != here {
				continue
			}
			// Its office after the name ("Nadella, Microsoft's chief
			// executive, said") or its title before ("Norvex Chairman
			// Carl Dahl said").
			after := o.Start >= p.End && strings.HasPrefix(strings.TrimSpace(d.text[p.End:o.Start]), ",") && !strings.Contains(d.text[p.End:o.Start], ".")
			before := p.Title != "" && o.End <= p.Start && strings.TrimSpace(d.text[o.End:p.Start]) == p.Title
			if after || before {
				body = o
			}
		}
	}
	return body
}

// saidAt returns the offset of the first verb of saying in text[from:to],
// after which what is said is the speaker's, or -1.
func (d *docSalience) saidAt(from, to int) int {
	if from >= to || to > len(d.text) {
		return -1
	}
	at := from
	for w := range strings.FieldsSeq(d.text[from:to]) {
		i := strings.Index(d.text[at:to], w)
		at += i
		if d.g.lexOf(strings.Trim(w, ",.;:\"“”"))&lSpeech != 0 {
			return at
		}
		at += len(w)
	}
	return -1
}
