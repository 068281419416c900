package extract

import "strings"

// segment is a stretch of a sentence between punctuation marks or clause
// words: the unit inside which a subject, its verb and its objects are
// looked for.
type segment struct {
	lo, hi int // tokens [lo, hi)
	// reportedBy is the trigger whose reported speech the segment is, or
	// -1; according marks "according to X" attribution without a trigger.
	reportedBy int
	according  int // token of the actor an "according to" names, or -1
	quoted     bool
	coord      bool // starts with and/but + verb: shares the subject before it
	hasVerb    bool // holds a verb trigger
	hasTrig    bool // holds any trigger
}

func (s segment) empty() bool { return s.lo >= s.hi }

// first returns the lower-cased first word of s, or "".
func (s segment) first(toks []token) string {
	if s.empty() {
		return ""
	}
	return wordAt(toks, s.lo)
}

// addresseeLemmas are the speech verbs whose object is the person spoken
// to: "told CNN that".
var addresseeLemmas = set("tell warn caution urge")

// addresseePronoun are the pronouns that name whom a speech verb
// addresses: "told him", "warned them".
var addresseePronoun = set("him her them us me you")

// addressee reports whether token i, right after "told", is whom it was
// told to and no part of what was told: a pronoun ("told him the show was
// over") or a bare plural noun before the subject of what was told
// ("told reporters the search would go on", "told lawmakers it was
// needed").
func (s *sentence) addressee(i int) bool {
	t := s.toks[i]
	if t.kind != tWord || addresseePronoun[t.low] {
		return t.kind == tWord
	}
	// "told his aides": a determiner is read before (see objectPhrase).
	// What was told opens right after: "told soldiers gathered on a
	// square" names whom by more than a word.
	n := s.toks[i+1]
	return strings.HasSuffix(t.low, "s") && (n.kind == tActor || n.kind == tWord && (n.has(cDet) || subjectPronoun[n.low]))
}

// subjectPronoun are the pronouns that open a clause as its subject.
var subjectPronoun = set("i we you he she it they")

// segmentMark reports whether a punctuation mark ends a segment.
func segmentMark(p string) bool {
	switch p {
	case ",", ";", ":", "(", ")", "[", "]", "“", "”", "\"", "?", "!", "…":
		return true
	}
	return false
}

// segmentize cuts a sentence into segments and marks which of them are
// reported speech. segOf maps each token to its segment (punctuation to the
// segment it ends).
func segmentize(toks []token, trigs []trig, segs []segment, segOf []int) ([]segment, []int) {
	segs = segs[:0]
	segOf = segOf[:0]
	var arr [maxTokens]int // a sentence has at most maxTokens tokens
	trigAt := newTrigIndex(arr[:], len(toks), trigs)
	cur := segment{lo: 0, reportedBy: -1, according: -1}
	flush := func(hi int) {
		cur.hi = hi
		if !cur.empty() {
			cur.quoted = toks[cur.lo].quoted
		}
		segs = append(segs, cur)
		cur = segment{lo: hi, reportedBy: -1, according: -1}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.kind == tPunct && (segmentMark(t.low) && !thousands(toks, i) || t.low == "-" && spacedDash(toks, i)):
			flush(i)
			segOf = append(segOf, len(segs)-1)
			cur.lo = i + 1
			continue
		case t.kind == tWord && i > cur.lo && t.has(cClause) && !asWellAs(toks, i):
			flush(i)
		case t.kind == tWord && t.has(cCoord) && startsPredicate(toks, i+1, trigAt, trigs):
			if i > cur.lo {
				flush(i)
			}
			cur.coord = true
		}
		segOf = append(segOf, len(segs))
		if k, ok := trigAt.at(i); ok {
			cur.hasTrig = true
			if !trigs[k].noun() {
				cur.hasVerb = true
			}
			// A speech verb ends its clause after its addressee: what
			// follows is what was said.
			if trigs[k].speech() {
				end := complementStart(toks, trigs[k])
				for ; i+1 < end; i++ {
					segOf = append(segOf, len(segs))
				}
				if end < len(toks) && !(toks[end].kind == tWord && toks[end].has(cClause)) && toks[end].kind != tPunct {
					flush(end)
				}
			}
		}
	}
	flush(len(toks))
	markReported(toks, trigs, segs)
	return segs, segOf
}

// thousands reports whether mark i is the comma of a number written
// against the digits around it ("killed about 1,200 people"): it ends no
// clause, else the number's second half reads as a clause of its own.
func thousands(toks []token, i int) bool {
	if toks[i].low != "," || i == 0 || i+1 >= len(toks) {
		return false
	}
	prev, next := toks[i-1], toks[i+1]
	return prev.end == toks[i].start && toks[i].end == next.start &&
		prev.low != "" && isDigit(prev.low[len(prev.low)-1]) && next.low != "" && isDigit(next.low[0])
}

// trigIndex maps a token to the trigger starting there.
type trigIndex []int

func newTrigIndex(buf []int, n int, trigs []trig) trigIndex {
	idx := trigIndex(buf[:0])
	if cap(buf) < n {
		idx = make(trigIndex, 0, n)
	}
	idx = idx[:n]
	for i := range idx {
		idx[i] = -1
	}
	for k, t := range trigs {
		idx[t.tok] = k
	}
	return idx
}

func (idx trigIndex) at(i int) (int, bool) {
	if i < 0 || i >= len(idx) || idx[i] < 0 {
		return 0, false
	}
	return idx[i], true
}

// afterPreposition reports whether the actor at k is a preposition's
// object, with or without an article: "told reporters in Kyiv", "at the
// White House".
func afterPreposition(toks []token, k int) bool {
	prev := wordAt(toks, k-1)
	if prev == "the" {
		prev = wordAt(toks, k-2)
	}
	return prepositions[prev]
}

// complementStart returns where what a speech verb reports begins: after
// its addressee ("told CNN"), and after a time or adverb that qualifies
// the saying itself ("said on Monday that").
func complementStart(toks []token, t trig) int {
	for k := t.last + 1; k < len(toks) && k <= t.last+7; k++ {
		tk := toks[k]
		if tk.kind == tPunct || tk.kind == tWord && (tk.has(cClause) || tk.has(cAux) && tk.low != "to") {
			if tk.low == "that" {
				return k // "told reporters in Brussels on Monday that …"
			}
			break
		}
		if tk.kind == tActor && !(k == t.last+1 && addresseeLemmas[t.lemma]) && !afterPreposition(toks, k) {
			break // "said Moscow would insist on guarantees that …": Moscow is said of
		}
	}
	end := t.last + 1
	if end < len(toks) && toks[end].kind == tActor && addresseeLemmas[t.lemma] {
		end++
	}
	for end < len(toks) {
		switch {
		case toks[end].kind == tTimex && wordAt(toks, end+1) != "of": // "declared three days of mourning" declared the mourning
			end++
		case toks[end].kind == tWord && isAdverb(toks[end].low):
			end++
		case toks[end].kind == tWord && toks[end].has(cPrep) && end+1 < len(toks) && toks[end+1].kind == tTimex:
			end += 2
		default:
			return end
		}
	}
	return end
}

// passiveAt reports whether the verb at v follows a form of "be": "the
// agreement was announced" reports nothing.
func passiveAt(toks []token, v int) bool {
	for j := v - 1; j >= 0 && toks[j].kind == tWord && (toks[j].has(cAux) || isAdverb(toks[j].low)); j-- {
		if toks[j].has(cBe) {
			return true
		}
	}
	return false
}

// afterQuote reports whether segment s follows a closing quotation:
// "“…,” he said" reports what came before, not what follows.
func afterQuote(toks []token, s *segment) bool {
	for i := s.lo - 1; i >= 0 && i >= s.lo-2; i-- {
		if toks[i].kind != tPunct {
			return false
		}
		if toks[i].low == "”" || toks[i].low == "\"" {
			return true
		}
	}
	return false
}

// participial reports whether s is a participle clause after a comma
// ("…, stating that"), which belongs to the main clause.
func participial(toks []token, s *segment) bool {
	if s.empty() || s.lo == 0 || toks[s.lo-1].low != "," {
		return false
	}
	w := wordAt(toks, s.lo)
	e, ok := verbs[w]
	return ok && e.form == formIng && speechLemmas[e.lemma] // "…, adding that", not "…, killing three"
}

// spacedDash reports whether the dash at i stands apart from the words
// around it, as a clause break does ("pre-2014" is one word).
func spacedDash(toks []token, i int) bool {
	return i == 0 || i+1 >= len(toks) || toks[i-1].end < toks[i].start || toks[i].end < toks[i+1].start
}

func asWellAs(toks []token, i int) bool {
	return toks[i].low == "as" && (wordAt(toks, i+1) == "well" || wordAt(toks, i-1) == "well" ||
		wordAt(toks, i-1) == "such" || wordAt(toks, i+1) == "part")
}

// startsPredicate reports whether a verb trigger or a subject pronoun
// follows at i, skipping adverbs: "… and then followed", "… and claimed".
func startsPredicate(toks []token, i int, trigAt trigIndex, trigs []trig) bool {
	for i < len(toks) && toks[i].kind == tWord && isAdverb(toks[i].low) {
		i++
	}
	if i >= len(toks) {
		return false
	}
	if k, ok := trigAt.at(i); ok {
		return !trigs[k].noun()
	}
	w := toks[i].low
	return toks[i].kind == tWord && (pronounSubject[w] && w != "who" || strings.HasSuffix(w, "ed") && !determiners[w])
}

// markReported sets reportedBy on the segments after a speech verb, up to a
// semicolon or a coordinated clause of the speaker's own, and "according
// to" attributions.
func markReported(toks []token, trigs []trig, segs []segment) {
	by, according := -1, -1
	for si := range segs {
		s := &segs[si]
		if s.coord && by >= 0 && coordSpeech(toks, s, trigs) || participial(toks, s) {
			by = -1
		}
		if !s.quoted {
			s.reportedBy, s.according = by, according
		}
		for k, t := range trigs {
			if t.tok >= s.lo && t.tok < s.hi && t.speech() && !s.quoted && !afterQuote(toks, s) && !passiveAt(toks, t.tok) &&
				!(si == 0 && t.tok == s.lo && t.form == formIng) {
				by = k
			}
		}
		if a := accordingTo(toks, s); a >= 0 {
			according = a
		}
		if s.hi < len(toks) && toks[s.hi].low == ";" {
			by, according = -1, -1
		}
	}
}

// coordSpeech reports whether the coordinated segment s holds a speech verb
// of its own ("… and claimed that"), which takes over from the first.
func coordSpeech(toks []token, s *segment, trigs []trig) bool {
	for _, t := range trigs {
		if t.tok >= s.lo && t.tok < s.hi && t.speech() {
			return true
		}
	}
	return false
}

// accordingTo returns the actor token of "according to X" in s, or -1.
func accordingTo(toks []token, s *segment) int {
	for i := s.lo; i+2 < s.hi; i++ {
		if toks[i].low == "according" && toks[i+1].low == "to" {
			for k := i + 2; k < s.hi && k <= i+4; k++ {
				if toks[k].kind == tActor {
					return k
				}
			}
		}
	}
	return -1
}
