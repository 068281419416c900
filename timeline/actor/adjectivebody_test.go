package actor

import "testing"

// TestAdjectiveBeforeSoleBody: an adjective that is also a stop word
// ("federal", "new") before a body a state has one of leaves the article
// the body's, as any adjective does; before another body it still ends
// the phrase.
func TestAdjectiveBeforeSoleBody(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"A federal jury found Anna Berg guilty of fraud on Friday.", "jury=jury Anna Berg=anna-berg"},
		{"Anna Berg said the federal jury had been unfair.", "Anna Berg=anna-berg jury=jury"},
		// What must not change.
		{"The new government of Lena Park took office on Friday.", "government=government Lena Park=lena-park"},
		{"A jury found Anna Berg guilty of fraud on Friday.", "jury=jury Anna Berg=anna-berg"},
		{"A federal agency fined Northwind Bank on Friday.", "Northwind Bank=northwind-bank"},
	} {
		if got := mentionIDs(findTexts(t, []string{tc.text})[0]); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
