package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// News puts what was said first and the speaker last as often as the other
// way round: "Officers used a Taser, said Sgt. Ray Moe." or "“We will not
// yield,” Holm said." A summary that stops at "Ray Moe said" tells a reader
// nothing, so when nothing is said after the verb, what is said is the
// clause before the speaker.

// maxSaidWords clips what a speaker said, as the object phrase is clipped.
const maxSaidWords = 12

// saidBefore returns the tokens [lo, hi) of what speech verb c reports
// before its speaker, and whether there are any: nothing is said after the
// verb, and a comma or a closing quotation mark parts the speaker from a
// clause before.
func (s *sentence) saidBefore(c *cand) (lo, hi int, ok bool) {
	if !c.t.speech() || c.roles.passive || c.roles.inherit || s.saysAfter(c) {
		return 0, 0, false // "…, stating:" says what follows
	}
	start := s.speakerStart(c)
	if s.toks[start].is(coordinators) || s.segs[s.segOf[start]].coord {
		return 0, 0, false // "…, and the embassy declined to comment": a clause of its own
	}
	if c.t.tok-start > 8 || s.trigBetween(start, c.t.tok) {
		return 0, 0, false // "…, insisting on the areas Moscow claimed": no speaker opens the stretch
	}
	hi = start
	for hi > 0 && s.toks[hi-1].kind == tPunct && s.toks[hi-1].low != "." && s.toks[hi-1].low != ";" {
		hi--
	}
	if hi == start {
		return 0, 0, false // "Holm said": no mark parts the speaker from anything before
	}
	for k := lo; k < hi; k++ {
		if s.toks[k].low == ";" || s.toks[k].low == "." {
			lo = k + 1 // a sentence the splitter left joined to this one
		}
	}
	for lo < hi && (s.toks[lo].kind == tPunct || s.toks[lo].is(discourse)) {
		lo++
	}
	if !s.opensClause(lo) && !s.gerundSubject(lo, hi) {
		// "When the clerk tried to stop him, the gunman shot her, Holm
		// said": what was said is the clause after the setting; "After
		// the vote, Holm said" said nothing.
		lo = s.afterSetting(lo, hi)
	}
	for k := lo; k < hi && len(c.roles.agents) > 0; k++ {
		if s.toks[k].kind == tActor && s.toks[k].ref == c.roles.agents[0] {
			// "“We did it!” Jan Vos, the head of Marlin, the firm that
			// ran the rescue, said": an apposition too long for
			// speakerStart to search through is still the speaker's,
			// not what was said.
			hi = k
			break
		}
	}
	if hi-lo < 3 {
		return 0, 0, false // a clause has a subject, a verb and more
	}
	return lo, hi, true
}

// speakerStart returns the first token of the stretch that names the
// speaker of c and holds its verb: its segment, or the segment before when
// the speaker stands there with an apposition ("Fanning, a spokesman,
// said").
func (s *sentence) speakerStart(c *cand) int {
	v := c.t.tok
	start := s.seg(v).lo
	if c.roles.inverted || len(c.roles.agents) == 0 || start < v {
		return start // "…, Holm said", "…, said Holm"
	}
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		t := s.toks[k]
		if isQuoteMark(t) || t.low == "." || t.low == ";" {
			break
		}
		if t.kind == tActor && t.ref == c.roles.agents[0] {
			return s.titleBefore(s.seg(k).lo)
		}
	}
	return start
}

// titleBefore returns where an apposition before the speaker's name
// starts, "…, the education minister, Paul Grant, told parliament", or
// start when none stands there: a short phrase between commas that a
// determiner opens and no event word holds.
func (s *sentence) titleBefore(start int) int {
	if start < 2 || s.toks[start-1].low != "," {
		return start
	}
	for k := start - 2; k >= 0 && k >= start-7; k-- {
		if s.toks[k].low != "," {
			continue
		}
		switch s.toks[k+1].low {
		case "the", "a", "an", "its", "his", "her", "their":
			if !s.trigBetween(k+1, start-1) {
				return k + 1
			}
		}
		return start
	}
	return start
}

// saysAfter reports whether speech verb c is followed by what it reports:
// a clause, a "that" or a colon, not only a time, the speaker, the person
// spoken to, or a phrase that says how the saying was made ("in a
// statement", "at a news conference").
// measuredTime reports whether tokens from i place an event in time by a
// measure: "a week after regulators opened an inquiry", "two days
// before": when it was said, not what.
func (s *sentence) measuredTime(i int) bool {
	for k := i; k < len(s.toks) && k < i+4; k++ {
		switch s.toks[k].low {
		case "after", "before", "since", "until":
			return k > i
		}
	}
	return false
}

func (s *sentence) saysAfter(c *cand) bool {
	if c.roles.inverted {
		return false // "…, said Ray Moe, a spokesman": the speaker, then not what he said
	}
	i := complementStart(s.toks, c.t)
	for i < len(s.toks) && (s.toks[i].kind == tTimex || isQuoteMark(s.toks[i])) {
		i++
	}
	i = s.skipAside(i)
	if i >= len(s.toks) {
		return false
	}
	t := s.toks[i]
	switch {
	case t.kind == tPunct:
		if i+1 >= len(s.toks) {
			return false
		}
		switch n := s.toks[i+1]; t.low {
		case ":":
			return true
		case ",":
			// "said, “…”" and "After two hours, he said, the gunman
			// gave up" say it after; "…, Holm said, adding" and
			// "…, Holm said, but" do not.
			return n.kind == tPunct && (isQuoteMark(n) || n.low == "`") ||
				n.kind != tPunct && !n.is(coordinators) && !n.has(cClause) && !strings.HasSuffix(n.low, "ing") && !s.measuredTime(i+1)
		}
		return false
	case t.low == "that":
		return true
	case t.low == "at" && (wordAt(s.toks, i+1) == "least" || wordAt(s.toks, i+1) == "most"):
		return true // "said at least a dozen people were there"
	case settingPrep(c, t.low):
		// "said in a statement.": how; what was said follows only
		// after a "that" or a colon.
		return s.thatOrColon(i)
	case addresseeLemmas[c.t.lemma] && t.kind == tWord && !t.has(cAux) && !t.has(cClause) && !t.has(cPrep):
		// "told a news conference.", "told reporters that …", "told
		// police he thought …".
		if s.thatOrColon(i) {
			return true
		}
		k := i
		for k < len(s.toks) && s.toks[k].kind != tPunct {
			k++
		}
		if i+1 < k && s.toks[i+1].has(cPrep) && !s.holdsVerb(i+2, k) {
			// "“…,” Varga told reporters in the capital, Brask." and
			// "told reporters outside his party's offices": where,
			// with no verb for a clause of what was said.
			return false
		}
		return k-i > 4 && s.holdsVerb(i, k) // not "told a news conference on Tuesday."
	}
	return true
}

// holdsVerb reports whether [lo, hi) holds an auxiliary, a form of "be"
// or a verb the lexicon knows: a clause, not only a phrase of place.
func (s *sentence) holdsVerb(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.toks[k].has(cAux) || s.toks[k].has(cBe) {
			return true
		}
	}
	for _, t := range s.trigs {
		if t.tok >= lo && t.tok < hi && !t.noun() {
			return true
		}
	}
	return false
}

// thatOrColon reports whether a "that" or a colon opens what was said
// within a few words of i, before any other punctuation.
func (s *sentence) thatOrColon(i int) bool {
	for k := i + 1; k < len(s.toks) && k < i+maxSaidWords; k++ {
		switch l := s.toks[k].low; {
		case l == "that" || l == ":" && k+1 < len(s.toks):
			return true
		case s.toks[k].kind == tPunct && !isQuoteMark(s.toks[k]):
			return false
		}
	}
	return false
}

// renderSaid writes what a speaker said before the verb: a quotation in
// quotation marks, since its "we" and "I" are the speaker's; else the
// clause as reported speech, its first word in lower case unless it is a
// name.
func (s *sentence) renderSaid(lo, hi int, clipped bool) string {
	for hi > lo && (s.toks[hi-1].kind != tWord && s.toks[hi-1].kind != tActor ||
		s.toks[hi-1].kind == tWord && trailingWord(s.toks[hi-1].low) && s.toks[hi-1].low != "her") { // "hit her"
		hi--
	}
	if hi <= lo {
		return ""
	}
	text := s.render(lo, hi)
	if clipped {
		text += "…"
	}
	if s.toks[lo].quoted {
		return "“" + text + "”"
	}
	if t := s.toks[lo]; t.kind == tWord && commonWord(t.low) && !s.nameGoesOn(lo) {
		r, n := utf8.DecodeRuneInString(text)
		text = string(unicode.ToLower(r)) + text[n:]
	}
	return text
}

// nameGoesOn reports whether the capitalised word at i, not one that is
// written in lower case in any case (a determiner, a pronoun, a
// preposition), runs on into another capitalised word: "Gus Holm has
// agreed", "Jan Horvat will be nominated" open with a name, whatever
// else "Gus" or "Jan" may mean.
func (s *sentence) nameGoesOn(i int) bool {
	if determiners[s.toks[i].low] || prepositions[s.toks[i].low] || personalPronouns[s.toks[i].low] || i+1 >= len(s.toks) {
		return false
	}
	n := s.toks[i+1]
	if n.kind != tWord && n.kind != tActor || n.start >= len(s.x.doc.Text) {
		return false
	}
	c := s.x.doc.Text[n.start]
	return 'A' <= c && c <= 'Z'
}

// commonWord reports whether a capitalised word opening a reported clause
// is written in lower case inside it: a pronoun, a determiner, a
// preposition or a word WordNet knows that is not a person's or a place's
// name ("Police", "Officers"; not "Jackson", "Somalia").
func commonWord(w string) bool {
	if w == "i" || strings.HasPrefix(w, "i'") {
		return false
	}
	if determiners[w] || prepositions[w] || personalPronouns[w] {
		return true
	}
	if sing, ok := strings.CutSuffix(w, "s"); ok && wn.NounClass(sing) != "" {
		return true // names are seldom plural
	}
	switch wn.NounClass(w) {
	case "person", "location":
		return false
	case "":
		return wn.VerbClass(w) != ""
	}
	return true
}

var personalPronouns = set("he she it they we you there this these those")

// sayingPreps open a phrase that says where, how or to whom something
// was said, not what: "said in a statement", "told to reporters". "On"
// and "about" open what it was about: "declined to comment on the deal".
var sayingPreps = set("in at to during after before via through from by with following while outside inside near")

// trigBetween reports whether a trigger starts in tokens [lo, hi).
func (s *sentence) trigBetween(lo, hi int) bool {
	for _, t := range s.trigs {
		if t.tok >= lo && t.tok < hi {
			return true
		}
	}
	return false
}

// opensClause reports whether the stretch at lo can be what was said: not
// a phrase that sets the scene ("After the vote, Holm said", "Reached by
// telephone, Holm declined to comment").
func (s *sentence) opensClause(lo int) bool {
	t := s.toks[lo]
	if t.kind != tWord || t.quoted {
		return true
	}
	if t.has(cPrep) || subordinators[t.low] {
		return false
	}
	return !participleForm(t.low)
}

// participleForm reports whether w is the -ing or -ed form of a verb WordNet
// knows: "Reached", "Speaking".
func participleForm(w string) bool {
	for _, suf := range []string{"ing", "ed"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		for _, v := range []string{stem, stem + "e", stem[:len(stem)-1]} {
			if wn.VerbClass(v) != "" {
				return true
			}
		}
	}
	return false
}

var subordinators = set("when while after before as if although though because since until unless once whether")

// skipAside returns where the words after i go on past an aside: "said,
// however, that …".
func (s *sentence) skipAside(i int) int {
	for i+2 < len(s.toks) && s.toks[i].low == "," && s.toks[i+2].low == "," && s.toks[i+1].kind == tWord &&
		(s.toks[i+1].is(discourse) || isAdverb(s.toks[i+1].low)) && !s.toks[i+1].is(coordinators) {
		i += 3
	}
	return i
}

// afterSetting returns where the clause after a setting phrase at lo
// begins (the word after its comma), or hi when no clause follows it.
func (s *sentence) afterSetting(lo, hi int) int {
	for k := lo + 1; k+3 <= hi; k++ {
		if s.toks[k].low == "," {
			if s.opensClause(k+1) && !s.toks[k+1].is(coordinators) {
				return k + 1
			}
			return hi
		}
	}
	return hi
}

// gerundSubject reports whether [lo, hi) is a clause with a gerund for its
// subject ("Bringing in an actor is a risk"): long, and unbroken by a
// comma, unlike a setting ("Speaking to reporters, …").
func (s *sentence) gerundSubject(lo, hi int) bool {
	if !strings.HasSuffix(s.toks[lo].low, "ing") || hi-lo < 6 {
		return false
	}
	for k := lo; k < hi; k++ {
		if s.toks[k].low == "," {
			return false
		}
	}
	return true
}

// pastSetting returns where what was said begins after a phrase of how it
// was said starting at i ("in a joint statement: …", "in a statement
// that …"), or i.
func (s *sentence) pastSetting(i int) int {
	for k := i + 1; k < len(s.toks) && k < i+maxSaidWords; k++ {
		switch l := s.toks[k].low; {
		case l == "that" || l == ":":
			return k + 1
		case s.toks[k].kind == tPunct && !isQuoteMark(s.toks[k]):
			return i
		}
	}
	return i
}

// settingPrep reports whether preposition w opens a phrase of how or
// where c was said rather than what about: "on" is the medium of "said on
// Twitter" but the topic of "commented on the deal".
func settingPrep(c *cand, w string) bool {
	return sayingPreps[w] || w == "on" && !topicLemmas[c.t.lemma]
}

var topicLemmas = set("comment report remark explain reply elaborate speak write")
