package actor

import "strings"

// The name a short form stands for in one document.

// pick chooses the name a surname stands for: the only full name, or the
// one that is the same gazetteer entry, or else the surname itself when
// the document calls someone by it alone. Of several people of one
// surname ("Arlen Voss" and his wife "Mira Voss") it is the one the
// document names most, the first on a tie: the one the story is about,
// not the one named last. A word innerNames filed as part of a full name
// stands for it only when no full name has the word for surname.
func pick(full []surnameName, surname, ref string) (fullName, bool) {
	var only, single, in fullName
	n, singles, ins, most := 0, 0, 0, -1
	for _, x := range full {
		if x.surname != surname {
			continue
		}
		if x.single {
			single = x.fullName
			singles++
			continue
		}
		if x.inner {
			if x.name != in.name {
				in = x.fullName
				ins++
			}
			continue
		}
		if ref != "" && x.ref == ref {
			return x.fullName, true
		}
		if x.times > most {
			only, most = x.fullName, x.times
		}
		n++
	}
	if n == 0 && ins == 1 {
		return in, true // "Lula" of "Luiz Inácio Lula da Silva", unless a surname says otherwise
	}
	if n == 0 && singles == 1 {
		return single, true
	}
	return only, n >= 1
}

// shared reports whether the document writes full names of more than one
// person with the surname.
func shared(full []surnameName, surname string) bool {
	n := 0
	for _, x := range full {
		if x.surname == surname && !x.single && !x.org {
			n++
		}
	}
	return n > 1
}

// titledGiven returns the one full name of the document that opens with
// the given name a title or an honorific goes before ("Sheikh Mohammed",
// "Prince Harry", "Sir Keir"): such a name is the person's first, not a
// surname, and no surname matches it.
func titledGiven(full []surnameName, m *Mention) (fullName, bool) {
	if m.Ref != "" || strings.ContainsAny(m.Name, " \t\n") || m.Text == m.Name && m.Title == "" {
		return fullName{}, false
	}
	var found fullName
	for _, x := range full {
		if x.single || x.org {
			continue // the name alone, as this mention writes it
		}
		if x.surname == m.Name {
			return fullName{}, false // "Sheikh Hamad" of someone surnamed Hamad
		}
		if first, _, _ := strings.Cut(x.name, " "); first != m.Name || x.name == found.name {
			continue
		}
		if found.name != "" {
			return fullName{}, false // two of that given name: no telling which
		}
		found = x.fullName
	}
	return found, found.name != ""
}
