package actor

import "strings"

// creditOpeners open a wire story's credit line, which names the staff
// who reported, wrote and edited it ("Reporting by Ana Vell; Editing by
// Tom Dane", "(Additional reporting by Ana Vell)"): names of no actor.
var creditOpeners = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
	"edited by ", "written by ",
	// A photograph's credit names who took or supplied it ("Photograph:
	// Reuters", "Photo by Ana Vell"), no actor of the news.
	"photograph: ", "photograph by ", "photo: ", "photo by ", "photos: ", "picture: ", "pictures: ", "image: ",
	"photo credit: ", "photograph credit: ", "illustration: "}

// creditLine reports whether byte offset at lies in a credit line: the
// stretch of text back to the last line break, full stop, bracket or
// semicolon opens with a credit opener.
func creditLine(text string, at int) bool {
	from := max(at-120, 0)
	seg := text[from:at]
	if k := strings.LastIndexAny(seg, "\n.(;"); k >= 0 {
		seg = seg[k+1:]
	} else if from > 0 {
		return false
	}
	seg = strings.TrimLeft(seg, " \t")
	for _, o := range creditOpeners {
		if len(seg) >= len(o) && strings.EqualFold(seg[:len(o)], o) {
			return true
		}
	}
	return false
}

// creditSentence reports whether a sentence is a credit line whole: it
// opens with a credit opener.
func creditSentence(sent string) bool {
	sent = strings.TrimLeft(sent, " \t(")
	for _, o := range creditOpeners {
		if len(sent) >= len(o) && strings.EqualFold(sent[:len(o)], o) {
			return true
		}
	}
	return false
}
