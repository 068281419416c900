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

// What someone helped do reads with the help: a bare infinitive is no
// past ("Sam Altman start OpenAI").
func TestHelpedSummary(t *testing.T) {
	tl := buildText(t, "The donors helped build the hospital in 2019.")
	var got []string
	for _, e := range tl.Events {
		if e.Summary == "Donors helped build the hospital" {
			return
		}
		got = append(got, e.Summary)
	}
	t.Errorf("no summary %q among %q", "Donors helped build the hospital", got)
}
