package extract

// coordinated extends the subject at j with "X and Y" or "both X and Y",
// and with the actors listed before X ("Egypt, Turkey and Jordan", with
// or without a comma before "and").
func (s *sentence) coordinated(j int) []int {
	out := []int{s.toks[j].ref}
	k := j - 1
	for k >= 0 && k >= j-4 && (s.toks[k].kind == tActor && s.isModifier(k) && !s.toks[k].poss ||
		s.toks[k].kind == tWord && (s.capitalised(k) && !s.toks[k].has(cCoord) || s.toks[k].has(cModHead) || s.toks[k].low == "the")) {
		k-- // "Putin and U.S. President Donald Trump", "Egypt and the United Arab Emirates"
	}
	if k < 1 || wordAt(s.toks, k) != "and" && wordAt(s.toks, k) != "&" {
		return out
	}
	oxford := k >= 2 && s.toks[k-1].kind == tPunct && s.toks[k-1].low == ","
	if oxford {
		k-- // "Egypt, Turkey, and Jordan"
	}
	first := k - 1
	if s.toks[first].kind != tActor || s.toks[first].poss {
		return out
	}
	if oxford && !(first >= 2 && s.toks[first-1].low == "," && s.toks[first-2].kind == tActor) {
		return out // ", and" after one name joins clauses: "cooperation with Niger, and the US warned"
	}
	for first >= 2 && s.toks[first-1].kind == tPunct && s.toks[first-1].low == "," && s.toks[first-2].kind == tActor && !s.toks[first-2].poss &&
		s.prepBefore(first-2) == "" { // "in Riyadh, American and Russian officials" is no list
		first -= 2
	}
	out = out[:0]
	for i := first; i < k; i += 2 {
		out = append(out, s.toks[i].ref)
	}
	return append(out, s.toks[j].ref)
}
