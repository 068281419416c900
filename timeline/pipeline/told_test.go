package pipeline

import "testing"

// What someone told an audience is what they said: the summary leaves
// the audience out and says "said", not "told" with no one told.
func TestToldSummary(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The mayor told reporters on Tuesday that the town was ready.", "The mayor said the town was ready"},
		{"“We will not yield,” Mayor Colin Ashby told a news conference on Tuesday in Ostburg.", "Colin Ashby said: “We will not yield”"},
	}
	for _, tc := range tests {
		tl := buildText(t, tc.text)
		var got []string
		found := false
		for _, e := range tl.Events {
			found = found || e.Summary == tc.want
			got = append(got, e.Summary)
		}
		if !found {
			t.Errorf("%s: no summary %q among %q", tc.text, tc.want, got)
		}
	}
}
