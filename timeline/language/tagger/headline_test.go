package tagger

import (
	"slices"
	"strings"
	"testing"
)

func TestHeadlineForms(t *testing.T) {
	tg := committed(t).NewTagger()
	tests := []struct {
		text, want string // want "" when the line is not in title case
	}{
		{"Police Arrest Gus Holm In Ostburg", "police arrest Gus Holm in Ostburg"},
		{"Minister Resigns Over Scandal", "minister resigns over scandal"},
		{"Court Rejects Appeal By Donald Trump", "court rejects appeal by Donald Trump"},
		{"Gus Holm Leaves Clinic , Checks Into Hospital", "Gus Holm leaves clinic , checks into hospital"}, // a verb after a name of two words, and a mark, end it
		{"Steve Jobs Unveils New Phone", "Steve Jobs unveils new phone"},
		{"Peyton Manning Resigns", "Peyton Manning resigns"}, // a surname that is a verb's inflection stays
		{"Police arrested Gus Holm in Ostburg on Saturday", ""},
		{"Gus Holm", ""},
	}
	for _, tc := range tests {
		forms := strings.Fields(tc.text)
		if !TitleCase(forms) {
			if tc.want != "" {
				t.Errorf("TitleCase(%q) = false", tc.text)
			}
			continue
		}
		if tc.want == "" {
			t.Errorf("TitleCase(%q) = true", tc.text)
			continue
		}
		if got := tg.HeadlineForms(nil, forms); !slices.Equal(got, strings.Fields(tc.want)) {
			t.Errorf("HeadlineForms(%q) = %q, want %q", tc.text, strings.Join(got, " "), tc.want)
		}
	}
}
