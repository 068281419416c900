package ingest

import (
	"strings"
	"unicode"
)

// More page furniture, told by the shape of a line: a label or button of
// one word ("Actions", "Posted", a section tag "BOEING"), a section's
// name beside "News" ("National News"), a loading notice, a link on to
// the rest of a story elsewhere ("→ Continue reading at …") and the teaser
// it cuts short, an agency's tag closing a paragraph ("… since 2008.
// -AP") and a picture's credit printed before its caption.

func init() {
	// Section names: filler, so that only a line that also holds a marker
	// ("National News", "World News") is chrome.
	for _, w := range strings.Fields(`national local world business politics sport sports
		entertainment lifestyle opinion weather health tech technology science culture
		hold tight we're checking permissions permission wait while moment before need needs logged month months`) {
		if chromeVocab[w] == 0 {
			chromeVocab[w] = filler
		}
	}
}

// oneWordLabel reports a line that is a single word of letters with no
// mark of a sentence: a button, a tag or a label ("Actions", "Posted",
// "BOEING"), which tells no story.
func oneWordLabel(s string) bool {
	if strings.ContainsAny(s, " \t") || len(s) > 30 {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// dropLabels drops the lines of one word that no other line continues:
// read after the wrapped lines are joined, so that a paragraph broken
// after its first word ("Earlier" over "on Friday, …") is kept.
func dropLabels(text string, lines []line) {
	for i := range lines {
		if !lines[i].drop && oneWordLabel(text[lines[i].start:lines[i].end]) {
			lines[i].drop = true
		}
	}
}

// continueLink reports a link on to the rest of the story on another
// page: "→ Continue reading at King 5", "Continue reading on the site".
func continueLink(s string) bool {
	s = strings.TrimLeft(s, "→»>›▶ ")
	return hasPrefixFoldString(s, "continue reading") && wordCount(s) <= 10
}

// dropTeasers drops what a link to the rest of the story cuts short: a
// line left open ("This is the latest in a") right before the link.
func dropTeasers(text string, lines []line) {
	for i := 0; i+1 < len(lines); i++ {
		if lines[i].drop || !continueLink(text[lines[i+1].start:lines[i+1].end]) {
			continue
		}
		s := text[lines[i].start:lines[i].end]
		if last := s[strings.LastIndexByte(s, ' ')+1:]; openEnded[strings.ToLower(last)] {
			lines[i].drop = true
		}
	}
}

// agencyTag returns the length of an agency's tag closing a paragraph
// after its last sentence ("… since 2008. -AP", "… on Friday. — AFP"),
// or 0: a dash and a word of two to six capitals.
func agencyTag(s string) int {
	i := strings.LastIndexByte(s, ' ')
	if i < 1 {
		return 0
	}
	tag := strings.TrimLeft(s[i+1:], "-–—")
	if tag == s[i+1:] {
		// "2008. - AP": the dash stands alone before the tag.
		j := strings.LastIndexByte(s[:i], ' ')
		if j < 1 || s[j+1:i] == "" || strings.Trim(s[j+1:i], "-–—") != "" {
			return 0
		}
		i = j
	}
	if len(tag) < 2 || len(tag) > 6 || !allCaps(tag) || !endsSentence(s[:i]) {
		return 0
	}
	return len(s) - i
}

// leadingCredit returns where the caption starts after a picture's
// credit printed before it ("Stephen Brashear / AP / AP Members of the
// union count votes"), or 0: a name of two to four capitalised words,
// then agencies after slashes, the last of them one word in capitals.
func leadingCredit(s string) int {
	name, rest, ok := strings.Cut(s, " / ")
	if !ok || !bareName(name) {
		return 0
	}
	for {
		agency, more, ok := strings.Cut(rest, " / ")
		if !ok || strings.IndexByte(agency, ' ') >= 0 || !allCaps(agency) {
			break
		}
		rest = more
	}
	word, caption, ok := strings.Cut(rest, " ")
	if !ok || !allCaps(word) || len(word) < 2 || wordCount(caption) < 4 || !isUpperRune(firstRune(caption)) {
		return 0
	}
	return len(s) - len(caption)
}

// allCaps reports whether s is letters in capitals only.
func allCaps(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isUpperASCII(s[k]) {
			return false
		}
	}
	return s != ""
}

// nameCredit reports a line that is only a photographer's name and an
// agency, joined by a slash, in any case: "RALPH RADFORD/ASSOCIATED PRESS",
// "Ana Lima/PA". The name before the slash has two to four words, so that
// a heading pairing two places ("Russia/Ukraine war") is kept.
func nameCredit(s string) bool {
	name, _, ok := strings.Cut(s, "/")
	n := wordCount(name)
	return ok && n >= 2 && n <= 4 && !endsSentence(s) && creditNames(s)
}
