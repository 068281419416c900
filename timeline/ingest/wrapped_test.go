package ingest

import "testing"

// TestCleanJoinsWrappedLines reads a paragraph broken at a fixed width as
// one sentence, and tells a picture's credit from the story.
func TestCleanJoinsWrappedLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		dropped    int
	}{
		{"a line goes on in lower case", "Bank fails\nThe lender was trying\nto find a buyer.",
			[]string{"heading: Bank fails", "body: The lender was trying\nto find a buyer."}, 0},
		{"a headline does not go on", "Jury finds suspect guilty\non April 30, 2008 at 4:31 AM",
			[]string{"heading: Jury finds suspect guilty", "body: on April 30, 2008 at 4:31 AM"}, 0},
		{"a bullet goes on, across lines", "Bank fails\n- Earlier\n on Friday, the bank failed to raise\ncapital through an emergency \nsale.",
			[]string{"heading: Bank fails", "bullet: Earlier\n on Friday, the bank failed to raise\ncapital through an emergency \nsale."}, 0},
		{"a line ending on \"of\" goes on in capitals", "Bank fails\nThe agency formed a new bank, the National Bank of\nSanta Clara, to hold deposits.",
			[]string{"heading: Bank fails", "body: The agency formed a new bank, the National Bank of\nSanta Clara, to hold deposits."}, 0},
		{"a finished sentence does not go on", "Bank fails\nThe bank failed.\nthe agency took over.",
			[]string{"heading: Bank fails", "body: The bank failed.", "body: the agency took over."}, 0},
		{"a headline does not go on into a capitalised line", "Bank Collapses After Run\nThe agency took over.",
			[]string{"heading: Bank Collapses After Run", "body: The agency took over."}, 0},
		{"nor into a name written in lower case", "Apple Shares Rise\nApple reported on Monday that\niPhone sales rose in March.",
			[]string{"heading: Apple Shares Rise", "heading: Apple reported on Monday that", "body: iPhone sales rose in March."}, 0},
		{"nor into a list item", "Bank fails\nThe demands were\n- a border line",
			[]string{"heading: Bank fails", "heading: The demands were", "bullet: a border line"}, 0},
		{"a credit on its own line closes a caption", "Bank headquarters in Santa Clara, California\nDavid Paul Morris/Bloomberg/Getty Images\nThe bank collapsed on Friday.",
			[]string{"caption: Bank headquarters in Santa Clara, California", "body: The bank collapsed on Friday."}, 1},
		{"a bare name after a caption is its photographer", "A guard stands outside the bank on Friday. (AP Photo/Jeff Chiu)\nJeff Chiu\nRegulators seized the bank.",
			[]string{"caption: A guard stands outside the bank on Friday.", "body: Regulators seized the bank."}, 1},
		{"a bare name elsewhere stays", "The bank collapsed on Friday.\nAnna Berg\nRegulators seized the bank.",
			[]string{"body: The bank collapsed on Friday.", "heading: Anna Berg", "body: Regulators seized the bank."}, 0},
		{"a call to get an app", "Click here to get the Fox News app\nThe bank collapsed.",
			[]string{"body: The bank collapsed."}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClean(t, tt.text, tt.want, tt.dropped) })
	}
}
