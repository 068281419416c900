package ingest

import "strings"

// A page's appeals to its reader: a newsletter box ("Get the biggest
// farming stories delivered to your inbox. Subscribe now."), a plea for
// money ("Support our journalism", "Donate now to keep our newsroom
// going"), a follow button ("Follow us on X"), a consent notice ("We use
// cookies to improve your experience"). News tells of third parties and
// attributes what anyone urged; a page speaks in the imperative to "you"
// about "our" newsletter. Read as prose, each becomes an event.

// isReaderAppeal reports a line made only of the page's appeals to its
// reader: at least one sentence that addresses the reader about what
// the publisher offers or asks (readerAppeal), the others short
// imperatives or questions that go with it ("Already a subscriber? Log
// in."). An appeal is short: a long sentence that opens so is prose. A quote or a speech verb marks news of someone's appeal, which
// stays ("Subscribe to the channel," the suspect wrote).
func isReaderAppeal(s string) bool {
	if len(s) > 300 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	found := false
	// Each sentence is lowered and split on the stack (s is short): the
	// words of one are read before the next is written over them.
	var low [300]byte
	for _, x := range roughSentences(s) {
		f, fit := fieldsOf(lowerOn(low[:], strings.Trim(x, ".!?… ")))
		if !fit {
			return false // over 25 words, whatever they say (default below)
		}
		words := f.w[:f.n]
		if len(words) == 0 {
			continue
		}
		switch {
		case hasSpeechVerb(words):
			return false
		case len(words) <= 25 && readerAppeal(words, strings.HasSuffix(x, "?")):
			found = true
		case len(words) <= 6 && (readerVerbs[words[0]] || strings.HasSuffix(x, "?")):
		default:
			return false
		}
	}
	return found
}

// readerAppeal reports a sentence, in lower-case words, that asks the
// reader to act on what the publisher offers: an imperative of reading,
// joining, paying or sharing that names the page's "our", "us", "your" or
// its goods ("Get the app"); a question about the page or its goods
// ("Enjoying this story?", "Already a subscriber?"); or "you" told of
// the page's subscriptions, terms or cookies ("You can unsubscribe at any
// time").
func readerAppeal(words []string, question bool) bool {
	verb := words[0]
	if verb == "please" && len(words) > 1 {
		verb = words[1]
	}
	names := readerGoods(words)
	switch {
	case readerVerbs[verb] && !nounOpening(words):
		return names || hasWord(words, "our", "us", "your", "you")
	case question:
		// Not any question to "you": a headline asks "Did the earth move
		// for you?".
		return names
	}
	return hasWord(words, "you", "your") && pageTerms(words)
}

// nounOpening reports a sentence whose first word is a noun, as a
// preposition or a verb after it shows: "Support for the plan fell",
// "Share of the vote". An imperative takes its object or particle
// ("Support our journalism", "Sign up for…", "Subscribe for £1 a week").
func nounOpening(words []string) bool {
	if len(words) < 2 || words[0] == "sign" || words[0] == "subscribe" || words[0] == "register" || words[0] == "donate" {
		return false
	}
	switch words[1] {
	case "for", "of", "from", "among", "by", "was", "is", "has", "had", "were", "are", "will", "would", "could":
		return true
	}
	return false
}

// readerVerbs are the imperatives a page addresses to its reader; not
// "like", which opens prose as a preposition ("Like all coaches -- your
// Phil Jacksons -- he…"); isPromo has "Like us on Facebook".
var readerVerbs = map[string]bool{
	"get": true, "sign": true, "subscribe": true, "join": true, "follow": true, "support": true,
	"donate": true, "give": true, "become": true, "share": true, "download": true, "register": true,
	"log": true, "listen": true, "watch": true, "read": true, "try": true, "consider": true,
	"upgrade": true, "unlock": true, "enjoy": true, "help": true, "stay": true, "discover": true,
	"explore": true, "send": true, "email": true, "start": true, "claim": true,
	"save": true, "keep": true, "tell": true, "contribute": true, "make": true,
}

// readerGoods reports whether words name what a page offers its reader.
func readerGoods(words []string) bool {
	if pageTerms(words) || hasWord(words, "app", "podcast", "journalism", "membership", "member", "donation") {
		return true
	}
	s := strings.Join(words, " ")
	return strings.Contains(s, "this story") || strings.Contains(s, "this article")
}

// pageTerms reports words of a page's subscription and consent notices,
// which news of other services does not tell "you" about.
func pageTerms(words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, "subscri") || strings.HasPrefix(w, "unsubscri") || strings.HasPrefix(w, "newsletter") ||
			strings.HasPrefix(w, "inbox") || strings.HasPrefix(w, "cookie") {
			return true
		}
	}
	s := strings.Join(words, " ")
	return strings.Contains(s, "terms of") || strings.Contains(s, "privacy policy")
}

// hasSpeechVerb reports an attribution, which makes an appeal news.
func hasSpeechVerb(words []string) bool {
	return hasWord(words, "said", "says", "told", "urged", "wrote", "added", "asked", "pleaded", "warned",
		"according", "tweeted", "posted", "announced")
}

// hasWord reports whether one of words, stripped of punctuation, is one
// of want.
func hasWord(words []string, want ...string) bool {
	for _, w := range words {
		w = strings.Trim(w, ",;:.!?()'’")
		for _, x := range want {
			if w == x {
				return true
			}
		}
	}
	return false
}

// roughSentences splits a short line after each ".", "?" or "!" that a
// space and a capital follow: enough for the few sentences of an appeal.
func roughSentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+2 < len(s); i++ {
		if (s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i+1] == ' ' && s[i+2] >= 'A' && s[i+2] <= 'Z' {
			out = append(out, s[start:i+1])
			start = i + 2
		}
	}
	return append(out, s[start:])
}
