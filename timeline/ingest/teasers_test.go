package ingest

import (
	"slices"
	"testing"
)

func TestCleanDropsTeaserLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a list of headlines and dates after the story",
			"The talks began in Oslo on Monday.\nThey ended late.\nMore on this story\nEnvoys to meet again in Oslo\n3 March\nFerries resume after storm\nLena Park said the next round would follow soon.",
			[]string{"body: The talks began in Oslo on Monday.", "body: They ended late.", "body: Lena Park said the next round would follow soon."}},
		{"a label dropped as chrome still opens its list",
			"The talks began in Oslo on Monday.\nRelated Stories\nEnvoys to meet again in Oslo\nNorthwind Bank profit beats forecasts",
			[]string{"body: The talks began in Oslo on Monday."}},
		{"a label in capitals mid-story",
			"The talks began in Oslo on Monday.\nREAD MORE ON DIPLOMACY\nFERRY DRAMA Hundreds stranded as storm hits port\nThey ended late.",
			[]string{"body: The talks began in Oslo on Monday.", "body: They ended late."}},
		{"a menu's label above the story leaves the headline",
			"Trending\nEnvoys agree to meet again in Oslo\nThe talks began in Oslo on Monday.",
			[]string{"heading: Envoys agree to meet again in Oslo", "body: The talks began in Oslo on Monday."}},
		{"a subheading that only opens like a label stays",
			"The talks began in Oslo on Monday.\nRelatives wait for news\nThey ended late.",
			[]string{"body: The talks began in Oslo on Monday.", "heading: Relatives wait for news", "body: They ended late."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans, _ := Clean(tt.text)
			if got := describe(tt.text, spans); !slices.Equal(got, tt.want) {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
		})
	}
}
