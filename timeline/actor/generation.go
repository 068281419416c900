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

// monarchTitles are the titles a reigning monarch or pope is named by,
// with or without the number of the reign: "King Charles", "Pope Leo".
var monarchTitles = map[string]bool{"king": true, "queen": true, "pope": true, "emperor": true, "empress": true,
	"sultan": true, "tsar": true, "czar": true, "emir": true, "shah": true}

// monarchTitled reports whether the mention's title or role is a
// monarch's.
func monarchTitled(m *Mention) bool {
	for _, t := range []string{m.Title, m.Role} {
		if first, _, _ := strings.Cut(t, " "); monarchTitles[strings.ToLower(first)] {
			return true
		}
	}
	return false
}

// regnalNames names a monarch called by a title and one name ("King
// Vardan") by the name with the reign's number another mention gives
// under a monarch's title ("King Vardan IV"), when the corpus gives that
// name one number only: two numbers are two monarchs, and the bare name
// is then neither by the name alone.
func regnalNames(docs [][]Mention) {
	numbered := map[string]string{}
	for _, ms := range docs {
		for k := range ms {
			m := &ms[k]
			name, num, ok := strings.Cut(m.Name, " ")
			if m.Kind != timeline.Person || !ok || !regnal(num) || !monarchTitled(m) {
				continue
			}
			if prev, seen := numbered[name]; seen && prev != m.Name {
				numbered[name] = ""
				continue
			}
			numbered[name] = m.Name
		}
	}
	if len(numbered) == 0 {
		return
	}
	// A document that calls the monarch by title or by number ("King
	// Vardan", "Vardan IV") means the same monarch by the bare name:
	// "Vardan, who was crowned in May".
	var reigning map[string]bool
	for _, ms := range docs {
		clear(reigning)
		for k := range ms {
			m := &ms[k]
			if m.Kind != timeline.Person || m.Ref != "" {
				continue
			}
			name, _, _ := strings.Cut(m.Name, " ")
			if full := numbered[name]; full != "" && (full == m.Name || monarchTitled(m)) {
				if reigning == nil {
					reigning = map[string]bool{}
				}
				reigning[name] = true
			}
		}
		for k := range ms {
			m := &ms[k]
			if full := numbered[m.Name]; full != "" && m.Kind == timeline.Person && m.Ref == "" && reigning[m.Name] {
				m.Name = full
			}
		}
	}
}
