package ingest

import "strings"

// isPromo reports a publisher's call to action that the chrome vocabulary
// misses because it names its product: "Sign up to Business Today. Get our
// morning briefing in your inbox.", "Subscribe to The Ledger for £1 a
// week", "Download our app for breaking news alerts". It opens with an
// imperative of signing up or getting, and names what a reader is sold:
// a newsletter, an inbox, alerts, a subscription. News about such things
// is told in the third person and does not open so.
func isPromo(s string) bool {
	if wordCount(s) > 40 {
		return false
	}
	low := strings.ToLower(s)
	opens := false
	for _, p := range promoOpenings {
		if strings.HasPrefix(low, p) && (len(low) == len(p) || !isLetter(low[len(p)])) {
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
	return false
}

var promoOpenings = []string{
	"sign up", "subscribe", "get our", "get the latest", "get breaking", "get the best",
	"receive our", "download our", "download the", "join our", "don't miss", "don’t miss",
	"never miss", "want more", "register for", "try our",
}

var promoGoods = []string{
	"newsletter", "inbox", "briefing", "alerts", "subscri", "sign up", "our app", "the app",
	"unlimited access", "a week", "a month", "per month", "free trial",
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }
