package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A verb of causing names its cause and its effect in whichever of its
// arguments the sentence's syntax puts them: "the quake triggered a
// tsunami" (subject, object), "the riots were sparked by the killing"
// (passive: the agent, the subject), "heavy rain, which caused flooding"
// (the noun a relative clause hangs from), "struck on Sunday, triggering
// a tsunami" (the clause a participle closes), "led to a run", "resulted
// in losses" (the object of its preposition), "prompted the government to
// call an election" (the clause it sets off). Read off words alone, a
// cue took the events either side of it: "hire an investigator to look
// into the process that led to her removal" made the hiring the cause of
// the removal, though the process, no event, is.

// causeVerbs are the verbs whose subject, or agent in the passive, is a
// cause and whose object an effect, with the particle a verb needs to be
// one: "bring" causes only with "about" ("the storm brought heavy rain"
// tells what came with it), "set" and "touch" with "off"; the others
// with none ("the events leading up to the trial").
var causeVerbs = map[string]string{
	"cause": "", "trigger": "", "spark": "", "prompt": "", "provoke": "", "lead": "",
	"result": "", "force": "", "fuel": "", "spur": "", "ignite": "", "precipitate": "",
	"unleash": "", "contribute": "", "bring": "about", "set": "off", "touch": "off",
}

// effectCases are the prepositions by which a verb of causing that takes
// no object names its effect: "led to", "resulted in", "contributed to".
var effectCases = map[string]bool{"to": true, "in": true}

// linkCauseVerbs links the cause and effect of every verb of causing in
// the sentence.
func (p parsed) linkCauseVerbs(events []int) {
	for v := range p.s.Words {
		w := p.word(v)
		if w.UPOS != "VERB" {
			continue
		}
		particle, ok := causeVerbs[strings.ToLower(w.Lemma)]
		if !ok {
			continue
		}
		// A particle makes another verb: "led up to" is no cause.
		has := ""
		if prt := p.dependentOf(v, "compound"); prt >= 0 && p.word(prt).Deprel == "compound:prt" {
			has = strings.ToLower(p.word(prt).Form)
		}
		if has != particle {
			continue
		}
		cue := strings.ToLower(w.Form)
		if particle != "" {
			cue += " " + particle // "setting off"
		}
		effect, how := p.effectOf(v, events)
		cause := p.causeOf(v, events)
		if cause < 0 || effect < 0 || events[cause] == events[effect] {
			continue
		}
		if how != "" {
			cue += " " + how
		}
		p.x.addClauseLink(LinkMention{From: events[cause] - 1, To: events[effect] - 1, Kind: timeline.Causes, Cue: cue, Confidence: confStated})
	}
}

// effectOf returns the event word that verb of causing v names as its
// effect, or -1, and the preposition that introduces it, if any.
func (p parsed) effectOf(v int, events []int) (int, string) {
	if p.passive(v) {
		for k := range p.s.Words {
			if p.head(k) == v && p.word(k).Deprel == "nsubj:pass" && events[k] != 0 {
				return k, ""
			}
		}
		return -1, ""
	}
	obj := -1
	for k := range p.s.Words {
		if p.head(k) != v {
			continue
		}
		switch {
		case p.word(k).Deprel == "obj":
			if events[k] != 0 {
				return k, ""
			}
			obj = k
		case p.rel(k) == "obl" && events[k] != 0 && effectCases[p.caseOf(k)]:
			return k, p.caseOf(k)
		}
	}
	if obj >= 0 {
		// "prompted the government to call an election": the clause the
		// object is set to.
		if x := p.dependentOf(v, "xcomp"); x >= 0 && events[x] != 0 {
			return x, ""
		}
	}
	return -1, ""
}

// causeOf returns the event word that verb of causing v names as its
// cause, or -1: its subject, or its agent in the passive; the noun a
// relative clause on it hangs from ("rain, which caused flooding"); the
// clause a participle of it closes ("struck, triggering a tsunami").
func (p parsed) causeOf(v int, events []int) int {
	if p.passive(v) {
		for k := range p.s.Words {
			if p.head(k) == v && p.word(k).Deprel == "obl:agent" && events[k] != 0 {
				return k
			}
		}
		return -1
	}
	if s := p.dependentOf(v, "nsubj"); s >= 0 {
		switch {
		case !strings.Contains(p.word(s).Feats, "PronType=Rel"):
			if events[s] != 0 {
				return s
			}
		case p.word(v).Deprel == "acl:relcl":
			if h := p.head(v); h >= 0 && events[h] != 0 {
				return h
			}
		}
		return -1
	}
	// A bare participle only: "was causing" has lost its subject to the
	// parse, "apologised for causing" names no cause.
	if h := p.head(v); h >= 0 && p.word(v).XPOS == "VBG" && h < v && events[h] != 0 && !p.hasDependent(v, "aux") && !p.hasDependent(v, "mark") {
		switch p.word(v).Deprel {
		case "advcl", "acl", "conj", "xcomp":
			return h
		}
	}
	return -1
}
