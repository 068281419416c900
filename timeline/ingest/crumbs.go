package ingest

import (
	"strings"
	"unicode"
)

// slashCrumb reports a breadcrumb of sections parted by slashes ("World /
// Europe", "News / Business / Markets"): two to four parts, each one to
// three capitalised words of letters, and nothing else on the line.
func slashCrumb(s string) bool {
	if len(s) > 80 || !strings.Contains(s, " / ") {
		return false
	}
	parts := strings.Split(s, " / ")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > 3 {
			return false
		}
		for _, w := range words {
			if !isUpperRune(firstRune(w)) && w != "&" && w != "and" {
				return false
			}
			for _, r := range w {
				if !unicode.IsLetter(r) && r != '&' && r != '-' {
					return false
				}
			}
		}
	}
	return true
}

// ruleLine reports a line drawn with one mark, repeated, as a page or a
// wire parts its story from what follows: "___", "* * *", "-----", "———".
func ruleLine(s string) bool {
	var mark rune
	n := 0
	for _, r := range s {
		switch {
		case r == ' ':
			continue
		case mark == 0 && strings.ContainsRune("_-*=~—–·•#", r):
			mark = r
		case r != mark:
			return false
		}
		n++
	}
	return n >= 3
}
