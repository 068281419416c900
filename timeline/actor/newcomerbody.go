package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A description right after a sentence that brings in a new body of its
// type stands for the newcomer: "The FDA approved the drug. The FDA said
// it was safe. Mr Dane wrote to the Drug Enforcement Administration. The
// agency did not reply" is the DEA, though the FDA, named twice, is more
// salient. The body that opens that sentence keeps the description
// ("Halvorsen offered 4 billion for Meridian Foods. The company said" is
// Halvorsen, the subject), and so does one named again in it. A body
// named in a person's role only describes the person and is no
// newcomer.

// newcomer returns the body of the sentence before the description at m
// (or of its own sentence, before it) that its noun agrees with and that
// the document names there for the first time: the one that opens the
// sentence, else the last. It returns nil when there is none, or when a
// body of the type named before is named again in that sentence or
// after it ("Regulators said Volkswagen had … in which the company").
func (d *docSalience) newcomer(m *Mention, desc described, bare bool) *Mention {
	here := d.sentenceOf(m.Start)
	seen := map[string]bool{}
	var fresh *Mention
	freshSent, opened, opener := -1, -1, false
	lastOld := -1
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o.Start >= m.Start {
			break
		}
		if o.Name == "" {
			continue
		}
		s := d.sentenceOf(o.Start)
		first := false
		if s != opened && (o.Kind == timeline.Organization || o.Kind == timeline.Person || o.Kind == timeline.Group) {
			first, opened = true, s
		}
		if !named(o) && !(bare && o.Kind == timeline.Person && d.bare[o.Name]) || !d.agrees(o, desc) {
			continue
		}
		key := strings.ToLower(o.Name)
		old := seen[key]
		seen[key] = true
		switch {
		case s < here-1:
		case o.Modifier && !d.possessive(o):
			// "Dahl, the chief executive of Tarlon, said he had invested
			// in Norvex": a body in a person's role describes the
			// person; the story does not bring it in.
		case old:
			lastOld = s // "… wrote to the DEA and the FDA": the FDA again
		case desc.types == tyBusiness && d.typeOf(o)&(tyBank|tyInsurer|tyFund) != 0:
			// "Wirecard Bank, its banking unit, … The firm owes": news
			// calls a bank "the bank", and "the firm" the company the
			// story is about; salience weighs it.
		case s == here && d.ownObject(o, m), d.typeOf(o)&desc.types == 0:
			// A name that says nothing of itself ("Jiemian") may be any
			// business: salience decides.
		case s != freshSent || first || !opener:
			fresh, freshSent, opener = o, s, first
		}
	}
	if fresh == nil || lastOld >= freshSent {
		return nil
	}
	return fresh
}

// possessive reports whether the body o is written with a possessive
// ending ("the DEA's director"), which owns the noun after it rather
// than describing a person before it.
func (d *docSalience) possessive(o *Mention) bool {
	rest := d.text[min(o.End, len(d.text)):]
	return strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") || strings.HasSuffix(o.Text, "'s") || strings.HasSuffix(o.Text, "’s")
}
