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

// ofGender returns the full names of full whose given name the gendered
// honorific opening text allows: "Mr. Neumann" is not "Rebekah Neumann",
// his wife, though the document writes only her name in full, and "Ms
// Berg" is not "Carl Berg". A given name of either gender clashes with
// nothing, and full is returned as it is when the honorific tells none.
func (f *Finder) ofGender(full []surnameName, text string) []surnameName {
	h := honorificGender(text)
	if h == 0 {
		return full
	}
	var out []surnameName
	for _, x := range full {
		if first, _, ok := strings.Cut(x.name, " "); ok && !x.org {
			if g := f.g.gender[foldName(first)]; g != 0 && g != h {
				continue
			}
		}
		out = append(out, x)
	}
	return out
}

// honorificGender returns 'm' or 'f' for an honorific opening text that
// says a man or a woman, else 0.
func honorificGender(text string) byte {
	w, _, _ := strings.Cut(text, " ")
	switch strings.TrimSuffix(w, ".") {
	case "Mr", "Sir", "Lord", "Monsieur":
		return 'm'
	case "Mrs", "Ms", "Miss", "Dame", "Lady", "Mme", "Madame":
		return 'f'
	}
	return 0
}

// genderClash reports whether the surname alone of record short, written
// with a gendered honorific ("Mr. Neumann"), cannot be the person of the
// set rooted at root, whose given names all say the other gender
// ("Rebekah Neumann"): of a husband and wife, "Mr." is the husband.
func (r *resolver) genderClash(short, root string) bool {
	var h byte
	for _, m := range r.recs[short].mentions {
		if h = honorificGender(m.Text); h != 0 {
			break
		}
	}
	firsts := r.setOf(root).firsts
	if h == 0 || len(firsts) == 0 {
		return false
	}
	for _, f := range firsts {
		if g := r.g.gender[foldName(f)]; g == 0 || g == h {
			return false
		}
	}
	return true
}
