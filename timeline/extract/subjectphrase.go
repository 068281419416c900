package extract

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A verb whose subject names no known actor ("The Philadelphia 76ers
// fired coach Maurice Cheeks", "pirates have attacked nearly 100
// vessels") still has a subject a reader needs: without it the summary
// reads "Dismissal against Maurice Cheeks", as if nobody did it. The
// subject is then given as written.

// maxSubjectWords bounds a subject written out: a longer stretch is more
// likely a clause than a noun phrase.
const maxSubjectWords = 5

// writtenSubject returns the noun phrase before verb trigger c that is
// its subject, when c has no agent, or "". The phrase must open its clause
// and read as a noun phrase: a determiner or a possessive first ("the
// Sixers", "its weak government"), a capitalised name, or a plural
// ("pirates"); never a pronoun, which would stand for someone unnamed.
func (s *sentence) writtenSubject(c *cand) string {
	if c.t.noun() || c.roles.passive || c.roles.inverted || c.roles.inherit || len(c.roles.agents) > 0 {
		return ""
	}
	lo, end, ok := s.subjectSpan(c.t.tok)
	if !ok {
		return ""
	}
	return s.render(lo, end)
}

// subjectSpan returns the tokens [lo, end) of the noun phrase written as
// the subject of the verb at v, named or not, and whether there is one.
func (s *sentence) subjectSpan(v int) (lo, end int, ok bool) {
	g := s.seg(v)
	if v > 0 && s.toks[v-1].low == "to" {
		return 0, 0, false // "King decided to fire O'Brien": the subject is the deciding verb's
	}
	end = v
	for end > g.lo && s.toks[end-1].kind == tWord && (s.toks[end-1].has(cAux) || isAdverb(s.toks[end-1].low)) {
		end--
	}
	lo = end
	for lo > g.lo && end-lo < maxSubjectWords+1 {
		t := s.toks[lo-1]
		if t.kind == tPunct && !(t.low == "-" && !spacedDash(s.toks, lo-1)) || t.kind == tTimex ||
			t.kind == tWord && (t.has(cPrep) || t.has(cClause) || t.is(coordinators) || t.has(cAux) || t.is(discourse)) {
			break
		}
		lo--
	}
	if lo == end || end-lo > maxSubjectWords || s.trigBetween(lo, end) {
		return 0, 0, false
	}
	if lo > 0 {
		// The phrase opens its clause: after a comma, a coordinator,
		// a discourse word or a date, not after a preposition or a verb.
		p := s.toks[lo-1]
		if !(p.kind == tPunct || p.kind == tTimex || p.is(coordinators) || p.is(discourse) || p.has(cClause) && !p.is(relativeWords)) {
			return 0, 0, false
		}
	}
	first, last := s.toks[lo], s.toks[end-1]
	if last.kind == tWord && (last.has(cDet) || personalPronouns[last.low] || objectPronouns[last.low] || last.low == "i" || last.low == "who") {
		return 0, 0, false
	}
	switch {
	case first.kind == tActor, first.kind == tWord && (first.has(cDet) || possessives[first.low]):
	case first.kind == tWord && s.capitalised(lo) && end-lo > 1:
	case end-lo == 1 && first.kind == tWord && strings.HasSuffix(first.low, "s") && !s.capitalised(lo):
	default:
		return 0, 0, false
	}
	return lo, end, true
}

var (
	possessives   = set("its his her their our my your")
	relativeWords = set("who whom whose which that")
)

// speechBetween reports whether a verb of saying stands between tokens lo
// and hi ("Holm alleges a man opened fire, killing …"): what follows it
// is what was said, with a subject of its own.
func (s *sentence) speechBetween(lo, hi int) bool {
	for k := lo + 1; k < hi; k++ {
		t := s.toks[k]
		if t.kind != tWord {
			continue
		}
		if e, ok := verbs[t.low]; ok && e.form != formNoun && speechLemmas[e.lemma] {
			return true
		}
		for _, suf := range []string{"s", "d", "ed"} {
			if base, ok := strings.CutSuffix(t.low, suf); ok && len(base) > 2 && wn.VerbClass(base) == "communication" && wn.NounClass(base) != "person" {
				return true
			}
		}
	}
	return false
}

// tokenOf returns the last token before i that is a mention of actor ref,
// or -1.
func (s *sentence) tokenOf(ref, i int) int {
	for k := i - 1; k >= 0; k-- {
		if s.toks[k].kind == tActor && s.toks[k].ref == ref {
			return k
		}
	}
	return -1
}

// sayingKinds are the kinds of what a speaker does by speaking: a
// participle of one after reported speech ("…, insisting on guarantees")
// goes on with the speaker.
var sayingKinds = set(KindStatement + " " + KindAnnouncement + " " + KindDemand + " " + KindProposal + " " +
	KindRejection + " " + KindWarning + " " + KindAccusation + " " + KindAgreement)

// conjoinedAgent returns how the summary names f's second agent when it
// is a conjunct of the first ("Law enforcement and aid workers"), else "":
// a summary that names only the first leaves out the doer the event's
// actors may hold.
func (p parsed) conjoinedAgent(f frame) string {
	if len(f.agents) < 2 {
		return ""
	}
	b := f.agents[1]
	if p.head(b) != f.agents[0] || p.rel(b) != "conj" {
		return ""
	}
	return p.slotArgument(b)
}

// conjoinedPatient returns the second of a passive's pair of subjects,
// coordinated with the first or with the name in apposition to it ("Two
// deputies, Ron Stauber and Mike Gingrich, were named"), or "".
func (p parsed) conjoinedPatient(f frame) string {
	if len(f.patients) < 2 {
		return ""
	}
	a, b := f.patients[0], f.patients[1]
	if p.namedAt(b) < 0 {
		return "" // "A woman, 78, was found dead": an age, read as a conjunct
	}
	if p.rel(b) != "conj" || p.head(b) != a && !(p.rel(p.head(b)) == "appos" && p.head(p.head(b)) == a && p.namedAt(a) < 0) {
		return "" // "The officers, Anna Berg and …": the summary names the officers, not the pair
	}
	return p.slotArgument(b)
}
