package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A platform named only as where something was said or posted ("wrote on
// Instagram", "said on X", "in a post on Facebook", "In an Instagram
// post, Vell said", "her Facebook page") is the medium of the words, as
// "on television" is, and no actor: it does nothing in the story, and
// a description after it ("The club announced") is no platform. English
// marks the medium by "on" after a verb of saying or posting, or after a
// noun for a post, and by a noun for a post or a page right after the
// name. The platform in any other sentence ("Instagram was fined")
// is still the company.

// mediumVerbs are the verbs of saying or posting before "on" and the
// medium: "said on X", "posted on TikTok", "announced on Facebook". A
// verb that also means "about" before "on" ("commented on", "reported
// on", "warned on") is left out.
var mediumVerbs = map[string]bool{"said": true, "says": true, "posted": true, "posts": true, "post": true,
	"wrote": true, "writes": true, "announced": true, "announces": true, "shared": true, "shares": true,
	"published": true, "tweeted": true, "uploaded": true, "added": true, "confirmed": true, "stated": true,
	"replied": true, "responded": true, "streamed": true, "livestreamed": true, "apologised": true,
	"apologized": true, "thanked": true, "live": true}

// mediumNouns are the things posted on a platform, before "on": "a post
// on Facebook", "a video on TikTok" (not "a statement on", "an update
// on", which may be about a body).
var mediumNouns = map[string]bool{"post": true, "posts": true, "video": true, "videos": true, "message": true,
	"messages": true, "account": true, "page": true, "channel": true, "story": true, "stories": true, "feed": true,
	"livestream": true, "profile": true, "thread": true, "tweet": true, "tweets": true, "clip": true, "reel": true}

// postNouns are the things posted that follow the platform's name: "an
// Instagram post", "her Facebook page" ("the White House account" of a
// call is the body's version of it, "a Kremlin video" its own).
var postNouns = map[string]bool{"post": true, "posts": true, "page": true, "feed": true, "livestream": true,
	"profile": true, "handle": true, "tweet": true, "tweets": true, "reel": true}

// medium reports whether the name text[start:end] is only where words
// were said or posted.
func medium(text string, start, end int) bool {
	before := strings.TrimRight(text[:start], " ")
	after := strings.TrimLeft(text[end:], " ")
	if strings.HasSuffix(text[start:end], "'s") || strings.HasSuffix(text[start:end], "’s") {
		return false // "Instagram's parent": the company owns something
	}
	if next := endWordAt(after); postNouns[strings.ToLower(next)] && next == strings.ToLower(next) && len(after) > len(next) &&
		strings.IndexByte(" ,.;", after[len(next)]) >= 0 {
		return true // "an Instagram post", "her Facebook page"
	}
	prep := endWord(before)
	if prep != "on" && prep != "via" {
		return false
	}
	before = strings.TrimRight(before[:len(before)-len(prep)], " ")
	word := strings.ToLower(endWord(before))
	return mediumVerbs[word] || mediumNouns[word]
}

// endWordAt returns the run of ASCII letters that opens s.
func endWordAt(s string) string {
	i := 0
	for i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	return s[:i]
}

// dropMedia empties the Name of each organisation of ms that is only
// the medium of words (ordered then drops it), and of a capitalised word
// Find could not place there: "said on Vellgram".
func dropMedia(text string, ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if (m.Kind == timeline.Organization || m.Tentative) && m.Name != "" && medium(text, m.Start, m.End) {
			m.Name = ""
		}
	}
}
