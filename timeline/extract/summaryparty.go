package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A summary that names the object but not to whom it went, or with or
// against whom the deed was done, drops a party: "The mayor gave a medal"
// for "gave Anna Berg a medal", "filed a lawsuit" for "filed a lawsuit
// against Gus Holm". The parse hangs such a phrase on the verb or on the
// object noun; either way, a named party right after the object belongs
// in the summary.

// withParties appends object j of verb v, written a, to parts, with the
// indirect object before it and a named party after it: "gave Anna Berg a
// medal", "handed the keys to Anna Berg".
func (p parsed) withParties(parts []string, f frame, j int, a string) []string {
	v := f.pred
	if k := p.indirectObject(v, j); k >= 0 && !p.boundToAgent(k, f) {
		if r := p.slotArgument(k); r != "" && !strings.Contains(a, r) {
			parts = append(parts, r)
		}
	}
	return p.withParty(p.appendObject(parts, v, j, a), f, v, j)
}

// indirectObject returns the indirect object of verb v before its object
// j ("gave Anna Berg a medal"), or -1.
func (p parsed) indirectObject(v, j int) int {
	for k := v + 1; k < j; k++ {
		if p.head(k) == v && p.word(k).Deprel == "iobj" && !p.inTimex(k) {
			return k
		}
	}
	return -1
}

// partyAfter returns the named party that "to", "with" or "against" puts
// right after object j of verb v, hung on v or on j, and its preposition;
// -1 for none. A place is where the deed went, told in the event's places.
func (p parsed) partyAfter(v, j int) (int, string) {
	ws := p.s.Words
	for k := j + 1; k < len(ws) && k <= j+12; k++ {
		if !under(ws, k, j) && !p.inOblique(k, v) {
			return -1, "" // past the object's phrase
		}
		if !(p.head(k) == v && p.rel(k) == "obl" || p.head(k) == j && p.rel(k) == "nmod") {
			continue
		}
		prep := p.caseOf(k)
		switch prep {
		case "to", "with", "against":
		default:
			continue
		}
		for m := j + 1; m < k; m++ {
			if !under(ws, m, j) && !under(ws, m, k) {
				return -1, "" // another phrase between
			}
		}
		if p.inTimex(k) || p.word(k).UPOS == "PRON" {
			return -1, ""
		}
		ref := p.actorAt(k)
		if ref < 0 {
			if p.word(k).UPOS == "PROPN" && prep != "to" {
				return k, prep // a name the actor finder missed
			}
			return -1, ""
		}
		switch p.x.actors[ref].Kind {
		case timeline.Place:
			return -1, ""
		case timeline.Country:
			if prep == "to" {
				return -1, "" // "sent troops to Sudland": where
			}
		}
		return k, prep
	}
	return -1, ""
}

// withParty appends to parts the named party after noun j, object of
// verb v: "filed a lawsuit against Gus Holm".
func (p parsed) withParty(parts []string, f frame, v, j int) []string {
	if k, prep := p.partyAfter(v, j); k >= 0 && !p.boundToAgent(k, f) {
		if r := p.argument(k); r != "" && !strings.Contains(parts[len(parts)-1], r) {
			parts = append(parts, prep, r)
		}
	}
	return parts
}

// inOblique reports whether word k lies in an oblique of verb v.
func (p parsed) inOblique(k, v int) bool {
	for hops := 0; k >= 0 && hops < len(p.s.Words); hops++ {
		if p.head(k) == v {
			return p.rel(k) == "obl"
		}
		k = p.head(k)
	}
	return false
}
