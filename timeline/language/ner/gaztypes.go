package ner

// gazTypes gives a name that is exactly one whole entry of the gazetteer
// the entry's type: a country, city or region a place, an organisation an
// organisation. The model reads the gazetteer's classes as features among
// many, and a name in a sentence that reads like a person's ("Australia
// said …", "verizon charged me") or a place's ("in the White House") may
// still take the wrong type. A capitalised word whose capitals the
// gazetteer holds ("Uefa", "Nato", as British papers write "UEFA" and
// "NATO") counts as that entry: the gazetteer's features match such
// entries in capitals alone, so that "Who" is not "WHO". A name longer
// or shorter than the entry is left to the model: "Paris Hilton",
// "Berkshire" of "Berkshire Hathaway".
func gazTypes(classes []int, ws []word) {
	for i := 0; i < len(classes); {
		c := classes[i]
		if c == lO || isInside(c) || c >= nclass {
			i++
			continue
		}
		end := i + 1
		for end < len(classes) && classes[end] == c+1 {
			end++
		}
		if want := entryType(ws, i, end); c == lBPER && want > lO && (i == 0 || ws[i-1].gaz/2 != gazTitle) {
			classes[i] = want
			for k := i + 1; k < end; k++ {
				classes[k] = want + 1
			}
		}
		i = end
	}
}

// entryType returns the class of the gazetteer entry that words
// start..end-1 of ws are, whole, or -1.
func entryType(ws []word, start, end int) int {
	g := ws[start].gaz
	if g == 0 && end-start == 1 && ws[start].caps == capsInit {
		g = lex.titled[ws[start].lower] * 2
	}
	if g == 0 || g%2 != 0 || end < len(ws) && ws[end].gaz == g+1 {
		return -1
	}
	key := entryKey(fnvOffset, ws[start].lower)
	for k := start + 1; k < end; k++ {
		if ws[k].gaz != g+1 {
			return -1
		}
		key = entryKey(key, ws[k].lower)
	}
	if lex.lists[key] != 1<<(g/2) {
		return -1 // in more than one list: "Jordan", a country and a name
	}
	switch g / 2 {
	case gazCountry, gazCity, gazRegion:
		return lBLOC
	case gazOrg:
		return lBORG
	}
	return -1
}

// gazNames labels a run of capitalised words that the model left out and
// that is exactly one whole entry of the gazetteer, of one list alone,
// with the entry's type: "Google and Amazon", "the CPA" when the list
// holds them. The run must be the whole entry, in a sentence of ordinary
// case, not a word that running text mostly writes in lower case ("Time",
// "Target", "Shell" are words first), nor a lone first word of the
// sentence, which is capitalised whatever it is. (Entries in lower case
// in lower-case sentences, "certified in delaware", were tried: in
// cross-validation over UNER dev they mended one name and broke another.)
func gazNames(classes []int, ws []word) {
	for i := 0; i < len(classes); {
		end := i + 1
		switch {
		case classes[i] != lO:
		case ws[i].style == styleNormal && capitalisedWord(&ws[i]):
			for end < len(classes) && classes[end] == lO && capitalisedWord(&ws[end]) {
				end++
			}
			if i > 0 && capitalisedWord(&ws[i-1]) || end-i == 1 && ws[i].initial {
				break
			}
			label(classes, ws, i, end)
		}
		i = end
	}
}

// label gives words start..end-1 the type of the gazetteer entry they
// are, when running text mostly capitalises each.
func label(classes []int, ws []word, start, end int) {
	want := entryType(ws, start, end)
	if want <= lO {
		return
	}
	for k := start; k < end; k++ {
		if ws[k].ratio < ratioMostly && ws[k].ratio != ratioUnseen {
			return
		}
	}
	classes[start] = want
	for k := start + 1; k < end; k++ {
		classes[k] = want + 1
	}
}

func capitalisedWord(w *word) bool {
	return w.caps == capsInit || w.caps == capsAll || w.caps == capsMixed
}
