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
		case prepositions[t.low]:
			return t.low
		case (t.low == "and" || t.low == "or") && k > 0 && s.toks[k-1].kind == tActor:
			return s.prepBefore(k - 1) // "by Marco Rubio and national security adviser Mike Waltz"
		case determiners[t.low], t.low == "'s", s.capitalised(k), modifierHeads[t.low]:
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
	return n.kind == tActor || n.kind == tWord && modifierHeads[n.low]
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

// subjectKind says what the search for a subject found.
type subjectKind uint8

const (
	subjNone     subjectKind = iota // reached the start of the segment
	subjFound                       // an actor, a resolved pronoun, or a pair
	subjFirst                       // "we" or "I"
	subjBlocked                     // a subject that names no actor: "officials", "it"
	subjRelative                    // "who" or "which": the antecedent is the subject
	subjShared                      // "and": the subject of the clause before
	subjGerund                      // a preposition: "of negotiating"
)

// leftSubject finds the subject of the verb at v: it skips the verb's
// auxiliaries, an infinitive's governing verb ("are expected to speak"),
// times and prepositional phrases, and reads what stands before them.
func (s *sentence) leftSubject(v, lo int) ([]int, subjectKind) {
	if a := s.raisedSubject(v, lo); a >= 0 {
		return s.coordinated(a), subjFound
	}
	j := s.skipChain(v-1, lo)
	for j >= lo {
		t := s.toks[j]
		switch t.kind {
		case tTimex:
			j--
			if j >= lo && s.toks[j].kind == tWord && prepositions[s.toks[j].low] {
				j-- // "Grushko, on Monday said"
			}
			j = s.skipChain(j, lo) // "who just recently travelled"
			continue
		case tActor:
			if s.subjectAt(j, j+1) {
				return s.coordinated(j), subjFound
			}
			if p := s.prepIndex(j); p >= 0 {
				if s.toks[p].low == "from" && p == j-1 && p > lo && s.toks[p-1].kind == tWord && !determiners[s.toks[p-1].low] {
					return s.coordinated(j), subjFound // "negotiators from Norland"
				}
				j = p - 1
				continue
			}
			return nil, subjBlocked
		case tPunct:
			return nil, subjBlocked
		}
		w := t.low
		switch {
		case w == "he" || w == "she":
			if m := s.x.resolvePronoun(s, j); m >= 0 {
				return []int{m}, subjFound
			}
			return nil, subjBlocked
		case w == "it":
			if m := s.x.resolveIt(s, j); m >= 0 {
				return []int{m}, subjFound
			}
			return nil, subjBlocked
		case w == "we" || w == "i":
			return nil, subjFirst
		case groupPronouns[w] && (wordAt(s.toks, j-1) == "the" || w == "both"):
			if pair := s.x.lastTwoPersons(s, j); pair != nil {
				return pair, subjFound
			}
			return nil, subjBlocked
		case w == "who" || w == "which" || w == "that" || w == "whom":
			return nil, subjRelative
		case coordinators[w]:
			return nil, subjShared
		case prepositions[w]:
			return nil, subjGerund
		}
		if p := s.prepIndex(j); p >= 0 && !strings.HasSuffix(s.toks[v].low, "ing") {
			j = p - 1 // "officials in Washington say": skip the phrase
			continue
		}
		if a := s.modifierOf(j); a >= 0 {
			return s.coordinated(a), subjFound // "a senior US official said"
		}
		return nil, subjBlocked
	}
	return nil, subjNone
}

// raisedSubject returns the actor between a verb and the infinitive it
// governs, which is the infinitive's subject: "expects the US president
// to speak". It returns -1 when there is none.
func (s *sentence) raisedSubject(v, lo int) int {
	j := v - 1
	for j >= lo && s.toks[j].kind == tWord && (isAdverb(s.toks[j].low) || negations[s.toks[j].low]) {
		j--
	}
	if j < lo+1 || wordAt(s.toks, j) != "to" {
		return -1
	}
	j--
	if t := s.toks[j]; t.kind == tActor && !t.poss && s.prepBefore(j) == "" && j > lo && s.toks[j-1].kind == tWord && !auxiliaries[s.toks[j-1].low] {
		return j
	}
	return -1
}

// skipChain moves left from j past auxiliaries, adverbs, negation and an
// infinitive's governor with its own auxiliaries.
func (s *sentence) skipChain(j, lo int) int {
	for j >= lo && s.toks[j].kind == tWord && s.chainWord(s.toks[j].low) {
		if s.toks[j].low == "to" {
			j--
			for j >= lo && (s.toks[j].kind == tTimex || s.toks[j].kind == tWord && (isAdverb(s.toks[j].low) || prepositions[s.toks[j].low] && j+1 < len(s.toks) && s.toks[j+1].kind == tTimex)) {
				j--
			}
			if j >= lo && s.toks[j].kind == tWord && !s.chainWord(s.toks[j].low) {
				j-- // the governing verb or adjective
			}
			continue
		}
		j--
	}
	return j
}

func (s *sentence) chainWord(w string) bool {
	return auxiliaries[w] || isAdverb(w) || negations[w] || strings.HasSuffix(w, "n't") ||
		strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'d") || w == "cannot"
}

// prepIndex returns the preposition that governs the token at i, or -1.
func (s *sentence) prepIndex(i int) int {
	for k, steps := i-1, 0; k >= 0 && steps < 4; k, steps = k-1, steps+1 {
		t := s.toks[k]
		if t.kind == tPunct {
			return -1
		}
		if t.kind == tWord && prepositions[t.low] {
			return k
		}
		if t.kind == tWord && (t.low == "and" || t.low == "or") && k > 0 && s.toks[k-1].kind == tActor {
			return s.prepIndex(k - 1) // "led by Rubio and national security adviser Waltz"
		}
		if t.kind == tWord && (clauseWords[t.low] || auxiliaries[t.low]) {
			return -1
		}
	}
	return -1
}

// modifierOf returns the actor that modifies the noun at j ("US
// officials", "a senior Russian official"), or -1.
func (s *sentence) modifierOf(j int) int {
	for k := j - 1; k >= 0 && k >= j-2; k-- {
		t := s.toks[k]
		if t.kind == tActor {
			if t.poss {
				return -1
			}
			return k
		}
		if t.kind != tWord || !modifierHeads[t.low] {
			return -1
		}
	}
	return -1
}

// coordinated extends the subject at j with "X and Y" or "both X and Y".
func (s *sentence) coordinated(j int) []int {
	out := []int{s.toks[j].ref}
	if j >= 2 && (wordAt(s.toks, j-1) == "and" || wordAt(s.toks, j-1) == "&") && s.toks[j-2].kind == tActor && !s.toks[j-2].poss {
		out = []int{s.toks[j-2].ref, s.toks[j].ref}
	}
	return out
}

// antecedent finds the actor a relative clause starting at segment si
// hangs on, skipping appositions: "Steve Witkoff, the US special envoy,
// who met …".
func (s *sentence) antecedent(si int) []int {
	for k := si - 1; k >= 0; k-- {
		g := s.segs[k]
		if g.empty() || s.appositive(g) {
			continue
		}
		if j := g.hi - 1; s.toks[j].kind == tActor && !s.toks[j].poss {
			return s.coordinated(j)
		} else if a := s.modifierOf(j); a >= 0 && s.toks[j].kind == tWord {
			return s.coordinated(a) // "European leaders, who held"
		}
		return nil
	}
	return nil
}

// appositive reports whether g is a noun phrase set off by commas that
// describes the actor before it: "the US special envoy", "80".
func (s *sentence) appositive(g segment) bool {
	f := s.toks[g.lo]
	if g.hasVerb || !s.actorBefore(g.lo) {
		return false
	}
	if f.kind == tWord && (determiners[f.low] || isNumber(f.low) || modifierHeads[f.low]) {
		return true
	}
	return f.kind == tActor && (f.poss || s.isModifier(g.lo)) && !s.segHasSubject(g)
}

// actorBefore reports whether an actor ends the text before token i,
// across the punctuation between them.
func (s *sentence) actorBefore(i int) bool {
	k := i - 1
	for k >= 0 && s.toks[k].kind == tPunct {
		k--
	}
	return k >= 0 && s.toks[k].kind == tActor
}

func (s *sentence) segHasSubject(g segment) bool {
	for j := g.lo; j < g.hi; j++ {
		if s.toks[j].kind == tActor && !s.toks[j].poss && !s.isModifier(j) && s.prepBefore(j) == "" {
			return true
		}
	}
	return false
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// isRelative reports whether segment si is a relative clause.
func (s *sentence) isRelative(si int) bool {
	g := s.segs[si]
	switch g.first(s.toks) {
	case "who", "which", "whose", "whom":
		return true
	case "that":
		return si > 0 && s.segs[si-1].reportedBy == g.reportedBy && !s.segs[si-1].hasVerb
	}
	return false
}

// verbRoles finds the agent and the others of the verb at v (a trigger or
// the light verb of an event noun).
func (s *sentence) verbRoles(v, last int) roleSet {
	var r roleSet
	si := s.segOf[v]
	g := s.segs[si]
	subj, how := s.leftSubject(v, g.lo)
	inverted := false
	switch how {
	case subjFirst:
		r.firstPerson = true
	case subjRelative:
		subj = s.antecedent(si)
	case subjShared:
		r.inherit = true
	case subjNone:
		switch {
		case s.inversion(v, last):
			subj, inverted = []int{s.toks[last+1].ref}, true
		case s.isRelative(si):
			subj = s.antecedent(si)
		case g.coord:
			r.inherit = true
		case v == g.lo && strings.HasSuffix(s.toks[v].low, "ing"):
			r.inherit = true // a participle: "…, stating that"
		default:
			subj = s.earlierSubject(si)
		}
	}
	r.inverted = inverted
	if s.isRelative(si) && (how == subjFound || how == subjBlocked) && patientVerb(s.toks[v].low) {
		r.patients = s.antecedent(si) // "the Donbas, which it annexed"
	}
	if s.isPassive(v) {
		r.passive = true
		if s.beforeBe(v) {
			r.patients = subj
		}
		r.agents = nil
		if by := s.byAgent(last + 1); by >= 0 {
			r.agents = []int{by}
		}
		r.inherit = false
		return r
	}
	r.agents = subj
	return r
}

// patientVerb reports whether the verb at hand acts on an object, which a
// relative clause's antecedent then is.
func patientVerb(w string) bool {
	e, ok := verbs[w]
	return ok && patientKinds[e.kind]
}

// inversion reports whether a saying verb at the start of its clause is
// followed by its speaker: "…, said Tymofiy Mylovanov, president of …".
func (s *sentence) inversion(v, last int) bool {
	e, ok := verbs[s.toks[v].low]
	if !ok || !invertible[e.lemma] || last+1 >= len(s.toks) || s.toks[last+1].kind != tActor {
		return false
	}
	k := last + 2
	return k >= len(s.toks) || s.toks[k].kind == tPunct
}

var invertible = set("say add state write note ask reply explain insist argue")

// earlierSubject looks for the subject in the segments before si of the
// same clause: "Russia's Deputy Foreign Minister, Alexander Grushko, on
// Monday said".
func (s *sentence) earlierSubject(si int) []int {
	g := s.segs[si]
	for k := si - 1; k >= 0; k-- {
		p := s.segs[k]
		if p.empty() {
			continue
		}
		if p.reportedBy != g.reportedBy || p.quoted != g.quoted {
			return nil
		}
		if s.isRelative(k) || s.appositive(p) || prepositions[p.first(s.toks)] || clauseWords[p.first(s.toks)] {
			continue // "Graham, who travelled to Moscow, where he met officials, said"
		}
		if p.hasVerb {
			return nil
		}
		for j := p.hi - 1; j >= p.lo; j-- {
			if s.toks[j].kind == tActor && s.subjectAt(j, p.hi) {
				return s.coordinated(j)
			}
		}
	}
	return nil
}

// subjectAfter finds the subject of the main clause after a fronted
// phrase: "After talks with the US, Lavrov said".
func (s *sentence) subjectAfter(si int) []int {
	for k := si + 1; k < len(s.segs); k++ {
		p := s.segs[k]
		if p.empty() || prepositions[p.first(s.toks)] {
			continue
		}
		for j := p.lo; j < p.hi; j++ {
			if s.toks[j].kind == tActor && !s.toks[j].poss && s.prepBefore(j) == "" && !s.isModifier(j) {
				return s.coordinated(j)
			}
		}
		if p.hasVerb {
			return nil
		}
	}
	return nil
}

// isPassive reports whether the verb at v is a passive participle: a form
// of "be" before it, or "by" after it.
func (s *sentence) isPassive(v int) bool {
	e, ok := verbs[s.toks[v].low]
	if !ok || e.form != formPast {
		return false
	}
	if wordAt(s.toks, v+1) == "by" {
		return true
	}
	for j := v - 1; j >= 0 && s.toks[j].kind == tWord && auxiliaries[s.toks[j].low]; j-- {
		if beForms[s.toks[j].low] {
			return true
		}
	}
	return false
}

// beforeBe reports whether a form of "be" stands in the verb's chain.
func (s *sentence) beforeBe(v int) bool {
	for j := v - 1; j >= 0 && s.toks[j].kind == tWord && auxiliaries[s.toks[j].low]; j-- {
		if beForms[s.toks[j].low] {
			return true
		}
	}
	return false
}

// byAgent returns the actor of "by X" starting at i, or -1.
func (s *sentence) byAgent(i int) int {
	if wordAt(s.toks, i) != "by" {
		return -1
	}
	for k := i + 1; k < len(s.toks) && k <= i+3; k++ {
		if s.toks[k].kind == tActor {
			return s.toks[k].ref
		}
		if s.toks[k].kind != tWord || !determiners[s.toks[k].low] {
			break
		}
	}
	return -1
}

// objects collects the actors after a trigger, in its segment: direct
// objects and "with", "to", "between" become participants or patients;
// "in" and "at" close by give places.
func (s *sentence) objects(t trig, r *roleSet) {
	g := s.seg(t.tok)
	reach := 14
	if t.noun() {
		reach = 8
	}
	end := min(g.hi, t.last+1+reach)
	near := t.last // the last token that belongs to the event's phrase
	modifier := -1
	for j := t.last + 1; j < end; j++ {
		tk := s.toks[j]
		if s.stopsObjects(t, j) {
			break
		}
		if tk.kind != tActor || tk.poss && !s.isPlace(tk.ref) {
			continue
		}
		prep := s.prepBefore(j)
		switch prep {
		case "in", "at", "inside", "near", "outside":
			if j-near <= 6 {
				r.places = appendUnique(r.places, tk.ref)
				near = j
			}
			continue
		case "to", "into":
			if t.kind == KindVisit && s.isPlaceLike(tk.ref) {
				r.places = appendUnique(r.places, tk.ref)
				near = j
				continue
			}
			if s.isModifier(j) {
				continue
			}
			r.participants = appendUnique(r.participants, tk.ref)
		case "", "with", "between", "against":
			if prep == "" && t.noun() {
				continue // a noun takes no direct object
			}
			if s.isModifier(j) && prep != "between" {
				if modifier < 0 && prep != "against" {
					modifier = tk.ref
				}
				continue
			}
			if prep == "between" && len(r.agents) == 0 && t.noun() {
				r.agents = []int{tk.ref}
				near = j
				continue
			}
			if patientKinds[t.kind] && prep != "with" {
				r.patients = appendUnique(r.patients, tk.ref)
			} else {
				r.participants = appendUnique(r.participants, tk.ref)
			}
		case "by", "from":
			if t.noun() && len(r.agents) == 0 && j-t.last <= 3 {
				r.agents = []int{tk.ref}
			} else if !t.noun() && prep == "by" && j-2 > t.last && strings.HasSuffix(wordAt(s.toks, j-2), "ed") {
				r.participants = appendUnique(r.participants, tk.ref) // "met a team headed by Yermak"
			} else {
				continue
			}
		case "on":
			if t.noun() && (t.kind == KindAttack || t.kind == KindAccusation) && j-t.last <= 3 {
				r.patients = appendUnique(r.patients, tk.ref) // "attack on Riverton"
			} else {
				continue
			}
		default:
			continue
		}
		near = j
		if t.speech() {
			break // a speaker's addressee only; what follows was said
		}
	}
	if modifier >= 0 && len(r.participants) == 0 && len(r.patients) == 0 && !t.speech() {
		// "met Russian officials": the side they belong to took part.
		if patientKinds[t.kind] {
			r.patients = append(r.patients, modifier)
		} else {
			r.participants = append(r.participants, modifier)
		}
	}
}

// stopsObjects reports whether the token at j ends the phrase of trigger t:
// a new clause, another verb, or for a noun an "and" that does not join
// two actors.
func (s *sentence) stopsObjects(t trig, j int) bool {
	tk := s.toks[j]
	if tk.kind != tWord {
		return false
	}
	if clauseWords[tk.low] {
		return true
	}
	for _, o := range s.trigs {
		if o.tok == j && (!o.noun() || t.noun()) {
			return true
		}
	}
	if t.noun() && len(tk.low) > 4 && strings.HasSuffix(tk.low, "ed") {
		return true // "attack on Riverton prompted talks": a new verb
	}
	if tk.low == "and" || tk.low == "or" {
		prevActor := s.toks[j-1].kind == tActor
		return t.noun() && !prevActor || s.nextIsVerb(j)
	}
	return false
}

// appositionPatient takes the person named right after the object of an
// act on someone: "sidelined his envoy, Keith Kellogg, …".
func (s *sentence) appositionPatient(t trig, r *roleSet) {
	if !patientKinds[t.kind] && t.lemma != "dismiss" || len(r.patients) > 0 || t.noun() {
		return
	}
	g := s.seg(t.tok)
	if g.hi >= len(s.toks) || s.toks[g.hi].low != "," || g.hi+1 >= len(s.toks) {
		return
	}
	if n := s.toks[g.hi+1]; n.kind == tActor && !n.poss && s.x.actors[n.ref].Kind == timeline.Person {
		r.patients = append(r.patients, n.ref)
	}
}

// patientKinds are the kinds whose object is acted on rather than met.
var patientKinds = set(KindAttack + " " + KindAppointment + " " + KindDismissal + " " +
	KindAccusation + " " + KindDemand + " " + KindRejection + " " + KindWarning)

func (s *sentence) nextIsVerb(j int) bool {
	for _, t := range s.trigs {
		if t.tok > j && t.tok <= j+3 && !t.noun() {
			return true
		}
	}
	return false
}

func (s *sentence) isPlace(ref int) bool { return s.x.actors[ref].Kind == timeline.Place }

func (s *sentence) isPlaceLike(ref int) bool {
	k := s.x.actors[ref].Kind
	return k == timeline.Place || k == timeline.Country
}

func appendUnique(xs []int, x int) []int {
	for _, y := range xs {
		if y == x {
			return xs
		}
	}
	return append(xs, x)
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
		if s.toks[j].kind == tActor && s.isPlace(s.toks[j].ref) {
			r.places = append(r.places, s.toks[j].ref) // "the Riyadh talks"
		} else if s.toks[j].kind == tActor {
			r.agents = []int{s.toks[j].ref}
		} else if collective[s.toks[j].low] {
			// "their talks": the doers of the event before, set by mergeEchoes
		} else if m := s.x.resolvePronoun(s, j); m >= 0 {
			r.agents = []int{m}
		}
	}
	return r, -1
}

// lightVerb returns the token of a light verb whose object the noun at n
// is ("made the first … call"), or -1.
func (s *sentence) lightVerb(n int) int {
	lo := s.seg(n).lo
	for j, steps := n-1, 0; j >= lo && steps < 7; j, steps = j-1, steps+1 {
		t := s.toks[j]
		if t.kind == tWord && lightVerbs[t.low] {
			return j
		}
		if t.kind == tPunct || t.kind == tWord && (prepositions[t.low] || clauseWords[t.low]) {
			return -1
		}
	}
	return -1
}

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
		case t.kind != tWord || determiners[t.low] || prepositions[t.low] || t.low == "'s":
			return -1
		}
	}
	return -1
}
