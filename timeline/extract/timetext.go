package extract

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	wn "github.com/storyline/storyline/timeline/lexicon"
)

// sentTimex is a time expression of a parsed sentence that can date an
// event: it names days, and is not the far end of a stretch.
type sentTimex struct {
	ref int // index into extractor.timexes
	top int // the word of the expression whose head lies outside it
	att int // the predicate the expression hangs from, -1 for none
}

// parse readies sentence s for reading: its usable time expressions
// with the words they hang from.
func (x *extractor) parse(s *language.Sentence) parsed {
	p := parsed{x: x, s: s}
	first, _ := slices.BinarySearchFunc(x.timexes, s.Span.Start, func(tx timeline.Timex, at int) int { return cmp.Compare(tx.Start, at) })
	for ref := first; ref < len(x.timexes); ref++ {
		tx := x.timexes[ref]
		if tx.Start >= s.Span.End {
			break // x.timexes is sorted by start
		}
		if tx.Start < s.Span.Start || tx.End > s.Span.End || !datesDays(tx) {
			continue
		}
		top := p.topWord(tx.Start, tx.End)
		if top < 0 || p.farEnd(top, tx.Start) && !x.opensRange(ref) && !(x.startsAhead(ref) && p.aheadClause(top)) && !p.asOfSaid(ref, top) && !p.byAhead(ref, top) {
			continue // a bound, unless a range's: "between 2019 and 2022" dates with both
		}
		att := p.timexAttachment(tx, top)
		if v := p.verbBefore(tx.Start); v >= 0 && att != v && (att >= 0 || att == heldTimex) && !p.modifies(top, tx.Text) && (att != p.head(v) || p.rel(v) != "xcomp") {
			// Not an infinitive's, when the parse hangs the time on the
			// verb that governs it (see weekdayOfGovernor).
			// "said Thursday the talks had failed", "deplored Friday
			// the blasts": the time of the verb it follows.
			att = v
		}
		if r := p.closingRelative(att, top, tx.Start); r >= 0 {
			att = r // "the men who set fire to the warehouse on March 12"
		}
		if (att < 0 || p.word(att).UPOS == "VERB") && p.comparison(tx) {
			att = heldTimex // "rose to $5.8 million from $4 million a year earlier"
		}
		p.txs = append(p.txs, sentTimex{ref: ref, top: top, att: att})
	}
	return p
}

// verbBefore returns the verb right before offset at ("said Thursday",
// "met on Friday"), or -1.
func (p parsed) verbBefore(at int) int {
	for k := len(p.s.Words) - 1; k >= 0; k-- {
		w := p.word(k)
		if w.End > at {
			continue
		}
		if low := strings.ToLower(w.Form); low == "on" || low == "late" || low == "early" {
			at = w.Start
			continue
		}
		if at-w.End <= 1 && w.UPOS == "VERB" && w.XPOS != "VBG" && w.XPOS != "VBN" || at-w.End <= 1 && p.isSpeech(k) {
			return k
		}
		return -1
	}
	return -1
}

// modifies reports whether word j, the head of time expression text,
// modifies the noun it hangs from: "Thursday's attack", "the 1998
// bombing", but not "said today conditions had worsened", where "today"
// can only be the verb's.
func (p parsed) modifies(j int, text string) bool {
	switch strings.ToLower(text) {
	case "today", "yesterday", "tomorrow", "tonight", "now":
		return false
	}
	return p.validModifier(j)
}

// validModifier reports whether word j modifies the noun it hangs from as
// a noun's modifier can: "Thursday's attack", "the 1998 bombing", not
// "deplored Friday the blasts", where a determiner of the noun stands
// between them.
func (p parsed) validModifier(j int) bool {
	switch p.word(j).Deprel {
	case "nummod", "compound", "amod", "nmod:poss", "det":
	default:
		return false
	}
	for k := j + 1; k < p.head(j); k++ {
		if p.word(k).UPOS == "DET" {
			return false
		}
	}
	return true
}

// comparison reports whether expression tx dates the figure an event is measured against, not the event: "profit
// soared to $155 million from $99 million a year earlier", "compared with
// $9 million a year ago". The expression's own words are no sign: the
// "than" of "more than a decade ago" compares no figure.
func (p parsed) comparison(tx timeline.Timex) bool {
	low := strings.ToLower(tx.Text)
	if !strings.Contains(low, "earlier") && !strings.Contains(low, "ago") && !strings.Contains(low, "previous") &&
		!strings.Contains(low, "prior") {
		return false
	}
	first := 0 // the expression's first word
	for first < len(p.s.Words) && p.word(first).Start < tx.Start {
		first++
	}
	for k := first - 1; k >= 0 && k >= first-30; k-- {
		w := p.word(k)
		if w.UPOS == "VERB" && w.Lemma != "compare" || w.Form == ";" {
			return false
		}
		switch strings.ToLower(w.Form) {
		case "from", "compared", "versus", "vs.", "vs", "than":
			return true
		}
	}
	return false
}

// heldTimex is the attachment of a time expression that dates a thing,
// not an event: "Kopp's 1987 Chevrolet", "the 2000 Olympics".
const heldTimex = -2

// timexAttachment returns the predicate that expression tx, headed by
// word top, hangs from. An expression that modifies a noun
// belongs to that noun: to the event it names ("the Aug. 7 bombings",
// "the bombing in 1995", "last month's discovery"), else to no event at
// all ("That 1978 resolution calls for …": the call is not of 1978).
func (p parsed) timexAttachment(tx timeline.Timex, top int) int {
	h := p.head(top)
	if h < 0 || p.word(h).UPOS != "NOUN" && p.word(h).UPOS != "PROPN" {
		return p.attachment(tx.Start, tx.End)
	}
	// The noun a compound belongs to: "third-quarter net loss".
	for hops := 0; hops < 4 && p.word(h).Deprel == "compound" && p.head(h) >= 0 && p.word(p.head(h)).UPOS == "NOUN"; hops++ {
		h = p.head(h)
	}
	noun := p.isPredicate(h) || p.word(h).UPOS == "NOUN" && eventNoun(strings.ToLower(p.word(h).Lemma))
	if p.rel(top) == "compound" && feast(tx.Text) {
		// A feast naming a kind of thing, not its day: "the office
		// Christmas party" on a Friday before it, "Easter eggs".
		return heldTimex
	}
	switch {
	case p.modifies(top, tx.Text):
		if noun {
			return h
		}
		if tx.Interval.Days() > 92 {
			return heldTimex // a thing's year: "Kopp's 1987 Chevrolet"
		}
		// "third-quarter profit jumped", "in his Sunday Mass, the
		// cardinal called": a period or a day dates the clause.
	case p.rel(top) == "nmod":
		if noun {
			return h
		}
	}
	return p.attachment(tx.Start, tx.End)
}

// datesDays reports whether tx denotes a stretch of days that can hold
// an event: not a duration, a set, or a stretch from a point on.
func datesDays(tx timeline.Timex) bool {
	return tx.Interval != nil && !tx.Interval.IsZero() && tx.Type != timeline.TypeDuration &&
		tx.Type != timeline.TypeSet && !sinceText(tx.Text)
}

// topWord returns the word of [start, end) whose head lies outside it, or
// -1 when no word lies inside.
func (p parsed) topWord(start, end int) int {
	for i := range p.s.Words {
		w := p.word(i)
		if w.Start < start || w.End > end {
			continue
		}
		if h := p.head(i); h < 0 || p.word(h).Start < start || p.word(h).End > end {
			return i
		}
	}
	return -1
}

// farEnd reports whether the expression starting at start, headed by
// word top, is the bound of a stretch rather than its time: "since 2014",
// "until Friday", "by May", "from 1968", "pre-2014 borders".
func (p parsed) farEnd(top, start int) bool {
	if k := p.wordJustBefore(start); k >= 0 {
		switch strings.ToLower(p.word(k).Form) {
		case "since", "until", "till", "by", "from", "through", "between":
			// Unless it governs a noun the expression only modifies:
			// "the toll from Tuesday's earthquake".
			return !(p.head(k) >= 0 && p.head(k) != top && p.word(top).Deprel == "nmod:poss")
		case "-":
			if k > 0 {
				prev := strings.ToLower(p.word(k - 1).Form)
				return prev == "pre" || prev == "post"
			}
		case "pre-", "post-":
			return true
		}
	}
	if p.boundCase(top) {
		return true
	}
	// "between 1994 and 1997": the second end hangs from the first, itself
	// a time ("through his window and into his back Friday night" is none).
	h := p.head(top)
	return p.word(top).Deprel == "conj" && h >= 0 && p.boundCase(h) && p.inTimex(h)
}

// wordJustBefore returns the word that ends at byte start or one byte
// (a space) before it, or -1.
func (p parsed) wordJustBefore(start int) int {
	for k := range p.s.Words {
		if w := p.word(k); w.End <= start && start-w.End <= 1 {
			return k
		}
	}
	return -1
}

// boundCase reports whether nominal j is introduced by a preposition that
// makes it the bound of a stretch.
func (p parsed) boundCase(j int) bool {
	for k := range p.s.Words {
		if p.head(k) == j && p.word(k).Deprel == "case" {
			switch strings.ToLower(p.word(k).Form) {
			case "since", "until", "till", "by", "from", "through", "between":
				return true
			}
		}
	}
	return false
}

// textTimeRank returns the time expression (an index into
// extractor.timexes) that dates predicate pred, whose arguments hang from
// clause: the one the parse attaches to it; else, as TimeML annotators
// read news, a date of the sentence that no other clause holds, the
// nearest along the tree ("Truckloads rolled into Iraq on Tuesday and
// cargo was unloaded": the unloading is Tuesday's too); -1 when none. The
// rank says how it reaches the predicate: 0 attached to it, 1 through
// the tree or the sentence.
func (p parsed) textTimeRank(pred, clause int) (int, int) {
	best, bestKey := -1, [3]int{}
	t := p.tense(clause)
	speech := p.isSpeech(pred)
	for _, c := range p.txs {
		tx := p.x.timexes[c.ref]
		if bareSeason(tx.Text) && p.habitual(clause) {
			continue // "has targeted the grid since 2022, causing blackouts in winter": every winter, not the next
		}
		rank := 0
		switch {
		case c.att >= 0 && p.scheduledFor(c.att, c.top) && !p.scheduledThing(pred, c.att):
			// "set the trial for April 14 and allowed Pike to remain
			// free": the trial's day, not the setting's nor the rest's.
			continue
		case p.dayAsVerb(c.ref) == pred:
			continue // "set October 5 as the start date": the date's day, not the setting's
		case c.att == pred || c.att == clause || p.whenClause(clause, c.top, tx.End):
			if p.presentOverPast(clause, *tx.Interval) {
				continue // "These results compare with … last year"
			}
			if p.trailsDeed(pred, c.ref, tx.Start) {
				continue // "found guilty Tuesday in the death of a man a year ago": the death's year
			}

		case c.att == heldTimex:
			continue
		case c.att >= 0 && p.occasionOfSubject(pred, c.att):
			rank = 1 // "The meeting, which took place on Wednesday, ended without a deal"
		case c.att < 0 || p.linked(pred, c.att):
			// Not the predicate's own: only a date its tense allows
			// ("That resolution calls for …" is not of 1978), and for
			// a saying not one of a clause below it: that is the time
			// of what was said. A past before the past is told against
			// the sentence's time, not at it ("exchanged prisoners on
			// Wednesday, as the presidents had agreed"; on eventtime
			// dev, dated recall 69.4 % unchanged, wrong 186 -> 185).
			if t == pluperfect || !fits(t, *tx.Interval, p.x.doc.Published) || speech && c.att >= 0 && p.word(c.att).UPOS != "NOUN" && !p.above(c.att, pred) {
				continue
			}
			if c.att >= 0 && tx.End <= p.word(pred).Start && p.word(pred).UPOS == "NOUN" && p.markedBy(pred, matterCase) && p.above(c.att, pred) {
				// "opened an inquiry on Monday into the collapse": the
				// inquiry's Monday. A time after the noun may be its own
				// ("the collapse in 2019").
				continue
			}
			if tx.End <= p.word(pred).Start && p.daysApart(pred) {
				continue // "sold shares on Wednesday, days before the announcement": not that day
			}
			if c.att >= 0 && (p.head(c.att) == pred || p.head(c.att) == clause) && p.word(c.att).UPOS == "NOUN" && p.markedBy(c.att, otherTimeCase) {
				continue // "sacked following Saturday's defeat": after that day, not on it
			}
			if c.att >= 0 && p.belowConjunct(c.att, pred) {
				continue // "called the crackdown shameful and urged a strike on Wednesday": the strike's day
			}
			if p.judgesDeed(pred, c.ref, c.top) {
				continue // "found guilty on Tuesday in the May 25 murder": the murder's day
			}
			if c.att >= 0 && p.inSubjectRelative(pred, c.att) {
				continue // "the fire that destroyed the town": not on the day the toll rose
			}
			if p.inOthersRelative(c.top, pred) {
				continue // "expected to examine the engine, which was inspected last week": the inspection's week
			}
			rank = 1
		default:
			continue // another clause's time: "said Thursday he had sent"
		}
		key := [3]int{rank, p.treeDistance(pred, c.top), abs(tx.Start - p.word(pred).Start)}
		if best < 0 || less3(key, bestKey) {
			best, bestKey = c.ref, key
		}
	}
	return best, bestKey[0]
}

// bareSeason reports whether a time expression is a season's name alone
// ("in winter", "summer"), which in a habitual clause is every such
// season, not one.
func bareSeason(text string) bool {
	switch strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(text, "in "), "In ")) {
	case "winter", "summer", "spring", "autumn", "fall":
		return true
	}
	return false
}

// habitual reports whether clause c, or the clause its participle or
// conjunct goes with, tells what keeps happening: a present or present
// perfect, or one said to recur ("repeatedly", "often").
func (p parsed) habitual(c int) bool {
	for hops := 0; c >= 0 && hops < 3; hops++ {
		for k := range p.s.Words {
			if p.head(k) == c && p.rel(k) == "advmod" {
				switch strings.ToLower(p.word(k).Form) {
				case "repeatedly", "often", "regularly", "usually", "always", "routinely", "frequently":
					return true
				}
			}
		}
		switch p.tense(c) {
		case present, perfect:
			return true
		case past, pluperfect:
			return false
		}
		switch p.rel(c) {
		case "advcl", "conj", "xcomp":
			c = p.head(c)
		default:
			return false
		}
	}
	return false
}

// isSpeech reports whether word i is a verb of saying.
func (p parsed) isSpeech(i int) bool {
	if p.word(i).UPOS != "VERB" {
		return false
	}
	k := wn.Kind(strings.ToLower(p.word(i).Lemma), false)
	return k == KindStatement || k == KindAnnouncement // "reports", "announced"
}

// denial reports whether word i is a verb of denying: a saying too ("The
// manufacturer denied any wrongdoing"), dated as one, not at the day of
// the deed told before it.
func (p parsed) denial(i int) bool {
	return p.word(i).UPOS == "VERB" && strings.EqualFold(p.word(i).Lemma, "deny")
}

// feast reports whether a time expression is a feast's name alone.
func feast(text string) bool {
	switch strings.ToLower(text) {
	case "christmas", "easter", "thanksgiving", "halloween", "ramadan", "passover", "hanukkah", "diwali", "eid", "new year":
		return true
	}
	return false
}
