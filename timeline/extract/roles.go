package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// roleSet is who takes part in one event, as actor mention indexes.
type roleSet struct {
	agents       []int // the first is the agent; the rest took part alongside
	patients     []int
	participants []int
	places       []int
	inherit      bool // the subject is shared with the previous event of the sentence
	inverted     bool // the speaker follows the verb: what was said came before
	firstPerson  bool // the subject is "we" or "I": the speaker of a quotation
	passive      bool
}

// sentence is one sentence being analysed.
type sentence struct {
	x     *extractor
	span  timeline.Span
	toks  []token
	trigs []trig
	segs  []segment
	segOf []int
	cands []cand // the candidates analysed so far
}

func (s *sentence) seg(i int) segment { return s.segs[s.segOf[i]] }

// prepBefore returns the preposition governing the token at i ("in the
// US" → "in"), looking past determiners and one adjective, or "". An actor
// joined by "and" to one before shares its preposition.
func (s *sentence) prepBefore(i int) string {
	if i >= 2 && (wordAt(s.toks, i-1) == "and" || wordAt(s.toks, i-1) == "or") && s.toks[i-2].kind == tActor {
		return s.prepBefore(i - 2)
	}
	for k, steps := i-1, 0; k >= 0 && steps < 4; k, steps = k-1, steps+1 {
		t := s.toks[k]
		switch {
		case t.kind == tActor && s.isModifier(k) && !t.poss:
			continue // "with Russian President Vladimir Putin"
		case t.kind != tWord:
			return ""
		case t.has(cPrep):
			return t.low
		case (t.low == "and" || t.low == "or") && k > 0 && s.toks[k-1].kind == tActor:
			return s.prepBefore(k - 1) // "by Marco Rubio and national security adviser Mike Waltz"
		case t.has(cDet), t.low == "'s", s.capitalised(k), t.has(cModHead):
			continue
		case k < i-1:
			return ""
		}
	}
	return ""
}

// capitalised reports whether the word at k starts with a capital letter
// ("President", "Deputy").
func (s *sentence) capitalised(k int) bool {
	c := s.x.doc.Text[s.toks[k].start]
	return 'A' <= c && c <= 'Z'
}

// isModifier reports whether the actor at i modifies a noun after it:
// "US special envoy", "Kremlin spokesman Peskov".
func (s *sentence) isModifier(i int) bool {
	if i+1 >= len(s.toks) {
		return false
	}
	n := s.toks[i+1]
	return n.kind == tActor || n.kind == tWord && n.has(cModHead)
}

// subjectAt reports whether the actor token at i can be the subject of a
// verb at v: not an object of a preposition, not a possessor, not a
// modifier of a noun.
func (s *sentence) subjectAt(i, v int) bool {
	t := s.toks[i]
	if t.kind != tActor {
		return false
	}
	if t.poss || s.prepBefore(i) != "" {
		return false
	}
	return i+1 == v || !s.isModifier(i)
}

// nounRoles finds who did the event a noun names: the subject of its
// light verb ("held talks"), its possessor ("Trump's call"), "by"/"from"
// after it, or the subject of the clause a fronted phrase leads into.
func (s *sentence) nounRoles(t trig) (roleSet, int) {
	if lv := s.lightVerb(t.tok); lv >= 0 {
		r := s.verbRoles(lv, lv)
		return r, lv
	}
	var r roleSet
	if j := s.possessor(t.tok); j >= 0 {
		if s.toks[j].kind == tActor && (s.isPlace(s.toks[j].ref) || s.x.namesPlace(s.toks[j].ref) && !s.toks[j].poss ||
			t.kind == KindVisit && !s.toks[j].poss) {
			r.places = append(r.places, s.toks[j].ref) // "the Riyadh talks", "a White House visit"
		} else if s.toks[j].kind == tActor {
			r.agents = []int{s.toks[j].ref}
			if k := s.sideBefore(j); k >= 0 {
				r.agents = []int{s.toks[k].ref, s.toks[j].ref} // "US-Russian talks"
			}
		} else if collective[s.toks[j].low] {
			// "their talks": the doers of the event before, set by mergeEchoes
		} else if m := s.x.resolvePronoun(s, j); m >= 0 {
			r.agents = []int{m}
		}
		if personKinds[t.kind] && wordAt(s.toks, t.last+1) != "of" {
			// "his dismissal", "Kellogg's appointment": the one
			// dismissed or appointed, not the one who did it ("his
			// nomination of Holm" is his doing).
			r.patients, r.agents = r.agents, nil
		}
	}
	return r, -1
}

// sideBefore returns the actor joined by a hyphen or "and" to the one at
// j that owns an event noun ("US-Russian talks", "Russia and Ukraine's
// truce"), or -1.
func (s *sentence) sideBefore(j int) int {
	k := j - 2
	if k < 0 || s.toks[k].kind != tActor || s.toks[k].poss {
		return -1
	}
	if t := s.toks[j-1]; t.low == "-" || t.low == "and" {
		if s.isPlace(s.toks[k].ref) {
			return -1
		}
		return k
	}
	return -1
}

// lightVerb returns the token of a light verb whose object the noun at n
// is ("made the first … call"), or -1.
func (s *sentence) lightVerb(n int) int {
	lo := s.seg(n).lo
	for j, steps := n-1, 0; j >= lo && steps < 7; j, steps = j-1, steps+1 {
		t := s.toks[j]
		if t.kind == tWord && t.has(cLight) {
			if s.perfectAux(j) {
				return -1 // "had ordered the meeting": "had" helps "ordered", which governs the noun
			}
			return j
		}
		if t.kind == tPunct || t.kind == tWord && (t.has(cPrep) || t.has(cClause)) {
			return -1
		}
	}
	return -1
}

// perfectAux reports whether the "have" at j helps a past participle
// after it ("had ordered", "has sought"), so is no light verb of its own.
func (s *sentence) perfectAux(j int) bool {
	switch s.toks[j].low {
	case "have", "has", "had", "having":
	default:
		return false
	}
	j++
	for j+1 < len(s.toks) && s.toks[j].kind == tWord && (isAdverb(s.toks[j].low) || s.toks[j].has(cNeg)) {
		j++ // "had personally ordered the attack", "has not sought talks"
	}
	if j >= len(s.toks) || s.toks[j].kind != tWord {
		return false
	}
	next := s.toks[j]
	if e, ok := verbs[next.low]; ok {
		return e.form == formPast
	}
	return len(next.low) > 4 && strings.HasSuffix(next.low, "ed") || irregularParticiples[next.low]
}

// irregularParticiples are common past participles not ending in -ed that
// govern an event noun after "have" ("has sought talks", "had won the
// vote"); "made", "held" and "given" are light verbs of their own.
var irregularParticiples = set("sought won lost led set put brought fought caught begun broken chosen " +
	"written spoken shown seen done driven taken struck")

// possessor returns the token of the actor or pronoun that owns the noun at
// n ("Trump's call", "his meeting", "White House call"), or -1.
func (s *sentence) possessor(n int) int {
	for j, steps := n-1, 0; j >= 0 && steps < 4; j, steps = j-1, steps+1 {
		t := s.toks[j]
		switch {
		case t.kind == tActor && (t.poss || j == n-1):
			return j
		case t.kind == tWord && (t.low == "his" || t.low == "her" || collective[t.low]):
			return j
		case t.kind == tTimex:
			continue
		case t.kind != tWord || t.has(cDet) || t.has(cPrep) || t.low == "'s":
			return -1
		}
	}
	return -1
}
