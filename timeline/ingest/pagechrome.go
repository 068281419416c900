package ingest

import (
	"regexp"
	"strings"
)

// Furniture stop 51 found on invented pages of many kinds of site, each told
// by the shape of its line: a skip link ("Skip to site index"), a sponsor's
// label ("Supported by"), a count of comments ("214"), a call to send
// tips to an address ("Email tips@example.com"), an embedded post's attribution and picture link
// ("Fire Service (@FireService) July 19, 2026", "pic.twitter.com/…"), a
// comment form's small print ("Your email address will not be published"),
// a wire's sign-off of its editors' initials ("lw/rm (Reuters, dpa)"), a
// "Reporting from Oslo" line under a byline, and a byline whose name and
// post are two lines ("Rhona Kerr" over "Highlands and Islands reporter").

func init() {
	// Markers: such a word alone, or with filler, is a page's label.
	for _, w := range strings.Fields(`index supported`) {
		chromeVocab[w] = marker
	}
	for _, w := range strings.Fields(`site section copied go`) {
		if chromeVocab[w] == 0 {
			chromeVocab[w] = filler
		}
	}
	labelWords["more"] = true // "More: Schools face $3.1M shortfall"
}

// isPageChrome reports the lines above that isChrome misses.
func isPageChrome(s string) bool {
	return countOnly(s) || tipAddress(s) || embedCredit(s) || bareLink(s) || commentFormNote(s) || editorsInitials(s) || reportingFrom(s)
}

// countOnly reports a line that is only a count, as a page prints the
// number of comments or shares beside its buttons: "214", "1,042". A
// year alone may head a part of a story ("2019"), and stays.
func countOnly(s string) bool {
	if len(s) > 7 || s == "" || s[0] < '0' || s[0] > '9' {
		return false
	}
	for i := 0; i < len(s); i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ',' {
			return false
		}
	}
	if len(s) == 4 && (s[:2] == "19" || s[:2] == "20") {
		return false
	}
	return true
}

// tipAddress reports a short call to write to the page's address: "Email
// tips@example.com", "Contact: news@example.com".
func tipAddress(s string) bool {
	if strings.IndexByte(s, '@') < 0 || wordCount(s) > 6 {
		return false
	}
	low := strings.ToLower(s)
	opens := false
	for _, p := range []string{"email ", "e-mail ", "email: ", "e-mail: ", "contact ", "contact: ", "write to ", "send "} {
		opens = opens || strings.HasPrefix(low, p)
	}
	if !opens {
		return false
	}
	for _, w := range strings.Fields(low) {
		if at := strings.IndexByte(w, '@'); at > 0 && strings.Contains(w[at:], ".") {
			return true
		}
	}
	return false
}

// embedAttribution matches an embedded post's attribution: its author, the
// handle in brackets and the day it was posted, a dash before them as the
// post's own markup has it.
var embedAttribution = regexp.MustCompile(`^[—–-]? ?[^()]{1,80} \(@\w{1,30}\),? (?:\p{L}+\.? \d{1,2},? \d{4}|\d{1,2} \p{L}+\.? \d{4})$`)

func embedCredit(s string) bool {
	return len(s) < 140 && strings.Contains(s, "(@") && embedAttribution.MatchString(s)
}

// bareLink reports a line that is one address and nothing else, as an
// embedded post's picture link is printed: "pic.twitter.com/aBcD1234",
// "https://example.com/x".
func bareLink(s string) bool {
	if len(s) > 200 || strings.ContainsAny(s, " \t") {
		return false
	}
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "http://") || strings.HasPrefix(low, "https://") || strings.HasPrefix(low, "www.") {
		return true
	}
	// "pic.twitter.com/x": a host of two dots or more and a path.
	host, _, ok := strings.Cut(low, "/")
	return ok && strings.Count(host, ".") >= 2 && !strings.ContainsAny(host, "0123456789")
}

// commentFormNote reports a comment form's small print.
func commentFormNote(s string) bool {
	if len(s) > 200 {
		return false
	}
	// Cheap tests first: this is asked of every line of text.
	return strings.Contains(s, "will not be published") && strings.Contains(strings.ToLower(s), "email address will not be published") ||
		hasPrefixFoldString(s, "required fields are marked")
}

// initialsSignOff matches a wire's closing initials of its writer and
// editor, with the agencies it drew on: "lw/rm (Reuters, dpa)".
var initialsSignOff = regexp.MustCompile(`^[a-z]{1,4}(?:/[a-z]{1,4})+(?: \([^)]{1,60}\))?$`)

func editorsInitials(s string) bool {
	if len(s) >= 80 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	if i := strings.IndexByte(s, '/'); i < 1 || i > 4 {
		return false
	}
	return initialsSignOff.MatchString(s)
}

// reportingFrom reports the line under a byline that says where the writer
// filed from: "Reporting from Karvik".
func reportingFrom(s string) bool {
	rest, ok := strings.CutPrefix(s, "Reporting from ")
	return ok && wordCount(rest) <= 4 && !endsSentence(rest) && namesOnly(strings.ReplaceAll(rest, " and ", " And "))
}

// cutByWord cuts the word that opens a byline: "By Ana Lima", "Written by
// Priya Menon", "Story by Ana Lima".
func cutByWord(s string) (string, bool) {
	for _, p := range []string{"By ", "Written by ", "Story by ", "Words by "} {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// placeOnly reports a part of a line of particulars that is where the
// story was filed, as a page prints it before its stamp: "Karnal |
// Updated: November 5, 2026 14:22 IST".
func placeOnly(s string) bool {
	n := wordCount(s)
	return n >= 1 && n <= 3 && !endsSentence(s) && namesOnly(s)
}

// dropPostBylines drops a byline printed as two lines, the writer's name
// over the post ("Rhona Kerr" over "Highlands and Islands reporter"): the
// name was read as the story's actor.
func dropPostBylines(text string, lines []line) {
	prev := -1
	for i := range lines {
		if lines[i].drop {
			continue
		}
		s := text[lines[i].start:lines[i].end]
		if prev >= 0 && !endsSentence(s) && newsroomPost(s) && postOnly(s) {
			p := text[lines[prev].start:lines[prev].end]
			if wordCount(p) >= 2 && writerName(p) {
				lines[prev].drop, lines[i].drop = true, true
			}
		}
		prev = i
	}
}

// postOnly reports a post with no verb or figure in it: the last word is
// the trade ("Highlands and Islands reporter", "Senior Europe
// correspondent"), not a sentence about one ("Police question reporter").
func postOnly(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return false
	}
	switch strings.TrimRight(f[len(f)-1], ".,") {
	case "reporter", "correspondent", "editor", "writer", "columnist", "journalist", "producer":
	default:
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !isASCIILetter(w[0]) && w != "&" {
			return false
		}
	}
	return isUpperRune(firstRune(s))
}
