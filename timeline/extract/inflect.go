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
		if _, ok := participles[lemma]; !ok {
			participles[lemma] = part
		}
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
	if s, ok := irregularThird[strings.ToLower(v)]; ok {
		return s // "we have hope", told as the speaker's: "has hope", not "haves"
	}
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

// irregularThird are the verbs whose third person singular is not made
// by the rules of thirdPerson.
var irregularThird = map[string]string{"have": "has", "be": "is", "are": "is"}

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

// strongPast are the simple pasts of the irregular verbs news tells
// deeds with, which a summary puts a participle's deed in ("…, leaving
// three dead" is "left three dead").
var strongPast = map[string]string{
	"become": "became", "begin": "began", "bring": "brought", "build": "built", "buy": "bought",
	"catch": "caught", "come": "came", "draw": "drew", "drive": "drove", "fall": "fell", "feed": "fed",
	"fight": "fought", "find": "found", "flee": "fled", "fly": "flew", "freeze": "froze", "get": "got",
	"give": "gave", "go": "went", "grow": "grew", "hang": "hung", "hold": "held", "keep": "kept",
	"lay": "laid", "lead": "led", "leave": "left", "lose": "lost", "make": "made", "meet": "met",
	"pay": "paid", "ride": "rode", "rise": "rose", "run": "ran", "say": "said", "see": "saw", "seek": "sought",
	"sell": "sold", "send": "sent", "shake": "shook", "shoot": "shot", "sink": "sank", "sit": "sat",
	"speak": "spoke", "spend": "spent", "stand": "stood", "steal": "stole", "strike": "struck",
	"sweep": "swept", "swim": "swam", "take": "took", "tear": "tore", "tell": "told", "think": "thought",
	"throw": "threw", "undergo": "underwent", "wake": "woke", "wear": "wore", "win": "won",
	"withdraw": "withdrew", "write": "wrote", "blow": "blew", "break": "broke", "burn": "burned",
	"dig": "dug", "forgive": "forgave", "hide": "hid", "know": "knew", "light": "lit", "mean": "meant",
	"overtake": "overtook", "shine": "shone", "stick": "stuck", "swing": "swung", "teach": "taught",
	"bleed": "bled", "bend": "bent", "deal": "dealt", "lend": "lent", "overrun": "overran",
}

// simplePast is the simple past of the verb lemma whose -ing form is ing:
// "killing" killed, "stopping" stopped, "leaving" left, "cutting" cut.
func simplePast(lemma, ing string) string {
	if p, ok := strongPast[lemma]; ok {
		return p
	}
	if invariantPast(lemma) {
		return lemma
	}
	stem := strings.TrimSuffix(strings.ToLower(ing), "ing")
	if n := len(stem); n > 2 && stem[n-1] == stem[n-2] && !isVowel(stem[n-1]) && strings.HasPrefix(stem, lemma) && len(stem) == len(lemma)+1 {
		return stem + "ed" // "stopping": the doubled consonant stays
	}
	return regularPast(lemma)
}
