package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// "Strike" is a blow, a stoppage of work or a deal struck: the words
// around it tell which.

// workStoppage reports whether noun w is a strike that workers stage, not
// one of weapons: one joined, called, staged or backed, a general, national
// or hunger strike, a strike by a union or its workers; "strikes on the
// grid" and "air strikes" stay attacks.
func (p parsed) workStoppage(w int) bool {
	if p.word(w).UPOS != "NOUN" || !strings.EqualFold(p.word(w).Lemma, "strike") || p.weaponStrike(w) {
		return false
	}
	for k := range p.s.Words {
		if p.head(k) != w {
			continue
		}
		switch l := strings.ToLower(p.word(k).Lemma); {
		case p.rel(k) == "amod" || p.rel(k) == "compound":
			switch l {
			case "general", "national", "nationwide", "hunger", "indefinite", "rail", "teacher", "worker", "doctor", "nurse", "union", "wildcat":
				return true
			}
		case p.rel(k) == "nmod" && p.caseOf(k) == "by" && p.x != nil:
			return p.actorAt(k) >= 0 && p.x.actors[p.actorAt(k)].Kind != timeline.Country
		case p.rel(k) == "case" && l == "on" && !p.hasDependent(w, "det"):
			return true // "went on strike"
		}
	}
	if h := p.head(w); h >= 0 && p.word(h).UPOS == "VERB" && p.rel(w) == "obj" {
		switch strings.ToLower(p.word(h).Lemma) {
		case "join", "call", "stage", "hold", "end", "back", "support", "organise", "organize", "announce", "vote", "suspend", "call off":
			return true
		}
	}
	return false
}

// weaponStrike reports whether noun w is a strike of weapons: on or
// against a target, from the air or by missiles, drones or a state's
// forces ("Russian strikes on the grid", "air strikes").
func (p parsed) weaponStrike(w int) bool {
	for k := range p.s.Words {
		if p.head(k) != w {
			continue
		}
		switch l := strings.ToLower(p.word(k).Lemma); {
		case p.rel(k) == "nmod" && (p.caseOf(k) == "on" || p.caseOf(k) == "against"):
			if !timeWord(l) && (p.x == nil || !p.inTimex(k)) {
				return true // not "a strike on Wednesday"
			}
		case p.rel(k) == "amod" || p.rel(k) == "compound":
			switch l {
			case "air", "airstrike", "missile", "drone", "rocket", "artillery", "military", "pre-emptive", "retaliatory", "precision", "nuclear":
				return true
			}
			if p.x != nil && p.actorAt(k) >= 0 && p.x.actors[p.actorAt(k)].Kind == timeline.Country {
				return true
			}
		}
	}
	return false
}

// struckWhat returns the kind of verb "strike" that its object gives:
// "struck a deal" is an agreement, "struck a loyal tone" no blow at all;
// "" when the object says nothing of it.
func (p parsed) struckWhat(f frame, lemma string, noun bool) string {
	if noun || lemma != "strike" || len(f.patients) == 0 || p.word(f.patients[0]).UPOS != "NOUN" {
		return ""
	}
	switch o := strings.ToLower(p.word(f.patients[0]).Lemma); {
	case o == "deal" || o == "agreement" || o == "accord" || o == "bargain" || o == "compromise":
		return "agreement"
	case abstractNoun(o):
		return KindOther
	}
	return ""
}

// abstractNoun reports whether a noun names a quality, an idea or a
// relation, which one strikes as a tone or a balance, not as a blow.
func abstractNoun(lemma string) bool {
	switch wn.NounClass(lemma) {
	case "attribute", "communication", "cognition", "feeling", "state", "relation":
		return true
	}
	return false
}
