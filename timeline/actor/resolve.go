package actor

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// Resolve groups the mentions of all documents into actors (aliases,
// spelling variants, titles), sets each mention's ID, and returns the
// actors sorted by ID.
//
// Mentions naming the same gazetteer entry are one actor. Other persons
// join by name: a surname alone joins the one person of that surname, and
// spellings a short edit away join when they start with the same letter,
// their given names agree (or one is missing), their countries do not
// differ, and they are not two different gazetteer people. Candidates are
// compared only within blocks of the same first letter and near length.
func Resolve(docs [][]Mention) []timeline.Actor {
	g := loadDefault()
	r := newResolver(g)
	for d := range docs {
		for k := range docs[d] {
			r.add(&docs[d][k])
		}
	}
	r.joinPersons()
	actors := r.actors()
	for d := range docs {
		for k := range docs[d] {
			m := &docs[d][k]
			m.ID = r.idOf[r.find(r.keyOf(m))]
		}
	}
	return actors
}

// record is what is known of one key: a gazetteer entry or a name.
type record struct {
	key      string
	ref      *entry
	kind     string
	surnames []string
	firsts   []string
	country  string
	mentions []*Mention
}

type resolver struct {
	g      *gazetteer
	recs   map[string]*record
	order  []string // keys in first-seen order, for determinism
	parent map[string]string
	keys   map[keyParts]string
	idOf   map[string]string // set root key → actor id
	sets   map[string]*set   // root key → what its set knows
}

func newResolver(g *gazetteer) *resolver {
	return &resolver{g: g, recs: map[string]*record{}, parent: map[string]string{}, keys: map[keyParts]string{}, idOf: map[string]string{}, sets: map[string]*set{}}
}

// keyOf names the record a mention belongs to before any joining.
//
// The same few keys come back for most mentions, so each is built once.
func (r *resolver) keyOf(m *Mention) string {
	var k keyParts
	switch {
	case m.Ref != "":
		k = keyParts{tag: 'r', name: m.Ref}
	case m.Kind == timeline.Person:
		k = keyParts{tag: 'p', name: m.Name}
	default:
		k = keyParts{tag: 'n', kind: m.Kind, name: m.Name}
	}
	if key, ok := r.keys[k]; ok {
		return key
	}
	var key string
	switch k.tag {
	case 'r':
		key = "r:" + m.Ref
	case 'p':
		key = "p:" + m.Name
	default:
		key = "n:" + m.Kind + ":" + strings.ToLower(m.Name)
	}
	r.keys[k] = key
	return key
}

// keyParts is what a record key is made of.
type keyParts struct {
	tag        byte
	kind, name string
}

// oneSpaced returns s with its runs of white space as single spaces and
// no space at either end, allocating only when s is not so already.
func oneSpaced(s string) string {
	prev := byte(' ')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' || c >= 0x80 || c == ' ' && prev == ' ' {
			return strings.Join(strings.Fields(s), " ")
		}
		prev = c
	}
	if prev == ' ' && len(s) > 0 {
		return strings.TrimRight(s, " ")
	}
	return s
}

func (r *resolver) record(key string) *record {
	if rec := r.recs[key]; rec != nil {
		return rec
	}
	rec := &record{key: key}
	r.recs[key] = rec
	r.parent[key] = key
	r.order = append(r.order, key)
	return rec
}

func (r *resolver) add(m *Mention) {
	key := r.keyOf(m)
	rec := r.record(key)
	rec.mentions = append(rec.mentions, m)
	if rec.kind == "" {
		rec.kind = m.Kind
	}
	if rec.country == "" && m.Country != "" {
		rec.country = m.Country
	}
	if m.Ref != "" && rec.ref == nil {
		if e := r.g.byID[m.Ref]; e != nil {
			rec.ref = e
			rec.kind = e.kind
			rec.surnames = e.surnames
			rec.firsts = e.firsts
			if e.country != "" {
				rec.country = e.country
			}
		}
	}
	if m.Kind == timeline.Person && m.Ref == "" && len(rec.surnames) == 0 {
		words := strings.Fields(m.Name)
		if len(words) > 0 {
			rec.surnames = []string{words[len(words)-1]}
			if len(words) > 1 {
				rec.firsts = []string{words[0]}
			}
		}
	}
}

func (r *resolver) find(k string) string {
	for r.parent[k] != k {
		r.parent[k] = r.parent[r.parent[k]]
		k = r.parent[k]
	}
	return k
}

// set is the joined view of a union-find root, for the join guards.
type set struct {
	ref       *entry
	firsts    []string
	countries []string
}

// setOf returns what the set rooted at root knows, building it for a
// record not joined yet.
func (r *resolver) setOf(root string) set {
	if s := r.sets[root]; s != nil {
		return *s
	}
	rec := r.recs[root]
	s := &set{ref: rec.ref, firsts: rec.firsts}
	if rec.country != "" {
		s.countries = []string{rec.country}
	}
	r.sets[root] = s
	return *s
}

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
		return false
	}
	return true
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
	joined := &set{ref: sa.ref, firsts: append(slices.Clip(sa.firsts), sb.firsts...), countries: slices.Clone(sa.countries)}
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
	// Gazetteer people take part as candidates even when no document
	// names them exactly, so that a misspelling still finds them.
	for _, e := range r.g.entries {
		if e.kind != timeline.Person {
			continue
		}
		key := "r:" + e.id
		if r.recs[key] == nil {
			rec := r.record(key)
			rec.ref, rec.kind, rec.surnames, rec.firsts, rec.country = e, e.kind, e.surnames, e.firsts, e.country
		}
	}
	var names []surnameRef
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Person {
			continue
		}
		for _, s := range rec.surnames {
			names = append(names, surnameRef{strings.ToLower(s), k, rec.ref != nil || len(rec.firsts) > 0})
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
		if ra != rb {
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
		if compatible(r.setOf(r.find(a.key)), r.setOf(root)) && !slices.Contains(targets[a.key], root) {
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
		if m.Title != "" && a.Kind == timeline.Person {
			a.Aliases = append(a.Aliases, oneSpaced(m.Title+" "+m.Text)) // "President Trump"
		}
	}
	if a.Kind == timeline.Person && strings.Contains(a.Name, " ") {
		// "Ushakov" names Yuri Ushakov wherever the full name is written:
		// the surname alone is an alias even before the text uses it.
		// Of a gazetteer entry only the surname of its own name: its
		// other spellings are not the text's.
		for _, rec := range recs {
			if len(rec.surnames) > 0 && rec.surnames[0] != a.Name && startsUpper(rec.surnames[0]) {
				a.Aliases = append(a.Aliases, rec.surnames[0])
			}
		}
	}
	slices.Sort(a.Aliases)
	a.Aliases = slices.Compact(a.Aliases)
	a.Roles = foldRoles(a.Roles)
	return a, ref != nil, true
}

// foldRoles sorts roles and keeps one of each spelled alike but for case.
func foldRoles(roles []string) []string {
	slices.Sort(roles)
	roles = slices.Compact(roles)
	seen := map[string]bool{}
	out := roles[:0]
	for _, r := range roles {
		k := strings.ToLower(r)
		if !seen[k] {
			seen[k] = true
			out = append(out, r)
		}
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
	best := ""
	for n, c := range count {
		bw, nw := len(strings.Fields(best)), len(strings.Fields(n))
		if best == "" || nw > bw || nw == bw && (c > count[best] || c == count[best] && n < best) {
			best = n
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

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// editDistance is the optimal-string-alignment distance between a and b
// (insertions, deletions, substitutions and swaps of neighbours), counted
// in runes; it stops early and returns limit+1 once the distance must
// exceed limit.
func editDistance(a, b string, limit int) int {
	var bufA, bufB [32]rune
	ra, rb := toRunes(bufA[:0], a), toRunes(bufB[:0], b)
	if d := len(ra) - len(rb); d > limit || -d > limit {
		return limit + 1
	}
	var rows [3][33]int
	var prev2, prev, cur []int
	if len(rb) < len(rows[0]) {
		prev2, prev, cur = rows[0][:len(rb)+1], rows[1][:len(rb)+1], rows[2][:len(rb)+1]
	} else {
		prev2, prev, cur = make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	}
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

// toRunes appends the runes of s to buf, which grows only for long text.
func toRunes(buf []rune, s string) []rune {
	for _, r := range s {
		buf = append(buf, r)
	}
	return buf
}

// slug makes an actor id of a name: lower-case ASCII words joined by
// hyphens, accents folded ("Viktor Orbán" → "viktor-orban").
func slug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range name {
		r = fold(unicode.ToLower(r))
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '’' || r == '.':
			// "U.S." → "us"
		default:
			dash = true
		}
	}
	return b.String()
}

// fold maps accented Latin letters to their base letter.
func fold(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if b, ok := folds[r]; ok {
		return b
	}
	return r
}

var folds = func() map[rune]rune {
	pairs := []string{
		"aàáâãäåāăą", "cçćč", "dďđ", "eèéêëēėęě", "gğ", "iìíîïīįı", "kķ", "lłľĺ",
		"nńňñ", "oòóôõöøōő", "rŕř", "sśšşș", "tťț", "uùúûüūůűų", "yýÿ", "zžźż",
	}
	m := map[rune]rune{}
	for _, p := range pairs {
		base, _ := utf8.DecodeRuneInString(p)
		for _, r := range p[1:] {
			m[r] = base
		}
	}
	return m
}()
