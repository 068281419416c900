package ner

// groups labels nationalities, religions and parties ("Russian",
// "Muslims", "Democrats") as GRP: capitalised adjectives, proper or
// common nouns of the embedded group list, outside any other entity. A
// run of such words is one group ("Sunni Muslims"). UNER and GUM leave
// these words unlabelled, so a rule names them rather than the
// perceptron; an entity the model found that is made only of group words
// ("Iraqi Shiites" as PER) becomes a group too, but a name with other
// words stands ("Iraqi National Congress").
func groups(classes []int, ws []word, upos []string) {
	for i := 0; i < len(classes); {
		end := i + 1
		if classes[i] != lO {
			for end < len(classes) && isInside(classes[end]) {
				end++
			}
		}
		if allGroups(ws, upos, i, end) {
			for k := i; k < end; k++ {
				classes[k] = lBGRP
				if k > 0 && (classes[k-1] == lBGRP || classes[k-1] == lIGRP) {
					classes[k] = lIGRP
				}
			}
		}
		i = end
	}
}

func allGroups(ws []word, upos []string, start, end int) bool {
	for k := start; k < end; k++ {
		if !isGroup(&ws[k], tag(upos, k)) {
			return false
		}
	}
	return true
}

func isGroup(w *word, upos string) bool {
	switch upos {
	case "ADJ", "PROPN", "NOUN":
	default:
		return false
	}
	return (w.caps == capsInit || w.caps == capsAll) && lex.groups[w.lower]
}
