package actor

import "testing"

// TestShortPair: the "X & Y" that opens a firm's name, and the town that
// opens a club's, are the body alone in the same document; a name that
// ends in no organisation word, nor a club's, gives its first word to no
// body.
func TestShortPair(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Northwind agreed to sell 120 stores to K&L Distribution, a wholesaler. K&L will pay $1.1 billion.",
			"K&L Distribution=k-l-distribution K&L=k-l-distribution"},
		{"Redford City have appointed Anna Berg as head coach. Redford have won two of their last three matches.",
			"Redford City=redford-city Anna Berg=anna-berg Redford=redford-city"},
		{"Hartley & Moss said it would appeal. Anna Berg joined Hartley & Moss in May.",
			"Hartley & Moss=hartley-moss Anna Berg=anna-berg Hartley & Moss=hartley-moss"},
	} {
		var docs []Mention
		for _, ms := range findTexts(t, []string{tc.text}) {
			docs = append(docs, ms...)
		}
		if got := mentionIDs(docs); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
