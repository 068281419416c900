package actor

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// actors builds one actor per joined set that has mentions.
func (r *resolver) actors() []timeline.Actor {
	groups := map[string][]*record{}
	var roots []string
	for _, k := range r.order {
		root := r.find(k)
		if _, ok := groups[root]; !ok {
			roots = append(roots, root)
		}
		groups[root] = append(groups[root], r.recs[k])
	}
	r.sharedSurnames = r.surnamesOfTwo(roots, groups)
	type built struct {
		root  string
		actor timeline.Actor
		gaz   bool
	}
	var bs []built
	for _, root := range roots {
		a, gaz, ok := r.build(groups[root])
		if ok {
			bs = append(bs, built{root, a, gaz})
		}
	}
	taken := map[string]bool{}
	for _, b := range bs {
		taken[b.actor.ID] = true
	}
	for k := range bs {
		a := &bs[k].actor
		// "Walgreens Boots Alliance Inc" goes by its name without its
		// legal form, unless another actor has that name: "Nord Stream
		// AG" runs the pipeline "Nord Stream" and is told apart by it.
		if name := withoutLegalForm(a.Name); !bs[k].gaz && a.Kind == timeline.Organization && name != a.Name && !taken[slug(name)] {
			a.Aliases = append(slices.DeleteFunc(a.Aliases, func(s string) bool { return s == name }), a.Name)
			slices.Sort(a.Aliases)
			a.Name, a.ID = name, slug(name)
			taken[a.ID] = true
		}
	}
	// Gazetteer ids are kept; other ids that collide get a number.
	slices.SortFunc(bs, func(x, y built) int {
		if x.gaz != y.gaz {
			if x.gaz {
				return -1
			}
			return 1
		}
		return cmp.Or(cmp.Compare(x.actor.ID, y.actor.ID), cmp.Compare(x.actor.Kind, y.actor.Kind), cmp.Compare(x.actor.Name, y.actor.Name), cmp.Compare(x.root, y.root))
	})
	used := map[string]bool{}
	out := make([]timeline.Actor, 0, len(bs))
	for _, b := range bs {
		id := b.actor.ID
		for n := 2; used[id]; n++ {
			id = b.actor.ID + "-" + itoa(n)
		}
		used[id] = true
		b.actor.ID = id
		r.idOf[b.root] = id
		out = append(out, b.actor)
	}
	slices.SortFunc(out, func(x, y timeline.Actor) int { return cmp.Compare(x.ID, y.ID) })
	return out
}

// build makes the actor of one set of records; ok is false when no
// document mentions it.
func (r *resolver) build(recs []*record) (timeline.Actor, bool, bool) {
	var ms []*Mention
	var ref *entry
	for _, rec := range recs {
		ms = append(ms, rec.mentions...)
		if rec.ref != nil && len(rec.mentions) > 0 {
			ref = rec.ref
		}
	}
	if len(ms) == 0 {
		return timeline.Actor{}, false, false
	}
	if ref == nil {
		for _, rec := range recs {
			if rec.ref != nil {
				ref = rec.ref
			}
		}
	}
	a := timeline.Actor{Mentions: len(ms)}
	if ref != nil {
		a.ID, a.Name, a.Kind, a.Country = ref.id, ref.name, ref.kind, ref.country
	} else {
		a.Name, a.Kind = bestName(ms), majority(ms, func(m *Mention) string { return m.Kind })
		if a.Kind == timeline.Person {
			a.Name = bestPersonName(recs)
		}
		if ms[0].Ref != "" {
			a.ID = ms[0].Ref
		} else {
			a.ID = slug(a.Name)
		}
		if a.ID == "" {
			a.ID = "actor"
		}
	}
	if a.Country == "" {
		a.Country = majority(ms, func(m *Mention) string { return m.Country })
	}
	if a.Country == a.ID {
		a.Country = ""
	}
	a.Aliases, a.Roles = []string{}, []string{}
	for _, m := range ms {
		for _, s := range []string{m.Text, m.Name} {
			s = oneSpaced(s)
			// A lone demonym ("American" of "American and Russian
			// delegations") names its group only beside the group noun.
			lone := a.Kind == timeline.Group && !strings.Contains(s, " ")
			// "Russian presidents" of "the US and Russian presidents"
			// describes a person; a name ends in a capital word.
			described := a.Kind == timeline.Person && !startsUpper(s[strings.LastIndexByte(s, ' ')+1:])
			if s != "" && s != a.Name && startsUpper(s) && !isDescriptor(s) && !lone && !described {
				a.Aliases = append(a.Aliases, s)
			}
		}
		if m.Role != "" {
			a.Roles = append(a.Roles, oneSpaced(m.Role))
		}
		if m.Title != "" && a.Kind == timeline.Person && properTitle(m.Title) {
			a.Aliases = append(a.Aliases, oneSpaced(m.Title+" "+m.Text)) // "President Hal Brody"
		}
	}
	if a.Kind == timeline.Person && strings.Contains(a.Name, " ") {
		// "Okoro" names Tamsin Okoro wherever the full name is written:
		// the surname alone is an alias even before the text uses it.
		// Of a gazetteer entry only the surname of its own name: its
		// other spellings are not the text's.
		for _, rec := range recs {
			if len(rec.surnames) > 0 && rec.surnames[0] != a.Name && startsUpper(rec.surnames[0]) && !regnal(rec.surnames[0]) &&
				!(r.sharedSurnames[strings.ToLower(rec.surnames[0])] && !slices.ContainsFunc(ms, func(m *Mention) bool { return m.Text == rec.surnames[0] })) {
				// A surname two people of the story share ("Smith" of
				// Will Smith and Jada Pinkett Smith) is the alias only
				// of one the text calls by it.
				a.Aliases = append(a.Aliases, rec.surnames[0])
			}
		}
	}
	slices.Sort(a.Aliases)
	a.Aliases = slices.Compact(a.Aliases)
	a.Roles = foldRoles(a.Roles)
	return a, ref != nil, true
}

// foldRoles sorts roles and keeps one of each spelled alike but for case,
// and a role only when no other says in which body it is held ("chief
// executive" beside "chief executive of Ostrand Bank").
func foldRoles(roles []string) []string {
	slices.Sort(roles)
	roles = slices.Compact(roles)
	seen := map[string]bool{}
	out := roles[:0]
	for i, r := range roles {
		k := strings.ToLower(r)
		if seen[k] || slices.ContainsFunc(roles[i+1:], func(o string) bool { return strings.HasPrefix(strings.ToLower(o), k+" of ") }) {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}

// bestName is the fullest name: most words, then most used, then first in
// order.
func bestName(ms []*Mention) string {
	count := map[string]int{}
	for _, m := range ms {
		count[m.Name]++
	}
	names := make([]string, 0, len(count))
	for n := range count {
		names = append(names, n)
	}
	slices.Sort(names) // the order of the rules below matters where spellings of one name meet
	best := ""
	for _, n := range names {
		c := count[n]
		bw, nw := len(strings.Fields(best)), len(strings.Fields(n))
		if sameLetters(n, best) {
			bw = nw // "OpenAI" and "Open AI" are one name spaced two ways: the most used wins
		}
		if best == "" || nw > bw || nw == bw && (c > count[best] || c == count[best] && n < best) {
			best = n
		}
	}
	return best
}

// sameLetters reports whether a and b differ only in their spaces and
// case.
func sameLetters(a, b string) bool {
	return strings.EqualFold(strings.ReplaceAll(a, " ", ""), strings.ReplaceAll(b, " ", ""))
}

// bestPersonName is the name a person goes by. A full name (two words or
// more) beats a surname alone. Of the full names written in more than
// half as many documents as the most written one, the shortest wins: variants
// of one name mostly add to it (a middle initial, a transliteration's
// "-yy" or "-iy"), while a one-article misspelling is too rare to count.
// Then the most documents, the most mentions, the first in order.
func bestPersonName(recs []*record) string {
	words := func(rec *record) int { return min(len(strings.Fields(rec.mentions[0].Name)), 2) }
	top, most := 0, 0
	for _, rec := range recs {
		if len(rec.mentions) > 0 {
			top = max(top, words(rec))
		}
	}
	for _, rec := range recs {
		if len(rec.mentions) > 0 && words(rec) == top {
			most = max(most, rec.docs)
		}
	}
	// "Pinkett Smith" ends "Jada Pinkett Smith": a double surname without
	// the given name, never the name to go by while the whole is there.
	tail := func(rec *record) bool {
		n := rec.mentions[0].Name
		return slices.ContainsFunc(recs, func(o *record) bool {
			return len(o.mentions) > 0 && strings.HasSuffix(o.mentions[0].Name, " "+n) && strings.Count(n, " ") > 0
		})
	}
	best := pickPersonName(recs, top, most, words, tail)
	if best == nil {
		best = pickPersonName(recs, top, most, words, func(*record) bool { return false })
	}
	return best.mentions[0].Name
}

// pickPersonName is bestPersonName's choice among the records of top
// words written in most documents or near it, skipping those skip says.
func pickPersonName(recs []*record, top, most int, words func(*record) int, skip func(*record) bool) *record {
	var best *record
	for _, rec := range recs {
		if len(rec.mentions) == 0 || words(rec) < top || rec.docs*2 <= most && rec.docs < most || skip(rec) {
			continue
		}
		if best == nil {
			best = rec
			continue
		}
		n, b := rec.mentions[0].Name, best.mentions[0].Name
		if c := cmp.Or(cmp.Compare(utf8.RuneCountInString(b), utf8.RuneCountInString(n)), cmp.Compare(rec.docs, best.docs),
			cmp.Compare(len(rec.mentions), len(best.mentions)), strings.Compare(b, n)); c > 0 {
			best = rec
		}
	}
	return best
}

// majority is the most common non-empty value, ties to the smallest.
func majority(ms []*Mention, f func(*Mention) string) string {
	count := map[string]int{}
	for _, m := range ms {
		if v := f(m); v != "" {
			count[v]++
		}
	}
	best := ""
	for v, c := range count {
		if best == "" || c > count[best] || c == count[best] && v < best {
			best = v
		}
	}
	return best
}

// properTitle reports whether a title written before a name is one a
// person is called by ("President", "Secretary of State"), every word
// capitalised but the joiners, not a role phrase that opens a sentence
// ("Former finance minister", "Opposition Labour Party leader"): an
// alias is a name, with at most the title that goes with it.
func properTitle(title string) bool {
	words := strings.Fields(title)
	if len(words) == 0 || runOpeners[strings.ToLower(words[0])] {
		return false
	}
	for _, w := range words {
		if !startsUpper(w) && w != "of" && w != "for" && w != "the" && w != "and" {
			return false
		}
	}
	return true
}

// legalForms are the abbreviations of a company's legal form that wire
// copy writes after its name ("Walgreens Boots Alliance Inc", "Brenlow
// Ltd"): the company goes by the name without them, as the rest of the
// reporting writes it.
var legalForms = map[string]bool{"Inc": true, "Inc.": true, "Ltd": true, "Ltd.": true, "LLC": true, "plc": true, "PLC": true,
	"Corp": true, "Corp.": true, "AG": true, "GmbH": true, "NV": true, "N.V.": true, "SE": true}

// withoutLegalForm returns an organisation's name without the legal form
// that ends it, if a name is left.
func withoutLegalForm(name string) string {
	k := strings.LastIndexByte(name, ' ')
	if k < 0 || !legalForms[name[k+1:]] {
		return name
	}
	if rest := strings.TrimSuffix(name[:k], ","); rest != "" {
		return rest
	}
	return name
}

// surnamesOfTwo returns the surnames, in lower case, of people written in
// full in two or more of the groups: a surname alone says which of them
// only where the text resolved it.
func (r *resolver) surnamesOfTwo(roots []string, groups map[string][]*record) map[string]bool {
	owner := map[string]string{}
	shared := map[string]bool{}
	for _, root := range roots {
		for _, rec := range groups[root] {
			if rec.kind != timeline.Person || len(rec.surnames) == 0 || len(rec.mentions) == 0 || !strings.Contains(rec.mentions[0].Name, " ") {
				continue
			}
			s := strings.ToLower(rec.surnames[0])
			if o, ok := owner[s]; ok && o != root {
				shared[s] = true
			} else if !ok {
				owner[s] = root
			}
		}
	}
	return shared
}
