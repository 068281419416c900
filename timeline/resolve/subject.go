package resolve

import (
	"hash/fnv"
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
	words := strings.Fields(t.Text[:at])
	if len(words) == 0 || !unicode.IsSpace(rune(t.Text[at-1])) {
		return 0
	}
	first := len(words)
	for first > 0 && properWord(words[first-1]) {
		first--
	}
	if first > 0 && determiner(strings.ToLower(words[first-1])) || first == 0 && determiner(strings.ToLower(words[0])) {
		// A name after a determiner modifies a noun: "the Jeddah
		// meeting", "The American plan".
		return 0
	}
	if first == 0 {
		// The sentence's first word is capitalised anyway: "Police",
		// "Storm Ilse".
		first++
	}
	if first >= len(words) {
		return 0
	}
	// The last word names it: "Storm Ilse" is "Ilse" told again.
	name := strings.TrimRight(words[len(words)-1], "'’s.")
	if notSubject(name, m.Places) {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(name))
	return max(h.Sum32(), 1)
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
		for _, w := range strings.Fields(p) {
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
