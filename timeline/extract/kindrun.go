package extract

// untimedObject reports whether verb v has an object that is no time:
// "runs the estate", not "ran past midnight".
func (p parsed) untimedObject(v int) bool {
	for k := range p.s.Words {
		if p.head(k) == v && p.word(k).Deprel == "obj" && !p.inTimex(k) {
			return true
		}
	}
	return false
}
