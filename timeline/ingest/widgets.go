package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropWidgets removes what a page embeds in its article that is not the
// article's text, before readability scores the page (it keeps both, as
// they sit among the paragraphs):
//   - a signup box: a form asking for an email address, with the block
//     around it that introduces it ("Sign up to First Edition. Our morning
//     email breaks down the key stories of the day…");
//   - an embedded social post, whose text is the poster's, in the first
//     person, with no attribution a sentence can carry ("Our teams are
//     working…", "— Northgrid (@northgrid) October 20, 2026"); the article
//     reports what the post says in its own words;
//   - a byline or a note on the authors ("Ana Lima and Rui Costa cover
//     transport from Lisbon"), whose names are the writers', no actors of
//     the story.
func dropWidgets(root *html.Node) {
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch {
		case n.DataAtom == atom.Form && asksEmail(n):
			doomed = append(doomed, signupBox(n))
			return false
		case socialEmbed(n), authorNote(n):
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	remove(doomed)
}

// asksEmail reports whether form has an input for an email address.
func asksEmail(form *html.Node) bool {
	found := false
	walk(form, func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Input &&
			(strings.EqualFold(attr(n, "type"), "email") || strings.Contains(strings.ToLower(attr(n, "name")), "email")) {
			found = true
		}
		return !found
	})
	return found
}

// signupBoxText is the most text a block around a signup form may hold to
// be taken as the form's box: a heading, a line or two of pitch and the
// privacy notice, never the article's paragraphs.
const signupBoxText = 600

// signupBox is the largest block around form whose text stays short.
func signupBox(form *html.Node) *html.Node {
	box := form
	for p := box.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		if p.DataAtom == atom.Body || p.DataAtom == atom.Article || p.DataAtom == atom.Main ||
			textLonger(p, signupBoxText) {
			break
		}
		box = p
	}
	return box
}

// socialEmbed reports whether n is a post embedded from a social network,
// by the class names the networks' embed codes give it.
func socialEmbed(n *html.Node) bool {
	if n.DataAtom != atom.Blockquote && n.DataAtom != atom.Div && n.DataAtom != atom.Figure {
		return false
	}
	for _, c := range strings.Fields(strings.ToLower(attr(n, "class"))) {
		for _, p := range socialEmbedClasses {
			if strings.HasPrefix(c, p) {
				return true
			}
		}
	}
	return false
}

// socialEmbedClasses begin the class names of the embed codes of X and
// Twitter, Instagram, TikTok, Bluesky, Threads, Facebook and Reddit.
var socialEmbedClasses = []string{"twitter-tweet", "twitter-timeline", "instagram-media", "tiktok-embed",
	"bluesky-embed", "text-post-media", "fb-post", "reddit-embed", "social-embed", "embed-social"}

// textLonger reports whether n's text, spaces aside, is longer than limit
// bytes; it stops reading once it is, so that climbing from a form to the
// page's body does not read the page again at every level.
func textLonger(n *html.Node, limit int) bool {
	total := 0
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			total += len(strings.TrimSpace(c.Data))
		}
		return total <= limit
	})
	return total > limit
}

// authorNoteText is the most text a byline or a note on the authors
// holds: a line or two, never a block of the article's paragraphs that a
// page's markup happens to wrap in such a class.
const authorNoteText = 400

// authorNote reports whether n is a byline or a note on the article's
// authors, by the class names pages give them. One with a digit may
// carry the date the page gives nowhere else ("By Ana Lima | Updated 3
// May 2026"), which the dating reads from the text: it stays.
func authorNote(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Article, atom.Main, atom.Body, atom.Html, atom.Section:
		return false
	}
	class := attr(n, "class")
	if class == "" {
		return false
	}
	note := false
	for _, c := range strings.Fields(strings.ToLower(class)) {
		for _, w := range authorNoteClasses {
			if c == w || strings.HasPrefix(c, w+"-") || strings.HasSuffix(c, "-"+w) || strings.HasSuffix(c, "__"+w) {
				note = true
			}
		}
	}
	if !note || textLonger(n, authorNoteText) {
		return false
	}
	digit := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode && strings.ContainsAny(c.Data, "0123456789") {
			digit = true
		}
		return !digit
	})
	return !digit
}

// authorNoteClasses are the class names, or their last or first part
// ("article-byline", "contributor-note", "story__author-bio"), of a
// byline and of a note on the authors.
var authorNoteClasses = []string{"byline", "contributor", "contributors", "author-bio", "authorbio", "author-info",
	"author-note", "about-author", "about-the-author", "author-details", "bio"}
