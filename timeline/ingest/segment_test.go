package ingest

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func segmentTexts(text string) []string {
	var out []string
	for _, s := range Segment(text, 0, len(text)) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSegment(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two plain sentences", "The envoy left. The talks went on.",
			[]string{"The envoy left.", "The talks went on."}},
		{"U.S. before a name", "The U.S. President spoke. He left.",
			[]string{"The U.S. President spoke.", "He left."}},
		{"U.S. ending a sentence", "Aid came from the U.S. The talks resumed.",
			[]string{"Aid came from the U.S.", "The talks resumed."}},
		{"U.K. and hyphen", "A U.K.-led plan was shown. It failed.",
			[]string{"A U.K.-led plan was shown.", "It failed."}},
		{"titles", "Mr. Lund met Mrs. Berg and Dr. Ito. Gen. Varga and Sen. Holt came too.",
			[]string{"Mr. Lund met Mrs. Berg and Dr. Ito.", "Gen. Varga and Sen. Holt came too."}},
		{"saint and number", "They met at St. Olaf hall, room No. 4. Nobody came.",
			[]string{"They met at St. Olaf hall, room No. 4.", "Nobody came."}},
		{"a day's abbreviation before lower case", "The match on Sat. was called off. It rained.",
			[]string{"The match on Sat. was called off.", "It rained."}},
		{"a day's abbreviation ending a sentence", "The club met on Sat. The game was close.",
			[]string{"The club met on Sat.", "The game was close."}},
		{"a day's abbreviation before a date", "The match on Sat. March 3 was called off. It rained.",
			[]string{"The match on Sat. March 3 was called off.", "It rained."}},
		{"a verb before lower case", "The judge sat. then he spoke.",
			[]string{"The judge sat.", "then he spoke."}},
		{"versus", "In Hamdan v. Rumsfeld the court ruled. It was close.",
			[]string{"In Hamdan v. Rumsfeld the court ruled.", "It was close."}},
		{"a street's abbreviation", "The shop on Chagrin Blvd. Cleveland closed. It was old.",
			[]string{"The shop on Chagrin Blvd. Cleveland closed.", "It was old."}},
		{"month abbreviation before a day", "On Feb. 14 the call came. It was brief.",
			[]string{"On Feb. 14 the call came.", "It was brief."}},
		{"a month abbreviation in lower case before a day", "The bank collapsed on mar. 10 as depositors fled. It was brief.",
			[]string{"The bank collapsed on mar. 10 as depositors fled.", "It was brief."}},
		{"a.m. and p.m.", "They met at 9 a.m. Lisbon time and left at 5 p.m. The deal held.",
			[]string{"They met at 9 a.m. Lisbon time and left at 5 p.m.", "The deal held."}},
		{"initials", "The memo by J. R. Doyle was read. Nobody objected.",
			[]string{"The memo by J. R. Doyle was read.", "Nobody objected."}},
		{"decimals", "Output fell 2.5 percent. Prices rose 0.3 points.",
			[]string{"Output fell 2.5 percent.", "Prices rose 0.3 points."}},
		{"full stop inside closing quote", "She said “we are close.” Then she left.",
			[]string{"She said “we are close.”", "Then she left."}},
		{"question in a quote then lowercase", "“Is it over?” he asked. “Not yet!” she said.",
			[]string{"“Is it over?” he asked.", "“Not yet!” she said."}},
		{"a sentence opening in lower case", "i was too tired. the office shut early! did you go?",
			[]string{"i was too tired.", "the office shut early!", "did you go?"}},
		{"a name in lower case opens a sentence", "Sales fell last year. iPhone sales rose.",
			[]string{"Sales fell last year.", "iPhone sales rose."}},
		{"lower case after an abbreviation goes on", "Tents, beds etc. and food came, approx. two tons, from the U.S. and No. of trucks rose.",
			[]string{"Tents, beds etc. and food came, approx. two tons, from the U.S. and No. of trucks rose."}},
		{"e.g. and i.e. never end a sentence, nor circa or an extension before a number",
			"Old tools (e.g. The Kiln Atlas) helped. The fort (c. 1230 BC) fell. Call Eva Falk, ext. 3264. She knows.",
			[]string{"Old tools (e.g. The Kiln Atlas) helped.", "The fort (c. 1230 BC) fell.", "Call Eva Falk, ext. 3264.", "She knows."}},
		{"lower case after an ellipsis or a file name goes on", "It was late... maybe too late. Open notes.txt and read.",
			[]string{"It was late... maybe too late.", "Open notes.txt and read."}},
		{"straight quotes", `He said "it is done." Then he went home.`,
			[]string{`He said "it is done."`, "Then he went home."}},
		{"ellipsis before lowercase", "We ... have to wait. Then we act.",
			[]string{"We ... have to wait.", "Then we act."}},
		{"unicode ellipsis before capital", "It went on… Nobody knew.",
			[]string{"It went on…", "Nobody knew."}},
		{"ellipsis after question stays", "Is it fair? … Who knows.",
			[]string{"Is it fair? …", "Who knows."}},
		{"line break ends a headline", "Talks Resume in Geneva\nThe envoys met.",
			[]string{"Talks Resume in Geneva", "The envoys met."}},
		{"bullets without full stops", "- first point\n- second point",
			[]string{"- first point", "- second point"}},
		{"parenthesis", "The plan (a draft.) was shown. It failed.",
			[]string{"The plan (a draft.) was shown.", "It failed."}},
		{"url and email", "See example.com for more. Write to a@b.org today.",
			[]string{"See example.com for more.", "Write to a@b.org today."}},
		{"trims space", "  Hello there.   Next one.  ",
			[]string{"Hello there.", "Next one."}},
		{"etc. then a name", "Oil, gas etc. Russia sells it all.",
			[]string{"Oil, gas etc. Russia sells it all."}},
		{"exclamation", "Stop! The vote is off.",
			[]string{"Stop!", "The vote is off."}},
		{"a reference mark stays with its sentence", "He won the cup in 1951. [7] Carl Dahl coached him.",
			[]string{"He won the cup in 1951. [7]", "Carl Dahl coached him."}},
		{"an emoticon stays with its sentence", "Thanks for the help! :) Anna Berg will call.",
			[]string{"Thanks for the help! :)", "Anna Berg will call."}},
		{"an emoticon ends a sentence", "Nothing broke :) As for the car, it runs.",
			[]string{"Nothing broke :)", "As for the car, it runs."}},
		{"an emoticon inside a sentence", "Nothing broke :) and the car runs.",
			[]string{"Nothing broke :) and the car runs."}},
		{"numbered items", "We have two reasons. 1. The cost is high. 2. The plan is late.",
			[]string{"We have two reasons.", "1. The cost is high.", "2. The plan is late."}},
		{"a year is no item's number", "1997. The plant closed.",
			[]string{"1997.", "The plant closed."}},
		{"marks doubled before lower case", "Take the dog to the vet now!!! it may be ill.",
			[]string{"Take the dog to the vet now!!!", "it may be ill."}},
		{"a possessive before lower case", "We ate at Gus's. someplace cheaper next time.",
			[]string{"We ate at Gus's.", "someplace cheaper next time."}},
		{"a web address ends a sentence", `Carl Dahl told Example.com. "We are close," he said.`,
			[]string{"Carl Dahl told Example.com.", `"We are close," he said.`}},
		{"an ellipsis opens a sentence", "The vote was close. ... Some members left early.",
			[]string{"The vote was close.", "... Some members left early."}},
		{"an ellipsis ending a line stays", "This is a hard case. ...",
			[]string{"This is a hard case. ..."}},
		{"an abbreviation before a request", "They sold tents, beds etc. Please call us.",
			[]string{"They sold tents, beds etc.", "Please call us."}},
		{"an opus number", "Dvorak wrote the Slavonic Dances, Op. 46. They were praised.",
			[]string{"Dvorak wrote the Slavonic Dances, Op. 46.", "They were praised."}},
		{"empty", "", nil},
		{"blank lines only", "\n  \n\t\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := segmentTexts(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestSegmentRange(t *testing.T) {
	text := "Skip this. Keep this one. And this."
	start := len("Skip this. ")
	got := Segment(text, start, len(text))
	want := []timeline.Span{{Start: start, End: start + len("Keep this one.")}, {Start: len(text) - len("And this."), End: len(text)}}
	if !slices.Equal(got, want) {
		t.Errorf("Segment = %v, want %v", got, want)
	}
	for _, r := range [][2]int{{-5, 3}, {10, 5}, {0, 1000}} {
		for _, s := range Segment(text, r[0], r[1]) {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
				t.Errorf("Segment(%d, %d) gave out-of-range span %v", r[0], r[1], s)
			}
		}
	}
}
