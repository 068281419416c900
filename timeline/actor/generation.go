package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// generations are the suffixes that tell a son from his father of the same
// name: "Arlen Voss Jr.", "Arlen Voss III". One is part of the person's
// name, never a surname nor a name alone.
var generations = map[string]bool{"jr": true, "jr.": true, "sr": true, "sr.": true, "ii": true, "iii": true, "iv": true}

// regnal reports whether w is a monarch's or pope's number ("Mohammed
// VI", "Benedict XVI"): no surname, and no name alone.
func regnal(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

// trimGeneration returns a person's name without a generational suffix,
// when a given name and a surname stand before it: "Arlen Voss III" is
// the "Arlen Voss" another article names.
func trimGeneration(name string) string {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 || !generations[strings.ToLower(name[i+1:])] || !strings.Contains(name[:i], " ") {
		return name
	}
	return strings.TrimRight(name[:i], " ,")
}

// surnameOf returns the last word of a person's name, passing over a
// generational suffix: "Voss" of "Arlen Voss III".
func surnameOf(name string) string { return lastWord(trimGeneration(name)) }

// twoGenerations returns the person names the documents write with two
// different generational suffixes: "Mark Vell Jr" and "Mark Vell Sr" are
// two people, and neither is the plain "Mark Vell" by the name alone.
func twoGenerations(docs [][]Mention) map[string]bool {
	seen, two := map[string]string{}, map[string]bool{}
	for _, ms := range docs {
		for _, m := range ms {
			if m.Kind != timeline.Person {
				continue
			}
			t := trimGeneration(m.Name)
			if t == m.Name {
				continue
			}
			suffix := strings.TrimSuffix(strings.ToLower(lastWord(m.Name)), ".")
			if prev, ok := seen[t]; ok && prev != suffix {
				two[t] = true
			}
			seen[t] = suffix
		}
	}
	return two
}
