package extract

import "strings"

// closeAfterDates dates a deed that a clause puts moments from another
// on that one's day: "was shot shortly after he returned home on the
// night of Friday, Oct. 23", "collapsed minutes after he finished his
// speech on Tuesday", "was arrested two hours after she landed on
// Wednesday". Minutes or hours from a day are that day as a reader takes
// it (and as TimeML annotators date it); a distance in days is counted
// (see offsetDates). Only a deed with no day of the text's own.
func (x *extractor) closeAfterDates(p parsed, group []placed) {
	for _, pl := range group {
		ev := &x.res.Events[pl.event]
		if p.word(pl.word).UPOS != "VERB" || !pastTold(ev) || ownDay(ev.When) {
			continue
		}
		for _, q := range group {
			c := q.word
			if p.head(c) != pl.word || p.rel(c) != "advcl" || !p.closeMark(c) {
				continue
			}
			if sub := &x.res.Events[q.event]; ownDay(sub.When) && sub.When.Start == sub.When.End {
				ev.When = carried(sub.When, BasisText)
				break
			}
		}
	}
}

// closeMark reports whether clause c opens with "after" or "before" right
// behind a word that makes the distance minutes or hours: "shortly
// after", "soon after", "moments before", "two hours after".
func (p parsed) closeMark(c int) bool {
	for k := 1; k < c; k++ {
		if p.head(k) != c || p.rel(k) != "mark" {
			continue
		}
		if m := strings.ToLower(p.word(k).Form); m != "after" && m != "before" {
			continue
		}
		switch strings.ToLower(p.word(k - 1).Form) {
		case "shortly", "soon", "immediately", "just", "right", "moments", "minutes", "hours", "seconds", "hour", "minute", "moment":
			return true
		}
	}
	return false
}
