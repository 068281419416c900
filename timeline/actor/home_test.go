package actor

import (
	"slices"
	"testing"
)

// TestHomeBodies checks that a body named by its common name is the
// body of the story's home country, read from the document or the
// story, and that an American story keeps the American one.
func TestHomeBodies(t *testing.T) {
	tests := []struct {
		name string
		docs []string // documents, in order
		text string   // the mention's text
		want string   // the id of each mention so written
	}{
		{"a British story's Treasury",
			[]string{"The Bank of England held rates in London. The Chancellor, Helen Marsh, spoke. The Treasury said it would publish plans. Inflation in Britain fell."},
			"Treasury", "hm-treasury"},
		{"one place beside a minister of no state",
			[]string{"The Chancellor, Rachel Reeves, defended her plans in London on Monday. The Treasury said the rules would hold."},
			"Treasury", "hm-treasury"},
		{"the story's home when the document shows none",
			[]string{"The Chancellor, Helen Marsh, spoke in London. Britain's economy shrank.", "The Treasury rejected the claims. The Justice Department said prisons were full."},
			"Justice Department", "uk-ministry-of-justice"},
		{"parliament of a British story",
			[]string{"Prime Minister Keir Starmer spoke in London and Manchester. Parliament will debate the budget."},
			"Parliament", "uk-parliament"},
		{"the government of a document with fewer places than homeGovernment asks",
			[]string{"The government said on Monday it would cut taxes in Britain. Officials in London said the plan was ready."},
			"government", "british-government"},
		{"the government of a state the gazetteer gives no government, from the story's places",
			[]string{"The government said the marches in Lagos were illegal. Traders in Lagos shut their shops, and roads in Lagos closed. Ghana urged calm. Nigeria has seen such marches before, and Nigeria will again."},
			"government", "nigerian-government"},
		{"not the government of the state of the known places when another is named most",
			[]string{"The government said the marches were illegal. Envoys flew in from Lagos, Lagos and Lagos. Ghana urged calm. Ghana said so, and Ghana sent aid."},
			"government", "government"},
		{"the Home Office, whose first word is a web page's",
			[]string{"The Home Office said it would build new prisons."},
			"Home Office", "uk-home-office"},
		{"an American story of sanctions names no minister of its own",
			[]string{"The Treasury imposed sanctions on five Russian banks, as Russia pressed its offensive in Ukraine. The measures target lenders in Moscow and St Petersburg, the Treasury said. Russian Foreign Minister Sergei Lavrov said Moscow would not bow."},
			"Treasury", "us-treasury"},
		{"an American story",
			[]string{"The Federal Reserve held rates in Washington. The Treasury said it would auction bonds. Officials in New York and Chicago agreed."},
			"Treasury", "us-treasury"},
		{"an American story's Justice Department",
			[]string{"The Justice Department said it had charged two men in Washington. Officials in New York and Chicago agreed."},
			"Justice Department", "us-justice-department"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := make([][]string, len(tc.docs))
			for i, d := range tc.docs {
				docs[i] = []string{d}
			}
			all := findAll(docs...)
			Resolve(all)
			if got := idsOf(t, all, tc.text); !slices.Equal(got, []string{tc.want}) {
				t.Errorf("%q: ids %v, want [%s]", tc.text, got, tc.want)
			}
		})
	}
}
