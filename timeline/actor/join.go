package actor

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// Joining person records by name: the guards that keep two people apart
// (compatible, sameGiven, allowed) and the blocking that finds surnames a
// short edit apart without comparing every pair.

// compatible reports whether two sets may be one person.
func compatible(a, b set) bool {
	if a.ref != nil && b.ref != nil && a.ref != b.ref {
		return false
	}
	if len(a.countries) > 0 && len(b.countries) > 0 && !overlaps(a.countries, b.countries) {
		return false
	}
	if len(a.firsts) > 0 && len(b.firsts) > 0 {
		for _, x := range a.firsts {
			for _, y := range b.firsts {
				if sameGiven(x, y) {
					return true
				}
			}
		}
		// "Tayyip Erdogan" is "Recep Tayyip Erdogan" called by his
		// middle name, as news of some countries does.
		return slices.ContainsFunc(a.firsts, func(x string) bool { return containsFold(b.middles, x) }) ||
			slices.ContainsFunc(b.firsts, func(y string) bool { return containsFold(a.middles, y) })
	}
	return true
}

// containsFold reports whether list holds w in any case.
func containsFold(list []string, w string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, w) })
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// sameGiven reports whether two given names may be one: equal, an initial
// of the other, or a spelling a short edit away ("Steve"/"Steven").
func sameGiven(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSuffix(a, ".")), strings.ToLower(strings.TrimSuffix(b, "."))
	if a == b {
		return true
	}
	if len(a) == 1 || len(b) == 1 {
		return a[0] == b[0]
	}
	return a[0] == b[0] && editDistance(a, b, allowed(min(len(a), len(b)))) <= allowed(min(len(a), len(b)))
}

// allowed is the largest edit distance that may still join two surnames
// of the given length: none below 4 letters, one up to 7, then two.
func allowed(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

func (r *resolver) union(a, b string) bool {
	ra, rb := r.find(a), r.find(b)
	if ra == rb {
		return false
	}
	sa, sb := r.setOf(ra), r.setOf(rb)
	if !compatible(sa, sb) {
		return false
	}
	// The root is the smaller key, so the result does not depend on order.
	if rb < ra {
		ra, rb = rb, ra
	}
	r.parent[rb] = ra
	joined := &set{ref: sa.ref, firsts: append(slices.Clip(sa.firsts), sb.firsts...), middles: append(slices.Clip(sa.middles), sb.middles...),
		countries: slices.Clone(sa.countries)}
	if joined.ref == nil {
		joined.ref = sb.ref
	}
	for _, c := range sb.countries {
		joined.countries = appendNew(joined.countries, c)
	}
	r.sets[ra] = joined
	delete(r.sets, rb)
	return true
}

// surnameRef is one surname of one person record, for blocking.
type surnameRef struct {
	surname string // lower case
	key     string
	full    bool // the record has a given name or is a gazetteer person
}

// candidatePairs returns the index pairs of surnames that may be a short
// edit apart: those sharing a deletion variant (the surname, or it with
// one letter removed, for surnames long enough to allow an edit). Two
// surnames sharing one are at most two edits apart. Each surname yields a
// handful of variants, so the work grows with the number of names, not
// its square.
func candidatePairs(names []surnameRef) [][2]int {
	byVariant := map[string][]int{}
	var vs []string
	for i, n := range names {
		vs = deletions(vs[:0], n.surname, min(1, allowed(utf8.RuneCountInString(n.surname))))
		for _, v := range vs {
			if l := byVariant[v]; len(l) == 0 || l[len(l)-1] != i {
				byVariant[v] = append(l, i)
			}
		}
	}
	seen := map[[2]int]bool{}
	var out [][2]int
	for _, l := range byVariant {
		for x := 0; x < len(l); x++ {
			for y := x + 1; y < len(l); y++ {
				p := [2]int{l[x], l[y]}
				if !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	return out
}

// deletions appends s and every string made by deleting up to n runes of
// it.
func deletions(out []string, s string, n int) []string {
	out = append(out, s)
	if n == 0 {
		return out
	}
	rs := []rune(s)
	for i := range rs {
		d := string(rs[:i]) + string(rs[i+1:])
		out = deletions(out, d, n-1)
	}
	return out
}

// joinPersons joins person records that name the same person.
func (r *resolver) joinPersons() {
	var names []surnameRef
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Person {
			continue
		}
		for _, s := range rec.surnames {
			names = append(names, surnameRef{articleless(strings.ToLower(s)), k, rec.ref != nil || len(rec.firsts) > 0})
		}
	}
	type pair struct {
		a, b surnameRef
		dist int
	}
	var full, short []pair
	for _, c := range candidatePairs(names) {
		a, b := names[c[0]], names[c[1]]
		if a.key == b.key {
			continue
		}
		ra, _ := utf8.DecodeRuneInString(a.surname)
		rb, _ := utf8.DecodeRuneInString(b.surname)
		if ra != rb || pluralApart(a.surname, b.surname) {
			continue
		}
		limit := allowed(min(utf8.RuneCountInString(a.surname), utf8.RuneCountInString(b.surname)))
		d := editDistance(a.surname, b.surname, limit)
		if d > limit {
			continue
		}
		p := pair{a, b, d}
		if a.full && b.full {
			full = append(full, p)
		} else {
			short = append(short, p)
		}
	}
	byDist := func(x, y pair) int {
		return cmp.Or(cmp.Compare(x.dist, y.dist), cmp.Compare(x.a.key, y.a.key), cmp.Compare(x.b.key, y.b.key))
	}
	slices.SortFunc(full, byDist)
	for _, p := range full {
		r.union(p.a.key, p.b.key)
	}
	// A surname alone joins a person only when every match is one person.
	slices.SortFunc(short, byDist)
	targets := map[string][]string{}
	var shortKeys []string
	for _, p := range short {
		a, b := p.a, p.b
		if a.full && !b.full {
			a, b = b, a
		}
		if !b.full {
			continue
		}
		if _, ok := targets[a.key]; !ok {
			shortKeys = append(shortKeys, a.key)
		}
		root := r.find(b.key)
		if compatible(r.setOf(r.find(a.key)), r.setOf(root)) && !r.genderClash(a.key, root) && !slices.Contains(targets[a.key], root) {
			targets[a.key] = append(targets[a.key], root)
		}
	}
	for _, k := range shortKeys {
		if t := targets[k]; len(t) == 1 {
			r.union(k, t[0])
		}
	}
	// Surnames alone that matched no full name join each other.
	for _, p := range short {
		if !p.a.full && !p.b.full && len(targets[p.a.key]) == 0 && len(targets[p.b.key]) == 0 {
			r.union(p.a.key, p.b.key)
		}
	}
}

// joinLoneNames joins a person known by one word alone, with no given
// name and no gazetteer entry, to the organisation of that name: "Corvane
// said it would not pay" reads a speaker of one capitalised word as a
// person, while "Corvane, the discount retailer" and "at Corvane" say
// what it is. So it is of a longer name that opens with no given name and
// never has a title or a role ("Varna Hydro said" beside "the utility
// Varna Hydro").
func (r *resolver) joinLoneNames() {
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Person || rec.ref != nil {
			continue
		}
		name, ok := strings.CutPrefix(k, "p:")
		if !ok || len(rec.firsts) > 0 && !r.bareCompany(rec) {
			continue
		}
		if org := "n:" + timeline.Organization + ":" + strings.ToLower(name); r.recs[org] != nil {
			if r.union(org, k); r.find(org) != r.find(k) {
				continue
			}
			// The organisation it is: "Corvane said" counts as one of
			// its mentions, not as a person's, wherever it is written.
			for _, m := range rec.mentions {
				if m.Title == "" && m.Role == "" {
					m.Kind = timeline.Organization
				}
			}
		}
	}
}

// joinDescribedBodies joins a body that a document names by common nouns
// alone ("the health agency", read before that document names it) to the
// one body the story names whose name ends in the same noun and holds all
// its words ("UK Health Security Agency"), as resolveInstitutions does
// within a document. A lone noun ("the agency") says too little, unless a
// state has one such body ("the junta": the "Nigerien junta" another
// article names), and two such bodies leave it alone.
func (r *resolver) joinDescribedBodies() {
	var named []string
	for _, k := range r.order {
		if rec := r.recs[k]; rec.kind == timeline.Organization && len(rec.mentions) > 0 && rec.mentions[0].Name != strings.ToLower(rec.mentions[0].Name) {
			named = append(named, k)
		}
	}
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization || rec.ref != nil || len(rec.mentions) == 0 {
			continue
		}
		desc := rec.mentions[0].Name
		if desc != strings.ToLower(desc) || !strings.Contains(desc, " ") && !soleBodies[desc] {
			continue // "the company" may be any; "the junta" is the one the corpus names ("Nigerien junta")
		}
		var to []string
		for _, o := range named {
			name := r.recs[o].mentions[0].Name
			if root := r.find(o); strings.EqualFold(lastWord(name), lastWord(desc)) && namesAll(name, desc) && !slices.Contains(to, root) {
				to = append(to, root)
			}
		}
		if len(to) == 1 {
			r.union(to[0], k)
		}
	}
}

// bareCompany reports whether a person record of several words may be a
// company read as a speaker: its first word is no given name, and no
// mention gives it a title, a role or an honorific.
func (r *resolver) bareCompany(rec *record) bool {
	if len(rec.firsts) != 1 || r.g.isGiven(rec.firsts[0]) {
		return false
	}
	for _, m := range rec.mentions {
		if m.Title != "" || m.Role != "" || m.Text != m.Name {
			return false
		}
	}
	return true
}

// pluralApart reports whether two lower-case names differ only in a final
// "s" that one of them has, added or in place of the other's last letter:
// "Bills" and "Billy", "Williams" and "William". Such an "s" makes a
// different name (a team's plural, a patronymic surname), not a
// misspelling, which falls inside the word ("Okoro", "Okorro").
func pluralApart(a, b string) bool {
	if strings.HasSuffix(a, "s") == strings.HasSuffix(b, "s") {
		return false
	}
	if !strings.HasSuffix(a, "s") {
		a, b = b, a
	}
	stem := a[:len(a)-1]
	return stem == b || len(b) == len(a) && stem == b[:len(b)-1]
}

// articleless drops the Arabic article that opens a surname, which
// transliterations write as "al-", "el-", "Al " or "El " at will: "el-Sissi"
// and "al-Sisi" are one surname a spelling apart, "Sissi" and "Sisi".
func articleless(surname string) string {
	for _, p := range []string{"al-", "el-", "al ", "el "} {
		if rest, ok := strings.CutPrefix(surname, p); ok && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return surname
}
