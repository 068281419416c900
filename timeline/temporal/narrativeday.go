package temporal

import "github.com/storyline/storyline/timeline"

// The day the narrative is on. "That night" is of the day the story tells,
// which is not always the last day the text named: a saying's day ("the
// storm hit on Tuesday, the mayor said on Friday") dates only the telling,
// and a day still to come ("before the case is heard on Monday") no deed
// done that night.

// tellingReach is how many sentences after the deed's day a telling's day
// may come and the story still be on the deed's: the telling follows the
// deed it tells, or the quote after it.
const tellingReach = 2

// noteDeedDay notes the day at r, just made the last day named, as the
// narrative's when it dates a deed rather than a telling or a day still
// to come.
func (p *parser) noteDeedDay(r result, d timeline.Date) {
	p.refTold = p.tellingDay(r.start)
	if p.refTold || !p.dct.IsZero() && d.After(p.dct) {
		return
	}
	p.deed, p.deedSet, p.deedAt = d, true, r.start
}

// tellingDay reports whether the day at token i follows a verb of
// telling: "the mayor said on Friday", "told reporters on Friday".
func (p *parser) tellingDay(i int) bool {
	k := i - 1
	if p.is(k, "on") {
		k--
	}
	if p.is(k, "reporters") || p.is(k, "journalists") {
		k--
	}
	for _, v := range tellingVerbs {
		if p.is(k, v) {
			return true
		}
	}
	return false
}

// narrativeDay is the day "that night" or "that evening" over tokens [i, end) is
// of: the last day named, unless that day only dated a telling soon
// after an earlier deed's day, or lies ahead of
// the publication day while the clause tells what was done; then the
// deed's day the story is on.
func (p *parser) narrativeDay(i, end int) timeline.Date {
	if !p.deedSet || p.deed == p.ref || p.tenseDir(i, end) > 0 {
		return p.ref
	}
	if p.refTold && p.endsBetween(p.deedAt, p.refAt) <= tellingReach {
		return p.deed
	}
	if p.ref.After(p.dct) && p.tenseDir(i, end) < 0 {
		return p.deed
	}
	return p.ref
}

// endsBetween counts the sentences that end between tokens a and b: a
// quote's marks open none ("'We will rebuild,' Berg said" is one).
func (p *parser) endsBetween(a, b int) int {
	n := 0
	for k := max(a, 0); k < b && k < len(p.toks); k++ {
		if p.boundaryAfter(k) {
			n++
		}
	}
	return n
}

// laterDay is the day "hours later" or "minutes earlier" over tokens [i,
// end) counts from: the last day named, unless that day lies ahead of the
// publication day while the clause tells what was done ("landed on
// Saturday and said he would speak on Wednesday. Two hours later, he
// left"); then the deed's day the story is on. Unlike "that night", a
// day of telling stays: "told reporters on Thursday morning. Two hours
// later, …" is hours after the telling; a look back in a sentence before
// ("a change she had resisted until Friday") is passed over.
func (p *parser) laterDay(i, end int) timeline.Date {
	if p.back && p.beforeSet && !p.oneSentence(p.refAt, i) {
		return p.before
	}
	if p.refSet && p.deedSet && !p.dct.IsZero() && p.ref.After(p.dct) && p.tenseDir(i, end) < 0 {
		return p.deed
	}
	return p.anchor()
}
