package language

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestObjectAfterComma: a noun phrase set off by a comma after a verb's
// other dependents describes the noun before the comma, or after a time
// the subject; a list, another clause's subject and an aside's phrase are
// left as they were.
func TestObjectAfterComma(t *testing.T) {
	checkArcs(t, []arcCase{
		{"The group bought Alder Media, the owner of two newspapers.", "owner", "Alder", "appos", false},
		{"Kessler succeeds Adam Roth, who retired last year, the first chairman to leave early.", "chairman", "Adam", "appos", false},
		{"The collapse was a story of greed, two panels of lawmakers said on Friday in a damning report that also criticised the government, the auditors and the regulator.", "auditors", "criticised", "obj", false},
		{"The strike ended a month later, sparing the festival and its sponsor, Norcom, a costly delay.", "delay", "sparing", "obj", false},
		{"He was accused of killing his mother, sister and pet dog.", "dog", "mother", "appos", true},                                            // no article: a list
		{"He was shot on Friday while giving a speech in the city of Osk, a killing that stunned the country.", "killing", "Osk", "appos", true}, // an event's
		{"Reacting to the ruling, the mayor of the city, where she grew up, is urging calm.", "mayor", "ruling", "appos", true},
	})
}

// TestRelativeByAnimacy: "which" after a comma is on the thing right
// before it, "who" on the person, within one phrase of nouns.
func TestRelativeByAnimacy(t *testing.T) {
	checkArcs(t, []arcCase{
		{"He said the owners of the mine, which flooded in May, would be punished.", "flooded", "mine", "acl:relcl", false},
		{"The ruling was a blow to prosecutors, who had sought a longer sentence.", "sought", "prosecutors", "acl:relcl", false},
		{"Lund was chief of Norfeed Ltd., a supplier of animal feeds, which closed on Monday.", "closed", "feeds", "acl:relcl", true}, // a plural: the firm's trade
	})
}

// TestMidSpeaker: a verb after a speaker set off by commas and "and" is
// the first verb's conjunct, unless it is the speaker's second.
func TestMidSpeaker(t *testing.T) {
	checkArcs(t, []arcCase{
		{"The storm grounded rescue helicopters for most of Monday, officials said, and cut power to thousands of homes.", "cut", "grounded", "conj", false},
		{"The storm grounded rescue helicopters for most of Monday, officials said, and cut power to thousands of homes.", "said", "grounded", "parataxis", false},
		{"The car was found near the river, he said, and claimed the driver had fled on foot.", "claimed", "said", "conj", false}, // the speaker's
	})
}

// arcCase is a word of a sentence, the head and relation it must have (or,
// with not, must not have).
type arcCase struct {
	text, word, head, rel string
	not                   bool
}

// checkArcs analyses each case's text and checks its word's arc.
func checkArcs(t *testing.T, tests []arcCase) {
	t.Helper()
	a, err := Syntax()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		ws := a.AnalyzeSpans(tt.text, []timeline.Span{{Start: 0, End: len(tt.text)}})[0].Words
		k := wordIndex(ws, tt.word)
		if k < 0 {
			t.Errorf("%s: no word %q", tt.text, tt.word)
			continue
		}
		head := ""
		if ws[k].Head > 0 {
			head = ws[ws[k].Head-1].Form
		}
		is := head == tt.head && ws[k].Deprel == tt.rel
		if knownMisparse(t, tt.text, tt.word, is != tt.not) {
			continue
		}
		if is == tt.not {
			t.Errorf("%s: %q is %s of %q; want %s of %q: %v", tt.text, tt.word, ws[k].Deprel, head, tt.rel, tt.head, !tt.not)
		}
	}
}

// wordIndex returns the index of the first word whose form is form, or -1.
func wordIndex(ws []Word, form string) int {
	for k := range ws {
		if ws[k].Form == form {
			return k
		}
	}
	return -1
}

// TestSubordinateRoot: a clause "since" opens in a phrase on the subject is
// no root; the verb after the comma is.
func TestSubordinateRoot(t *testing.T) {
	text := "Carl Dahl, speaking to the House Banking Committee for the first time since the bank failed on May 3, said no bank could survive a run."
	checkArcs(t, []arcCase{
		{text, "said", "", "root", false},
		{text, "Carl", "said", "nsubj", false},
		{text, "failed", "speaking", "advcl", false},
		{text, "bank", "failed", "nsubj", false},
	})
}

// TestNameAfterOfTitle: a name right after a title that "of" opens in the
// subject's phrase names the title; it is no second subject.
func TestNameAfterOfTitle(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Thousands of supporters of former Norwegian president Anna Berg stormed the parliament on Sunday.", "Anna", "president", "appos", false},
		{"Thousands of supporters of former Norwegian president Anna Berg stormed the parliament on Sunday.", "Thousands", "stormed", "nsubj", false},
		{"Ford, coach Carl Dahl and director of athletics Gus Holm presented Berg with the ball.", "Gus", "athletics", "appos", true}, // the field of a title
	})
}

// TestClauseBeforeSpeaker: the verb the parse hung inside the subject's
// phrase before a closing speaker is the clause of what was said.
func TestClauseBeforeSpeaker(t *testing.T) {
	attempts := "Attempts to raise cash or find a buyer failed overnight, two people familiar with the talks said."
	boy := "The boy who stole the car ran away, police said."
	checkArcs(t, []arcCase{
		{attempts, "failed", "said", "ccomp", false},
		{attempts, "Attempts", "failed", "nsubj", false},
		{attempts, "people", "said", "nsubj", false},                                                // "two people familiar": the speaker
		{"The crew found the hatch sealed, the coast guard said.", "found", "said", "ccomp", false}, // the object's predicate stays
		{boy, "ran", "said", "ccomp", false},
		{boy, "boy", "ran", "nsubj", false},
	})
}

// TestFrontedTimeSubject: a time opening the sentence before a comma and
// the subject is an oblique, no second subject.
func TestFrontedTimeSubject(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Last season, the Rovers lost in the first round to Leeds.", "season", "lost", "obl:unmarked", false},
		{"The following month, the company put itself up for sale.", "month", "put", "obl:unmarked", false},
		{"Wednesday afternoon, the Saints signed a rookie from the Eagles.", "afternoon", "signed", "obl:unmarked", false},
	})
}

// TestMeasureOfAdverb: a bare span of time before "earlier", "later" or
// "ago" is the adverb's, not its verb's object; before a time of its own
// ("later in the day") it is left as it was.
func TestMeasureOfAdverb(t *testing.T) {
	checkArcs(t, []arcCase{
		{"The tower, which collapsed hours earlier, was still burning.", "hours", "earlier", "obl:unmarked", false},
		{"The ferry sank minutes later.", "minutes", "later", "obl:unmarked", false},
		{"The crew will need hours later in the week.", "hours", "later", "obl:unmarked", true},
	})
}

// TestClauseAfterComplement: "after" a predicate noun opens a clause on
// the main verb, not a phrase on the noun that made the noun a subject.
func TestClauseAfterComplement(t *testing.T) {
	checkArcs(t, []arcCase{
		{"Vera Holm will become the next mayor after her party won the vote on Sunday.", "won", "become", "advcl", false},
		{"Vera Holm will become the next mayor after her party won the vote on Sunday.", "party", "won", "nsubj", false},
		{"Vera Holm will become the next mayor after her party won the vote on Sunday.", "mayor", "become", "xcomp", false},
		{"He said the talks after the summit failed.", "failed", "said", "advcl", true}, // a finite verb that is no complement
	})
}

// TestClosingSpeakerTail: a verb of saying that closes a quote is the
// root even with a phrase of its own after it, and a subject the parse
// gave it inside the quote is the quoted verb's object.
func TestClosingSpeakerTail(t *testing.T) {
	const quote = `"Since we began checks on Saturday, we have found cases that appear to relate to faults in the door — for example, bolts that needed more tightening," Nordair said in a statement.`
	checkArcs(t, []arcCase{
		{quote, "said", "", "root", false},
		{quote, "cases", "found", "obj", false},
		{quote, "found", "said", "ccomp", false},
		{`"Since the storm began on Friday, we have found cases that appear to relate to faults in the roof — for example, tiles that needed more work," Anna Berg said on Monday.`, "said", "", "root", false},
	})
}
