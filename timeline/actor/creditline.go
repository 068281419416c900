package actor

import "strings"

// creditOpeners open a wire story's credit line, which names the staff
// who reported, wrote and edited it ("Reporting by Ana Vell; Editing by
// Tom Dane", "(Additional reporting by Ana Vell)"): names of no actor.
var creditOpeners = []string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ",
	"edited by ", "written by "}

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
