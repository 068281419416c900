package extract

import "strings"

// otherOfGender reports whether the sentence that names person mention
// ref calls someone else by an object pronoun of w's gender after it,
// when the story never told ref's gender: in "Hermoso filed a complaint
// against him. His resignation came after …", "him" is not Hermoso, and
// "his" is as likely him; a wrong doer is worse than none.
func (x *extractor) otherOfGender(ref int, w string) bool {
	g := pronounGender(w)
	if ref < 0 || g == 0 || x.genderOf(ref) != 0 {
		return false
	}
	m := x.actors[ref]
	for _, sp := range x.spans {
		if sp.Start > m.Start || m.End > sp.End {
			continue
		}
		for _, raw := range strings.Fields(x.doc.Text[m.End:sp.End]) {
			f := strings.ToLower(strings.Trim(raw, ".,;:!?\"“”'‘’()"))
			// "her" is an object only where nothing it could own follows.
			if g == 'm' && f == "him" || g == 'f' && f == "her" && len(f) < len(raw) {
				return true
			}
		}
	}
	return false
}
