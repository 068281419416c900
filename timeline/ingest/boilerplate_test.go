package ingest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

var kindNames = map[timeline.SpanKind]string{
	timeline.Body: "body", timeline.Heading: "heading", timeline.Caption: "caption",
	timeline.Quote: "quote", timeline.Bullet: "bullet",
}

// describe renders kept spans as "kind: text" lines.
func describe(text string, spans []timeline.Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, fmt.Sprintf("%s: %s", kindNames[s.Kind], text[s.Start:s.End]))
	}
	return out
}

func TestCleanDropsChrome(t *testing.T) {
	const body = "The ministers met in Oslo on Tuesday."
	tests := []struct {
		name  string
		lines []string // lines around the body line that must all be dropped
	}{
		{"ad lines", []string{"- Advertisement -spot_img", "ADVERTISEMENT", "Sponsored"}},
		{"camel-glued counters", []string{"4,210FansLike", "987FollowersFollow", "12,003SubscribersSubscribe"}},
		{"spaced counters", []string{"1,024 Followers", "0 Comments"}},
		{"section chrome", []string{"Must Read", "Related News", "Stay Connected", "Read more", "You may also like", "Trending now"}},
		{"comment form", []string{"LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
			"You have entered an incorrect email address!", "COMMENTS"}},
		{"log-in prompts", []string{"To join the conversation, please log in. Don't have an account? Register",
			"Join the conversation, you are commenting as Logout", "To comment you need to be logged in."}},
		{"source credit", []string{"Source link", "Supply hyperlink"}},
		{"calls to follow", []string{"Follow Parallel Facts on WhatsApp Channel: https://whatsapp.com/channel/0029VaCQSAoHgZWiDjR3Kn2E",
			"Follow the latest updates here:", "Click here to get the Fox News app"}},
		{"share buttons", []string{"Facebook", "Twitter", "WhatsApp", "Email", "Share this article"}},
		{"breadcrumbs", []string{"HomeWORLD NEWSMinisters meet in Oslo", "Home › World › Europe", "News » Europe » Nordics"}},
		{"breadcrumbs parted by slashes", []string{"World / Europe", "News / Business & Markets / Nordic Banks"}},
		{"stray tags", []string{"<", "div>", "</p>", `<div class="x">`, "<br/>", "<span"}},
		{"date stamps", []string{"Published March 17, 2025", "Updated: 18 March 2025 10:02 GMT", "Feb 14, 2025", "Updated 10:40 AM"}},
		{"bylines", []string{"By Ana Lima and Tom Reed", "Reporting by Ana Lima; Editing by Tom Reed", "By Maria Santos, Court reporter",
			"By Tom Reed, Senior Europe correspondent"}},
		{"particulars strung together", []string{"By Ana Lima | Published September 28, 2024 | Updated 4:30 p.m.",
			"By Tom Reed · April 22, 2024 · 5 min read", "Published March 17, 2025 | By Ana Lima and Tom Reed",
			"| July 20, 2021", "By Ana Lima |"}},
		{"picture credits alone", []string{"Image source, Getty Images", "Photo credit: Ana Lima/Example Wire"}},
		{"picture credits labelled with a colon or by", []string{"Credit: Example Wire", "Photograph: Ivo Renner/Example Wire",
			"Photograph by Lena Park for The Daily Ledger"}},
		{"calls to click", []string{"Click here to sign up for our daily newsletter.", "Click here to read more about the talks."}},
		{"chrome labels", []string{"READ MORE: Envoys to meet again in Oslo", "Tags: Oslo, Norway, diplomacy", "Also read: Ferries resume"}},
		{"copyright", []string{"© 2025 The Daily Ledger. All rights reserved.", "Copyright 2025 Example Wire Service"}},
		{"navigation", []string{"Skip to main content", "Story continues below advertisement", "Listen to this article 4 min", "5 min read"}},
		{"a live page's stamps and controls", []string{"22:40", "10.02", "9.15am", "22.40 BST", "Key events", "Show key events only", "Load more",
			"Please turn on JavaScript. Some features of this page require it.", "You need to enable JavaScript to run this app."}},
		{"relative stamp", []string{"Updated 2 hours ago", "Published 35 minutes ago"}},
		{"a stamp whose year runs into its time", []string{"June 2, 20269:41 AM UTCUpdated ago", "March 3, 20267:05 PM GMT"}},
		{"relative stamp set apart from its label", []string{"3 hours ago", "2h ago", "an hour ago"}},
		{"prompts", []string{"Sign up here.", "Click here", "This article is more than 2 years old", "Photo", "Watch"}},
		{"cookie banner", []string{"We use cookies to improve your experience. By continuing you accept our cookie policy.",
			"This website uses cookies. We use cookies to personalise content and ads and to analyse our traffic. Learn more"}},
		{"calls to subscribe", []string{"Sign up to Business Today. Get our morning briefing in your inbox.",
			"Subscribe to The Ledger from £1 a week", "Download our app for breaking news alerts",
			"Don't miss a story: get the latest headlines in your inbox every morning.",
			"Follow us on Twitter @NorthernLedger for the latest updates.", "Have a news tip? Email us at tips@ledger.example."}},
		{"contributors", []string{"Associated Press writer Lena Hoff in Vienna contributed to this report.",
			"Ana Lima contributed reporting from Oslo."}},
		{"a video player's messages", []string{"Video Player is loading.", "Play Video", "This is a modal window.",
			"The media could not be loaded, either because the server or network failed or because the format is not supported."}},
		{"a paywall's offer", []string{"Keep reading for €1", "Complete digital access to quality journalism on any device.",
			"Cancel anytime during your trial.", "Check whether you already have access via your university or organisation.",
			"You have read 3 of 5 free articles this month."}},
		{"calls for tips", []string{"Do you have a story for the Ledger news team? Email us at tips@ledger.example or call 0100 000 000.",
			"Do you have a tip? Contact our newsroom at tips@ledger.example"}},
		{"notes on where the article comes from", []string{"This article was first published in Norwegian.", "Translated by the Ledger's English desk.",
			"This article appears in the March 2026 issue. Subscribe now.", "This story was written by a Local Democracy Reporter. The service is funded by the press."}},
		{"a press release's stamp", []string{"FOR IMMEDIATE RELEASE"}},
		{"a newsletter's blurb", []string{"The Morning Tide — our free daily newsletter with the stories that matter. Delivered to your inbox every morning."}},
		{"rules between a story and what follows", []string{"___", "* * *", "-----", "———"}},
		{"an article's age", []string{"This article is more than 1 month old"}},
		{"editor's notes", []string{"This story has been updated to correct the number of missing people.",
			"An earlier version of this article misstated the date of the vote.", "Correction: A previous version gave the wrong age.",
			"This is a developing story.", "*This article was amended on 3 March to add a response from the ministry.*"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(tt.lines, "\n") + "\n" + body + "\n" + strings.Join(tt.lines, "\n")
			spans, dropped := Clean(text)
			got := describe(text, spans)
			want := []string{"body: " + body}
			if !slices.Equal(got, want) {
				t.Errorf("kept %q, want %q", got, want)
			}
			if dropped != 2*len(tt.lines) {
				t.Errorf("dropped %d lines, want %d", dropped, 2*len(tt.lines))
			}
		})
	}
}

func TestCleanKeepsArticleLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		dropped    int
	}{
		{"caption with agency credit",
			"Two envoys shake hands in Oslo, Norway, May 2, 2019. REUTERS/Ana Lima/File Photo\nThe talks began.",
			[]string{"caption: Two envoys shake hands in Oslo, Norway, May 2, 2019.", "body: The talks began."}, 0},
		{"caption with AP credit",
			"The minister arrives in Oslo (AP Photo/Tom Reed)\nThe talks began.",
			[]string{"caption: The minister arrives in Oslo", "body: The talks began."}, 0},
		{"caption closing with a bracketed credit of names alone",
			"Ana Berg helped found the institute in 2015 (Tom Reed/PA)\nThe talks began.",
			[]string{"caption: Ana Berg helped found the institute in 2015", "body: The talks began."}, 0},
		{"a credit whose initial is no sentence's end",
			"Ana Berg, head of the institute, was removed after a review (Photo by Tom T. Reed / AFP)\nThe talks began.",
			[]string{"caption: Ana Berg, head of the institute, was removed after a review", "body: The talks began."}, 0},
		{"a credit of names alone as the last sentence",
			"The board has hired Ana Berg after she left. Tom Reed/Example Wire Press\nThe talks began.",
			[]string{"caption: The board has hired Ana Berg after she left.", "body: The talks began."}, 0},
		{"a labelled credit of one agency as the last sentence",
			"Crowds gathered outside the court on Monday. IMAGE SOURCE, EXAMPLE WIRE\nThe talks began.",
			[]string{"caption: Crowds gathered outside the court on Monday.", "body: The talks began."}, 0},
		{"a bracketed aside with a slash in prose stays",
			"The vote was close (48 for/46 against)\nTurnout rose (see Table 2/Annex B).",
			[]string{"heading: The vote was close (48 for/46 against)", "body: Turnout rose (see Table 2/Annex B)."}, 0},
		{"caption with Getty credit",
			"Delegates gather before the vote. Getty Images\nThe talks began.",
			[]string{"caption: Delegates gather before the vote.", "body: The talks began."}, 0},
		{"headings", "Talks Resume in Oslo\nThe talks began.\nWhat Comes Next\nNobody knows.",
			[]string{"heading: Talks Resume in Oslo", "body: The talks began.", "heading: What Comes Next", "body: Nobody knows."}, 0},
		{"long title-case heading", "Harbour Workers Return as Union and Port Owners Agree to Resume Talks Over Pay and Hours\nThe talks began.",
			[]string{"heading: Harbour Workers Return as Union and Port Owners Agree to Resume Talks Over Pay and Hours", "body: The talks began."}, 0},
		{"markdown heading marker", "## Where Things Stand\nThe talks began.",
			[]string{"heading: Where Things Stand", "body: The talks began."}, 0},
		{"bullets lose their marker", "Demands include:\n- a border line\n- “Firm” guarantees. More to come.",
			[]string{"body: Demands include:", "bullet: a border line", "bullet: “Firm” guarantees.", "bullet: More to come."}, 0},
		{"quote-only line", "“WE WILL NOT GIVE UP”\nThe talks began.",
			[]string{"quote: “WE WILL NOT GIVE UP”", "body: The talks began."}, 0},
		{"quote with attribution is body", "“We will not give up,” she said.",
			[]string{"body: “We will not give up,” she said."}, 0},
		{"repeated standfirst", "Envoys will meet again next week.\nEnvoys will meet again next week.\nThe talks began.",
			[]string{"body: Envoys will meet again next week.", "body: The talks began."}, 1},
		{"masthead at the end", "The talks began.\nThey ended late.\nTHE DAILY LEDGER\nLEAVE A REPLY",
			[]string{"body: The talks began.", "body: They ended late."}, 2},
		{"writer's bio at the end", "The talks began.\nThey ended late.\nPriya Nandakumar is the Ledger's industry correspondent. She has covered trade for a decade.",
			[]string{"body: The talks began.", "body: They ended late."}, 1},
		{"a writer's bio that capitalises the post, at the end", "The talks began.\nThey ended late.\nLena Park is the Ledger's Local Democracy Reporter, covering the county council.",
			[]string{"body: The talks began.", "body: They ended late."}, 1},
		{"a writer's name, bio and contact closing the page, and a count below", "The talks began.\nThey ended late.\nANNA BERG\nBerg covers local government for the Record.\nReach her at aberg@record.example.\n214",
			[]string{"body: The talks began.", "body: They ended late."}, 4},
		{"the print edition's note and the page's links below a bio", "The talks began.\nThey ended late.\nSofia Marin is a correspondent for the Ledger.\nShe is based in Karvik.\nA version of this article appears in print on April 23, 2026, Section A, Page 9.\nOrder Reprints | Today’s Paper | Subscribe",
			[]string{"body: The talks began.", "body: They ended late."}, 4},
		{"a wire's update note and the writers who helped", "The talks began.\nThey ended late.\n— With assistance from Tove Ek\n(Updates with comment in third paragraph.)",
			[]string{"body: The talks began.", "body: They ended late."}, 2},
		{"a writer who contributed from a place", "The talks began.\nAssociated writer Lena Park contributed from Oslund.",
			[]string{"body: The talks began."}, 1},
		{"a last line of what something covers stays, and a pronoun's line with no bio above it", "Insurance covers the damage for homeowners.\nShe is based in Karvik now.",
			[]string{"body: Insurance covers the damage for homeowners.", "body: She is based in Karvik now."}, 0},
		{"funds contributed from abroad stay", "The talks began.\nMost of the money was contributed from abroad.",
			[]string{"body: The talks began.", "body: Most of the money was contributed from abroad."}, 0},
		{"a skip link, a sponsor's label, a copied link's notice and a count", "Skip to site index\nSupported by\nLink copied\n1,042\nThe talks began.",
			[]string{"body: The talks began."}, 4},
		{"a call to send tips to the page's address", "The talks began.\nEmail tips@ledger.example\nThey ended late.",
			[]string{"body: The talks began.", "body: They ended late."}, 1},
		{"an address in the news stays", "The talks began.\nEmail records show the mayor wrote to ana@city.example in May.",
			[]string{"body: The talks began.", "body: Email records show the mayor wrote to ana@city.example in May."}, 0},
		{"a byline that says written by, and a place before a stamp", "Written by Priya Menon\nKarnal | Updated: November 5, 2026 14:22 IST\nThe talks began.\nFirst uploaded on: 05-11-2026 at 11:05 IST",
			[]string{"body: The talks began."}, 3},
		{"an agency's credit in brackets closing the article", "The talks began.\nThey ended late.\n(LIGNE 24 with AFP)",
			[]string{"body: The talks began.", "body: They ended late."}, 1},
		{"places with a bar and a sentence written by someone stay", "Karnal | Oslo\nWritten by hand, the note was found on Monday.",
			[]string{"heading: Karnal | Oslo", "body: Written by hand, the note was found on Monday."}, 0},
		{"a year alone heading a part stays", "The talks began.\n2019\nThey ended late.",
			[]string{"body: The talks began.", "heading: 2019", "body: They ended late."}, 0},
		{"an embedded post's attribution and picture link", "The talks began.\nCrews worked through the night.\nSorrel Fire Service (@SorrelFire) July 19, 2026\npic.twitter.com/aBcD1234\nThey ended late.",
			[]string{"body: The talks began.", "body: Crews worked through the night.", "body: They ended late."}, 2},
		{"a comment form's small print and a wire's initials", "The talks began.\nYour email address will not be published. Required fields are marked *\nlw/rm (Reuters, dpa)\nThey ended late.",
			[]string{"body: The talks began.", "body: They ended late."}, 2},
		{"a byline's name over its post, and where it was filed from", "Rhona Kerr\nHighlands and Islands reporter\nReporting from Karvik\nThe talks began.",
			[]string{"body: The talks began."}, 3},
		{"a stamp running on into a reading time, and a teaser after More", "Published 3 hours ago 3 min read\nThe talks began.\nMore: Schools face $3.1M shortfall as enrollment drops\nThey ended late.",
			[]string{"body: The talks began.", "body: They ended late."}, 2},
		{"a newsletter's pitch while the reader is here", "The talks began.\nWhile you're here: Every Tuesday our editors round up the news. You can sign up here for the weekly email newsletter.\nThey ended late.",
			[]string{"body: The talks began.", "body: They ended late."}, 1},
		{"news of addresses, reporting and editors stays", "Hackers stole the email address of every member.\nReporting from the front line was banned.\nThe site is example.com/news, she said.\nAnna Berg\nShe was its longest-serving editor.",
			[]string{"body: Hackers stole the email address of every member.", "body: Reporting from the front line was banned.", "body: The site is example.com/news, she said.", "heading: Anna Berg", "body: She was its longest-serving editor."}, 0},
		{"a reporter in the story stays", "Anna Berg is a former BBC reporter who now runs the ministry's press office.\nShe resigned on Monday.",
			[]string{"body: Anna Berg is a former BBC reporter who now runs the ministry's press office.", "body: She resigned on Monday."}, 0},
		{"agency name at the end", "The talks began.\nThey ended late.\nExample Wire",
			[]string{"body: The talks began.", "body: They ended late."}, 1},
		{"final sentence without a full stop stays", "The talks began.\nThey ended late in the evening and nobody in the room said when or where they would meet again",
			[]string{"body: The talks began.", "body: They ended late in the evening and nobody in the room said when or where they would meet again"}, 0},
		{"a line a credit's label opens that names no one stays", "Credit: the rating agency cut the council's score on Monday.\nThe talks began.",
			[]string{"caption: Credit: the rating agency cut the council's score on Monday.", "body: The talks began."}, 0},
		{"a time ago that is no stamp stays", "A decade ago\nThree hours ago the talks began.",
			[]string{"heading: A decade ago", "body: Three hours ago the talks began."}, 0},
		{"a gallery's count and its caption's second copy",
			"Item 1 of 2 Lena Park speaks in Oslo, May 2, 2026. Example Wire/Ivo Renner\n[1/2]Lena Park speaks in Oslo, May 2, 2026. Example Wire/Ivo Renner\nThe talks began.",
			[]string{"caption: Lena Park speaks in Oslo, May 2, 2026.", "body: The talks began."}, 1},
		{"a slash in a heading or sentence stays", "Ferry Talks: Day 2 / Day 3\nThe vote was 48 for / 46 against.",
			[]string{"heading: Ferry Talks: Day 2 / Day 3", "body: The vote was 48 for / 46 against."}, 0},
		{"news of a newsletter stays, and a dash between words", "Ferries — What Next\nThe council's newsletter reached every inbox on Monday, the clerk said.",
			[]string{"heading: Ferries — What Next", "body: The council's newsletter reached every inbox on Monday, the clerk said."}, 0},
		{"a count in prose stays", "1 of 5 people said no.\nItem 4 of the agenda was dropped.",
			[]string{"body: 1 of 5 people said no.", "body: Item 4 of the agenda was dropped."}, 0},
		{"caption label", "Image caption, Envoys shake hands in Oslo on Monday\nThe talks began.",
			[]string{"caption: Envoys shake hands in Oslo on Monday", "body: The talks began."}, 0},
		{"a byline's lower-case tail must be a post (kept, as a line without a full stop is, as a heading)", "By Monday, talks had stalled and the editor left",
			[]string{"heading: By Monday, talks had stalled and the editor left"}, 0},
		{"news with a bar stays", "Shares fell 3% | Analysts said the drop was overdone.\nBy Monday | the talks had stalled.",
			[]string{"body: Shares fell 3% | Analysts said the drop was overdone.", "body: By Monday | the talks had stalled."}, 0},
		{"news of a video or of an offer's terms stays", "Play video games for an hour a day, doctors advised.\nMembers can cancel anytime, the club said.",
			[]string{"body: Play video games for an hour a day, doctors advised.", "body: Members can cancel anytime, the club said."}, 0},
		{"a click in the news stays", "Click here, the minister told reporters, was the button that sent the order.",
			[]string{"body: Click here, the minister told reporters, was the button that sent the order."}, 0},
		{"news of a script or of key events stays", "Hackers hid JavaScript in the council's payment page.\nKey events of the year were listed.\nAt 10.02 the bell rang.",
			[]string{"body: Hackers hid JavaScript in the council's payment page.", "body: Key events of the year were listed.", "body: At 10.02 the bell rang."}, 0},
		{"an agency a sentence quotes is no credit", "The minister had ordered an inquiry, the state-run Anadolu news agency said.\nThe talks began.",
			[]string{"body: The minister had ordered an inquiry, the state-run Anadolu news agency said.", "body: The talks began."}, 0},
		{"article word in prose stays", "The article said the talks failed.",
			[]string{"body: The article said the talks failed."}, 0},
		{"capitals heading mid-text stays", "NEW TALKS\nThe talks began.",
			[]string{"heading: NEW TALKS", "body: The talks began."}, 0},
		{"prose with chrome words stays", "Please share the report with the committee.\nHe will not comment.",
			[]string{"body: Please share the report with the committee.", "body: He will not comment."}, 0},
		{"a report in the news stays", "This report was commissioned by the ministry.\nThe correction came in March: prices fell.",
			[]string{"body: This report was commissioned by the ministry.", "body: The correction came in March: prices fell."}, 0},
		{"news of a newsletter stays", "The paper said its newsletter reached a million inboxes.\nSubscribers rose by a tenth.",
			[]string{"body: The paper said its newsletter reached a million inboxes.", "body: Subscribers rose by a tenth."}, 0},
		{"prose with a colon stays", "Source: the foreign ministry\nThe minister said: talks will resume in April.",
			[]string{"heading: Source: the foreign ministry", "body: The minister said: talks will resume in April."}, 0},
		{"comparison with angle bracket stays", "Costs rose > 5 percent in March.",
			[]string{"body: Costs rose > 5 percent in March."}, 0},
		{"a dateline opens no sentence", "OSLO, March 3 (Reuters) - Envoys met on Monday.",
			[]string{"body: Envoys met on Monday."}, 0},
		{"nor one with its own credit", "DOVRIK, Belmora, March 4 (Valley Wire) -- The toll rose.",
			[]string{"body: The toll rose."}, 0},
		{"a capitalised opening without a date is kept", "NATO - the alliance - met on Monday.",
			[]string{"body: NATO - the alliance - met on Monday."}, 0},
		{"a dateline without a date opens no sentence", "HALDEN — Hundreds of protesters marched.",
			[]string{"body: Hundreds of protesters marched."}, 0},
		{"nor one with a region and a credit", "SAN MARCO, Calif. (AP) -- “We are safe,” she said.",
			[]string{"body: “We are safe,” she said."}, 0},
		{"nor a place in brackets", "(HALDEN) — Hundreds of protesters marched.",
			[]string{"body: Hundreds of protesters marched."}, 0},
		{"nor a credit alone", "(Reuters) - Hundreds of protesters marched.",
			[]string{"body: Hundreds of protesters marched."}, 0},
		{"a capitalised name before a dash in prose stays", "UNICEF – which runs the camps – said on Monday that aid had stopped.",
			[]string{"body: UNICEF – which runs the camps – said on Monday that aid had stopped."}, 0},
		{"crlf line ends", "First line here.\r\nSecond line here.\r\n",
			[]string{"body: First line here.", "body: Second line here."}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkClean(t, tt.text, tt.want, tt.dropped) })
	}
}

// checkClean checks the sentences Clean keeps of text, with their kinds,
// and how many lines it drops.
func checkClean(t *testing.T, text string, want []string, dropped int) {
	t.Helper()
	spans, n := Clean(text)
	if got := describe(text, spans); !slices.Equal(got, want) {
		t.Errorf("kept\n %q\nwant\n %q", got, want)
	}
	if n != dropped {
		t.Errorf("dropped %d, want %d", n, dropped)
	}
}

func TestCreditMarksPassQuickTest(t *testing.T) {
	for _, m := range creditMarks {
		if !mayHoldCredit(m) {
			t.Errorf("credit mark %q fails mayHoldCredit, so isCaption never finds it", m)
		}
	}
}
