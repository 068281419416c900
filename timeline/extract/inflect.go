package extract

import "strings"

// addVerb files the forms of a trigger verb of verbSpecs, "lemma kind
// [past [participle]]": the regular ones made from the lemma, the
// irregular ones as given.
func addVerb(f []string) {
	lemma, kind := f[0], f[1]
	past, part := regularPast(lemma), ""
	if len(f) > 2 {
		past = f[2]
		if _, ok := pastOf[lemma]; !ok {
			pastOf[lemma] = past
		}
	}
	if len(f) > 3 {
		part = f[3]
	}
	put := func(w string, fm form) {
		if _, ok := verbs[w]; !ok && w != "" {
			verbs[w] = entry{lemma: lemma, kind: kind, form: fm}
		}
	}
	put(lemma, formBase)
	put(thirdPerson(lemma), formS)
	put(past, formPast)
	put(part, formPast)
	put(presentParticiple(lemma), formIng)
	if doubled[lemma] {
		last := lemma[len(lemma)-1:]
		put(lemma+last+"ed", formPast)
		put(lemma+last+"ing", formIng)
	}
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func thirdPerson(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "s"), strings.HasSuffix(v, "x"), strings.HasSuffix(v, "z"),
		strings.HasSuffix(v, "ch"), strings.HasSuffix(v, "sh"), strings.HasSuffix(v, "o"):
		return v + "es"
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ies"
	}
	return v + "s"
}

func regularPast(v string) string {
	n := len(v)
	switch {
	case strings.HasSuffix(v, "e"):
		return v + "d"
	case n > 1 && v[n-1] == 'y' && !isVowel(v[n-2]):
		return v[:n-1] + "ied"
	}
	return v + "ed"
}

func presentParticiple(v string) string {
	switch {
	case strings.HasSuffix(v, "ie"):
		return v[:len(v)-2] + "ying"
	case strings.HasSuffix(v, "e") && !strings.HasSuffix(v, "ee"):
		return v[:len(v)-1] + "ing"
	}
	return v + "ing"
}
