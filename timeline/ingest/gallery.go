package ingest

import (
	"regexp"

	"github.com/storyline/storyline/timeline"
)

// A gallery numbers its pictures before their captions ("Item 1 of 2
// Lena Park speaks …", "[1/2]Lena Park speaks …"), and a copied page
// prints the caption twice, once for the picture and once for the
// screen reader; the count is no part of the caption and the second
// copy a repeat.

var galleryCount = regexp.MustCompile(`^(?:(?:Item|Image|Photo|Picture|Slide) \d{1,3} of \d{1,3} +|\[\d{1,3}/\d{1,3}\] *)`)

// galleryCounter returns the length of a gallery's count opening s, or 0.
func galleryCounter(s string) int {
	if len(s) < 4 || s[0] != '[' && s[0] != 'I' && s[0] != 'P' && s[0] != 'S' {
		return 0
	}
	return len(galleryCount.FindString(s))
}

// dropRepeatedCaptions drops a caption that repeats one of the three
// lines before it, its gallery count aside.
func dropRepeatedCaptions(text string, lines []line) {
	for i := range lines {
		if lines[i].drop || lines[i].kind != timeline.Caption {
			continue
		}
		s := text[lines[i].start:lines[i].end]
		for j := max(0, i-3); j < i; j++ {
			if !lines[j].drop && lines[j].kind == timeline.Caption && text[lines[j].start:lines[j].end] == s {
				lines[i].drop = true
				break
			}
		}
	}
}
