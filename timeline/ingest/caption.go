package ingest

import "strings"

// isCaption reports a photo caption: a line whose last sentence holds a
// photo credit, or one opening with "FILE PHOTO:".
func isCaption(s string) bool {
	if hasPrefixFoldString(s, "FILE PHOTO") || strings.HasPrefix(s, "FILE - ") {
		return true
	}
	if closingCredit(s) > 0 {
		return true
	}
	tail := lastSentence(s[max(0, len(s)-100):])
	if !mayHoldCredit(tail) || attributed(tail) {
		return false
	}
	for _, m := range creditMarks {
		if strings.Contains(tail, m) {
			return true
		}
	}
	return false
}

// creditStart returns where the credit that closes caption s starts,
// when a sentence of the caption comes before it ("Residents wade through
// floodwater. (Photo: Mira Holt/Reuters)"), else 0.
func creditStart(s string) int {
	for i := len(s) - 2; i > 0; i-- {
		if s[i] == '.' && s[i+1] == ' ' {
			tail := s[i+2:]
			for _, m := range creditMarks {
				if strings.Contains(tail, m) {
					return i + 1
				}
			}
			return 0
		}
	}
	return 0
}

// closingCredit returns where a credit of names alone that closes
// caption s starts, else 0: a photographer and agency in brackets after
// what the picture shows ("… in 2015 (Ana Lima/PA)", "(Photo by Tom T.
// Reed / AFP)", whose initial is no sentence's end) or as a last sentence
// ("… world. Ana Lima/Associated Press", "… world. Image source,
// Reuters"). Names joined by a slash, with
// nothing else, tell no story; the agency named is no actor in it.
func closingCredit(s string) int {
	s = strings.TrimRight(s, " ")
	if i := gluedCredit(s); i > 0 {
		return i
	}
	if strings.HasSuffix(s, ")") {
		open := strings.LastIndexByte(s, '(')
		if open <= 0 {
			return 0
		}
		inner := s[open+1 : len(s)-1]
		if strings.IndexByte(inner, '(') < 0 && creditNames(strings.TrimPrefix(strings.TrimPrefix(inner, "Photo by "), "Photo: ")) {
			return open
		}
		return 0
	}
	if endsSentence(s) {
		return 0
	}
	for i := len(s) - 2; i > 0; i-- {
		if s[i] == '.' && s[i+1] == ' ' {
			// "… on Sunday. IMAGE SOURCE, REUTERS": a labelled credit
			// names one agency, no slash needed.
			if creditNames(s[i+2:]) || creditOnly(s[i+2:]) {
				return i + 1
			}
			return 0
		}
	}
	return 0
}

// gluedCredit returns where a "Credit..." label and the names after it
// close caption s, as a page prints the label hidden and its copy runs it
// into the caption: "… was read out.Credit...Nils Aas for The Daily
// Ledger". Else 0.
func gluedCredit(s string) int {
	i := strings.LastIndex(s, "Credit")
	if i <= 0 || len(s)-i > 100 || s[i-1] != '.' && s[i-1] != ' ' && s[i-1] != ')' {
		return 0
	}
	rest := s[i+len("Credit"):]
	label := false
	for _, l := range []string{"...", "…", ":"} {
		if r, ok := strings.CutPrefix(rest, l); ok {
			rest, label = r, true
			break
		}
	}
	if !label || wordCount(rest) > 8 || !creditNamesOnly(strings.TrimSpace(rest)) || strings.TrimSpace(rest) == "" {
		return 0
	}
	return i
}

// creditNames reports whether s is a credit's names alone: two to eight
// capitalised words, a slash between them ("Ana Lima/PA", "Tom Reed /
// AFP").
func creditNames(s string) bool {
	n := wordCount(strings.ReplaceAll(s, "/", " "))
	return n >= 2 && n <= 8 && strings.IndexByte(s, '/') > 0 && !strings.ContainsAny(s, ",;:") && namesOnly(strings.ReplaceAll(s, "/", " / "))
}

// lastSentence returns what follows the last ". " in s.
func lastSentence(s string) string {
	for i := len(s) - 2; i >= 0; i-- {
		if s[i] == '.' && s[i+1] == ' ' {
			return s[i+2:]
		}
	}
	return s
}

// mayHoldCredit is a quick test that every credit mark passes: most lines
// of prose fail it, and are spared the search for each mark.
func mayHoldCredit(s string) bool {
	if strings.IndexByte(s, '/') >= 0 || strings.IndexByte(s, ':') >= 0 {
		return true
	}
	for _, w := range []string{"Photo", "Getty", "Image", "via", "Shutterstock", "Anadolu", "Handout"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// attributed reports a sentence that quotes its source ("…, the state-run
// Anadolu news agency said."): the agency is the news's source, no
// photographer's, and a credit says nothing.
func attributed(s string) bool {
	words := strings.Fields(strings.ToLower(strings.TrimRight(s, ".!? ")))
	return len(words) > 0 && hasWord(words[len(words)-1:], "said", "says", "reported", "reports") || hasWord(words, "according")
}
