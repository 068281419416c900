package actor

import (
	"strings"

	wn "github.com/storyline/storyline/timeline/lexicon"
)

// A sentence may open with an adverb or a participle, capitalised only
// because it comes first: "Sadly, the mother of two died", "Typically,
// the show runs long", "Bringing Brand in was the coup", "Excluding
// Brand's points". Read as a name, the adverb became a person with the
// apposition after it as a role, and the participle the given name of
// the name after it.

// clauseOpener reports whether token i, opening its sentence (or a quote
// in it), is such a word: a subordinator or an adverb of an ending no
// name has before a capitalised word ("Once Norvex", "Typically
// Norvex"), one ending in "-ly" before a comma that the document writes
// capitalised nowhere inside a sentence, as it would a name ("Kelly, 34,
// said" where "said Kelly" follows), or one ending in "-ing" whose stem
// is a verb, before a comma or a capitalised word.
func (s *sentence) clauseOpener(i int) bool {
	if !s.word(i) || !s.toks[i].is(tCap) || s.toks[i].is(tUpper) || !s.opensClause(i) || s.g.isGiven(s.str(i)) {
		return false
	}
	w := s.lower(i)
	switch {
	case subordinators[w]:
		return s.word(i+1) && s.toks[i+1].is(tCap) // "Once Norvex issues a fix"
	case len(w) >= 7 && adverbEnding(w) && s.word(i+1) && s.toks[i+1].is(tCap) && s.str(i)[1:] == w[1:]:
		// "Typically Norvex releases patches": an ending no surname has
		// ("Kelly", "Connolly"), so no comma is needed.
		return !capitalInside(s.text, s.str(i))
	case len(w) >= 5 && strings.HasSuffix(w, "ly"):
		return s.punct(i+1, ',') && !capitalInside(s.text, s.str(i)) && !s.apposedName(i+1)
	case len(w) >= 6 && strings.HasSuffix(w, "ing"):
		return (s.punct(i+1, ',') || s.word(i+1) && s.toks[i+1].is(tCap)) && verbStem(w[:len(w)-3])
	}
	return false
}

// subordinators open a clause before its subject and are no stop word
// of the gazetteer's: "Once Norvex issues a fix".
var subordinators = map[string]bool{"once": true, "whenever": true, "wherever": true, "whether": true}

// adverbEnding reports whether w ends as adverbs made from adjectives do
// and names do not: "typically", "actually", "previously", "recently",
// "reportedly".
func adverbEnding(w string) bool {
	for _, end := range []string{"ally", "ously", "ively", "fully", "ently", "antly", "edly", "ingly", "ately", "ularly"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// apposedName reports whether an apposition closed by a comma follows
// the comma at k, as it follows a name: "Kelly, 34, said", "Daly, the
// coach, said"; an adverb's comma opens the main clause ("Sadly, the
// mother of two died").
func (s *sentence) apposedName(k int) bool {
	_, _, next, _, ok := s.postApposition(k)
	return ok && s.punct(next, ',')
}

// opensClause reports whether token i opens its sentence, or a quotation
// in it.
func (s *sentence) opensClause(i int) bool {
	if i == 0 {
		return true
	}
	if s.word(i - 1) {
		return false
	}
	switch s.toks[i-1].punct {
	case '"', '\'', '(', '`':
		return i == 1 || !s.word(i-2)
	}
	return false
}

// verbStem reports whether the stem of an "-ing" form is a verb: as it is
// ("bring"), with its "e" ("exclude") or with its last consonant single
// ("run").
func verbStem(st string) bool {
	cands := []string{st, st + "e"}
	if n := len(st); n >= 2 && st[n-1] == st[n-2] {
		cands = append(cands, st[:n-1])
	}
	for _, c := range cands {
		if len(c) < 3 {
			continue
		}
		if _, verb := wn.PartsOfSpeech([]byte(c)); verb {
			return true
		}
	}
	return false
}

// capitalInside reports whether text writes w, capitalised, after a word
// or a comma: inside a sentence, where only a name keeps its capital.
func capitalInside(text, w string) bool {
	for off := 0; ; {
		j := strings.Index(text[off:], w)
		if j < 0 {
			return false
		}
		j += off
		off = j + len(w)
		if nextIsWord(text, off, len(text)) {
			continue // a longer word
		}
		k := j - 1
		for k >= 0 && text[k] == ' ' {
			k--
		}
		if k >= 0 && k < j-1 && (text[k] == ',' || text[k] >= 'a' && text[k] <= 'z') {
			return true
		}
	}
}
