package resolve

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline/extract"
)

// A storm, a ship or an operation is often the named subject of what it
// did ("Storm Ilse battered the coast", "when Storm Ilse struck") while
// the actor layer, which knows people, organisations and places, names
// nobody. Tellings that name nobody but the same subject, with related
// words, on one day, are one event; the same words of two subjects are
// two. The subject is the last of the capitalised words just before the
// trigger ("Storm Ilse" and "Ilse" are one storm, "Storm Jonas" another),
// kept as a hash (0: none).

// subjectOf returns the hash of the name that is the subject of m's
// trigger, or 0 when it has none: the trigger is not preceded by a
// capitalised word, or only by the first word of the sentence, which is
// capitalised whatever it is.
func subjectOf(m *extract.EventMention) uint32 {
	if len(m.Actors) > 0 || m.Trigger == "" {
		return 0
	}
	t := &m.Mention
	if t.Trigger == nil {
		return 0
	}
	at := t.Trigger.Start - t.Start
	if at <= 0 || at > len(t.Text) {
		return 0
	}
	if !unicode.IsSpace(rune(t.Text[at-1])) {
		return 0
	}
	// The words before the trigger, as strings.Fields splits them, read
	// once without making their list (36 MB of the benchmark corpus's
	// merge): the first, the last, how many end them capitalised (run)
	// and the word just before those.
	var firstWord, lastWord, beforeRun string
	n, run := 0, 0
	for w := range strings.FieldsSeq(t.Text[:at]) {
		if n == 0 {
			firstWord = w
		}
		if !properWord(w) {
			run = 0
		} else if run++; run == 1 {
			beforeRun = lastWord
		}
		lastWord = w
		n++
	}
	if n == 0 {
		return 0
	}
	if run == 0 {
		beforeRun = lastWord
	}
	if run < n && determiner(strings.ToLower(beforeRun)) || run == n && determiner(strings.ToLower(firstWord)) {
		// A name after a determiner modifies a noun: "the Jeddah
		// meeting", "The American plan".
		return 0
	}
	// The sentence's first word is capitalised anyway ("Police", "Storm
	// Ilse"): it is no subject alone.
	if run == 0 || run == n && n == 1 {
		return 0
	}
	// The last word names it: "Storm Ilse" is "Ilse" told again.
	name := strings.TrimRight(lastWord, "'’s.")
	if notSubject(name, m.Places) {
		return 0
	}
	return max(fnv32a(name), 1)
}

// fnv32a is the 32-bit FNV-1a hash of s, as hash/fnv's, without making
// a hasher and a copy of s for it.
func fnv32a(s string) uint32 {
	const offset, prime = 2166136261, 16777619
	h := uint32(offset)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= prime
	}
	return h
}

// notSubject reports whether the capitalised name before a trigger says
// when or where rather than who: a day or a month ("Friday's shooting",
// "the March rally") or one of the telling's places ("Morocco quake").
// Taken for subjects, they kept one event's tellings apart as two
// subjects' ("Friday's shooting", "Mall shooting").
func notSubject(name string, places []string) bool {
	if calendarNames[strings.ToLower(name)] {
		return true
	}
	for _, p := range places {
		for w := range strings.FieldsSeq(p) {
			if w == name {
				return true
			}
		}
	}
	return false
}

// calendarNames are the days and months, capitalised in English.
var calendarNames = setOf("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december")

// properWord reports whether w is a word of a name: capitalised, and
// letters, digits, hyphens and apostrophes only (no comma or quote ends
// it, which would end the phrase).
func properWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, c := range w {
		if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '-' && c != '\'' && c != '’' && c != '.' {
			return false
		}
	}
	return true
}

// namedSubject is c's subject when c names nobody and is not something
// said (a statement is its speaker's), else 0.
func namedSubject(c *cluster) uint32 {
	if len(c.actors()) > 0 || familyOf(c.kind, "") == famSpeech {
		return 0
	}
	return c.subject
}

// spotSubject is namedSubject of c, whose spot is s: the spot says
// whether c names anyone and is something said, which namedSubject
// looks up by its kind (a fifth of scoring a pair that got so far, on
// bench2000).
func spotSubject(s *spot, c *cluster) uint32 {
	if s.named || s.speech {
		return 0
	}
	return c.subject
}

// fileSubjects files, beside the word blocks, the events that name
// nobody but a subject under that subject ("n:" and its hash): words
// related only through a broader word ("battered", "struck") share no
// sense block, and would never meet.
func fileSubjects(cs *clusterList, blocks map[string][]int32) {
	for ci := range cs.n {
		if c := cs.at(ci); namedSubject(c) != 0 {
			k := "n:" + strconv.FormatUint(uint64(c.subject), 16)
			blocks[k] = append(blocks[k], ci)
		}
	}
}
