package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads a web page: its metadata from the head and JSON-LD, its
// main text through readability (the whole body when readability finds no
// article).
func readHTML(name string, data []byte) (a article, err error) {
	// A parser bug must cost one input, not the run.
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%w: HTML could not be parsed: %v", ErrNoText, r)
		}
	}()
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return article{}, fmt.Errorf("%w: %v", ErrNoText, err)
	}
	m := pageMeta(doc)
	a = article{ID: baseID(name), Path: name, Title: m.title(), URL: m.url(), Source: m.siteName, Date: m.date()}
	if strings.IndexByte(a.Date, '/') > 0 { // copy the page only for a slash date
		if d, ok := settleSlashByText(a.Date, string(data)); ok {
			a.Date = d.String() // by a caption or alt text the article's text may leave out
		}
	}
	if head, site := splitSiteName(m.titleTag); site != "" {
		if m.ogTitle == "" && m.ldHeadline == "" {
			a.Title = head
		}
		if a.Source == "" && head == a.Title {
			a.Source = site
		}
	}
	a.Title = cutSiteSuffix(a.Title, a.Source)
	a.Text = mainText(doc, m.url())
	if strings.TrimSpace(a.Text) == "" {
		return article{}, ErrNoText
	}
	return a, nil
}

// maxElements bounds the pages readability scores; a larger page is read
// whole, which is faster and still finds its text.
const maxElements = 50000

// mainText extracts the article's text. It runs after the metadata is
// read, since readability rewrites the tree.
func mainText(doc *html.Node, pageURL string) string {
	u, _ := nurl.Parse(pageURL)
	body := bodyOf(doc)
	dropWidgets(doc)
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxElements
	art, err := parser.ParseDocument(doc, u)
	if err == nil && art.Node != nil {
		markListItems(art.Node)
		breakAfterBlocks(art.Node)
		breakGluedInlines(art.Node)
		if t := strings.TrimSpace(render.InnerText(art.Node)); t != "" {
			return t
		}
	}
	return bodyText(body)
}

// bodyText renders the text of a page's body as a browser shows it, or ""
// for no body.
func bodyText(body *html.Node) string {
	if body == nil {
		return ""
	}
	stripNodes(body, atom.Script, atom.Style, atom.Noscript, atom.Template)
	markListItems(body)
	breakAfterBlocks(body)
	breakGluedInlines(body)
	return strings.TrimSpace(render.InnerText(body))
}

// markedUpText returns the text of a record's body that holds HTML, as
// exports from a site's own feed or API do ("<p>The mayor …</p><p>&#8220;We
// will appeal,&#8221; …"), as its page would show it: with paragraphs on
// lines of their own and character references read. Plain text with
// character references only has them read; other text is returned as is.
func markedUpText(text string) string {
	low := strings.ToLower(text[:min(len(text), 4096)])
	switch {
	case strings.Contains(low, "<p>") || strings.Contains(low, "<p ") || strings.Contains(low, "</p>") ||
		strings.Contains(low, "<br") || strings.Contains(low, "<div"):
		doc, err := html.Parse(strings.NewReader(text))
		if err != nil {
			return text
		}
		if t := bodyText(bodyOf(doc)); t != "" {
			return t
		}
		return text
	case strings.Contains(low, "&#") || strings.Contains(low, "&amp;") || strings.Contains(low, "&quot;") ||
		strings.Contains(low, "&rsquo;") || strings.Contains(low, "&nbsp;"):
		return html.UnescapeString(text)
	}
	return text
}

// markListItems starts each list item's text with "- ", so that the
// extracted text keeps its bullets for Clean to find.
func markListItems(root *html.Node) {
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Li {
			n.InsertBefore(&html.Node{Type: html.TextNode, Data: "- "}, n.FirstChild)
		}
		return true
	})
}

// breakAfterBlocks puts a line break after each block element that text
// or an inline element follows, as a browser shows it. The renderer breaks
// the line only before a block, so a paragraph followed by a bare <time>
// or <span> ran into it: "…until the pay offer improvesWed 14 Oct 2026
// 07.32 BST", a standfirst glued to the page's stamp.
func breakAfterBlocks(root *html.Node) {
	var blocks []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type == html.ElementNode && blockElements[n.Data] && inlineNext(n) {
			blocks = append(blocks, n)
		}
		return true
	})
	for _, n := range blocks {
		n.Parent.InsertBefore(&html.Node{Type: html.ElementNode, Data: "br"}, n.NextSibling)
	}
}

// blockElements are the elements the renderer starts a new line for, by
// name: the readability pass renames elements ("div" to "p") without
// their atom.
var blockElements = map[string]bool{}

func init() {
	for _, e := range strings.Fields(`p blockquote h1 h2 h3 h4 h5 h6 ul ol dl table pre div figure
		figcaption li header footer section article aside nav address form`) {
		blockElements[e] = true
	}
}

// inlineNext reports whether the first sibling after n that shows anything
// is text or an inline element.
func inlineNext(n *html.Node) bool {
	if n.Parent == nil {
		return false
	}
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) == "":
		case s.Type == html.TextNode:
			return true
		case s.Type == html.ElementNode:
			return !blockElements[s.Data] && s.Data != "br"
		}
	}
	return false
}

func bodyOf(doc *html.Node) *html.Node {
	var body *html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			return false
		}
		return body == nil
	})
	return body
}

// stripNodes removes elements that never hold article text.
func stripNodes(root *html.Node, atoms ...atom.Atom) {
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		for _, a := range atoms {
			if n.Type == html.ElementNode && n.DataAtom == a {
				doomed = append(doomed, n)
				return false
			}
		}
		return true
	})
	remove(doomed)
}

// remove takes each of nodes out of its tree.
func remove(nodes []*html.Node) {
	for _, n := range nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// walk visits n and its descendants in document order, without
// recursion; visit returns false to skip a node's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	stack := []*html.Node{n}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if !visit(n) {
			continue
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
}

// meta is what a page says about itself, each field from the first
// source that has it.
type meta struct {
	published     string // article:published_time and kin
	publishedRank int    // 1 + index in publishedMeta of the name that set published
	ldPublished   string // JSON-LD datePublished
	timeDatetime  string // the first <time datetime>
	elementDate   string // the first element the page marks as its date (readDateElement)
	ogTitle       string
	ldHeadline    string
	titleTag      string
	canonical     string
	ogURL         string
	siteName      string
}

func (m *meta) date() string {
	return firstNonEmpty(m.published, m.ldPublished, m.timeDatetime, m.elementDate)
}

func (m *meta) title() string {
	return firstNonEmpty(m.ogTitle, m.ldHeadline, m.titleTag)
}

func (m *meta) url() string {
	return strings.TrimSpace(firstNonEmpty(m.canonical, m.ogURL))
}

// pageMeta gathers the page's metadata in one walk of the tree.
func pageMeta(doc *html.Node) *meta {
	m := &meta{}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		m.readDateElement(n)
		switch n.DataAtom {
		case atom.Meta:
			m.readMeta(n)
		case atom.Link:
			if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
				m.canonical = attr(n, "href")
			}
		case atom.Title:
			if m.titleTag == "" {
				m.titleTag = oneLine(textOf(n))
			}
		case atom.Time:
			if m.timeDatetime == "" {
				m.timeDatetime = strings.TrimSpace(attr(n, "datetime"))
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				m.readJSONLD(textOf(n))
			}
			return false
		}
		return true
	})
	return m
}

// publishedMeta are <meta> names and properties that give the
// publication date, best first.
var publishedMeta = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"pubdate", "publishdate", "publish-date", "publish_date", "date",
	"dc.date.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date",
	// Less common names, after every name above.
	"og:published_time", "article.published", "publication_date", "publication-date", "original-publish-date",
	"article_date_original", "dcterms.issued", "dcterms.date", "cxenseparse:recs:publishtime",
}

func (m *meta) readMeta(n *html.Node) {
	content := strings.TrimSpace(attr(n, "content"))
	if content == "" {
		return
	}
	key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
	switch key {
	case "og:title", "twitter:title":
		setOnce(&m.ogTitle, content)
	case "og:url":
		setOnce(&m.ogURL, content)
	case "og:site_name":
		setOnce(&m.siteName, content)
	}
	// Keep the best-ranked name, whatever order the tags come in.
	if rank := indexOf(publishedMeta, key) + 1; rank > 0 && (m.publishedRank == 0 || rank < m.publishedRank) {
		m.published, m.publishedRank = content, rank
	}
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

func setOnce(dst *string, v string) {
	if *dst == "" {
		*dst = v
	}
}

// readJSONLD takes datePublished, headline and url from a JSON-LD block,
// searching @graph arrays and nested objects.
func (m *meta) readJSONLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	findLD(v, m, 0)
}

func findLD(v any, m *meta, depth int) {
	if depth > 8 {
		return
	}
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			findLD(e, m, depth+1)
		}
	case map[string]any:
		if s, ok := t["datePublished"].(string); ok {
			setOnce(&m.ldPublished, strings.TrimSpace(s))
		}
		if s, ok := t["headline"].(string); ok {
			setOnce(&m.ldHeadline, oneLine(s))
		}
		if g, ok := t["@graph"]; ok {
			findLD(g, m, depth+1)
		}
		if e, ok := t["mainEntity"]; ok {
			findLD(e, m, depth+1)
		}
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// textOf concatenates the text nodes under n.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		return true
	})
	return b.String()
}
