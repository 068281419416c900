package extract

// phoneCall reports whether the noun "phone" at i names a call, not the
// handset: "a phone call", "phone talks", "spoke by phone", "on the
// phone", what a light verb holds ("the two had a phone conversation").
func phoneCall(toks []token, i int) bool {
	switch wordAt(toks, i+1) {
	case "call", "calls", "conversation", "conversations", "talks":
		return true
	}
	prev := wordAt(toks, i-1)
	if prev == "the" || prev == "a" {
		prev = wordAt(toks, i-2)
	}
	switch prev {
	case "by", "on", "over", "via", "had", "have", "has", "held", "hold", "holds":
		return true
	}
	return false
}
