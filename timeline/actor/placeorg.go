package actor

import "github.com/storyline/storyline/timeline"

// orgName makes an organisation of a capitalised run, opened by a place,
// ending in an organisation word ("Alaska Department of Transportation",
// "Ostrava School of Economics"). The name ends at its last organisation
// word when a capitalised word follows that word at once ("Vell Airlines
// Flight 12", "an Orvia Airlines Boeing 737"), and before a title after
// it ("Orvia Airlines Chief Executive Ben Vell", "Texas Railways
// Spokesman Tom Dane", though "Department of Justice" keeps its field). An
// "and" after an organisation word joins a field ("Department of Fish and
// Game"), not another body with its own ("Orvia Airlines and Kelby
// Airlines": two).
func (s *sentence) orgName(i int) (Mention, int, bool) {
	k := i
	lastHead := -1
	for k < len(s.toks) {
		if s.word(k) && s.toks[k].is(tCap) && !s.toks[k].is(tUpper) {
			if lastHead >= 0 && s.has(lTitleHead|lTitleMod, k) && !s.has(lOrgHead, k) && !s.afterOfFor(k) {
				break
			}
			if s.has(lOrgHead, k) {
				lastHead = k
			}
			if s.toks[k].is(tPoss) {
				k++
				break
			}
			k++
			continue
		}
		if s.word(k) && (s.str(k) == "of" || s.str(k) == "for" || s.str(k) == "and" || s.str(k) == "on" && lastHead == k-1 && onRemit[s.lower(lastHead)]) &&
			s.word(k+1) && s.toks[k+1].is(tCap) && !weekdays[s.lower(k+1)] {
			if s.str(k) == "and" && lastHead >= 0 && s.headedRun(k+1) && !(lastHead == k-1 && s.fieldsJoined(k)) {
				break
			}
			k++
			continue
		}
		break
	}
	for k > i && !s.toks[k-1].is(tCap) {
		k--
	}
	if lastHead >= 0 && k > lastHead+1 && s.word(lastHead+1) && s.toks[lastHead+1].is(tCap) && !s.toks[lastHead].is(tPoss) {
		k = lastHead + 1
	}
	if lastHead < 0 || k-i < 2 {
		return Mention{}, 0, false
	}
	start, stop := s.toks[i].start, s.toks[k-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(i, k),
		Kind: timeline.Organization}, k, true
}

// afterOfFor reports whether "of" or "for" stands right before token k.
func (s *sentence) afterOfFor(k int) bool {
	return s.word(k-1) && (s.str(k-1) == "of" || s.str(k-1) == "for")
}

// headedRun reports whether the capitalised words from token j on hold
// an organisation word: a body's name of its own.
func (s *sentence) headedRun(j int) bool {
	for ; s.word(j) && s.toks[j].is(tCap); j++ {
		if s.has(lOrgHead, j) && !s.toks[j].is(tUpper) {
			return true
		}
	}
	return false
}

// joinedBody reads a body the gazetteer knows by a name that ends a longer
// one, joined by "and" to capitalised words no mention holds ("the
// African Union's Peace and Security Council"): the longer name is
// another body, not the one the gazetteer names ("Security Council").
func (s *sentence) joinedBody(out []Mention, i, end int, h *hit) (Mention, bool) {
	if h.e.kind != timeline.Organization || end-i < 2 || !s.word(i-1) || s.str(i-1) != "and" ||
		!s.word(i-2) || !s.toks[i-2].is(tCap) || s.toks[i-2].is(tPoss) || s.toks[i-2].is(tUpper) || !s.has(lOrgHead, end-1) {
		return Mention{}, false
	}
	a := i - 2
	for a > 0 && s.word(a-1) && s.toks[a-1].is(tCap) && !s.toks[a-1].is(tPoss) {
		a--
	}
	if a == 0 || len(out) > 0 && out[len(out)-1].End > s.toks[a].start || s.g.honorific[s.str(a)] {
		return Mention{}, false // a sentence's capital, or a name read already ("Russia and Security Council members")
	}
	start, stop := s.toks[a].start, s.toks[end-1].end
	return Mention{Start: start, End: stop, Text: s.text[start:stop], Name: s.joined(a, end), Kind: timeline.Organization,
		Modifier: s.toks[end-1].is(tPoss)}, true
}
