package ingest

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// teaserLabels open the heading of a list of links to other stories
// ("Related Stories", "More on this story", "Most read in News", "READ
// MORE ON FIRES"); what follows them, up to the next sentence, is
// headlines and their dates, which no rule on one line can tell from the
// article's own subheadings.
var teaserLabels = []string{
	"related", "more on this", "more from", "more news", "more stories", "more great stories",
	"more like this", "more top stories", "more to explore", "most read", "most viewed",
	"most popular", "most shared", "read more", "read next", "read also", "also read",
	"see also", "you may also like", "you might also like", "recommended", "top stories",
	"latest news", "latest stories", "suggested", "explore more", "further reading",
	"what to read next", "around the web", "editor's picks", "editors' picks", "in other news",
	"popular in", "also in ",
}

// teaserLabel reports the heading of a list of teasers: a short line, not
// a sentence (a colon may close it), opening with a teaser label.
func teaserLabel(s string) bool {
	s = strings.TrimSuffix(s, ":")
	if len(s) > 60 || wordCount(s) > 8 || endsSentence(s) {
		return false
	}
	for _, l := range teaserLabels {
		if hasPrefixFoldString(s, l) && (len(s) == len(l) || l[len(l)-1] == ' ' || s[len(l)] == ' ') {
			return true
		}
	}
	return false
}

// dropTeaserLists drops a list of teasers: a teaser label, kept or
// already dropped as chrome, and the lines after it that are no sentence
// (headlines, topics, their dates), up to the first that is. Only after
// the article has begun (a kept sentence of running text): above it, such
// a label is a menu's item, and what follows it the article's own
// headline.
func dropTeaserLists(text string, lines []line) {
	begun := false
	for i := 0; i < len(lines); i++ {
		l := &lines[i]
		if !begun {
			begun = !l.drop && l.kind == timeline.Body && endsSentence(text[l.start:l.end])
			continue
		}
		if !teaserLabel(text[l.start:l.end]) {
			continue
		}
		l.drop = true
		for i+1 < len(lines) {
			n := &lines[i+1]
			if !n.drop && endsSentence(text[n.start:n.end]) {
				break
			}
			n.drop = true
			i++
		}
	}
}
