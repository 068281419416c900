package actor

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// A name joined by a particle ("Luiz Inácio Lula da Silva", "Khalid bin
// Salman", "Ursel von Arden") is often cut short to one of the words
// before the particle, a given name or the nickname a country knows the
// person by ("Lula said", "Khalid told the journalist"): its surname
// after the particle says nothing of that short form.

// firstParticle returns the index of the first lower-case particle of a
// person's name words that has a capitalised word on either side, or -1.
func firstParticle(words []string) int {
	for i := 1; i < len(words)-1; i++ {
		if particles[words[i]] && startsUpper(words[i-1]) && startsUpper(words[i+1]) {
			return i
		}
	}
	return -1
}

// patronymic are the particles that put a father's name after a
// person's own: "Mohammed bin Salman" is Salman's son.
var patronymic = map[string]bool{"bin": true, "ibn": true, "bint": true}

// innerNames files each full name of the document that a particle joins
// under every capitalised word before the particle as well, so that the
// word alone ("Lula", a loose word or a person the text calls so) takes
// the full name as the surname alone would.
func (f *Finder) innerNames(full []surnameName) []surnameName {
	for i, n := 0, len(full); i < n; i++ {
		x := full[i]
		if x.single || x.org || x.inner {
			continue
		}
		if words := strings.Fields(x.name); len(words) >= 3 && patronymic[words[len(words)-2]] && x.surname == words[len(words)-1] {
			// "King Salman" beside "Mohammed bin Salman": the name after
			// "bin" is the father's, who is called by it alone.
			full[i].surname = words[len(words)-2] + " " + x.surname
		}
		if bare := articleless(x.surname); bare != x.surname && strings.HasSuffix(x.surname[:len(x.surname)-len(bare)], "-") {
			// "Asiri was" after "Ahmed al-Asiri": the article is the
			// surname's only where it is written.
			short := x
			short.surname, short.inner, short.times = bare, true, 0
			full = append(full, short)
		}
		words := strings.Fields(x.name)
		p := firstParticle(words)
		if x.kin {
			p = -1 // "the player's father, Anders da Costa Berg": "Anders" is the player
		}
		for _, w := range words[:max(p, 0)] {
			if len(strings.TrimSuffix(w, ".")) < 2 || f.g.lexOf(w)&(lStop|lTitleHead|lTitleMod) != 0 || f.g.honorific[strings.TrimSuffix(w, ".")] {
				continue
			}
			inner := x
			inner.surname, inner.inner, inner.times = w, true, 0
			full = append(full, inner)
		}
	}
	return full
}

// particleRuns makes a person of a run of loose capitalised words that a
// lower-case particle joins ("Luiz Inácio Lula da Silva was elected")
// when one word before the particle is what the document calls a person
// alone ("Lula told supporters"): the run is that person's full name,
// though no title or given name of the lists marks it. The run's loose
// words are used up, and the name is filed under its surname.
func (f *Finder) particleRuns(text string, ms []Mention, loose []looseToken, full []surnameName) ([]Mention, []looseToken, []surnameName) {
	for k := 0; k < len(loose); k++ {
		if k > 0 && loose[k-1].end+1 == loose[k].start {
			continue // inside a run an earlier word opened
		}
		start := loose[k].start
		end, words := particleRun(text, start)
		p := firstParticle(words)
		if p < 0 || slices.ContainsFunc(ms, func(m Mention) bool { return m.Name != "" && m.Start < end && start < m.End }) {
			continue
		}
		called := false
		for _, w := range words[:p] {
			if fn, ok := pick(full, w, ""); ok && fn.single && !fn.org {
				called = true
			}
		}
		if !called {
			continue
		}
		name := text[start:end]
		ms = append(ms, Mention{Start: start, End: end, Text: name, Name: name, Kind: timeline.Person})
		full = append(full, surnameName{surname: particleSurname(words), fullName: fullName{name: name}})
		loose = slices.DeleteFunc(loose, func(lt looseToken) bool { return lt.start >= start && lt.end <= end })
	}
	return ms, loose, full
}

// particleRun returns the end of the run of words from start that are
// capitalised or lower-case particles, one space apart, ending in a
// capitalised word, and the run's words.
func particleRun(text string, start int) (int, []string) {
	var words []string
	end, at := start, start
	for at < len(text) {
		n := at
		for n < len(text) {
			r, size := utf8.DecodeRuneInString(text[n:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			n += size
		}
		w := text[at:n]
		if w == "" || !startsUpper(w) && !particles[w] {
			break
		}
		words = append(words, w)
		if startsUpper(w) {
			end = n
		}
		if n >= len(text) || text[n] != ' ' {
			break
		}
		at = n + 1
	}
	for len(words) > 0 && !startsUpper(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	return end, words
}

// joinInnerNames joins a person the corpus calls by one word alone
// ("Lula", in an article that never writes more) to the one person whose
// full name holds that word before a particle ("Luiz Inácio Lula da
// Silva"), as innerNames does within a document, or before the surname of
// a name with no particle ("Tewolde" of "Tewolde GebreMariam": Ethiopian
// and Icelandic news call everyone by the given name). A word that is the
// surname of someone else of the story, or stands before the surname or
// the particle of two people's names, says too little and stays alone.
func (r *resolver) joinInnerNames() {
	inner := map[string][]string{}
	surnames := map[string]int{}
	for _, k := range r.order {
		rec := r.recs[k]
		name, ok := strings.CutPrefix(k, "p:")
		if !ok || rec.kind != timeline.Person || !strings.Contains(name, " ") {
			continue
		}
		words := strings.Fields(name)
		surnames[lastWord(name)]++
		p := firstParticle(words)
		if p < 0 && !r.g.familyFirst(words) {
			p = len(words) - 1 // "Tewolde" of "Tewolde GebreMariam": a given name alone, as some countries call everyone
		}
		if slices.ContainsFunc(rec.mentions, func(m *Mention) bool { return kinRole(m.Role) }) {
			p = -1 // a parent who shares the child's name: the word alone is the child
		}
		for _, w := range words[:max(p, 0)] {
			if root := r.find(k); !slices.Contains(inner[w], root) {
				inner[w] = append(inner[w], root)
			}
		}
	}
	for _, k := range r.order {
		rec := r.recs[k]
		name, ok := strings.CutPrefix(k, "p:")
		if !ok || rec.kind != timeline.Person || rec.ref != nil || len(rec.firsts) > 0 || strings.Contains(name, " ") {
			continue
		}
		if to := inner[name]; len(to) == 1 && surnames[name] == 0 {
			r.union(to[0], k)
		}
	}
}
