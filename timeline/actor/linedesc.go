package actor

import "strings"

// News names a company once and then by its trade: "Halvard Coal
// Corporation said … a spokesman for the mining company said". A field
// word before "ministry" or "agency" tells one body of a type from
// another ("the health ministry", fieldModified), but a business has no
// fixed set of fields: "the mining company" is the one company the text
// has named, unless that company's own name says another trade
// ("Northvale Steel"), or a word says the description is another company
// beside it ("the parent company", "a rival firm").

// relationWords set a company apart from the one named: "the parent
// company" of a subsidiary named before is a second company.
var relationWords = map[string]bool{"parent": true, "holding": true, "sister": true, "rival": true, "partner": true,
	"subsidiary": true, "new": true, "other": true, "former": true, "target": true, "acquiring": true, "merged": true,
	"combined": true, "joint": true, "shell": true, "successor": true, "another": true, "same": true, "private": true,
	"foreign": true, "local": true, "second": true, "third": true}

// tradeBody returns the one business named before the description at m
// ("mining company", the name Find gave it, words in lower case before a
// noun of any business) that its trade may describe, or nil.
func (d *docSalience) tradeBody(m *Mention, desc described) *Mention {
	words := strings.Fields(m.Name)
	if len(words) < 2 || desc.types&tyBusiness == 0 || !desc.bare {
		return nil
	}
	mods := words[:len(words)-1]
	for _, w := range mods {
		if strings.ToLower(w) != w || relationWords[w] || !lettersOnly(w) {
			return nil
		}
	}
	o := d.soleOfType(m, desc)
	if o == nil || otherTrade(o.Name, mods) {
		return nil
	}
	return o
}

// otherTrade reports whether name holds a word of a trade ("Steel",
// "Airlines", "Health") and none of mods: the company does something
// else than the description says.
func otherTrade(name string, mods []string) bool {
	traded := false
	for w := range strings.FieldsSeq(strings.ToLower(name)) {
		for _, m := range mods {
			if w == m {
				return false
			}
		}
		if !corporateForms[w] && (nameTypes[w] != 0 || fieldHeads[w]) {
			traded = true
		}
	}
	return traded
}

// lettersOnly reports whether w is made of ASCII letters and hyphens
// ("state-owned"), no digit or mark.
func lettersOnly(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-') {
			return false
		}
	}
	return w != ""
}

// formEnded reports whether a company's name ends in a corporate form
// after its trade ("Halvard Coal Corporation"): the words between are
// the trade, whatever it is, and the first word alone the company
// ("Halvard"), as of a name whose trade the lexicon knows ("Halvard
// Mining").
func formEnded(words []string) bool {
	return len(words) >= 3 && corporateForms[strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))]
}

// fieldNamed returns the one named body of the document, before or after
// the description at m, that its noun agrees with and whose name holds
// every word before the noun: "the charity regulator said" in a lede
// whose next sentence names the Charity Commission. Or nil.
func (d *docSalience) fieldNamed(m *Mention, desc described) *Mention {
	words := strings.Fields(strings.ToLower(m.Name))
	if len(words) < 2 {
		return nil
	}
	var one *Mention
	for _, k := range d.byPos {
		o := &d.ms[k]
		if o == m || !named(o) || o.Modifier || !d.agrees(o, desc) || !holdsWords(o.Name, words[:len(words)-1]) {
			continue
		}
		if one != nil && !strings.EqualFold(one.Name, o.Name) {
			return nil
		}
		one = o
	}
	return one
}

// holdsWords reports whether name has each of words, in any case.
func holdsWords(name string, words []string) bool {
	have := strings.Fields(strings.ToLower(name))
	for _, w := range words {
		found := false
		for _, h := range have {
			found = found || h == w
		}
		if !found {
			return false
		}
	}
	return true
}
