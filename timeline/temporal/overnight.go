package temporal

import "github.com/storyline/storyline/timeline"

// overnightOf returns the day whose night "overnight" at token i names.
// A day its sentence names sets the scene the night follows ("Vasko, who
// toured Dovrik on Tuesday, chaired a cabinet session overnight"); one of
// the sentence before is the day the story is at, which the night led up
// to ("London share prices closed lower Friday. London shares were
// depressed initially by overnight losses"), unless named with its
// evening or midnight ("held a news conference on Monday evening. He went
// to train overnight"); with no day that near, it is the night before
// the publication day ("Rebels shelled the town overnight").
func (p *parser) overnightOf(i int) (timeline.Date, bool) {
	if !p.dct.IsZero() && p.tenseDir(i, i+1) > 0 {
		// "are due to land overnight": the night still to come, after
		// the paper's day, whatever day the sentence named before
		return p.dct, true
	}
	if !p.refSet || p.sentencesBetween(p.refAt, i) > 1 {
		return p.dct.AddDays(-1), !p.dct.IsZero()
	}
	if p.sentencesBetween(p.refAt, i) == 0 {
		return p.ref, true
	}
	for k := p.refAt; k < p.refEnd && k < i; k++ {
		if c := p.cls(k); c == wNoonWord || c == wPM || c == wPartOfDay && (p.toks[k].lex.val == pEvening || p.toks[k].lex.val == pNight) {
			if p.paragraphBetween(p.refAt, i) && !p.dct.IsZero() {
				// "On Tuesday night the ship was refloated. ¶ Pumps
				// were brought in overnight": the new paragraph has
				// left that night; its night is the paper's
				return p.dct.AddDays(-1), true
			}
			return p.ref, true
		}
	}
	return p.ref.AddDays(-1), true
}

// sentencesBetween counts the sentences that start after token a up to
// token b.
func (p *parser) sentencesBetween(a, b int) int {
	n := 0
	for k := a + 1; k <= b && k < len(p.toks); k++ {
		if p.sentenceStart(k) {
			n++
		}
	}
	return n
}

// namedNight reads "overnight" at token i with the day it names after
// it: "broke out overnight on May 24", "shelled overnight Tuesday" are
// that day's night, whatever day the sentence before was at or the paper
// is of.
func (p *parser) namedNight(i int) (result, bool) {
	j := i + 1
	if p.cls(j) == wOn {
		j++
	}
	if j >= len(p.toks) || p.toks[j].kind != tWord || p.cls(j) == wA || p.cls(j) == wThe {
		return result{}, false
	}
	r, ok := p.positioned(j)
	if !ok || r.s.kind != kDay || r.s.y == 0 || r.s.hour != 0 || r.s.pod != 0 || r.s.mod != "" {
		return result{}, false // "overnight on the border", "overnight Tuesday morning"
	}
	r.start = i
	r.s.pod, r.s.typ = pNight, timeline.TypeTime
	return r, true
}
