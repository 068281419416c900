package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOrganizations: a name the recogniser reads as an organisation's is
// one when Find had no cue for it and its words can name a body.
func TestOrganizations(t *testing.T) {
	runEntityCases(t, timeline.Organization, Organizations, []entityCase{
		// A place inside the name, or a cue word Find read as a
		// description, gives way.
		{text: "The Bank of England on Tuesday extended a loan to the lender.", names: []string{"Bank of England"}, want: []string{"Bank of England"}},
		{text: "Chelsea sacked its manager on Sunday.", names: []string{"Chelsea"}, want: []string{"Chelsea"}},
		{text: "Investors sued Velstrom over the recall.", names: []string{"Velstrom"}, want: []string{"Velstrom"}},
		// Common words and words the text writes in lower case are no
		// body's name.
		{text: "Police sealed off the street. The police said two men fled.", names: []string{"Police"}, absent: []string{"Police"}},
		{text: "Traffic resumed on Monday.", names: []string{"Traffic"}, absent: []string{"Traffic"}},
		{text: "Officials said the Harbour Board had met.", names: []string{"the Harbour"}, absent: []string{"the Harbour"}},
		// Events, prizes and single things are no bodies; a plural of
		// things may be a team.
		{text: "It is a tough job hosting the Academy Awards.", names: []string{"Academy Awards"}, absent: []string{"Academy Awards"}},
		{text: "Climbers reached Tasman Saddle Hut on Monday.", names: []string{"Tasman Saddle Hut"}, absent: []string{"Tasman Saddle Hut"}},
		{text: "The Portland Trail Blazers beat the Lakers.", names: []string{"Portland Trail Blazers"}, want: []string{"Portland Trail Blazers"}},
		// A place's word names a body only beside a verb of saying or
		// after a capitalised "The".
		{text: "He has hosted Broadway's Tony awards three times.", names: []string{"Broadway"}, absent: []string{"Broadway"}},
		{text: "The prosecutor told The Post on Monday.", names: []string{"Post"}, want: []string{"Post"}},
		// One member of a party is a person's description, no body.
		{text: "Senator Vera Lind, the Ohio Democrat who chairs the panel, spoke.", names: []string{"Ohio Democrat"}, absent: []string{"Ohio Democrat"}},
		{text: "Lind, a Social Democrat, defended the regulator.", names: []string{"Social Democrat"}, absent: []string{"Social Democrat"}},
		{text: "The Ohio Democratic Party endorsed him.", names: []string{"Ohio Democratic Party"}, want: []string{"Ohio Democratic Party"}},
		// A person Find named keeps the words.
		{text: "Mr Kessel Vane said the talks failed.", names: []string{"Kessel Vane"}, absent: []string{"Kessel Vane"}},
	})
}

// TestOrgCandidates: a sentence is read for organisations when it holds
// an acronym, a word WordNet does not know in lower case, or "X of Y",
// outside every mention; not for common words that open it.
func TestOrgCandidates(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The NBA suspended him.", true},
		{"Chelsea sacked its manager.", true},
		{"The Bank of England raised rates.", true},
		{"Police said two men fled.", false},
		{"The talks failed on Monday.", false},
	}
	for _, tc := range tests {
		sents := []timeline.Span{{Start: 0, End: len(tc.text)}}
		if got := len(Unnamed(tc.text, sents, nil)) == 1; got != tc.want {
			t.Errorf("%q read: %v, want %v", tc.text, got, tc.want)
		}
	}
}
