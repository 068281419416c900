package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A role is held in a body, and news names the body by a possessive or a
// name before the role: "the bank's former chief executive, Mara Lind",
// "Lind, the bank's former chief executive,", "Halvorsen's chief
// executive, Ingrid Vasshaug", "Meridian chairman Jonas Eklund", "its
// chief executive, Henrik Dahl". The role is then the body's: "former
// chief executive of Ostrand Bank", with the body's name as the document
// resolved it ("the bank" is Ostrand Bank, "its" the body the text
// dwells on). A state's or a gazetteer body's role is written with its
// adjective or name already ("Russian foreign minister", "NATO
// secretary general"), and a person's ("Brody's envoy") is no body's.

// bodyRoles writes into each person's role the body the text gives it in.
func bodyRoles(g *gazetteer, text string, ms []Mention, sents []timeline.Span) {
	var d *docSalience
	for k := range ms {
		p := &ms[k]
		if p.Kind != timeline.Person || p.Role == "" || strings.Contains(p.Role, " of ") || isDescriptor(p.Text) {
			continue
		}
		at, after := roleAt(text, p)
		if at < 0 {
			continue
		}
		if d == nil {
			d = newDocSalience(g, ms, sents)
		}
		if o := d.roleOwner(text, p, at, after); o != nil {
			name := o.Name
			if state := g.byID[o.Country]; state != nil && len(state.adj) > 0 && name == strings.ToLower(name) {
				name = state.adj[0] + " " + name // "the Haitian senate", as giveOwners will name it
			}
			p.Role += " of " + name
		}
	}
}

// roleAt finds the role of p written beside it: right before the name
// ("…executive, Mara Lind", "chairman Jonas Eklund") or after it and its
// comma ("Lind, the bank's former chief executive"). It returns the
// role's byte offset, and whether it follows the name, or -1.
func roleAt(text string, p *Mention) (int, bool) {
	before := text[max(0, p.Start-len(p.Role)-3):p.Start]
	if i := strings.LastIndex(before, p.Role); i >= 0 {
		if gap := before[i+len(p.Role):]; gap == " " || gap == ", " {
			return p.Start - len(before) + i, false
		}
	}
	after := text[p.End:min(len(text), p.End+len(p.Role)+40)]
	if i := strings.Index(after, p.Role); i >= 0 && strings.HasPrefix(after, ", ") && !strings.ContainsAny(after[2:i], ",.;") {
		return p.End + i, true
	}
	return -1, false
}

// roleOwner returns the body that owns the role at byte offset at: the
// organisation ending right before it in the possessive, or named bare
// before a title ("Meridian chairman"), or for "its" the most salient
// body before; or nil.
func (d *docSalience) roleOwner(text string, p *Mention, at int, after bool) *Mention {
	lead := text[max(0, at-4):at]
	if strings.HasSuffix(lead, "its ") || strings.HasSuffix(lead, "Its ") {
		return d.itsBody(p, at-4)
	}
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o.End > at || o.End < at-3 || o.Kind != timeline.Organization || o.Ref != "" || o.Name == "" {
			continue
		}
		if after && o.Start < p.End {
			continue
		}
		switch text[o.End:at] {
		case "'s ", "’s ", "' ", "’ ":
			return o
		case " ":
			// "Meridian chairman Jonas Eklund": a bare name before a
			// title; "the bank's" is a possessive the mention ends in.
			if o.Modifier {
				return o
			}
		}
	}
	return nil
}

// sharedHead returns the end of the role phrase [j, b) that stops at
// "and" with no head of its own, when the nouns after "and" end in a
// body's head both halves share: "a public accounting and business consulting firm"
// is a firm, not "a public accounting". Else b.
func (s *sentence) sharedHead(j, b int) int {
	if !s.word(b) || s.str(b) != "and" || b == j || s.has(lTitleHead|lOrgHead, b-1) {
		return b
	}
	for k := j; k < b; k++ {
		if s.toks[k].is(tCap) {
			return b // a list of names: "center Sam Vell, forward Andre Orr and guard Lou Dane"
		}
	}
	k := b + 1
	for k < len(s.toks) && k-b <= 4 && s.word(k) && !s.toks[k].is(tCap) && !connectors[s.str(k)] && !clauseWords[s.str(k)] {
		k++
	}
	if k > b+1 && s.has(lOrgHead, k-1) && !s.has(lTitleHead, k-1) {
		return k
	}
	return b
}

// stateBodyBefore returns a state's sole body its state names that opens
// the sentence of byte offset at before it ("The Haitian senate … was
// expected to name its president"), which salience, counting only bodies
// with proper names, passes over for the last one named; or nil.
func (d *docSalience) stateBodyBefore(at int) *Mention {
	here := d.sentenceOf(at)
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o.Start >= at {
			break
		}
		if d.sentenceOf(o.Start) != here || o.Kind != timeline.Organization && o.Kind != timeline.Person {
			continue
		}
		if o.Kind == timeline.Organization && o.Ref == "" && o.Country != "" && soleBodies[o.Name] {
			return o
		}
		return nil // the sentence opens with another body or a person
	}
	return nil
}

// itsBody returns the body "its" at byte offset at stands for: the body
// the sentence before is about when "Its" opens its sentence ("The
// agency said the plant had lost power. Its director general, Rafael
// Grossi, …": the agency, whatever other body it named after its
// subject), a state's sole body that opens the sentence, else the body
// the text dwells on; or nil.
func (d *docSalience) itsBody(m *Mention, at int) *Mention {
	if o := d.subjectBefore(at); o != nil {
		return o
	}
	if o := d.stateBodyBefore(at + 4); o != nil {
		return o
	}
	return d.salient(m, described{^bodyType(0), true})
}

// subjectBefore returns the named body that opens the sentence before
// the one at byte offset at, when at opens its sentence; or nil, also
// when a person or a group opens it.
func (d *docSalience) subjectBefore(at int) *Mention {
	here := d.sentenceOf(at)
	if here == 0 || here >= len(d.sents) || d.sents[here].Start != at {
		return nil
	}
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o.Start >= at {
			break
		}
		if d.sentenceOf(o.Start) != here-1 || o.Kind != timeline.Organization && o.Kind != timeline.Person && o.Kind != timeline.Group {
			continue
		}
		if o.Kind == timeline.Organization && !o.Modifier && (named(o) || o.Tentative && properName(o.Name)) {
			// A word the corpus may yet confirm ("The NCSC urged …
			// Its chief executive"), is still the sentence's subject:
			// no body named earlier is what "its" means.
			return o
		}
		return nil
	}
	return nil
}
