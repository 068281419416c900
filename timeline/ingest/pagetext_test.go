package ingest

import (
	"slices"
	"testing"
)

func TestCleanPressTailAndCaptionLabels(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a press release's closing sections",
			"Northwind Bank said today it would buy Calder Savings.\nThe deal is worth €1.2 billion.\nAbout Northwind Bank\nNorthwind Bank is a bank with 1.6 million customers.\nMedia contacts\nAnna Berg, Head of Communications\nForward-looking statements\nThis release contains forward-looking statements.\n###",
			[]string{"body: Northwind Bank said today it would buy Calder Savings.", "body: The deal is worth €1.2 billion."}},
		{"the mark that ends a release",
			"Northwind Bank said today it would buy Calder Savings.\n-30-\nCalder Savings was founded in 1874.",
			[]string{"body: Northwind Bank said today it would buy Calder Savings."}},
		{"news headed About stays",
			"The ferry sank on Monday.\nAbout the victims\nMost of the passengers were students.\nAbout 300 People Attended\nThey left at noon.",
			[]string{"body: The ferry sank on Monday.", "heading: About the victims", "body: Most of the passengers were students.",
				"heading: About 300 People Attended", "body: They left at noon."}},
		{"a release's heading above its text stays",
			"About Northwind Bank\nNorthwind Bank said today it would buy Calder Savings.",
			[]string{"heading: About Northwind Bank", "body: Northwind Bank said today it would buy Calder Savings."}},
		{"a caption's label on a line of its own",
			"Image caption,\nStaff arrived at the site on Monday morning\nThe talks began.",
			[]string{"caption: Staff arrived at the site on Monday morning", "body: The talks began."}},
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
