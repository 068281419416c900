package ingest

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storyline/storyline/timeline"
)

// Page furniture vocabulary. A line is chrome when every word of it is in
// chromeVocab and at least one is a marker: "Must Read", "LEAVE A REPLY",
// "16,985FansLike", "- Advertisement -spot_img", "Source link". Numbers
// count as filler; camel-glued words ("FollowersFollow") are split.
const (
	filler = 1 // common in chrome, but in prose too
	marker = 2 // says the line is chrome
)

var chromeVocab = map[string]uint8{}

func init() {
	for _, w := range strings.Fields(`advertisement advertisements advert adverts ad ads
		sponsored promoted subscribe subscribers subscriber subscription subscriptions
		newsletter newsletters signup login logout log register comment comments commenting
		reply replies conversation share shares sharing tweet facebook twitter whatsapp
		telegram linkedin pinterest reddit instagram youtube tiktok email e-mail print link
		links hyperlink related trending popular recommended connected follow followers
		follower fans fan likes like cookie cookies privacy website password username img
		menu navigation breadcrumb loading rss feed read news account copyright enter entered
		skip scroll listen min mins gallery video videos photos watch sign click photo image
		images article`) {
		chromeVocab[w] = marker
	}
	for _, w := range strings.Fields(`the a an to of for in on at by and or with from up out
		off into your you you're our us we my me i it its is are be been was as this that
		these here there now all more most also must next previous prev top latest new
		please name incorrect address save browser time stay join leave have
		don't dont do not free today tap view see show hide back home page story
		stories articles post posts source supply via get app download open close
		continue reading full just spot may might you'll rights reserved breaking
		content main editor's picks pick miss continues below above add closed minute
		minutes accept settings manage preferences consent years year old than`) {
		if chromeVocab[w] == 0 { // a marker stays a marker
			chromeVocab[w] = filler
		}
	}
}

// isChrome reports page furniture: a short line made only of chrome
// words, one that a chrome label introduces ("Read more: …", "Tags: …"),
// a copyright notice, a cookie banner or a publisher's notice (a call to
// subscribe, a contributor line, an editor's note).
func isChrome(s string) bool {
	return chromeWords(s) || chromeLabel(s) || isCopyright(s) || isCookieBanner(s) || isNotice(s)
}

// isCookieBanner reports a consent prompt: cookies and what to do about
// them, or the site telling of its own cookies ("This website uses
// cookies. We use cookies to personalise content and ads", whose only
// button is "OK").
func isCookieBanner(s string) bool {
	if len(s) > 600 || !strings.Contains(s, "cookie") && !strings.Contains(s, "Cookie") {
		return false
	}
	for _, w := range []string{"accept", "Accept", "consent", "privacy", "Privacy", "settings", "Settings", "policy", "Policy"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	low := strings.ToLower(s)
	for _, w := range []string{"we use cookies", "this website uses cookies", "this site uses cookies", "our website uses cookies", "our site uses cookies"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// chromeLabel reports a line such as "READ MORE: Talks resume in Oslo",
// whose label before the colon is chrome.
func chromeLabel(s string) bool {
	i := strings.IndexByte(s, ':')
	if i <= 0 || i > 30 || wordCount(s) > 30 {
		return false
	}
	label := s[:i]
	return wordCount(label) <= 3 && (chromeWords(label) || labelWords[strings.ToLower(label)])
}

// labelWords introduce lists of links and tags.
var labelWords = map[string]bool{"tags": true, "topics": true, "see also": true, "our standards": true, "filed under": true}

func isCopyright(s string) bool {
	return (strings.HasPrefix(s, "©") || hasPrefixFoldString(s, "copyright ") || hasPrefixFoldString(s, "(c) ")) && wordCount(s) <= 30
}

// chromeWords reports a short line made only of page furniture words.
func chromeWords(s string) bool {
	if len(s) > 160 {
		return false
	}
	var buf [24]byte
	words, strong := 0, false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isASCIILetter(c):
			// The word as written ("WhatsApp"), else its glued parts ("FansLike").
			n, j, ok := lowerWord(s, i, &buf, false)
			kind := chromeVocab[string(buf[:n])]
			if !ok || kind == 0 {
				n, j, ok = lowerWord(s, i, &buf, true)
				kind = chromeVocab[string(buf[:n])]
			}
			if !ok || kind == 0 {
				return false
			}
			strong = strong || kind == marker
			words++
			i = j
		case c < utf8.RuneSelf:
			i++
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsLetter(r) {
				return false
			}
			i += n
		}
	}
	return strong && words <= 16
}

// lowerWord copies the word starting at s[i] into buf in lower case and
// returns its length and where it ends. A word is a run of ASCII letters
// and apostrophes; with split, it is broken where case shows two words
// glued together ("FansLike", "NEWSTrump"). ok is false when the word does
// not fit buf.
func lowerWord(s string, i int, buf *[24]byte, split bool) (n, j int, ok bool) {
	j = i
	for j < len(s) {
		c := s[j]
		switch {
		case isASCIILetter(c):
			if split && j > i && gluedBreak(s, j) {
				return n, j, true
			}
			if n == len(buf) {
				return 0, j, false
			}
			buf[n] = c | 0x20
			n++
			j++
		case c == '\'':
			if n == len(buf) {
				return 0, j, false
			}
			buf[n] = '\''
			n++
			j++
		case strings.HasPrefix(s[j:], "’"):
			if n == len(buf) {
				return 0, j, false
			}
			buf[n] = '\''
			n++
			j += len("’")
		default:
			return n, j, true
		}
	}
	return n, j, true
}

// gluedBreak reports whether a new word starts at s[j] inside a run of
// letters: a capital after a small letter, or a capital followed by a
// small letter after capitals.
func gluedBreak(s string, j int) bool {
	c, prev := s[j], s[j-1]
	if !isUpperASCII(c) {
		return false
	}
	if prev >= 'a' && prev <= 'z' {
		return true
	}
	return isUpperASCII(prev) && j+1 < len(s) && s[j+1] >= 'a' && s[j+1] <= 'z'
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// isBreadcrumb reports a navigation trail: "Home › World › Europe", or a
// "Home" glued to the section and headline that follow it.
func isBreadcrumb(s string) bool {
	if rest, ok := strings.CutPrefix(s, "Home"); ok && rest != "" {
		if isUpperASCII(rest[0]) {
			return true
		}
		t := strings.TrimLeft(rest, " ")
		for _, sep := range []string{">", "»", "›", "/", "|", "→"} {
			if strings.HasPrefix(t, sep) {
				return true
			}
		}
	}
	if len(s) > 200 {
		return false
	}
	seps := strings.Count(s, "›") + strings.Count(s, "»") + strings.Count(s, " > ")
	return seps >= 2 && wordCount(s) <= 15
}

// isStamp reports a line that only dates the page: "Published March 17,
// 2025", "Updated: 10:32 GMT, 18 March 2025", "Feb 14, 2025".
func isStamp(s string) bool {
	if len(s) > 120 {
		return false
	}
	if rest, _, ok := cutStampWord(s); ok {
		rest = cutReadingTime(rest) // "Published 3 hours ago 3 min read"
		_, found := findDate(rest)
		return found || onlyTime(rest) || strings.HasSuffix(rest, " ago") && wordCount(rest) <= 5
	}
	_, ok := bareDate(s)
	if ok || onlyTime(s) || dottedTime(s) || ageStamp(s) {
		return true
	}
	_, ok = gluedStamp(s)
	return ok
}

// dottedTime reports a line that is a time of day written with a dot, as
// a live page stamps its entries: "10.02", "9.15am", "22.40 BST".
func dottedTime(s string) bool {
	var words [3]string
	f := words[:0]
	for w := range strings.FieldsSeq(s) {
		if len(f) == len(words) {
			break // more than two words: not a time
		}
		f = append(f, w)
	}
	if len(f) == 0 || len(f) > 2 {
		return false
	}
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f[0]), "am"), "pm")
	return timeToken(t) && strings.Contains(t, ".") && (len(f) == 1 || timeToken(f[1]))
}

// bareDate reads a line that is a date and perhaps a time, nothing more.
func bareDate(s string) (timeline.Date, bool) {
	if len(s) > 60 || !startsLikeDate(s) {
		return timeline.Date{}, false
	}
	f := strings.Fields(strings.NewReplacer("|", " ", "·", " ", "•", " ").Replace(s))
	if len(f) > 10 {
		return timeline.Date{}, false
	}
	for n := len(f); n >= 1; n-- {
		if n < len(f) && !timeToken(f[n]) {
			return timeline.Date{}, false
		}
		if n == 1 && !strings.ContainsAny(f[0], "-/.") {
			return timeline.Date{}, false // a lone number is not a date
		}
		if d, err := ParseDate(strings.Join(f[:n], " ")); err == nil || errors.Is(err, ErrNoYear) {
			return d, true
		}
	}
	return timeline.Date{}, false
}

// onlyTime reports a stamp that gives a time of day and no date.
func onlyTime(s string) bool {
	// The words are read as they are split: a fifth word, or one that is
	// no time's, says no whatever follows.
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 4 || !timeToken(w) {
			return false
		}
	}
	return n > 0 && strings.Contains(s, ":")
}

// timeToken reports a word of a time of day: "10:30", "AM", "GMT", "ET", "-".
func timeToken(w string) bool {
	w = strings.Trim(w, ",()")
	if w == "" || w == "-" || w == "—" || w == "–" || strings.EqualFold(w, "at") {
		return true
	}
	if h, _, ok := strings.Cut(w, ":"); ok && len(h) <= 2 && allDigits(h) {
		return true // "14:22", "2:22pm"; not "2026-11-05T14:22:00Z"
	}
	if h, m, ok := strings.Cut(w, "."); ok && len(h) <= 2 && len(m) == 2 && allDigits(h) && allDigits(m) {
		return true // "10.02", as some papers write the time
	}
	if zoneOffset(w) {
		return true
	}
	switch strings.ToLower(w) {
	case "am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk",
		"est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "pst", "pdt", "pt", "ist", "jst", "z":
		return true
	}
	return false
}

// isByline reports an author line ("By Jane Doe and John Roe") or a wire
// service's credit line ("Reporting by …; Editing by …").
func isByline(s string) bool {
	for _, p := range []string{"reporting by ", "(reporting by ", "additional reporting by ", "editing by ", "writing by ", "compiled by "} {
		if hasPrefixFoldString(s, p) {
			return wordCount(s) <= 40
		}
	}
	rest, ok := cutByWord(s)
	if !ok || endsSentence(s) {
		return false
	}
	// The writer's post may follow the name in lower case: "By Maria
	// Santos, Court reporter".
	if name, post, ok := strings.Cut(rest, ", "); ok && newsroomPost(post) {
		rest = name
	}
	if wordCount(rest) > 7 {
		return false
	}
	for _, w := range strings.Fields(rest) {
		r := firstRune(w)
		if !isUpperRune(r) && w != "and" && w != "&" && w != "|" && w != "in" && w != "," {
			return false
		}
	}
	return true
}

// isMetaLine reports a line of the article's particulars that a page
// strings together with bars or dots, each of them furniture of its own:
// a byline, a date stamp or a reading time ("By Ana Lima | Published
// September 28, 2024 | Updated 4:30 p.m.", "By Ana Lima · April 22,
// 2024 · 5 min read"). A byline or a stamp must be among them.
func isMetaLine(s string) bool {
	if len(s) > 160 {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	// One part is enough when a bar still opens or closes the line: the
	// page's byline before it went as a widget ("| July 20, 2021").
	if len(parts) < 2 && !(len(parts) == 1 && len(parts[0]) < len(s) && strings.TrimSpace(parts[0]) != "") {
		return false
	}
	own := false
	for _, p := range parts {
		p = strings.TrimSpace(p)
		switch {
		case p == "":
		case isByline(p) || isStamp(p):
			own = true
		case placeOnly(p):
		case !isChrome(p):
			return false
		}
	}
	return own
}

// newsroomPost reports a writer's post as a byline gives it after the
// name: "Court reporter", "Senior Europe correspondent", "Staff writer".
func newsroomPost(s string) bool {
	if wordCount(s) > 5 {
		return false
	}
	low := strings.ToLower(s)
	for _, w := range []string{"reporter", "correspondent", "editor", "writer", "columnist", "journalist", "producer", "staff"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// creditMarks close a photo caption: "REUTERS/Name/File Photo", "(AP
// Photo/Name)", "Getty Images".
var creditMarks = []string{
	"REUTERS/", "Reuters/", "AFP/", "/AFP", "AP/", "(AP Photo", "AP Photo/", "EPA/", "EPA-EFE/",
	"/File Photo", "File Photo", "Getty Images", "via Getty", "Photo:", "Photo by", "Photograph:",
	"Photograph by", "(Photo", "Image:", "Image credit", "Image source,", "Credit:", "Pool via", "Pool/",
	"Sputnik/", "/Sputnik", "via REUTERS", "Shutterstock", "/Bloomberg", "Bloomberg via",
	"Anadolu", "Xinhua/", "TASS/", "/TASS", "Handout", "| Photo", "[Photo",
}

func hasPrefixFoldString(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
