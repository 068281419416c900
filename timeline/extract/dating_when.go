package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// whenClause reports whether clause c is a "when" clause that the time
// expression headed by word top and ending at byte end introduces, or
// goes on with one: "in 1968,
// when the Soviets invaded Czechoslovakia", "a year ago, when the industry
// enjoyed strong demand", "On Friday, when Albright set aside her plans".
// TimeML reads the relative "when" as the event falling inside that time
// (IS_INCLUDED): it is the clause's own date, not a neighbour's, whatever
// the parse made of the expression itself.
func (p parsed) whenClause(c, top, end int) bool {
	for hops := 0; c >= 0 && hops < len(p.s.Words); hops++ {
		h := p.head(c)
		switch p.rel(c) {
		case "acl", "acl:relcl", "advcl":
			// The parse often hangs the clause on the sentence's verb
			// ("was among the topics in 1968, when …"): a "when" right
			// after the expression still refers to it.
			if w := p.introducedByWhen(c); w >= 0 && (h == top || p.rightAfter(end, w)) {
				return true
			}
			return false
		}
		if p.rel(c) != "conj" {
			return false
		}
		c = h // "when X won and Y fell": the second clause is the first's
	}
	return false
}

// introducedByWhen returns the word "when" that opens clause c, as its
// mark or its adverb, or -1.
func (p parsed) introducedByWhen(c int) int {
	for k := 0; k < c; k++ {
		if p.head(k) != c {
			continue
		}
		switch p.rel(k) {
		case "mark", "advmod":
			if strings.EqualFold(p.word(k).Form, "when") {
				return k
			}
		}
	}
	return -1
}

// rightAfter reports whether word w follows byte offset end with nothing
// but punctuation between: "in 1968, when".
func (p parsed) rightAfter(end, w int) bool {
	for k := w - 1; k >= 0 && p.word(k).Start >= end; k-- {
		if p.word(k).UPOS != "PUNCT" {
			return false
		}
	}
	return w > 0 && p.word(w).Start >= end
}

// presentOverPast reports whether clause, in the simple present, would
// take interval iv that lies wholly before the publication day: TimeML
// puts a present state over the document time ("These results compare
// with net income for the period last year": the date is the period's),
// so such a date belongs to something the clause names, not to it. A
// heading keeps its dates: it tells past news in the present ("Police
// arrest two men on Friday").
func (p parsed) presentOverPast(clause int, iv timeline.Interval) bool {
	dct := p.x.doc.Published
	if dct.IsZero() || !iv.End.Before(dct) || p.s.Span.Kind == timeline.Heading || p.tense(clause) != present {
		return false
	}
	switch p.word(clause).XPOS {
	case "VBZ", "VBP", "VB":
		return true
	}
	return false
}
