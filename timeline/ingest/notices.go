package ingest

import (
	"regexp"
	"strings"
)

// The publisher's notices about the article itself, not about the story:
// calls to subscribe, the names of contributors, corrections. Each becomes
// events and actors if read as prose ("Lena Hoff contributed", "the story
// has been updated").

// isNotice reports a publisher's notice: a call to subscribe (isPromo,
// isReaderAppeal), a contributor line or an editor's note.
func isNotice(s string) bool {
	return isPromo(s) || isReaderAppeal(s) || isContributors(s) || isEditorsNote(s) || isPageNotice(s) || playerOrPaywall(s) || newsletterBlurb(s)
}

// isPageNotice reports what a page says about itself: that it needs
// JavaScript or a newer browser ("Please turn on JavaScript. Some features
// of this page require it."), or a live page's controls ("Key events",
// "Show key events only", "Load more").
func isPageNotice(s string) bool {
	if len(s) > 200 {
		return false
	}
	var buf [200]byte
	low := lowerOn(buf[:], strings.TrimRight(s, ".!… "))
	if pageControls[low] {
		return true
	}
	return strings.Contains(low, "javascript") && (strings.Contains(low, "enable") || strings.Contains(low, "turn on") ||
		strings.Contains(low, "browser") || strings.Contains(low, "require"))
}

// pageControls are the labels of a live page's buttons and filters.
var pageControls = map[string]bool{"key events": true, "show key events only": true, "show all posts": true,
	"load more": true, "load more posts": true, "show more": true, "show more posts": true, "pinned post": true,
	"live updates": true, "live": true, "refresh": true, "newest first": true, "oldest first": true,
	"for immediate release": true}

// isContributors reports a line crediting reporters: "Associated Press
// writer Lena Hoff in Vienna contributed to this report.", "Ana Lima
// contributed reporting from Oslo.", "Associated writer Lena Park
// contributed from Oslund."
func isContributors(s string) bool {
	if wordCount(s) > 40 {
		return false
	}
	var buf [lowRoom]byte
	low := lowerOn(buf[:], s)
	return strings.Contains(low, "contributed to this report") || strings.Contains(low, "contributed to this story") ||
		strings.Contains(low, "contributed to this article") || strings.Contains(low, "contributed reporting") ||
		strings.Contains(low, " contributed from ") && writerWord(low)
}

// writerWord reports whether a lower-cased line names a writer's trade:
// "Associated writer Lena Park contributed from Oslund."
func writerWord(low string) bool {
	return strings.Contains(low, "writer") || strings.Contains(low, "reporter") || strings.Contains(low, "correspondent") || strings.Contains(low, "journalist")
}

// editorsNote matches a note on the article's own history: "This story has
// been updated to correct…", "An earlier version of this article…",
// "Correction: …", "This is a developing story".
var editorsNote = regexp.MustCompile(`^(?i:(this (story|article|report|post|piece) (has been|had been|was|is being|will be) (updated|amended|corrected|edited|changed)\b)|(an earlier version of this (story|article|report|post|piece)\b)|(this is a (developing|breaking)( news)? story)|(this (story|article|report|piece) (was )?(first|originally) (published|appeared)\b)|(this (story|article|report|piece) appears in\b)|(this (story|article|report|piece) (was|has been) (written|produced|translated) by\b)|(translated (from|by) )|(this (story|article) is developing)|(correction|editor's note|editor’s note|clarification)\s*:)`)

func isEditorsNote(s string) bool {
	return len(s) < 600 && editorsNote.MatchString(strings.TrimLeft(s, "*_ "))
}

// isPromo reports a publisher's call to action that the chrome vocabulary
// misses because it names its product: "Sign up to Business Today. Get our
// morning briefing in your inbox.", "Subscribe to The Ledger for £1 a
// week", "Download our app for breaking news alerts", "Follow us on
// Twitter for the latest updates", "Have a news tip? Email us at …". It
// opens with an imperative of signing up, getting or writing in, and
// names what a reader is sold or asked for: a newsletter, an inbox,
// alerts, a subscription, an account to follow, a tip. News about such things
// is told in the third person and does not open so.
func isPromo(s string) bool {
	if wordCount(s) > 40 {
		return false
	}
	var buf [lowRoom]byte
	low := lowerOn(buf[:], s)
	opens := false
	for _, p := range promoOpenings {
		if strings.HasPrefix(low, p) && (len(low) == len(p) || !isASCIILetter(low[len(p)]) && low[len(p)] < 0x80) {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for _, w := range promoGoods {
		if strings.Contains(low, w) {
			return true
		}
	}
	// "Click here to get the Fox News app": the app is named.
	return strings.HasSuffix(strings.TrimRight(low, ".!"), " app") || strings.Contains(low, " app ")
}

// newsletterBlurb reports a line that sells the page's
// newsletter without a call to sign up ("The Morning Tide — our free daily
// newsletter … Delivered to your inbox every morning."): it names the
// newsletter as the page's own or says it comes to "your inbox". News of a
// newsletter quotes or attributes.
func newsletterBlurb(s string) bool {
	if len(s) > 300 {
		return false
	}
	var buf [lowRoom]byte
	low := asciiLowerOn(buf[:], s)
	if !strings.Contains(low, "newsletter") || strings.Contains(low, " said") || strings.ContainsAny(low, "\"“”") {
		return false
	}
	return strings.Contains(low, "your inbox") || strings.Contains(low, "our newsletter") ||
		strings.Contains(low, "our free ") || strings.Contains(low, "our daily ") || strings.Contains(low, "our weekly ")
}

var promoOpenings = []string{
	"sign up", "subscribe", "get our", "get the latest", "get breaking", "get the best",
	"receive our", "download our", "download the", "join our", "don't miss", "don’t miss",
	"never miss", "want more", "register for", "try our", "follow us", "like us", "email us",
	"contact us", "send us", "have a news tip", "have a tip", "got a tip", "got a news tip",
	"do you have a story", "do you have a tip", "do you have a news tip", "have a story", "got a story",
	"click here", "tap here", "follow", "while you're here", "while you’re here", "before you go",
}

var promoGoods = []string{
	"newsletter", "inbox", "briefing", "alerts", "subscri", "sign up", "our app", "the app",
	"unlimited access", "a week", "a month", "per month", "free trial", "twitter", "facebook",
	"instagram", "updates", "@", "tip", "read more", "the latest", "more on", "to watch", "to listen",
	"whatsapp", "telegram", "channel", "http",
}

// captionLabels open a caption as pages built for screen readers print it
// ("Image caption, Crowds gather outside the court on Monday"): the label
// is no part of what the caption tells.
var captionLabels = []string{"image caption, ", "media caption, ", "video caption, ", "photo caption, ", "caption: "}

// creditOnly reports a line that is only a picture's credit, as pages
// built for screen readers print it: "Image source, Getty Images",
// "Photo credit: Ana Lima/Reuters".
func creditOnly(s string) bool {
	if wordCount(s) > 8 {
		return false
	}
	if !endsSentence(s) && strings.IndexByte(s, '/') > 0 && mayHoldCredit(s) && namesOnly(s) {
		// "David Paul Morris/Bloomberg/Getty Images" under a picture.
		for _, m := range creditMarks {
			if strings.Contains(s, m) {
				return true
			}
		}
	}
	for _, l := range creditLabels {
		if hasPrefixFoldString(s, l) && (len(s) == len(l) || s[len(l)] == ',' || s[len(l)] == ':' || s[len(l)] == ' ') {
			return true
		}
	}
	return false
}

// labelledCredit reports a line that is only a picture's credit under a
// label that a caption may open with too ("Credit: NordPix", "Photograph
// by Lena Park for The Daily Ledger"): names alone follow it. It is read
// only of a whole line: a caption's line that such a credit closes ("… in
// Moscow. PHOTO: Ana Lima/Example Wire") stays whole for now, as cutting
// it there moved the resolver's merges of the example talks story.
func labelledCredit(s string) bool {
	if len(s) < 7 || len(s) > 120 || s[0]|0x20 != 'c' && s[0]|0x20 != 'p' || wordCount(s) > 8 {
		return false
	}
	for _, l := range namedCreditLabels {
		if hasPrefixFoldString(s, l) && len(s) > len(l) && s[len(l)] == ' ' && creditNamesOnly(s[len(l):]) {
			return true
		}
	}
	return false
}

// namedCreditLabels open a credit when only names follow them ("Credit:
// NordPix", "Photograph by Lena Park for The Daily Ledger"); a caption
// may open with them too ("Photo: Crowds outside the court").
var namedCreditLabels = []string{"credit:", "credits:", "photograph:", "photograph by", "photo:", "photo by",
	"picture:", "pictures:", "photos:"}

// creditNamesOnly reports words that are all names, but for the "for",
// "via" and "and" that join them.
func creditNamesOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if w != "for" && w != "and" && w != "via" && w != "/" && !isUpperRune(firstRune(strings.TrimLeft(w, "(["))) {
			return false
		}
	}
	return true
}

// creditLabels open a line that is only a picture's credit: "Image
// source, Getty Images", "Photo credit: Ana Lima/Example Wire".
var creditLabels = []string{"image source", "image credit", "photo credit", "picture credit", "photo source"}

// namesOnly reports whether every word of s is capitalised, but for the
// "via" of "Anna Lind via Reuters": a credit tells no story.
func namesOnly(s string) bool {
	for _, w := range strings.Fields(s) {
		if !isUpperRune(firstRune(strings.TrimLeft(w, "(["))) && w != "via" && w != "/" {
			return false
		}
	}
	return true
}

// captionLabel returns the length of the caption label opening s, or 0.
func captionLabel(s string) int {
	for _, l := range captionLabels {
		if hasPrefixFoldString(s, l) && len(s) > len(l) {
			return len(l)
		}
	}
	return 0
}
