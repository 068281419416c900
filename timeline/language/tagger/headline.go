package tagger

import "strings"

// A headline in title case ("Police Arrest Drunk Driver In Ostburg")
// capitalises every word, and a tagger trained on sentences reads most of
// them as names. HeadlineForms gives the forms to tag such a sentence by:
// each word the training data or WordNet knows in lower case, and that
// training did not see mostly as a name, lowercased; names ("Gus Holm",
// "Ostburg") as written.

// titleMin is the fewest capitalised words that make a title-case line.
const titleMin = 3

// minorWords are the words a title may leave in lower case.
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true, "nor": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "for": true, "by": true,
	"with": true, "as": true, "from": true, "into": true, "over": true, "vs": true, "vs.": true,
}

// TitleCase reports whether forms are a sentence written in title case:
// at least titleMin capitalised words and no other word in lower case.
func TitleCase(forms []string) bool {
	caps := 0
	for _, f := range forms {
		if f == "" {
			continue
		}
		c := f[0]
		switch {
		case c >= 'A' && c <= 'Z':
			caps++
		case c >= 'a' && c <= 'z' && !minorWords[f]:
			return false
		}
	}
	return caps >= titleMin
}

// HeadlineForms appends to dst the forms to tag a title-case sentence by
// (see TitleCase). A word right after a name stays as written, so that
// "Donald Trump" does not become "Donald trump", unless WordNet has it as
// a verb's inflection and it follows a name of two words or a mark: "Gus
// Holm Leaves Clinic, Checks Into Hospital" tells what Gus Holm did.
func (t *Tagger) HeadlineForms(dst, forms []string) []string {
	lex := &t.m.lex
	name := 0 // the words of the name the last word ends, if any
	afterMark := false
	for _, f := range forms {
		low := strings.ToLower(f)
		mark := f != "" && !isWordByte(f[0])
		switch {
		case low == f:
		case minorWords[low]:
			f, name = low, 0
		case name > 0 && (name >= 2 || afterMark) && wnClass([]byte(low))&wnVerbInflected != 0 && !t.m.mostlyName(f):
			f, name = low, 0
		case name > 0:
			name++
		default:
			// A word WordNet has as a noun or verb ("Police", "Arrest",
			// "Resigns"), or one training saw in lower case and not
			// mostly as a name, is a common word; any other ("Gus",
			// "Donald") starts a name. A bare plural ("Gus" as "gu"s)
			// is no evidence.
			_, known := lex.lower[low]
			if wnClass([]byte(low))&(wnNoun|wnVerb|wnVerbInflected) != 0 || known && !t.m.mostlyName(f) {
				f = low
			} else {
				name = 1
			}
		}
		afterMark = mark
		dst = append(dst, f)
	}
	return dst
}

// isWordByte reports whether a token opening with c is a word or a
// number rather than a mark.
func isWordByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// mostlyName reports whether form, as written, was seen in training most
// often as a proper noun.
func (m *Model) mostlyName(form string) bool {
	e, ok := m.lex.exact[form]
	if !ok {
		return false
	}
	en := &m.lex.entries[e]
	if en.first >= en.last {
		return false
	}
	return m.classes[m.lex.readings[en.first].class].UPOS == "PROPN"
}
