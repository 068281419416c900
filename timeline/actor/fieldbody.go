package actor

import "github.com/storyline/storyline/timeline"

// A ministry's field opens a title ("Transport Secretary Hugh Carver",
// "Health Minister Anna Berg") and so reads as a title's word, no name's.
// Before a name that is no title and no person's ("Transport Focus said",
// "campaign group Health Matters"), it opens a body's name, and the word
// after it alone would be a one-word person who speaks.

// openingFields are the fields that open bodies' names as well as
// ministers' titles.
var openingFields = map[string]bool{"transport": true, "health": true, "energy": true, "education": true, "trade": true,
	"finance": true, "commerce": true, "infrastructure": true, "culture": true, "climate": true, "environment": true,
	"housing": true, "agriculture": true, "digital": true}

// fieldBody reads a body's name that the field at token i opens: one or
// two capitalised words after it that no title word, given name or
// further capitalised word follows or holds, with no capitalised word
// before the field.
func (s *sentence) fieldBody(i int) (Mention, int, bool) {
	if s.kind == timeline.Heading || !s.word(i) || !s.toks[i].is(tCap) || s.toks[i].is(tUpper) || s.toks[i].is(tPoss) ||
		!openingFields[s.lower(i)] || s.has(lTitleHead, i) || s.word(i-1) && s.toks[i-1].is(tCap) {
		return Mention{}, 0, false
	}
	k := i + 1
	for k < len(s.toks) && k-i <= 2 && s.capName(k) && !s.g.isGiven(s.str(k)) && !s.has(lTitleHead|lTitleMod, k) {
		k++
		if s.toks[k-1].is(tPoss) {
			break
		}
	}
	if k == i+1 || s.word(k) && s.toks[k].is(tCap) && !s.toks[k-1].is(tPoss) {
		return Mention{}, 0, false // "Health Matters Trust Director": a longer run, the other rules'
	}
	start, stop := s.toks[i].start, s.toks[k-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, k), Kind: timeline.Organization,
		Modifier: s.toks[k-1].is(tPoss) || s.qualifiesTitle(k)}, k, true
}
