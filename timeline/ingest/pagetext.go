package ingest

import (
	"strings"
	"unsafe"

	"github.com/storyline/storyline/timeline"
)

// What a page prints around an article besides its chrome words: a video
// player's messages, a paywall's offer, a press release's closing
// sections. Each reads as prose, and became events ("Video Player is
// loading", "The media could not be loaded", "Cancel anytime").

// playerNotices open the messages a web video player prints in place of
// its video, whatever the page.
var playerNotices = []string{
	"video player is loading", "play video", "this is a modal window", "the media could not be loaded",
	"beginning of dialog window", "end of dialog window", "no compatible source was found",
	"your browser does not support the video", "your browser does not support html5 video",
	"this video is not available", "this video can not be played", "this video cannot be played",
}

// paywallMarks are what only a paywall's offer says: that the rest is for
// subscribers, and on what terms ("Keep reading for €1", "Cancel anytime
// during your trial", "You have read 3 of 5 free articles this month").
var paywallMarks = []string{
	"cancel anytime", "cancel at any time", "keep reading for", "continue reading for",
	"subscribe to continue", "subscribe to read", "subscribe to keep reading", "to keep reading",
	"to continue reading", "free articles", "articles remaining", "already a subscriber",
	"already have access", "already have an account", "complete digital access",
	"unlimited digital access", "premium digital access", "for subscribers only",
	"exclusive to subscribers", "is for subscribers", "subscriber-only", "subscriber only",
}

// maxPaywallLine bounds a line of a paywall's offer: a heading, a line or
// two of terms.
const maxPaywallLine = 200

// playerOrPaywall reports a video player's message or a line of a
// paywall's offer: short, and saying what only they say. A line that
// quotes or says who said it tells of someone's offer ("Members can
// cancel anytime, the club said").
func playerOrPaywall(s string) bool {
	if len(s) > 240 {
		return false
	}
	var buf [lowRoom]byte
	low := asciiLowerOn(buf[:], s)
	for _, p := range playerNotices {
		if strings.HasPrefix(low, p) && (len(low) == len(p) || low[len(p)] == '.' || low[len(p)] == ',') {
			return true
		}
	}
	if len(low) > maxPaywallLine || !strings.Contains(low, "subscri") && !strings.Contains(low, "read") &&
		!strings.Contains(low, "access") && !strings.Contains(low, "cancel") && !strings.Contains(low, "account") &&
		!strings.Contains(low, "articles") {
		return false // every mark holds one of these
	}
	if strings.Contains(low, " said") || strings.Contains(low, " says") || strings.ContainsAny(low, "\"“”") {
		return false // news of an offer's terms
	}
	for _, p := range paywallMarks {
		if strings.Contains(low, p) {
			return true
		}
	}
	return false
}

// pressTailHeads head the sections that close a press release, after its
// news: the issuer's boilerplate ("About Northwind Bank"), its contacts,
// its legal notice. Nothing after them is news.
var pressTailHeads = []string{
	"media contact", "media contacts", "press contact", "press contacts", "media enquiries",
	"media inquiries", "press enquiries", "press inquiries", "investor contact", "investor contacts",
	"contacts", "for more information", "for further information", "forward-looking statements",
	"forward looking statements", "cautionary statement", "safe harbor statement", "notes to editors",
	"note to editors", "notes for editors",
}

// dropPressTail drops a press release's closing sections: from a line
// that heads one ("About Calder Savings", "Media contacts", "Forward-
// looking statements", the "###" or "-30-" that ends a release's text)
// to the end. Only after the article has begun, and an "About" heading
// only when a name follows it ("About the victims" heads news).
func dropPressTail(text string, lines []line) {
	begun := false
	for i := range lines {
		l := &lines[i]
		if !begun {
			begun = !l.drop && l.kind == timeline.Body && endsSentence(text[l.start:l.end])
			continue
		}
		if !pressTailHead(text[l.start:l.end]) {
			continue
		}
		for j := i; j < len(lines); j++ {
			lines[j].drop = true
		}
		return
	}
}

func pressTailHead(s string) bool {
	switch strings.TrimSpace(s) {
	case "###", "# # #", "-30-", "- 30 -", "ENDS", "-ends-", "- ends -":
		return true
	}
	s = strings.TrimRight(s, ":")
	if len(s) > 60 || endsSentence(s) {
		return false
	}
	for _, h := range pressTailHeads {
		if len(s) == len(h) && strings.EqualFold(s, h) {
			return true
		}
	}
	rest, ok := strings.CutPrefix(s, "About ")
	if !ok {
		rest, ok = strings.CutPrefix(s, "ABOUT ")
	}
	return ok && wordCount(rest) <= 6 && namesOnly(rest)
}

// markLabelledCaptions reads the line after a caption's label standing
// alone ("Image caption," over "Firefighters at the site on Monday"), as
// a page built for screen readers is copied, as the caption it labels;
// the label itself is dropped.
func markLabelledCaptions(text string, lines []line) {
	for i := range lines {
		s := strings.TrimRight(text[lines[i].start:lines[i].end], ",: ")
		if !labelAlone(s) {
			continue
		}
		lines[i].drop = true
		if i+1 < len(lines) && !lines[i+1].drop && lines[i+1].kind != timeline.Bullet {
			lines[i+1].kind = timeline.Caption
		}
	}
}

func labelAlone(s string) bool {
	for _, l := range captionLabels {
		l = strings.TrimRight(l, ",: ")
		if len(s) == len(l) && strings.EqualFold(s, l) {
			return true
		}
	}
	return false
}

// asciiLowerOn lowers the ASCII letters of s into buf, which must hold it,
// and leaves other bytes as they are: enough to find marks written in
// ASCII, without the heap that lowerOn takes for a line with a curly quote.
// The result shares buf's bytes, as lowerOn's does.
func asciiLowerOn(buf []byte, s string) string {
	if len(s) == 0 || len(s) > len(buf) {
		return strings.ToLower(s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return unsafe.String(&buf[0], len(s))
}
