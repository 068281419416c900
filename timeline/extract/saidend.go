package extract

// Where what a verb of saying says ends, beyond the punctuation that ends
// it (objectPhrase): at another saying, and not inside a name set off in
// commas.

// sayingAfter reports whether another saying follows the comma at k
// within a few words, outside any clause a clause word opens: in "Dahl,
// who wrote the original law, said the bill would fail" and "Writing for
// the majority, Berg said …" the comma ends what was written, and what
// follows is the other saying's.
func (s *sentence) sayingAfter(k int, c *cand) bool {
	for _, o := range s.trigs {
		if o.tok == c.t.tok || o.tok <= k || o.tok > k+4 || !o.speech() {
			continue
		}
		for j := k + 1; j < o.tok; j++ {
			if s.toks[j].kind == tWord && clauseWords[s.toks[j].low] || s.toks[j].kind == tPunct {
				return false // "the talks, which Dahl described as useful, had failed"
			}
		}
		return true
	}
	return false
}

// apposedName reports whether the comma at k opens a name set off in
// commas after a noun: "its chief executive, Daniel Moreau, had …".
func (s *sentence) apposedName(k int) bool {
	return k > 0 && k+2 < len(s.toks) && s.toks[k-1].kind == tWord && s.toks[k+1].kind == tActor && s.toks[k+2].low == "," && k+3 < len(s.toks) && s.toks[k+3].kind == tWord
}
