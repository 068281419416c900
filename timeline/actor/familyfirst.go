package actor

import "strings"

// Chinese and Korean names keep their family name first in English news
// ("Lee Jae-myung", "Yoon Suk Yeol", "Xi Jinping"), and a second reference
// is that first word ("Lee said", "Mr Yoon"). A name is read so when its
// first word is a family name of the family-first list and the words after
// it have the shape of a romanised given name: one word whose hyphen is
// followed by a lower-case syllable ("Jae-myung", "Ing-wen"), two words of
// one syllable each ("Suk Yeol", "Jong Un", "Hsien Loong"), or one word
// that is all pinyin syllables ("Jinping", "Qiang"). An English given name
// of one syllable keeps the Western order ("Lee Ann Womack", "Kim Jones").
// Vietnamese names, whose second reference is the last word, and Japanese
// names, which English news writes given name first, are not listed.

// pinyinInitials and pinyinFinals spell a Mandarin syllable in pinyin; the
// pairs they make include some Mandarin lacks, which costs nothing here.
var (
	pinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}
	pinyinFinals   = []string{"iang", "iong", "uang", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ue", "a", "o", "e", "i", "u"}
)

// pinyin reports whether w (lower case) is one or more pinyin syllables
// in a row: "jinping" is "jin" and "ping"; "anderson" is none.
func pinyin(w string) bool {
	if w == "" {
		return false
	}
	for _, in := range pinyinInitials {
		if !strings.HasPrefix(w, in) {
			continue
		}
		rest := w[len(in):]
		for _, fi := range pinyinFinals {
			if strings.HasPrefix(rest, fi) && (len(rest) == len(fi) || pinyin(rest[len(fi):])) {
				return true
			}
		}
	}
	return false
}

// oneSyllable reports whether w is a capitalised word of one vowel group
// ("Suk", "Yeol", "Hsien"), which a romanised Korean or Chinese syllable is.
func oneSyllable(w string) bool {
	if len(w) < 2 || len(w) > 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	groups, inVowel := 0, false
	for i := 0; i < len(w); i++ {
		c := w[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
		v := strings.IndexByte("aeiouy", c) >= 0
		if v && !inVowel {
			groups++
		}
		inVowel = v
	}
	return groups == 1
}

// syllableHyphen reports whether w is a romanised given name of two
// syllables joined by a hyphen, the second in lower case: "Jae-myung".
func syllableHyphen(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) >= 2 && len(b) >= 2 && a[0] >= 'A' && a[0] <= 'Z' && b[0] >= 'a' && b[0] <= 'z' && !strings.Contains(b, "-")
}

// westernGiven are the family names that English names use as given names
// as well: before one word of pinyin shape the name is an English one
// ("Sheriff Lee Baca", "Kim Chan"); a Korean given name is hyphenated or
// written in two words.
var westernGiven = map[string]bool{"Lee": true, "Kim": true}

// familyFirst reports whether the name words put the family name first.
func (g *gazetteer) familyFirst(words []string) bool {
	if len(words) < 2 || len(words) > 3 || !g.lex["family-first"][words[0]] {
		return false
	}
	rest := words[1:]
	switch {
	case len(rest) == 1 && syllableHyphen(rest[0]):
		return true
	case len(rest) == 1:
		return !westernGiven[words[0]] && len(rest[0]) > 1 && rest[0][0] >= 'A' && rest[0][0] <= 'Z' && pinyin(strings.ToLower(rest[0]))
	}
	for _, w := range rest {
		if !oneSyllable(w) || g.isGiven(w) && !pinyin(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// personSurname returns the word of a person's name that a second
// reference uses alone, and the given name it leaves (empty for a name of
// one word): "Vell" and "Mark" of "Mark Vell", "Al Thani" of "Mohammed bin
// Abdul Rahman Al Thani", "Lee" and "Jaemyung" of "Lee Jae-myung", whose
// given name is written without its hyphen or space so that "Suk Yeol"
// and "Suk-yeol" are one.
func (g *gazetteer) personSurname(words []string) (surname, given string) {
	if g.familyFirst(words) {
		return words[0], strings.ReplaceAll(strings.Join(words[1:], ""), "-", "")
	}
	if len(words) > 1 {
		given = words[0]
	}
	return particleSurname(words), given
}

// surnameOfName is personSurname's surname of a whole name, passing over a
// generational suffix: "Voss" of "Arlen Voss III", "Yoon" of "Yoon Suk Yeol".
func (g *gazetteer) surnameOfName(name string) string {
	if first, _, _ := strings.Cut(name, " "); !g.lex["family-first"][first] {
		return surnameOf(name) // most names: no words to split
	}
	if words := strings.Fields(trimGeneration(name)); g.familyFirst(words) {
		return words[0]
	}
	return surnameOf(name)
}

// middleNames returns the words of a person's name between the given name
// and the surname that a person may be called by with the surname alone:
// none of a name written family first, joined by a particle or with an
// initial ("George W. Bush" is no "W. Bush").
func (g *gazetteer) middleNames(words []string) []string {
	if len(words) < 3 || g.familyFirst(words) || firstParticle(words) >= 0 {
		return nil
	}
	var out []string
	for _, w := range words[1 : len(words)-1] {
		if len(w) > 2 && startsUpper(w) && !strings.HasSuffix(w, ".") {
			out = append(out, w)
		}
	}
	return out
}
