package extract

// subjectRelativeTime reports whether the time expression headed by word
// top lies in a relative clause of the subject of clause v: "The jet that
// crashed on Sunday had arrived in the capital", "The farmers who marched
// on Saturday were arrested". Such a clause says which one is meant, with
// a time of its own; the main verb's day is another, told or not. A
// progressive relative is at the time of what befell its noun ("a woman
// who was walking home on Friday was struck"), and a relative of an
// object may tell the verb's own deed ("arrested a man who attacked a
// guard on Sunday"): both keep the date.
func (p parsed) subjectRelativeTime(top, v int) bool {
	rel := -1
	for k, hops := top, 0; k >= 0 && hops < len(p.s.Words); k, hops = p.head(k), hops+1 {
		if p.head(k) == v {
			return rel >= 0 && p.rel(k) == "nsubj" && k < v
		}
		if p.word(k).Deprel == "acl:relcl" && p.word(k).XPOS != "VBG" {
			rel = k
		}
	}
	return false
}
