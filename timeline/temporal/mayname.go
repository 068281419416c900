package temporal

import "strings"

// "May" is a surname as well as a month. A bare, capitalised "May" (no
// day, no year) is read as the person when English grammar says so:
//   - right after a title ("Mrs May", "Prime Minister May", "Dr. May");
//   - right after a capitalised word that is not a preposition opening
//     the sentence ("Theresa May", but "Throughout May" stays a month);
//   - as the subject of a verb in the past or the future ("…, May said",
//     "May will chair"), unless a word that governs a time precedes it
//     ("in May was", "since May have", "April and May were").
// A month with a day or a year ("May 5", "May 2017") never gets here.

// personTitles are the words that put a surname after them.
var personTitles = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true, "lady": true, "lord": true,
	"minister": true, "secretary": true, "chancellor": true, "president": true, "premier": true, "leader": true,
	"mayor": true, "governor": true, "senator": true, "judge": true, "justice": true, "professor": true, "prof": true,
	"officer": true, "detective": true, "inspector": true, "constable": true, "commissioner": true, "chief": true,
}

// monthOpeners are capitalised words that open a sentence and govern a
// month after them ("Throughout May, sales …").
var monthOpeners = map[string]bool{
	"through": true, "throughout": true, "around": true, "about": true, "into": true, "toward": true,
	"towards": true, "till": true, "til": true, "circa": true, "all": true, "come": true, "mid": true,
	"last": true, "next": true, "this": true, "early": true, "late": true, "by": true, "until": true,
}

// mayIsName reports whether the bare month word "May" at token i names a
// person.
func (p *parser) mayIsName(i int) bool {
	prev := i - 1
	if p.isPunct(prev, '.') && p.glued(prev) {
		prev-- // "Mrs. May"
	}
	if prev >= 0 && p.toks[prev].kind == tWord {
		if personTitles[p.lower(prev)] {
			return true
		}
		if p.toks[prev].upper && p.cls(prev) == wNone && prev == i-1 &&
			!(p.sentenceStart(prev) && monthOpeners[p.lower(prev)]) {
			return true
		}
	}
	next := p.cls(i + 1)
	if next != wTensePast && next != wTenseFuture {
		return false
	}
	if i+1 < len(p.toks) && p.toks[i+1].upper {
		return false
	}
	// only a word with no temporal role of its own, or punctuation, before
	return p.sentenceStart(i) || p.cls(i-1) == wNone
}

// lower is word token i in lower case.
func (p *parser) lower(i int) string {
	t := p.toks[i]
	return strings.ToLower(p.text[t.start:t.end])
}

// givenNameMonth reports whether the bare month word at token i ("April",
// "June", "August", all given names too) opens a person's name: a
// surname in title case follows it ("June Raine, the agency's chief,
// said"), and no word that governs a time comes before it ("In June Anna
// Berg said" stays a month; so do "June CPI" and "June sales").
func (p *parser) givenNameMonth(i int) bool {
	k := i + 1
	if k >= len(p.toks) || p.toks[k].kind != tWord || !p.toks[k].upper || p.cls(k) != wNone || p.glued(k) {
		return false
	}
	if w := p.text[p.toks[k].start:p.toks[k].end]; w == strings.ToUpper(w) {
		return false // an acronym: "June CPI"
	}
	return p.sentenceStart(i) || p.cls(i-1) == wNone && !p.isPunct(i-1, ',')
}
