package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A page's <title> often ends in the site's name ("Bridge reopens after
// repairs - Island Times", "… | The Daily Ledger"), which the og:title and
// the JSON-LD headline leave out. When the title tag is all a page gives,
// the name is cut off the headline; either way it is the source of a page
// with no og:site_name (stop 38: two such pages had none).

// titleSeparators stand between a headline and the site's name.
var titleSeparators = []string{" | ", " - ", " – ", " — "}

// splitSiteName returns the headline and the site's name of a title tag,
// or the title and "" when it ends in no site's name: one of at most five
// capitalised words (or "of", "the", "and", "&") with no digit, after a
// headline of at least three words.
func splitSiteName(title string) (headline, site string) {
	title = cutTitleDate(title)
	cut := -1
	sep := ""
	for _, s := range titleSeparators {
		if i := strings.LastIndex(title, s); i > cut {
			cut, sep = i, s
		}
	}
	if cut < 0 {
		return title, ""
	}
	head, tail := strings.TrimSpace(title[:cut]), strings.TrimSpace(title[cut+len(sep):])
	if hostName(tail) && len(strings.Fields(head)) >= 3 {
		return head, tail // "… | kxnw.example"
	}
	words := strings.Fields(tail)
	if len(words) == 0 || len(words) > 5 || len(strings.Fields(head)) < 3 || strings.ContainsAny(tail, "0123456789") {
		return title, ""
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "of" && w != "the" && w != "and" && w != "&" {
			return title, ""
		}
	}
	// "… | World news | The Guardian": the site's section stands between
	// the headline and its name, after the same separator.
	if i := strings.LastIndex(head, sep); i > 0 {
		if section := strings.TrimSpace(head[i+len(sep):]); wordCount(section) <= 3 && !strings.ContainsAny(section, "0123456789") &&
			len(strings.Fields(head[:i])) >= 3 {
			head = strings.TrimSpace(head[:i])
		}
	}
	return head, tail
}

// cutTitleDate cuts the date some sites close their title tag with,
// after the site's name: "Coalition agrees budget | WN | 23.10.2026".
func cutTitleDate(title string) string {
	for _, sep := range titleSeparators {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		if d, err := ParseDate(strings.TrimSpace(title[i+len(sep):])); err == nil && d.Year != 0 {
			return strings.TrimSpace(title[:i])
		}
	}
	return title
}

// hostName reports a site's address given as its name: "kxnw.example",
// "news.example.com".
func hostName(s string) bool {
	if s == "" || strings.ContainsAny(s, " /:") || strings.Count(s, ".") < 1 || s[0] == '.' || s[len(s)-1] == '.' {
		return false
	}
	letters := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		letters = letters || c >= 'a' && c <= 'z'
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return letters // "3.5" is a figure
}

// cutSiteSuffix cuts the site's own name off a title that ends in it
// ("Bridge reopens after repairs | Island Times" with og:site_name
// "Island Times"): some sites print it in their og:title too.
func cutSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range titleSeparators {
		if head, ok := strings.CutSuffix(title, sep+site); ok && len(strings.Fields(head)) >= 3 {
			return strings.TrimSpace(head)
		}
	}
	return title
}
