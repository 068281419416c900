package ner

// storms leaves out a storm's name: a span that opens with, or follows,
// "Hurricane", "Typhoon", "Cyclone" or "Storm" ("Hurricane Rita packed
// winds", "Tropical Storm Anna"), which the model reads as a person, as
// it would a name after a title, or as an organisation. A storm is no
// person, organisation or place, and UNER leaves it unlabelled. A name
// that ends on a word that ends organisations' names is no storm's: "the
// Hurricane Center", "Storm Lake Bank".
func storms(classes []int, ws []word, words []string) {
	for i := 0; i < len(classes); i++ {
		c := classes[i]
		if c == lO || isInside(c) || c >= nclass {
			continue
		}
		if !stormWord(words[i]) && (i == 0 || !stormWord(words[i-1])) {
			continue
		}
		end := i + 1
		for end < len(classes) && classes[end] == c+1 {
			end++
		}
		if stormWord(words[i]) && end == i+1 || ws[end-1].gaz/2 == gazOrgCue {
			continue // the word alone: "Storm" may be a name
		}
		for k := i; k < end; k++ {
			classes[k] = lO
		}
		i = end - 1
	}
}

func stormWord(w string) bool {
	switch w {
	case "Hurricane", "Typhoon", "Cyclone", "Storm":
		return true
	}
	return false
}
