package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// News goes on about a person it has named by what it knows of them: "The
// 47-year-old said in a statement …", "The father of three said he
// supported the strike". Such a description is the one person the
// sentence before names (or the one before that), as a reader takes it,
// and no one when that sentence names several or the description's own
// sentence names someone before it ("Vell said the 47-year-old …" is
// someone else). An age before a noun ("the 36-year-old driver") is left
// alone: crime news writes it of the suspect right after naming the
// victim. Written beside a name ("the 58-year-old Vasshaug",
// "Lind, the 45-year-old chemist,") it is no mention of its own.

// countWords are the numbers of children a parent is described by.
var countWords = map[string]bool{"one": true, "two": true, "three": true, "four": true, "five": true, "six": true,
	"seven": true, "eight": true, "nine": true, "ten": true}

// ageWord reports whether w is an age written as one word:
// "47-year-old", "four-year-old".
func ageWord(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" {
		return false
	}
	if countWords[n] {
		return true
	}
	for i := 0; i < len(n); i++ {
		if n[i] < '0' || n[i] > '9' {
			return false
		}
	}
	return true
}

// personDesc reads a description of a person at token i ("the"): "the
// 47-year-old", "the 45-year-old man", "the father of three", "the
// France international".
func (s *sentence) personDesc(out []Mention, i int) ([]Mention, int, bool) {
	j := i + 1
	if !s.word(j) || s.kind == timeline.Heading {
		return out, i, false
	}
	var end int
	switch w := s.lower(j); {
	case s.capped(j) > 0:
		end = s.capped(j) // "the France international" (capped.go)
	case ageWord(w):
		end = j + 1
		if s.word(end) && !s.toks[end].is(tCap) && !s.toks[j].is(tPoss) && s.qualifiesNoun(end) {
			// "the 36-year-old driver", "the 45-year-old man": a
			// description of its own, as often of someone not named
			// before (the suspect after the victim) as of the one named.
			return out, i, false
		}
	case s.demonymNoun(j):
		end = j + 1 // "The Spaniard, 47, was appointed in May"
	case (w == "father" || w == "mother") && s.word(j+2) && s.lower(j+1) == "of" &&
		(countWords[s.lower(j+2)] || s.toks[j+2].is(tDigit)):
		end = j + 3
	default:
		return out, i, false
	}
	if s.word(end) && s.toks[end].is(tCap) && !s.has(lStop, end) || s.apposition(i, end) {
		return out, i, false // "the 58-year-old Vasshaug": the name rule reads it
	}
	start, stop := s.toks[i].start, s.toks[end-1].end
	*s.pend = append(*s.pend, pending{at: len(out), kind: pendPerson, from: s.toks[0].start})
	return append(out, Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.text[start:stop],
		Kind: timeline.Person, Modifier: s.toks[end-1].is(tPoss)}), end, true
}

// personBefore returns the name of the one person the sentence before the
// description at p names (or the one before it, when that names none),
// or "".
func personBefore(ms []Mention, at int, p pending, sents []timeline.Span) string {
	person := func(m *Mention) bool {
		return m.Kind == timeline.Person && m.Name != "" && !isDescriptor(m.Text)
	}
	for k := range ms {
		if m := &ms[k]; k != at && person(m) && m.Start >= p.from && m.Start < ms[at].Start {
			return "" // "Vell said the 47-year-old …": someone else
		}
	}
	k := sort.Search(len(sents), func(i int) bool { return sents[i].Start >= p.from })
	for back := 1; back <= 2 && k-back >= 0; back++ {
		sp := sents[k-back]
		var found []string
		for j := range ms {
			if m := &ms[j]; person(m) && m.Start >= sp.Start && m.End <= sp.End && !slices.Contains(found, m.Name) {
				found = append(found, m.Name)
			}
		}
		switch len(found) {
		case 0:
			continue
		case 1:
			return found[0]
		}
		return ""
	}
	return ""
}

// postnominal reports whether token k is a degree or an honour written
// after a person's name and a comma ("Jorge Alsip, MD,", "Tom Murray,
// PhD, head of the centre"): no name of its own.
func (s *sentence) postnominal(k int) bool {
	return s.word(k) && s.toks[k].is(tCap) && s.punct(k-1, ',') && s.g.lex["postnominal"][s.lower(k)] &&
		!(s.word(k+1) && s.toks[k+1].is(tCap))
}

// postnominalAfterName reports whether token k is a degree or an honour
// written right after two capitalised words of a name, with no comma
// ("Julian Malins QC", "Ada Kerr PhD"): it ends the name, whose aliases
// then lack it, and names no one itself. A capitalised word after it
// makes it part of a longer name.
func (s *sentence) postnominalAfterName(k int) bool {
	return k >= 2 && s.word(k) && s.toks[k].is(tCap) && s.g.lex["postnominal"][s.lower(k)] &&
		s.word(k-1) && s.toks[k-1].is(tCap) && !s.toks[k-1].is(tPoss) && s.word(k-2) && s.toks[k-2].is(tCap) &&
		!(s.word(k+1) && s.toks[k+1].is(tCap))
}

// pastPostnominal returns the token after the degree or honour at k that
// ends a name ("Julian Malins QC said"), else k: the name's apposition
// and verb of saying come after it.
func (s *sentence) pastPostnominal(k int) int {
	if s.postnominalAfterName(k) {
		return k + 1
	}
	return k
}
