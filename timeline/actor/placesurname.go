package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// Many surnames are the names of places: "Anna Jordan", "Denzel
// Washington", "Whitney Houston". After a given name, or a title or
// honorific and a first name, the place is the surname ("Interior
// Minister Anna Jordan"); and where the document names such a person,
// the word alone is that person unless it stands where a place does
// ("Jordan visited the site", but "flew to Jordan").

// surnamePlace reports whether the gazetteer's place or state at token k,
// right after the word at i, is a surname: that word is an honorific
// ("Mr Paris"), a given name, or a first name with a title or an
// honorific before it, and the place is one word with no capitalised
// word after it.
func (s *sentence) surnamePlace(i, k int, h *hit) bool {
	if k != i+1 || h.form != formName || h.e.kind != timeline.Place && h.e.kind != timeline.Country ||
		s.toks[i].is(tPoss) || !s.toks[i].is(tCap) || s.toks[i].is(tUpper) {
		return false
	}
	if end, _ := s.match(k); end != k+1 || s.word(k+1) && s.toks[k+1].is(tCap) {
		return false
	}
	if s.g.honorific[s.str(i)] || s.g.isGiven(s.str(i)) {
		return true
	}
	if s.honorificBefore(i) >= 0 {
		return true
	}
	_, _, _, ok := s.titleBefore(i - 1)
	return ok
}

// placeSurnames makes each one-word mention of a place or a state the
// person of the document whose surname it is ("Jordan" where "Anna
// Jordan" was named), unless a preposition of place or motion stands
// before a place the gazetteer knows. A place read from a preposition
// alone is no place where the document names a person of that surname
// ("looked to Cheeks" where "Maurice Cheeks" was named); it is left out,
// as the person's other mentions tell who acts.
func placeSurnames(g *gazetteer, text string, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		found := m.Ref == "" && m.Kind == timeline.Place // read from context alone: "looked to Cheeks"
		if !found && m.Ref == "" || m.Kind == timeline.Person || m.Kind == timeline.Group || strings.ContainsAny(m.Text, " \t\n") {
			continue
		}
		person := ""
		for _, p := range ms {
			if p.Kind == timeline.Person && strings.Contains(p.Name, " ") && lastWord(p.Name) == m.Text && !isDescriptor(p.Text) &&
				strings.HasSuffix(p.Text, " "+m.Text) && p.Name != person {
				if person != "" && !sameOwner(person, p.Name) {
					person = "" // two people of that surname: neither
					break
				}
				if len(p.Name) > len(person) {
					person = p.Name // "Maurice Cheeks" of "Mo Cheeks"
				}
			}
		}
		if person == "" {
			continue
		}
		if w := wordBefore(text, m.Start); !found && (g.lexOf(w)&(lLocPrep|lMotion) != 0 || placePreps[w] || w == "to" || w == "from") {
			continue
		}
		if found {
			// Read as a place from a preposition alone: no place, and
			// left to the person's other mentions ("speak to Cheeks").
			m.Name = ""
			continue
		}
		m.Kind, m.Name, m.Ref, m.Country, m.Modifier = timeline.Person, person, "", "", false
	}
}

// wordBefore returns the word right before byte offset at, in lower case.
func wordBefore(text string, at int) string {
	end := at
	for end > 0 && text[end-1] == ' ' {
		end--
	}
	start := end
	for start > 0 && (text[start-1] >= 'a' && text[start-1] <= 'z' || text[start-1] >= 'A' && text[start-1] <= 'Z') {
		start--
	}
	return strings.ToLower(text[start:end])
}
