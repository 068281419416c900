package extract

// nounRelativeDates gives a past relative clause on a dated event noun
// that noun's date, when the clause has no time of its own: in "sank on
// 22 April, two days after an explosion that killed 11 workers" the
// killing was the explosion's, on 20 April, not the sinking's day, which
// it had taken from the sentence.
func (x *extractor) nounRelativeDates(p parsed, group []placed) {
	for _, q := range group {
		e := &x.res.Events[q.event]
		n := p.head(q.word)
		if e.When == nil || n < 0 || !relativeRel(p.rel(q.word)) || p.word(n).UPOS != "NOUN" || p.tense(q.word) != past || p.hasTimeOfItsOwn(q.word) {
			continue
		}
		noun := eventAtWord(x, group, n)
		if noun == nil || noun.When == nil || noun.When.Basis != BasisText || noun.When.Text == e.When.Text || !p.hasTimeOfItsOwn(n) {
			continue
		}
		e.When = carried(noun.When, noun.When.Basis)
	}
}

// relativeRel reports whether a dependency relation hangs a clause on a
// noun, as the parse or its repairs label a relative clause.
func relativeRel(rel string) bool {
	return rel == "acl:relcl" || rel == "acl"
}
