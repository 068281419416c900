package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// timeUnits are the nouns that measure how long before or after
// something an event came: "hours before he was due to step down", "a
// day after he sent it".
var timeUnits = set("second seconds minute minutes hour hours day days week weeks month months year years moment moments")

// leadCounts are the words that count a time unit: "a day", "two hours",
// "several weeks".
var leadCounts = set("a an one two three four five six seven eight nine ten several few some just only mere")

// withoutTimeLead returns summary without the lead time it ends on, when
// the sentence goes on with "before" or "after" from there: the parse
// often takes "hours" of "fled the country, hours before he was due to
// step down" for an object or a name, and "fled the country hours"
// says nothing. The clause "before" opens is an event of its own.
func withoutTimeLead(summary, sentence string) string {
	// Most summaries end on no time unit: their last word is read in
	// place, and only the others split into words (strings.Fields here
	// allocated 13 MB of extract's run on bench2000).
	var b [16]byte
	if !timeUnits[string(lowerWord(b[:0], lastField(summary)))] {
		return summary
	}
	words := strings.Fields(summary)
	if len(words) < 3 || !timeUnits[strings.ToLower(words[len(words)-1])] {
		return summary
	}
	n := 1
	for n < len(words)-2 && n < 3 && (leadCounts[strings.ToLower(words[len(words)-1-n])] || isDigits(words[len(words)-1-n])) {
		n++
	}
	if measuredBy[strings.ToLower(words[len(words)-1-n])] {
		return summary // "the talks lasted three days before …": how long, not when
	}
	lead := strings.Join(words[len(words)-n:], " ")
	if n == 1 {
		// A bare unit is a lead only set off by a comma: "fled the
		// country, hours before"; "described terrifying moments after
		// the blast" described the moments.
		lead = ", " + lead
	}
	for _, next := range []string{" before", " after", " earlier", " later"} {
		if strings.Contains(sentence, lead+next) {
			return strings.Join(words[:len(words)-n], " ")
		}
	}
	return summary
}

// measuredBy are the words a time unit measures a stretch after: "lasted
// three days", "for two hours".
var measuredBy = set("last lasted lasts lasting spent spend spends took take takes waited wait waits stayed stay for within in over about nearly almost")

// isDigits reports whether w is a number written in digits: "48".
func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// lastField returns the last of strings.Fields(s), or "".
func lastField(s string) string {
	end := len(s)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= size
	}
	return s[start:end]
}
