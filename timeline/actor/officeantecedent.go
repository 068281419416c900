package actor

import (
	"slices"
	"sort"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// antecedent is the fallback when the document gives no one the office:
// the one person of the sentence before that of "the Russian leader" (or
// of the one before it) whom nothing the document says rules out, as a
// reader takes it ("Ivan Petrenko agreed to a pause. The Russian leader
// gave the undertaking …"). A person of another state, or with a role or
// title that is not the office, is ruled out; two persons left make it
// ambiguous. A person named before it in its own sentence is someone
// else ("Vell said the Russian leader agreed"), as is a person an earlier
// office of the document described as another state's ("The Ukrainian
// president said … the halt the Russian leader accepted"; described maps
// such a person to that state): such a person leaves the office no one,
// since it is then as likely someone the document has not named.
//
// A person named old (who held the office before a newcomer took it) is
// passed over.
func (f *Finder) antecedent(ms []Mention, p pending, offices []string, sents []timeline.Span, described map[string]string, old string) (name, country string) {
	fits := func(role string) bool {
		if role == "" {
			return true
		}
		for _, o := range offices {
			if f.g.holds(role, strings.ReplaceAll(o, "defence", "defense")) {
				return true
			}
		}
		return false
	}
	k := sort.Search(len(sents), func(i int) bool { return sents[i].Start >= p.from })
	at := ms[p.at].Start
	// compatible reports whether nothing rules the person out; vetoed,
	// whether what rules them out is that they are someone else here, of
	// whom another person left is no better a reading.
	compatible := func(name string) (ok, vetoed bool) {
		for _, m := range ms {
			if m.Kind == timeline.Person && m.Name == name &&
				(m.Country != "" && p.country != "" && m.Country != p.country || !fits(m.Role) || !fits(m.Title)) {
				return false, false
			}
		}
		if c, ok := described[name]; ok && c != p.country {
			return false, true
		}
		if k < len(sents) && slices.ContainsFunc(ms, func(m Mention) bool {
			return m.Kind == timeline.Person && m.Name == name && !isDescriptor(m.Text) && m.Start >= sents[k].Start && m.Start < at
		}) {
			return false, true // "Vell said the Russian leader agreed"
		}
		return true, false
	}
	for back := 1; back <= 2 && k-back >= 0; back++ {
		sp := sents[k-back]
		var found []string
		for _, m := range ms {
			if m.Kind == timeline.Person && m.Start >= sp.Start && m.End <= sp.End && strings.Contains(m.Name, " ") &&
				!isDescriptor(m.Text) && !slices.Contains(found, m.Name) && m.Name != old {
				found = append(found, m.Name)
			}
		}
		if len(found) == 0 {
			continue
		}
		var ok []string
		for _, n := range found {
			fit, vetoed := compatible(n)
			if vetoed {
				return "", ""
			}
			if fit {
				ok = append(ok, n)
			}
		}
		if len(ok) == 1 {
			return ok[0], "" // the state is the office's, not evidence of the person's
		}
		return "", ""
	}
	return "", ""
}

// pronounBefore reports whether a personal pronoun opens the reference
// to a person in the sentence that starts at byte from, before the office
// at byte at, with no person named before it there: "He described the
// call and said the Russian leader wanted peace". The pronoun takes the
// person of the sentence before, as a reader takes it, and the office in
// the same sentence is then someone else. ("Brody said he hoped to see
// the Ukrainian leader": he is Brody.)
func pronounBefore(text string, ms []Mention, from, at int) bool {
	if from < 0 || at > len(text) || from >= at {
		return false
	}
	for i := from; i < at; {
		j := i
		for j < at && isLetter(text[j]) {
			j++
		}
		if j == i {
			i++
			continue
		}
		switch strings.ToLower(text[i:j]) {
		case "he", "she", "him", "her":
			return !slices.ContainsFunc(ms, func(m Mention) bool {
				return m.Kind == timeline.Person && m.Start >= from && m.Start < i
			})
		}
		i = j
	}
	return false
}

// formerOffice reports whether office is one of bareOffices or of a
// portfolio, held before: "former prime minister", "ex-president",
// "former finance minister". News writes it of someone it has just
// named, as it does "the 47-year-old".
func formerOffice(office string) bool {
	rest, ok := strings.CutPrefix(office, "former ")
	if !ok {
		rest, ok = strings.CutPrefix(office, "ex-")
	}
	return ok && (bareOffices[rest] || portfolioHeads[lastWord(rest)])
}
