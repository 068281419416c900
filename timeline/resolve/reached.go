package resolve

import (
	"strings"

	"github.com/storyline/storyline/timeline/extract"
)

// A telling of a change often says the value it reached: "the death toll
// rose to 13 on Monday", "officials raised the toll to 154". A toll
// rises by steps, each its own event: the rise to 13 on Monday is not the
// rise to 20 on Wednesday, though the two counts lie within countRatio
// of each other, their words are one and a telling of the second that
// its text leaves undated ("police said the toll had risen to 20") is
// published within the days the first allows. Two events told only by
// the values they reached are one when those values are, within
// rounding (reachedSlack).

// changeVerbs are the lemmas of the verbs whose "to" phrase names the
// value a change reached.
var changeVerbs = map[string]bool{
	"rise": true, "climb": true, "increase": true, "jump": true, "grow": true,
	"soar": true, "mount": true, "fall": true, "drop": true, "decline": true,
	"decrease": true, "raise": true, "lower": true, "revise": true, "reduce": true,
}

// reachedSlack is how far, as a share of the larger, two values reached
// may differ and be one: "to about 2,100" and "to 2,115" may be one
// rise, "to 154" and "to 156" are two.
const reachedSlack = 0.01

// reachedGap bounds the words between a verb of change and its "to":
// its object ("raised the death toll to 154").
const reachedGap = 4

// reachedValue returns the value that m's trigger, a verb of change,
// says was reached: the number of the "to" phrase after it and its
// object, through the words that hedge a count ("rose to more than 20").
// "Up to" bounds, not reaches, and a comma ends the search.
func reachedValue(m *extract.EventMention) (float64, bool) {
	told := &m.Mention
	t := told.Trigger
	if t == nil || !changeVerbs[strings.ToLower(m.Trigger)] {
		return 0, false
	}
	to := t.End - told.Start
	if to < 0 || to > len(told.Text) {
		return 0, false
	}
	var buf [countSpanBytes / 2]string
	words := wordsIn(buf[:0], told.Text, to, to+countSpanBytes, false)
	for i, w := range words {
		if i > reachedGap {
			break
		}
		if strings.ContainsAny(w, ",;:.()\"“”") {
			break
		}
		if !strings.EqualFold(w, "to") {
			continue
		}
		if i > 0 && strings.EqualFold(words[i-1], "up") {
			break
		}
		for j, v := range words[i+1:] {
			if n, ok := number(v, words[i+2+j:]); ok {
				return n, true
			}
			if lw := strings.ToLower(v); !countWords[lw] || lw == "to" || lw == "up" {
				break
			}
		}
		break
	}
	return 0, false
}

// countOf returns the count of m: the value a change reached (reached
// true), else the count its trigger governs (tellingCount).
func countOf(m *extract.EventMention) (n float64, reached, ok bool) {
	if n, ok := reachedValue(m); ok {
		return n, true, true
	}
	n, ok = tellingCount(m)
	return n, false, ok
}

// reachedClash reports whether two events, each of whose counts is a
// value reached (aReached, bReached), reached different values.
func reachedClash(a, b countSpan, aReached, bReached bool) bool {
	if !aReached || !bReached || !a.known() || !b.known() {
		return false
	}
	return a.lo > b.hi*(1+reachedSlack) || b.lo > a.hi*(1+reachedSlack)
}
