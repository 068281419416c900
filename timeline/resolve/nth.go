package resolve

import (
	"strings"

	"github.com/storyline/storyline/timeline/extract"
)

// A telling may say which of several like things its event befell: "the
// coast guard found a fourth leak", "a second object was shot down". The
// fourth leak's finding is not the finding of the first three ("by
// Tuesday three leaks had been found"), nor the finding of a second:
// however alike their words, days and documents, an event told of an
// nth thing and one told of fewer, or of another nth, are two.

// nthTold is what one event's tellings count of one noun: the least
// and greatest ordinal ("a fourth leak": 4) and the greatest number
// ("three leaks": 3) they give it; zero when they give none.
type nthTold struct {
	noun         string
	ordLo, ordHi int
	most         int
}

// ordinalWords are the ordinals an nth thing is told by; "first" is
// left out, as it is said of the only one as often.
var ordinalWords = map[string]int{
	"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

// numberWords are the counts written out; "one" is left out, as it is
// as often a pronoun ("one of the pipes").
var numberWords = map[string]int{
	"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// nthDeterminers may open the phrase of the thing counted.
var nthDeterminers = map[string]bool{"a": true, "an": true, "the": true, "its": true, "their": true, "all": true}

// tellingNth returns the noun that m's trigger governs and what it
// counts of it: the phrase right after the trigger ("found a fourth
// leak") or, through auxiliaries, right before it ("three leaks had
// been found").
func tellingNth(m *extract.EventMention) (noun string, ord, count int, ok bool) {
	told := &m.Mention
	t := told.Trigger
	if t == nil {
		return "", 0, 0, false
	}
	from, to := t.Start-told.Start, t.End-told.Start
	if from < 0 || to > len(told.Text) || from >= to {
		return "", 0, 0, false
	}
	// A span of countSpanBytes holds at most half as many words: their
	// lists are made on the stack (strings.Fields allocated 44 MB of the
	// benchmark corpus's run here).
	var buf [countSpanBytes / 2]string
	after := appendFields(buf[:0], told.Text[to:min(len(told.Text), to+countSpanBytes)])
	i := 0
	if i < len(after) && nthDeterminers[strings.ToLower(after[i])] {
		i++
	}
	if i+1 < len(after) {
		if noun, ord, count, ok = nthPhrase(after[i], after[i+1]); ok {
			return noun, ord, count, ok
		}
	}
	before := appendFields(buf[:0], told.Text[max(0, from-countSpanBytes):from])
	j := len(before) - 1
	for j >= 0 && auxWords[strings.ToLower(before[j])] {
		j--
	}
	if j >= 1 {
		return nthPhrase(before[j-1], before[j])
	}
	return "", 0, 0, false
}

// appendFields appends the fields of s, as strings.Fields splits it, to dst.
func appendFields(dst []string, s string) []string {
	for w := range strings.FieldsSeq(s) {
		dst = append(dst, w)
	}
	return dst
}

// nthPhrase reads an ordinal or a count and the noun after it.
func nthPhrase(num, noun string) (string, int, int, bool) {
	noun = strings.ToLower(strings.TrimRight(noun, ",;:.!?\"”"))
	if !isWord(noun) || strings.ContainsAny(num, ",;:") {
		return "", 0, 0, false
	}
	num = strings.ToLower(num)
	stem := strings.TrimSuffix(noun, "s")
	if n, ok := ordinalWords[num]; ok && stem == noun {
		return stem, n, 0, true
	}
	if n, ok := numberWords[num]; ok && stem != noun {
		return stem, 0, n, true
	}
	return "", 0, 0, false
}

// addNth takes what m counts into an event's list.
func addNth(list []nthTold, m *extract.EventMention) []nthTold {
	noun, ord, count, ok := tellingNth(m)
	if !ok {
		return list
	}
	for i := range list {
		if n := &list[i]; n.noun == noun {
			if ord > 0 {
				if n.ordLo == 0 {
					n.ordLo, n.ordHi = ord, ord
				}
				n.ordLo, n.ordHi = min(n.ordLo, ord), max(n.ordHi, ord)
			}
			n.most = max(n.most, count)
			return list
		}
	}
	return append(list, nthTold{noun: noun, ordLo: ord, ordHi: ord, most: count})
}

// nthApart reports whether two events count one noun so that they
// cannot be one: two ordinals ("a second blast", "a third blast"), or an
// ordinal and fewer than it ("a fourth leak", "three leaks").
func nthApart(a, b []nthTold) bool {
	for i := range a {
		for j := range b {
			x, y := &a[i], &b[j]
			if x.noun != y.noun {
				continue
			}
			if x.ordLo > 0 && y.ordLo > 0 && (x.ordHi < y.ordLo || y.ordHi < x.ordLo) ||
				x.ordLo > 0 && y.most > 0 && y.most < x.ordLo || y.ordLo > 0 && x.most > 0 && x.most < y.ordLo {
				return true
			}
		}
	}
	return false
}
