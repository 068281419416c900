package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page without a date in its head often prints one in the element its
// markup names for it (<p class="date">Wednesday, March 4, 2026 5:41
// pm</p>, <span class="article-date">17.02.2026 kl. 10:14</span>,
// <span itemprop="datePublished" content="2026-03-04">). Readability may
// then leave that element out of the text with the byline around it, and
// the page went undated.

// dateClassParts are the parts of a class, id or itemprop name that mark
// an element holding the article's date.
var dateClassParts = []string{"date", "time", "publish", "posted"}

// maxDateElementText bounds the text of an element read as a date: a stamp,
// never a block of prose or a list of teasers with their dates.
const maxDateElementText = 100

// readDateElement keeps the date of the first element of n's kind that
// the page marks as holding one, outside its navigation, asides and
// footer.
func (m *meta) readDateElement(n *html.Node) {
	if m.elementDate != "" || n.DataAtom == atom.Meta || n.DataAtom == atom.Time || !dateMarked(n) && !publishedLabelled(n) {
		return
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Nav || p.DataAtom == atom.Aside || p.DataAtom == atom.Footer {
			return
		}
	}
	if strings.EqualFold(attr(n, "itemprop"), "datepublished") {
		if v := strings.TrimSpace(firstNonEmpty(attr(n, "content"), attr(n, "datetime"))); v != "" {
			if _, err := ParseDate(v); err == nil {
				m.elementDate = v
				return
			}
		}
	}
	if textLonger(n, maxDateElementText) {
		return
	}
	s := oneLine(textOf(n))
	if rest, _, ok := cutStampWord(s); ok {
		s = rest
	}
	if s == "" || !startsLikeDate(s) {
		return
	}
	if d, ok := findDate(s); ok && d.Year != 0 {
		m.elementDate = d.String()
		w, _, _ := strings.Cut(s, " ")
		if _, _, _, either := slashReadings(w); either {
			m.elementDate = w // read either way: settled with the text (settleSlashByText)
		}
	}
}

// publishedLabelled reports an element whose text opens with a label of
// publication ("<p>Published: 4:41 PM MST December 13, 2026</p>") though
// its class names no date: the text of such a byline box is often left
// out with the box. Only a label of publication: an "Updated" line alone
// says when the page last changed.
func publishedLabelled(n *html.Node) bool {
	c := n.FirstChild
	if c == nil || c.Type != html.TextNode || len(c.Data) > maxDateElementText {
		return false
	}
	_, kind, ok := cutStampWord(strings.TrimSpace(c.Data))
	return ok && kind == stampPublished && !hasPrefixFoldString(strings.TrimSpace(c.Data), "date")
}

// dateMarked reports whether n's class, id or itemprop names a date.
func dateMarked(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" && a.Key != "itemprop" {
			continue
		}
		low := strings.ToLower(a.Val)
		for _, p := range dateClassParts {
			if strings.Contains(low, p) {
				return true
			}
		}
	}
	return false
}
