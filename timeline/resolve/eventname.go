package resolve

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline/extract"
)

// An event may have a name, its trigger a word of it: "the 58th annual
// Tony Awards", "the Academy Awards", "the Grammy Awards". Two events
// told in one word ("awards") under two names are two events, however
// alike the documents that tell them: an actor's piece that says he
// hosted the Tony Awards in 2004 is about the Academy Awards he is to
// host. The name is the capitalised word just before a trigger that is
// itself capitalised within its sentence (so not a headline's every word
// nor a sentence's first), kept as a hash of it in lower case (0: none).

// eventName returns the hash of the name m's trigger is told under, or 0
// when it has none.
func eventName(m *extract.EventMention) uint32 {
	t := &m.Mention
	if t.Trigger == nil {
		return 0
	}
	at, end := t.Trigger.Start-t.Start, t.Trigger.End-t.Start
	if at <= 0 || end > len(t.Text) || at >= end || !unicode.IsSpace(rune(t.Text[at-1])) {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(t.Text[at:end]); !unicode.IsUpper(r) || titleCased(t.Text) {
		return 0
	}
	var before string
	for w := range strings.FieldsSeq(t.Text[:at]) {
		before = w
	}
	name := strings.TrimRight(before, "'’s.")
	if !properWord(before) || name == "" || determiner(strings.ToLower(name)) || notSubject(name, m.Places) {
		return 0
	}
	return max(fnv32a(strings.ToLower(name)), 1)
}

// titleCased reports whether most of text's longer words are capitalised,
// as a headline's are ("Indian Naval Ship Interdicts Three Pirate
// Vessels"): its capitals name nothing.
func titleCased(text string) bool {
	words, upper := 0, 0
	for w := range strings.FieldsSeq(text) {
		if len(w) < 4 {
			continue
		}
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			upper++
		}
	}
	return words > 0 && 2*upper > words
}

// namesApart reports whether two events are told under two names.
func namesApart(a, b uint32) bool { return a != 0 && b != 0 && a != b }
