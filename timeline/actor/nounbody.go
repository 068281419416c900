package actor

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// News shortens a body it has named in full to its place or name and a
// lower-case noun for its kind: "Eastmoor and District NHS Foundation
// Trust" becomes "the Eastmoor trust", "Velmar City Council" "the Velmar
// council". Such a phrase names that body, or a body of its own when the
// document names none that holds both words.

// kindNouns are the lower-case nouns for a body of a kind that such a
// phrase ends with ("the Harlow hospital trust" has two).
var kindNouns = map[string]bool{"trust": true, "council": true, "board": true, "authority": true,
	"commission": true, "union": true, "hospital": true}

// maxNameWords bounds the capitalised words before the noun: a longer
// run is a title or a heading, not a short name.
const maxNameWords = 3

// nounBodies appends an organisation for each "the Name noun" of the
// document's kept sentences that no mention yet covers past the name
// ("the Eastmoor trust"): the organisation of ms whose name holds the
// name's words and the last noun, else one named by the phrase as
// written.
func nounBodies(text string, ms []Mention, sents []timeline.Span) []Mention {
	for _, sp := range sents {
		start, end := max(sp.Start, 0), min(sp.End, len(text))
		if start >= end || creditSentence(text[start:end]) {
			continue
		}
		ws := spanWords(text, start, end)
		for i := 0; i+2 < len(ws); i++ {
			if !strings.EqualFold(ws[i].w, "the") || ws[i].poss {
				continue
			}
			j := i + 1
			for j < len(ws) && j-i <= maxNameWords && capWord(ws[j].w) && next(text, ws[j-1], ws[j]) && !dayOrMonth[strings.ToLower(ws[j].w)] {
				j++
			}
			k := j
			for k < len(ws) && kindNouns[ws[k].w] && next(text, ws[k-1], ws[k]) {
				k++
			}
			if j == i+1 || k == j || j-i > maxNameWords {
				continue
			}
			m, ok := nounBody(text, ms, ws[i+1:j], ws[j:k])
			if ok {
				ms = append(ms, m)
			}
			i = k - 1
		}
	}
	return ms
}

// nounBody returns the organisation that the name words and kind nouns
// name (see nounBodies), and false when a mention already holds a noun or
// is other than a place: a person, a state ("the Russian council" is
// Russia's) or a body the noun is a part of ("the Northwind Bank board").
func nounBody(text string, ms []Mention, name, nouns []spanWord) (Mention, bool) {
	start, end := name[0].start, nouns[len(nouns)-1].end
	for k := range ms {
		m := &ms[k]
		if m.Name == "" || m.End <= start || m.Start >= end {
			continue
		}
		if m.End > name[len(name)-1].end || m.Kind != timeline.Place {
			return Mention{}, false
		}
	}
	for k := range ms {
		if m := &ms[k]; m.Name != "" && m.Start < end && start < m.End {
			m.Name = "" // ordered drops it: "Eastmoor" is the trust's
		}
	}
	b := Mention{Start: start, End: end, Text: text[start:end], Name: text[start:end], Kind: timeline.Organization}
	b.nounBody = len(name)
	if o := fullBody(ms, &b); o != nil {
		b.Name, b.Ref, b.Country = o.Name, o.Ref, o.Country
	}
	return b, true
}

// nounBodiesAcross names each "the Eastmoor trust" that its own document
// left to itself after the organisation another document names in full
// ("Eastmoor and District NHS Foundation Trust"), the first that holds
// its words (see fullBody).
func nounBodiesAcross(docs [][]Mention) {
	for d := range docs {
		for k := range docs[d] {
			b := &docs[d][k]
			if b.nounBody == 0 || b.Name != b.Text {
				continue
			}
			for e := range docs {
				if o := fullBody(docs[e], b); o != nil {
					b.Name, b.Ref, b.Country = o.Name, o.Ref, o.Country
					break
				}
			}
		}
	}
}

// fullBody returns the first organisation of ms other than b's short
// forms whose name holds each of b's name words and its last noun, in
// any case, or nil.
func fullBody(ms []Mention, b *Mention) *Mention {
	short := strings.Fields(strings.ToLower(b.Text))
	name, noun := short[:b.nounBody], short[len(short)-1]
	for k := range ms {
		m := &ms[k]
		if m.Name == "" || m.Kind != timeline.Organization || m.nounBody > 0 {
			continue
		}
		words := strings.Fields(strings.ToLower(m.Name))
		if len(words) <= len(name) || !hasWord(words, noun) {
			continue
		}
		all := true
		for _, w := range name {
			all = all && hasWord(words, w)
		}
		if all {
			return m
		}
	}
	return nil
}

func hasWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// spanWord is a word of a sentence with its byte span; poss marks one
// with a possessive ending, which ends a name ("the trust's").
type spanWord struct {
	w          string
	start, end int
	poss       bool
}

// spanWords splits text[start:end] into words of letters, digits,
// hyphens and inner apostrophes, a possessive ending cut off.
func spanWords(text string, start, end int) []spanWord {
	var ws []spanWord
	inWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' }
	for i := start; i < end; {
		// Decoded within the span: a span may end inside a rune.
		r, n := utf8.DecodeRuneInString(text[i:end])
		if !inWord(r) {
			i += n
			continue
		}
		j := i
		for j < end {
			r, n := utf8.DecodeRuneInString(text[j:end])
			if !inWord(r) {
				break
			}
			j += n
		}
		w := spanWord{w: text[i:j], start: i, end: j}
		if rest := text[j:end]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			w.poss = true
			j += len("'s")
			if rest[0] != '\'' {
				j += len("’s") - len("'s")
			}
		}
		ws = append(ws, w)
		i = j
	}
	return ws
}

// next reports whether b follows a with one space between and a has no
// possessive ending: the words of one name.
func next(text string, a, b spanWord) bool {
	return !a.poss && b.start == a.end+1 && text[a.end] == ' '
}

// capWord reports whether w opens with a capital letter.
func capWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
