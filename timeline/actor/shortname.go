package actor

import (
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// joinShortNames joins an organisation named by the first words of one
// other organisation's name, the rest words of an organisation's
// ("Harlow Mutual" of "Harlow Mutual Bank", "Harlow" of "Harlow Mutual"):
// one outlet writes a company's full name, the next its short one, and a
// story's bodies seldom share their first words. A short name that opens
// two bodies' names ("United" of "United Airlines" and "United Nations")
// says too little, and stays alone, as does the one word of a body an
// article introduces as another's part ("Wirecard" of "its banking
// subsidiary, Wirecard Bank").
func (r *resolver) joinShortNames() {
	var named []string
	for _, k := range r.order {
		if rec := r.recs[k]; (rec.kind == timeline.Organization || structureName(rec)) && rec.ref == nil && len(rec.mentions) > 0 && properName(rec.mentions[0].Name) {
			named = append(named, k)
		}
	}
	// Each name is split once: split again for every pair of bodies (and
	// every comparison of the sort), it allocated 19 MB of extract's run
	// on 2,000 articles, in the resolver's one-CPU pass. Joining reads
	// the names and never writes them.
	words := make([][]string, len(named))
	for i, k := range named {
		words[i] = strings.Fields(r.recs[k].mentions[0].Name)
	}
	// Longer short names first, so that "Harlow Mutual" has joined
	// "Harlow Mutual Bank" before "Harlow" looks for the one it opens.
	shorts := make([]int, len(named)) // indexes of named
	for i := range shorts {
		shorts[i] = i
	}
	slices.SortStableFunc(shorts, func(a, b int) int { return len(words[b]) - len(words[a]) })
	for _, ki := range shorts {
		k, short := named[ki], words[ki]
		var to, formal []string
		for oi, o := range named {
			// Whether the names fit is asked first: it mostly ends at
			// their lengths, where the roots are two look-ups a pair.
			if !r.opensWith(words[oi], short) {
				continue
			}
			if root := r.find(o); root != r.find(k) && !slices.Contains(to, root) && !(len(short) == 1 && r.partOfBody(o)) {
				to = append(to, root)
				if formOnly(words[oi][len(short):]) {
					formal = append(formal, root)
				}
			}
		}
		switch {
		case len(to) == 1:
			r.union(to[0], k)
		case len(formal) == 1:
			// "Wirecard" of "Wirecard AG" and "Wirecard Bank": the name
			// with only a corporate form after it is the company's own,
			// the one with a noun of a line of business its unit's.
			r.union(formal[0], k)
		}
	}
}

// formOnly reports whether the words that end a company's name are
// corporate forms alone ("AG", "Inc", "Group").
func formOnly(words []string) bool {
	for _, w := range words {
		if !corporateForms[strings.ToLower(strings.TrimSuffix(w, "."))] {
			return false
		}
	}
	return len(words) > 0
}

// opensWith reports whether the name long is short and words of an
// organisation after it, or the field a company's name may end in
// ("Merriton" of "Merriton Health").
func (r *resolver) opensWith(long, short []string) bool {
	if len(long) <= len(short) {
		return false
	}
	if len(short) == 1 && learnedHeads[strings.ToLower(short[0])] && strings.EqualFold(long[0], short[0]) && long[1] == "of" {
		return true // "the Academy" of "the Academy of Motion Picture Arts and Sciences"
	}
	for i, w := range short {
		if !strings.EqualFold(long[i], w) {
			return false
		}
	}
	formed := formEnded(long)
	for _, w := range long[len(short):] {
		if r.g.lexOf(w)&lOrgHead == 0 && !fieldHeads[strings.ToLower(w)] && nameTypes[strings.ToLower(w)]&tyBusiness == 0 && !(formed && properName(w)) {
			return false // "Kestrel" of "Kestrel Maritime": a line of business says a company too
		}
	}
	return true
}

// properName reports whether name is written as a name: capitalised,
// not a description in lower case ("the lender").
func properName(name string) bool {
	return name != "" && name[0] >= 'A' && name[0] <= 'Z'
}

// joinTrailingNames joins an organisation named by the last words of one
// other organisation's name: "the Hurricane Center said" of a story that
// named the National Hurricane Center, "Guadalupe Victoria International
// Airport" of "General Guadalupe Victoria International Airport". The
// short name is of three words or more, or of two ending in a word of an
// organisation, so that it names a body of its own kind; one that ends
// two bodies' names ("Fire Department" of two towns') stays alone, and
// a country dropped from the front is joinBodyVariants' to weigh.
func (r *resolver) joinTrailingNames() {
	// The names, split once, and by their last word: a name can end
	// only those that end in its own last word, so that a corpus's
	// thousands of organisations are not compared pair by pair.
	var named []string
	words := map[string][]string{}
	byLast := map[string][]string{}
	for _, k := range r.order {
		if rec := r.recs[k]; (rec.kind == timeline.Organization || structureName(rec)) && rec.ref == nil && len(rec.mentions) > 0 && properName(rec.mentions[0].Name) {
			named = append(named, k)
			w := strings.Fields(rec.mentions[0].Name)
			words[k] = w
			last := strings.ToLower(w[len(w)-1])
			byLast[last] = append(byLast[last], k)
		}
	}
	for _, k := range named {
		short := words[k]
		if len(short) < 2 || len(short) < 3 && r.g.lexOf(short[len(short)-1])&lOrgHead == 0 && !structureHeads[strings.ToLower(short[len(short)-1])] {
			continue
		}
		var to []string
		for _, o := range byLast[strings.ToLower(short[len(short)-1])] {
			if root := r.find(o); root != r.find(k) && r.endsWith(words[o], short) && !slices.Contains(to, root) {
				to = append(to, root)
			}
		}
		if len(to) == 1 {
			r.union(to[0], k)
		}
	}
}

// endsWith reports whether the name long is words naming no country and
// then short.
func (r *resolver) endsWith(long, short []string) bool {
	n := len(long) - len(short)
	if n <= 0 {
		return false
	}
	for i, w := range short {
		if !strings.EqualFold(long[n+i], w) {
			return false
		}
	}
	for _, w := range long[:n] {
		if r.g.countryNamed(strings.ToLower(w)) != "" {
			return false
		}
	}
	return true
}

// partOfBody reports whether the text introduced the body of record k as
// another's part ("its banking subsidiary, Norvex Bank"; see
// orgShortNames), whose first word alone is then the parent.
func (r *resolver) partOfBody(k string) bool {
	return slices.ContainsFunc(r.recs[k].mentions, func(m *Mention) bool { return partNouns[m.Role] })
}

// joinInitials joins a body named by a word in capitals ("EY") to the one
// body of the corpus whose initials it spells ("Ernst & Young"): one
// outlet writes the name, another the initials, and a document that
// wrote both found them already (settleAcronyms). Initials that two
// bodies' names spell stay alone: two letters ("GM") spell many names, but
// a story names few bodies, and one General Motors there is the GM.
func (r *resolver) joinInitials() {
	byInitials := map[string][]string{}
	var caps []string
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization || rec.ref != nil || len(rec.mentions) == 0 || !properName(rec.mentions[0].Name) {
			continue
		}
		name := rec.mentions[0].Name
		if !strings.Contains(name, " ") && len(name) >= 2 && len(name) <= 6 && strings.ToUpper(name) == name {
			caps = append(caps, k)
			continue
		}
		if a := acronym(name); len(a) >= 2 {
			byInitials[a] = append(byInitials[a], k)
		}
	}
	for _, k := range caps {
		var to []string
		for _, o := range byInitials[r.recs[k].mentions[0].Name] {
			if root := r.find(o); !slices.Contains(to, root) {
				to = append(to, root)
			}
		}
		if len(to) == 1 && to[0] != r.find(k) {
			r.union(to[0], k)
		}
	}
}

// joinInvertedOf joins a learned body's name written with "of" to the
// same name with its place or field before the head word: "University of
// Harlow" and "Harlow University" are one body, as one outlet writes the
// formal name and the next the everyday one.
func (r *resolver) joinInvertedOf() {
	byName := map[string]string{}
	var formal []string
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization || rec.ref != nil || len(rec.mentions) == 0 || !properName(rec.mentions[0].Name) {
			continue
		}
		name := strings.ToLower(rec.mentions[0].Name)
		if _, ok := byName[name]; !ok {
			byName[name] = k
		}
		if w := strings.Fields(name); len(w) >= 3 && learnedHeads[w[0]] && w[1] == "of" {
			formal = append(formal, k)
		}
	}
	for _, k := range formal {
		w := strings.Fields(strings.ToLower(r.recs[k].mentions[0].Name))
		if o, ok := byName[strings.Join(append(slices.Clone(w[2:]), w[0]), " ")]; ok && r.find(o) != r.find(k) {
			r.union(r.find(o), k)
		}
	}
}
