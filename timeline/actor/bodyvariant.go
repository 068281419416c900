package actor

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// One outlet writes "the Federal Deposit Insurance Corp.", the next "the
// U.S. Federal Deposit Insurance Corporation": a body's name comes with its
// legal ending shortened or not, and with its country before it or not.
// joinBodyVariants makes such names one body. A country before the name
// is dropped only where no other country's body goes by the rest of it:
// "the Russian Defence Ministry" and "the Ukrainian Defence Ministry" of
// one story stay two, and "the Defence Ministry" joins neither.

// joinBodyVariants joins the organisations whose names are one after
// bodyName.
func (r *resolver) joinBodyVariants() {
	type variant struct {
		key, country string
	}
	byName := map[string][]variant{}
	var names []string
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization || rec.ref != nil || len(rec.mentions) == 0 || !properName(rec.mentions[0].Name) {
			continue
		}
		country, name := r.g.bodyName(rec.mentions[0].Name)
		if name == "" {
			continue
		}
		if _, ok := byName[name]; !ok {
			names = append(names, name)
		}
		byName[name] = append(byName[name], variant{k, country})
	}
	for _, name := range names {
		vs := byName[name]
		var countries []string
		for _, v := range vs {
			if v.country != "" && !slices.Contains(countries, v.country) {
				countries = append(countries, v.country)
			}
		}
		for _, v := range vs[1:] {
			if v.country == vs[0].country || len(countries) <= 1 {
				r.union(vs[0].key, v.key)
			}
		}
		if len(countries) > 1 {
			// Each country's body joins its own spellings.
			for i, a := range vs {
				for _, b := range vs[i+1:] {
					if a.country != "" && a.country == b.country {
						r.union(a.key, b.key)
					}
				}
			}
		}
	}
}

// bodyName returns the country that opens an organisation's name and the
// name, lower case, without it and with its abbreviated words written out
// ("corp" → "corporation"), or "" for a name of one word once the country
// is dropped.
//
// A country written before a name of two words stays in it as the
// country's id, so that "US Treasury", "U.S. Treasury" and "United States
// Treasury" are one name and "UK Treasury" another. Dotted initials are
// read without their dots ("U.N." as "UN").
func (g *gazetteer) bodyName(name string) (country, key string) {
	words := strings.Fields(strings.ToLower(name))
	if c, n := g.countryOpening(strings.Fields(name)); c != "" && len(words) > n {
		if len(words) > n+1 {
			country, words = c, words[n:]
		} else {
			country, words = c, append([]string{c}, words[n:]...)
		}
	}
	if len(words) < 2 {
		return "", ""
	}
	out := make([]string, 0, len(words))
	for _, w := range words {
		w = strings.TrimRight(w, ".")
		if dotted(w) {
			w = strings.ReplaceAll(w, ".", "")
		}
		// "Paris Saint-Germain" is "Paris St Germain": a hyphen joins
		// what another outlet spaces.
		for p := range strings.SplitSeq(w, "-") {
			if full, ok := writtenOut[p]; ok {
				p = full
			}
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return country, strings.Join(out, " ")
}

// writtenOut are the shortened words of bodies' names, and "&" for "and".
var writtenOut = map[string]string{
	"corp": "corporation", "co": "company", "inc": "incorporated", "ltd": "limited", "dept": "department",
	"govt": "government", "intl": "international", "assn": "association", "univ": "university", "natl": "national",
	// A saint or a mountain in a body's name is written out or not: "St
	// Germain", "Mt Sinai Hospital"; a street is no body's word.
	"st": "saint", "mt": "mount", "&": "and",
}

// countryNamed returns the id of the country that lower-case word w names
// or is the adjective of ("u.s.", "russian"), or "".
func (g *gazetteer) countryNamed(w string) string {
	for _, k := range []string{w, strings.ReplaceAll(w, ".", "")} {
		for _, f := range []string{k, strings.ToUpper(k), titled(k)} {
			if nd := g.root[f]; nd != nil && nd.hit != nil && nd.hit.e.kind == "country" {
				return nd.hit.e.id
			}
		}
	}
	return ""
}

// countryOpening returns the country that the first words of a name
// (as written) name or are the adjective of, and how many words that
// takes: "United States" (2), "U.S." (1), or "" and 0.
func (g *gazetteer) countryOpening(words []string) (string, int) {
	nd := g.root
	best, n := "", 0
	for k := 0; k < len(words) && k < 3 && nd != nil; k++ {
		next := nd[words[k]]
		if next == nil {
			break
		}
		if next.hit != nil && next.hit.e.kind == "country" {
			best, n = next.hit.e.id, k+1
		}
		nd = next.next
	}
	if n > 0 {
		return best, n
	}
	if len(words) > 0 {
		if c := g.countryNamed(strings.ToLower(words[0])); c != "" {
			return c, 1
		}
	}
	return "", 0
}

// dotted reports whether lower-case word w is letters each with a dot
// after it, bar perhaps the last: "u.n.", "u.k".
func dotted(w string) bool {
	if len(w) < 3 || w[1] != '.' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; (i%2 == 0) != (c >= 'a' && c <= 'z') || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// titled returns lower-case word w with its first letter in capitals.
func titled(w string) string {
	if w == "" {
		return w
	}
	return strings.ToUpper(w[:1]) + w[1:]
}

// joinSpellings joins organisations, and places, whose names differ in
// one long word by a letter, or by two letters swapped: one outlet's typo
// or transliteration ("Wuawatosa Police Department" beside "Wauwatosa
// Police Department", "Marrakech" beside "Marrakesh"). The word must be
// of seven letters or more and open alike, so that "Austria" and
// "Australia" or "Kent" and "Ghent" stay apart. Candidates share every
// other word, so each name is compared only with the few that could be
// its spelling.
func (r *resolver) joinSpellings() {
	type slot struct {
		key  string
		word string
	}
	buckets := map[string][]slot{}
	var order []string
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization && rec.kind != timeline.Place || rec.ref != nil || len(rec.mentions) == 0 || !properName(rec.mentions[0].Name) {
			continue
		}
		words := strings.Fields(rec.mentions[0].Name)
		for i, w := range words {
			if utf8.RuneCountInString(w) < 7 {
				continue
			}
			mask := rec.kind + "\x00" + strings.Join(words[:i], " ") + "\x00" + w[:1] + "\x00" + strings.Join(words[i+1:], " ")
			if _, ok := buckets[mask]; !ok {
				order = append(order, mask)
			}
			buckets[mask] = append(buckets[mask], slot{k, w})
		}
	}
	for _, mask := range order {
		b := buckets[mask]
		for i := range b {
			for j := i + 1; j < len(b); j++ {
				if b[i].word != b[j].word && editDistance(b[i].word, b[j].word, 1) <= 1 {
					r.union(b[i].key, b[j].key)
				}
			}
		}
	}
}

// joinSpacedNames joins an organisation's one-word name written with a
// capital inside and the same letters written as two words: one outlet
// writes "OpenAI", the next "Open AI" ("PayPal", "Pay Pal"). A brand is
// named so; two words that only spell another body's name together are
// that body.
func (r *resolver) joinSpacedNames() {
	squashed := map[string]string{} // lower-case letters of a one-word name → its key
	for _, k := range r.order {
		if rec := r.recs[k]; rec.kind == timeline.Organization && len(rec.mentions) > 0 {
			if n := rec.mentions[0].Name; !strings.Contains(n, " ") && camelBrand(n) {
				if _, ok := squashed[strings.ToLower(n)]; !ok {
					squashed[strings.ToLower(n)] = k
				}
			}
		}
	}
	if len(squashed) == 0 {
		return
	}
	for _, k := range r.order {
		rec := r.recs[k]
		if rec.kind != timeline.Organization || len(rec.mentions) == 0 {
			continue
		}
		words := strings.Fields(rec.mentions[0].Name)
		if len(words) != 2 || !properName(rec.mentions[0].Name) {
			continue
		}
		if one, ok := squashed[strings.ToLower(words[0]+words[1])]; ok {
			r.union(one, k)
		}
	}
}
