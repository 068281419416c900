package ingest

import "testing"

// TestReaderAppeals checks that a page's appeals to its reader are dropped
// as furniture, each by the shape of an appeal rather than a site's
// wording, and that news of appeals, quotes and attributed imperatives
// stay.
func TestReaderAppeals(t *testing.T) {
	const before, after = "The council met on Monday to vote.", "The vote passed easily."
	tests := []struct {
		name, line string
		drop       bool
	}{
		{"newsletter box", "Get the best harbour stories delivered to your inbox each morning. Subscribe today and never miss a story.", true},
		{"newsletter heading", "Get the week's farming news in your inbox", true},
		{"plea for money", "Support our journalism", true},
		{"plea with a please", "Please consider supporting our newsroom with a donation.", true},
		{"donation", "Donate now to keep our reporters on the road.", true},
		{"follow button", "Follow us on X", true},
		{"app", "Get the app", true},
		{"question and imperative", "Enjoying this story? Share it with a friend.", true},
		{"subscriber question", "Already a subscriber? Log in.", true},
		{"consent notice", "We use cookies to tailor your visit. By staying on the page you agree to our use of cookies.", true},
		{"form's small print", "You can unsubscribe at any time.", true},
		{"form's terms", "By signing up, you agree to our Terms of Use.", true},
		{"told to sign up stays", "Residents were told to sign up for alerts on the county website.", false},
		{"quote with subscribe stays", "“Subscribe to my channel and share this,” the suspect wrote.", false},
		{"a quoted call stays", "Join us in the square on Saturday. “We will not be moved.”", false},
		{"attributed imperative stays", "Follow your nose, the chef told the jury.", false},
		{"attributed plea stays", "Help us find our son, his mother pleaded on Monday.", false},
		{"imperative news headline stays", "Get out now, officials tell coast residents", false},
		{"share prices stay", "Share prices fell by a tenth.", false},
		{"support as a noun stays", "Support for the plan fell sharply in our poll.", false},
		{"an app that lets you stays", "The app lets you report potholes to the council.", false},
		{"a question to the reader in news stays", "Did the earth move for you?", false},
		{"like as a preposition stays", "Like its neighbours, your town council raised taxes this year.", false},
		{"a long sentence opening with an imperative stays", "Read together, the two reports that your council published on Monday show that the harbour works cost twice what the mayor had promised in her campaign.", false},
		{"news addressed to you stays", "You could see the smoke from the bridge.", false},
		{"an appeal beside news stays", "Follow us on X. The mayor resigned on Monday after the vote.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, dropped := []string{"body: " + before, "body: " + after}, 1
			if !tt.drop {
				want, dropped = nil, 0
			}
			text := before + "\n" + tt.line + "\n" + after
			if !tt.drop {
				spans, _ := Clean(tt.line)
				want = append([]string{"body: " + before}, describe(tt.line, spans)...)
				want = append(want, "body: "+after)
			}
			checkClean(t, text, want, dropped)
		})
	}
}
