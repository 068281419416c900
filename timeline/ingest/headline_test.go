package ingest

import (
	"slices"
	"testing"
)

func TestTitleOfCopiedPage(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"the site's name and menu above the headline",
			"Skip to content\nDaily Ledger Homepage\nHome\nNews\nSport\nMenu\nFerry services resume after storm damage\nBy Anna Berg\nFerries sailed again on Monday.",
			"Ferry services resume after storm damage"},
		{"a tagline the menu parts from the headline",
			"Skip to main content\nTrusted news and analysis for harbour professionals\nWorld\nBusiness\nRegister\nNorthwind Bank wins approval for takeover\nBy Ivo Renner\nJune 2, 2026 9:41 AM UTC\nThe bank won approval on Tuesday.",
			"Northwind Bank wins approval for takeover"},
		{"a standfirst and a caption between headline and byline",
			"Daily Ledger\nSubscribe\nFerry services resume after storm damage\nRepairs took three weeks, the operator said\nImage caption,\nA ferry leaves the harbour on Monday\nBy Anna Berg\n2 hours ago\nFerries sailed again on Monday.",
			"Ferry services resume after storm damage"},
		{"a menu's item with dots above the headline",
			"World\nU.S.\nFact Check\nElection officials order recount after tie\nBy ANNA BERG\nUpdated 11:20 AM GMT+1, November 4, 2026\nOfficials ordered a recount on Wednesday.",
			"Election officials order recount after tie"},
		{"a sentence of two words above the byline is the story's start, and no headline",
			"Talks end.\nFerry services resume after storm damage\nBy Anna Berg\nFerries sailed again on Monday.",
			""},
		{"a text with no byline keeps its first heading",
			"Ferry Services Resume\nFerries sailed again on Monday.\nBy the evening all routes ran.",
			"Ferry Services Resume"},
		{"a byline after the story has begun is not read",
			"Ferry Services Resume\nFerries sailed again on Monday.\nMore Ferry News From The Coast\nBy Anna Berg",
			"Ferry Services Resume"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, _, err := Read("page.txt", []byte(tt.text), Options{})
			if err != nil || len(docs) != 1 {
				t.Fatalf("Read: %d documents, error %v", len(docs), err)
			}
			if docs[0].Title != tt.want {
				t.Errorf("title %q, want %q", docs[0].Title, tt.want)
			}
		})
	}
}

func TestCleanDropsChromeAboveHeadline(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the site's name and tagline above the headline's run",
			"Daily Ledger Homepage\nTrusted news for harbour professionals\nNews\nSport\nFerry services resume after storm damage\nBy Anna Berg\nFerries sailed again on Monday.",
			[]string{"heading: Ferry services resume after storm damage", "body: Ferries sailed again on Monday."}},
		{"a short headline above a standfirst stays",
			"Ferries resume\nRepairs took three weeks, the operator said\nBy Anna Berg\nFerries sailed again on Monday.",
			[]string{"heading: Ferries resume", "heading: Repairs took three weeks, the operator said", "body: Ferries sailed again on Monday."}},
		{"no byline, nothing dropped",
			"Daily Ledger Homepage\nFerry services resume after storm damage\nFerries sailed again on Monday.",
			[]string{"heading: Daily Ledger Homepage", "heading: Ferry services resume after storm damage", "body: Ferries sailed again on Monday."}},
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
