package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// breakGluedInlines puts a line break between two inline siblings that
// the page sets apart only by its style sheet: "<span>Published</span><span>3
// hours ago</span>", a teaser's link and its date, a caption and its
// "Credit: …" span, a screen reader's "Image source, NBS" and the "Image
// caption, " after it. The renderer runs them together ("Published3 hours
// ago", "… injures twoMarch 2, 2026"), which no rule reads as chrome, and
// the stamp glued to a teaser keeps it as a heading. A junction is glued
// when no white space parts a word of two letters or more from a capital
// or a digit; a drop cap ("<span>A</span><span>TERRIFIED…") is one letter,
// and a chemical formula's digits ("CO<sub>2</sub>") are sub- or
// superscript, so both stay whole.
func breakGluedInlines(root *html.Node) {
	var at []*html.Node
	walk(root, func(n *html.Node) bool {
		if s := n.NextSibling; s != nil && (inlineElement(n) || inlineElement(s)) &&
			inlineOrText(n) && inlineOrText(s) && gluedJunction(lastText(n), firstText(s)) {
			at = append(at, n)
		}
		return true
	})
	for _, n := range at {
		n.Parent.InsertBefore(&html.Node{Type: html.ElementNode, Data: "br"}, n.NextSibling)
	}
}

func inlineElement(n *html.Node) bool {
	return n.Type == html.ElementNode && !blockElements[n.Data] && n.Data != "br" && n.Data != "sub" && n.Data != "sup"
}

func inlineOrText(n *html.Node) bool {
	return n.Type == html.TextNode || inlineElement(n)
}

// gluedJunction reports whether left, ending in a word of two letters or
// digits, runs straight into right, opening with a capital or a digit.
func gluedJunction(left, right string) bool {
	r, n := utf8.DecodeLastRuneInString(left)
	if n == 0 || !isWordRune(r) {
		return false
	}
	if p, _ := utf8.DecodeLastRuneInString(left[:len(left)-n]); !isWordRune(p) {
		return false
	}
	f := firstRune(right)
	return isUpperRune(f) || f >= '0' && f <= '9'
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// lastText returns the last text under n that shows anything, or "".
func lastText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	for c := n.LastChild; c != nil; c = c.PrevSibling {
		if c.Type == html.ElementNode && blockElements[c.Data] {
			return ""
		}
		if t := lastText(c); strings.TrimSpace(t) != "" {
			return t
		}
	}
	return ""
}

// firstText returns the first text under n that shows anything, or "".
func firstText(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && blockElements[c.Data] {
			return ""
		}
		if t := firstText(c); strings.TrimSpace(t) != "" {
			return t
		}
	}
	return ""
}
