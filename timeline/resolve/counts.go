package resolve

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline/extract"
)

// A telling often counts whom its event befell: "killed at least 72
// people", "1,200 Israelis were killed", "more than 46,700 people have
// died". Two tellings whose counts lie far apart tell two events (the
// strikes of one day, the toll of a war, the attack that began it),
// however alike their words and documents, while counts that rise as
// a toll is updated ("more than 600", "800 killed") stay within
// countRatio of each other.

// countRatio is how many times one telling's count may exceed
// another's for both to tell one event: a toll updated over a day or
// two ("killed more than 600", "800 killed") grows by less.
const countRatio = 2

// countSpan is the least and the greatest count an event's tellings
// give; the zero value gives none.
type countSpan struct{ lo, hi float64 }

func (s countSpan) known() bool { return s.hi > 0 }

// widen adds count n to s.
func (s countSpan) widen(n float64) countSpan {
	if !s.known() {
		return countSpan{n, n}
	}
	return countSpan{min(s.lo, n), max(s.hi, n)}
}

// countsClash reports whether two events' counts cannot be one event's.
func countsClash(a, b countSpan) bool {
	if !a.known() || !b.known() {
		return false
	}
	return a.lo > countRatio*b.hi || b.lo > countRatio*a.hi
}

// placing is a record being placed by the first pass, with what its
// sentence says beside its dates read once, when first asked, for all
// the candidate events it is judged against (read again for each, the
// count and the years took 0.4 of the merge's 5 CPU seconds on the
// benchmark corpus).
type placing struct {
	r                        *record
	ri                       int32
	read                     bool
	count                    float64
	counted, reached, isPast bool
	pastUntil                int32
	// antecedent is the record r takes up as "the" noun (nearestNamed),
	// or -1, once sought.
	antecedent int32
	sought     bool
}

func (p *placing) readFacts() {
	if !p.read {
		p.read = true
		p.count, p.reached, p.counted = countOf(p.r.m)
		p.pastUntil, p.isPast = pastUntil(p.r)
	}
}

// countsClash reports whether p's count and those of c's tellings
// cannot be one event's.
func (p *placing) countsClash(c *cluster) bool {
	p.readFacts()
	own := countSpan{p.count, p.count}
	return p.counted && (countsClash(own, c.counts) || reachedClash(own, c.counts, p.reached, c.reached))
}

// widenCounts takes member r's count into c's span, once, as it joins:
// the first pass asks for the span of every candidate event.
func (c *cluster) widenCounts(r *record) {
	if n, reached, ok := countOf(r.m); ok {
		c.reached = reached && (c.reached || !c.counts.known())
		c.counts = c.counts.widen(n)
	}
}

// countWords may stand between a trigger and the count after it ("killed
// at least 72", "rose to 2,122", "killing some 1,200").
var countWords = map[string]bool{
	"at": true, "least": true, "more": true, "than": true, "over": true, "some": true,
	"about": true, "around": true, "nearly": true, "almost": true, "roughly": true,
	"approximately": true, "an": true, "estimated": true, "to": true, "up": true,
	"as": true, "many": true, "just": true, "under": true, "fewer": true, "less": true,
}

// auxWords may stand between a count and the trigger after it ("1,200
// Israelis were killed", "46,700 people have died").
var auxWords = map[string]bool{
	"were": true, "was": true, "have": true, "has": true, "had": true, "been": true,
	"are": true, "is": true, "be": true, "being": true, "reportedly": true, "all": true,
}

// tellingCount returns the count that m's trigger governs, the number
// right after it ("killed at least 72") or right before it, through a
// noun or two and auxiliaries ("more than 20 people were killed"). A
// comma ends the search, and a year ("the 2023 attack") is no count.
func tellingCount(m *extract.EventMention) (float64, bool) {
	told := &m.Mention
	t := told.Trigger
	if t == nil {
		return 0, false
	}
	from, to := t.Start-told.Start, t.End-told.Start
	if from < 0 || to > len(told.Text) || from >= to {
		return 0, false
	}
	// A span holds at most countSpanBytes/2 words: their list is made
	// here, on the stack (the lists allocated 9.5 MB of the benchmark
	// corpus's merge).
	var buf [countSpanBytes / 2]string
	if n, ok := countAfter(wordsIn(buf[:0], told.Text, to, to+countSpanBytes, false)); ok {
		return n, true
	}
	return countBefore(wordsIn(buf[:0], told.Text, from-countSpanBytes, from, true))
}

// midWord reports whether text is cut within a word at i.
func midWord(text string, i int) bool {
	return i > 0 && i < len(text) && text[i-1] != ' ' && text[i] != ' '
}

// countSpanBytes bounds the text on either side of a trigger that is
// read for its count: the few words countAfter and countBefore read.
const countSpanBytes = 64

// wordsIn appends to dst the whole words of text[from:to], the bounds kept
// within text, none when it holds no digit (most tellings: no count to
// read, nothing made). A word that the bound of the side away from the
// trigger (from, when before says the words are the trigger's left)
// cuts through is left out.
func wordsIn(dst []string, text string, from, to int, before bool) []string {
	cutFrom, cutTo := before && from > 0, !before && to < len(text)
	from, to = max(0, from), min(len(text), to)
	if !hasDigit(text[from:to]) {
		return nil
	}
	words := dst
	for w := range strings.FieldsSeq(text[from:to]) {
		words = append(words, w)
	}
	if cutTo && midWord(text, to) && len(words) > 0 {
		words = words[:len(words)-1]
	}
	if cutFrom && midWord(text, from) && len(words) > 0 {
		words = words[1:]
	}
	return words
}

func countAfter(words []string) (float64, bool) {
	for i, w := range words {
		if i >= 5 {
			break
		}
		if n, ok := number(w, words[i+1:]); ok {
			return n, true
		}
		if !countWords[strings.ToLower(w)] {
			break
		}
	}
	return 0, false
}

func countBefore(words []string) (float64, bool) {
	nouns := 0
	for i := len(words) - 1; i >= 0 && i >= len(words)-6; i-- {
		w := words[i]
		if strings.ContainsAny(w, ",;:.()\"“”") && !isNumber(w) {
			break
		}
		if n, ok := number(w, nil); ok {
			return n, true
		}
		switch {
		case auxWords[strings.ToLower(w)]:
		case nouns < 2 && isWord(w):
			nouns++
		default:
			return 0, false
		}
	}
	return 0, false
}

// number reads w as a count, scaled by a "million" or "thousand" after
// it; a four-digit number that may be a year is none.
func number(w string, rest []string) (float64, bool) {
	w = strings.TrimRight(w, ",;:.")
	if !isNumber(w) {
		return 0, false
	}
	if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
		return 0, false
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(w, ",", ""), 64)
	if err != nil || n <= 0 {
		return 0, false
	}
	if len(rest) > 0 {
		switch strings.ToLower(strings.TrimRight(rest[0], ",;:.")) {
		case "million":
			n *= 1e6
		case "thousand":
			n *= 1e3
		case "billion":
			n *= 1e9
		}
	}
	return n, true
}

// isNumber reports whether w is written in digits, commas and a point.
func isNumber(w string) bool {
	w = strings.TrimRight(w, ",;:.")
	if w == "" || !unicode.IsDigit(rune(w[0])) {
		return false
	}
	for _, c := range w {
		if !unicode.IsDigit(c) && c != ',' && c != '.' {
			return false
		}
	}
	return true
}

// isWord reports whether w is letters and hyphens alone.
func isWord(w string) bool {
	for _, c := range w {
		if !unicode.IsLetter(c) && c != '-' && c != '\'' && c != '’' {
			return false
		}
	}
	return w != ""
}

// hasDigit reports whether s holds an ASCII digit: a loop over its bytes,
// where strings.ContainsAny built its set of digits anew at every call
// (with yearWord's strings.Trim, 0.4 of the merge's 5 CPU seconds on the
// benchmark corpus).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}
