package ner

import (
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// FromGUM turns a GUM sentence into a training sentence. GUM marks every
// mention, names or not, with its whole noun phrase ("the University of
// Portsmouth, which…"); UNER marks only the name ("University of
// Portsmouth"). So each person, place or organisation mention whose head
// is a proper noun (or, with a Wikipedia identity, a capitalised word)
// is cut down to the name around that head, and nested names give way to
// the longest one. Nationalities and other groups are left unlabelled:
// the group rules name those.
func FromGUM(s *conllu.Sentence) (Sentence, error) {
	out := fromWords(s)
	ms, err := Mentions(s)
	if err != nil {
		return out, err
	}
	var spans []span
	for _, m := range ms {
		if sp, ok := nameSpan(&out, m); ok {
			spans = append(spans, sp)
		}
	}
	// Longest first, so that "University of Portsmouth" wins over the
	// "Portsmouth" inside it.
	slices.SortStableFunc(spans, func(a, b span) int { return (b.end - b.start) - (a.end - a.start) })
	taken := make([]bool, len(out.Words))
	for _, sp := range spans {
		if slices.Contains(taken[sp.start:sp.end], true) {
			continue
		}
		for j := sp.start; j < sp.end; j++ {
			taken[j] = true
			out.Labels[j] = labels[sp.class+1]
		}
		out.Labels[sp.start] = labels[sp.class]
	}
	return out, nil
}

// fromWords returns s's words and tags, all labelled O.
func fromWords(s *conllu.Sentence) Sentence {
	n := len(s.Words)
	out := Sentence{ID: s.Comment("sent_id"), Words: make([]string, n), UPOS: make([]string, n), XPOS: make([]string, n), Labels: make([]string, n)}
	for i, w := range s.Words {
		out.Words[i], out.UPOS[i], out.XPOS[i], out.Labels[i] = w.Form, w.UPOS, w.XPOS, O
	}
	return out
}

// span is a name over words start..end-1 of class class (a B- class).
type span struct{ start, end, class int }

var gumClass = map[string]int{"person": lBPER, "organization": lBORG, "place": lBLOC}

// nameSpan finds the name of mention m, if it has one.
func nameSpan(s *Sentence, m Mention) (span, bool) {
	class, ok := gumClass[m.Type]
	if !ok || m.Start < 0 || m.End >= len(s.Words) || m.Start > m.End {
		return span{}, false
	}
	anchor := -1
	for _, h := range m.Heads {
		if h < m.Start || h > m.End {
			continue
		}
		if s.UPOS[h] == "PROPN" || (m.Identity != "" && s.UPOS[h] != "PRON" && s.UPOS[h] != "DET" && capitalised(s.Words[h])) {
			anchor = h
			break
		}
	}
	if anchor < 0 {
		return span{}, false
	}
	start, end := anchor, anchor+1
	for start > m.Start && joins(s, start-1, m.Start, end, class, -1) {
		start--
	}
	for end <= m.End && joins(s, end, m.Start, m.End+1, class, +1) {
		end++
	}
	// A name ends on a name word, never on "of" or "the".
	for start < end && !namePart(s, start) {
		start++
	}
	for end > start && !namePart(s, end-1) {
		end--
	}
	if class == lBPER {
		for start < end-1 && isTitle(s.Words[start]) {
			start++
		}
	}
	if start >= end || (end-start == 1 && (groupWord(s.Words[start]) || class == lBPER && isTitle(s.Words[start]))) {
		return span{}, false
	}
	if class == lBORG && placeName(s.Words[start:end]) {
		class = lBLOC
	}
	return span{start, end, class}, true
}

// joins reports whether word j, met going in direction dir from the
// anchor, belongs to the name: a name word, or a connector ("of", "the",
// "de"…) with a name word beyond it inside the mention lo..hi-1.
func joins(s *Sentence, j, lo, hi, class, dir int) bool {
	if namePart(s, j) {
		return true
	}
	for k := j; k >= lo && k < hi; k += dir {
		if namePart(s, k) {
			return true
		}
		if !connector(s.Words[k], class) {
			return false
		}
	}
	return false
}

// namePart reports whether word j can be part of a name: a proper noun,
// or a capitalised adjective, noun or number-like word ("New", "Social").
func namePart(s *Sentence, j int) bool {
	switch s.UPOS[j] {
	case "PROPN":
		return true
	case "ADJ", "NOUN", "VERB", "X", "NUM", "ADV":
		return capitalised(s.Words[j])
	}
	return false
}

// connector reports whether w may join the words of a name of class:
// particles of personal names for all, "of" and "the" for places and
// organisations ("Gulf of Mexico"), "and" only for organisations.
func connector(w string, class int) bool {
	switch w {
	case "de", "du", "des", "del", "della", "da", "di", "do", "dos", "van", "von", "der", "den", "la", "le", "al", "el", "bin", "ibn", "y", "-":
		return true
	case "of", "the", "for", "on", "upon":
		return class != lBPER
	case "and", "&":
		return class == lBORG
	}
	return false
}

// titles are words before a person's name that UNER leaves outside it.
var titles = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`mr mr. mrs mrs. ms ms. miss dr dr. doctor prof prof. professor sir dame lord lady
		president vice prime minister secretary general gen. gen colonel col. major maj. captain capt. lieutenant lt. sergeant sgt.
		admiral commander king queen prince princess emperor empress pope saint st. st rev. rev reverend father sister brother
		bishop archbishop cardinal rabbi imam sheikh ayatollah senator sen. sen governor gov. gov mayor judge justice chancellor
		chair chairman chairwoman ceo director coach officer agent detective inspector representative rep. rep ambassador premier
		chief deputy assistant associate madame monsieur mlle. mme. herr uncle aunt grandma grandpa mom dad`) {
		titles[w] = true
	}
}

func isTitle(w string) bool { return titles[strings.ToLower(w)] }

// placeName reports whether words are a whole country, city or region of
// the gazetteer. GUM marks a country that acts ("Sweden voted") as an
// organisation; UNER marks every country, city and region as a place.
func placeName(words []string) bool {
	h, _ := lowerHash(strings.Join(words, " "), nil)
	return places()[h]
}

// places holds the lower-case hashes of the gazetteer's whole country,
// city and region names.
var places = sync.OnceValue(func() map[uint64]bool {
	out := map[uint64]bool{}
	keep := false
	for line := range strings.SplitSeq(gazetteerText, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			c := strings.Trim(line, "[]")
			keep = c == "country" || c == "city" || c == "region"
		case keep:
			h, _ := lowerHash(strings.Join(strings.Fields(splitHyphens(line)), " "), nil)
			out[h] = true
		}
	}
	return out
})

// capitalised reports whether w begins with an upper-case letter.
func capitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}
