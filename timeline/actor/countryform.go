package actor

import (
	"strings"
	"unicode"

	"github.com/storyline/storyline/timeline"
)

// A body's name often opens on its country, and each outlet writes the
// country its own way: "US Treasury", "U.S. Treasury", "United States
// Treasury"; "UN Security Council", "U.N. Security Council". The
// gazetteer lists a body once, under one of them; addCountryForms makes
// every short form of the country open the name too, so that no list has
// to spell the variants out and none is missed.

// entryPhrase is a name or alias as the gazetteer writes it.
type entryPhrase struct {
	e      *entry
	phrase string
}

// addCountryForms adds, for each name of a body that opens on a short
// form of its own country (or international organisation), the same name
// opening on the country's other short forms. An existing phrase keeps
// its entry.
func (g *gazetteer) addCountryForms(phrases []entryPhrase) {
	forms := map[string][]string{} // country id → its short forms
	for _, ep := range phrases {
		if c := ep.e; (c.kind == timeline.Country || c.kind == timeline.Organization && c.country == "") && countryForm(c, ep.phrase) {
			forms[c.id] = append(forms[c.id], ep.phrase)
		}
	}
	var toks []token
	for _, ep := range phrases {
		e := ep.e
		if e.country == "" {
			continue
		}
		for _, f := range forms[e.country] {
			rest, ok := strings.CutPrefix(ep.phrase, f+" ")
			if !ok {
				continue
			}
			for _, other := range forms[e.country] {
				if other != f {
					v := other + " " + rest
					toks = tokenize(toks[:0], v, 0, len(v))
					g.add(v, toks, hit{e, formName})
				}
			}
			break
		}
	}
}

// countryForm reports whether phrase is the name of country c or one of
// its initials ("US", "U.S.", "UN"): forms that open a body's name as
// they are, unlike "Britain" or "America".
func countryForm(c *entry, phrase string) bool {
	if phrase == c.name {
		return true
	}
	letters := 0
	for _, r := range phrase {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 4
}
