package extract

// unknownObject reports whether what candidate c demanded, said or
// proposed is the "what" of an indirect question: "did not say what the
// hackers had demanded", "asked what Moscow had offered". The text does
// not tell it, and the summary ("Hackers demanded") tells nothing a
// reader can place; the event ranks as the parse's bare ones do. The
// "what" stands before the clause's subject, a few words back.
func (s *sentence) unknownObject(c *cand, object string) bool {
	if object != "" || !needsObject(c) {
		return false
	}
	for k := c.t.tok - 1; k >= 0 && k >= c.t.tok-6; k-- {
		switch {
		case s.toks[k].kind == tPunct:
			return false
		case s.toks[k].low == "what":
			return true
		}
	}
	return false
}
