package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestNameAfterTitle: a noun phrase ends in its head, so of a club, a
// role and a name the name is the one it happened to, however the parse
// split the phrase; "and" still names both.
func TestNameAfterTitle(t *testing.T) {
	tests := []struct {
		text, trigger, want string
	}{
		{"CNN presenter Anna Berg was arrested on Sunday in Riverton.", "arrest", "patient:anna-berg"},
		{"Riverton TV One senior presenter Anna Berg was arrested on suspicion of fraud on Sunday.", "arrest", "patient:anna-berg"},
		{"The panel agreed to question the former finance minister Carl Dahl, who quit last week, in public next month.", "question", "patient:carl-dahl"},
		{"Norlish officials and Carl Dahl met in Riverton on Monday.", "meet", "agent:norland-officials"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, true)
			if got := actorsOf(e); !strings.HasPrefix(got, tc.want) {
				t.Errorf("actors %q, want %q first%s", got, tc.want, describe(r))
			}
		})
	}
}

// TestNearerSubject: of two subjects the parse gives one verb, the nearer
// is its subject: the speaker after a comma, not the subject of the
// clause before it.
func TestNearerSubject(t *testing.T) {
	r, e := readEvent(t, "Two schools collapsed in the earthquake, villagers said.", "say", true)
	if got := actorsOf(e); got != "agent:villagers" || !strings.HasPrefix(e.Summary, "Villagers said") {
		t.Errorf("actors %q, summary %q; want agent:villagers, \"Villagers said …\"%s", got, e.Summary, describe(r))
	}
}

// TestParsedSummaries: a passive relative clause reads as a passive, its
// antecedent first ("the barns that were destroyed by the storm" is not
// "The storm were destroyed the barns"); an infinitive keeps its "to".
func TestParsedSummaries(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Villagers began to rebuild the barns of Ostburg that were destroyed by the storm on Monday.", "destroy", "The barns were destroyed by the storm"},
		{"The court ordered Carl Dahl to testify next month.", "testify", "Carl Dahl to testify"},
		// A participle after "and" shares the passive before it.
		{"Carl Dahl was arrested on Friday and charged with fraud.", "charge", "Carl Dahl was charged with fraud"},
		{"A jury in Ostburg found Carl Dahl guilty of fraud on Monday.", "find guilty", "A jury found Carl Dahl guilty"},
		{"A jury on Friday found Carl Dahl, the former city auditor, guilty of four counts of bribery.", "find guilty", "A jury found Carl Dahl guilty"},
		{"The judge allowed Carl Dahl to remain free on bail.", "allow", "The judge allowed Carl Dahl"},
		{"Carl Dahl said he'll resign on Monday.", "resign", "Carl Dahl will resign"},
		{"The Sudland embassy declined to comment on Monday.", "decline", "The Sudland embassy declined to comment"},
		{"Both sides blamed each other for the attack.", "blame", "Both sides blamed each other"},
		{"“We are asking everyone to leave now,” Anna Berg told reporters.", "ask", "Anna Berg is asking"},
		// "have" is irregular: "has", not "haves"; a present the tagger
		// reads as a base form is still the speaker's present.
		{"“We have no patience for fraud,” Carl Dahl said on Monday.", "have", "Carl Dahl has no patience"},
		{"“We are entering an era in which we potentially have the capability to protect ourselves,” said Anna Berg.", "have", "Anna Berg has the capability"},
		// The parse hangs both "was" on "shot"; the summary says it once.
		{"A local driver who was with them was shot dead during the abduction.", "shoot", "A local driver was shot dead"},
		// What is ordered of the object is part of the order.
		{"Norland on Monday ordered three Sudlish diplomats to leave the country within 72 hours.", "order", "Norland ordered three Sudlish diplomats to leave the country"},
		{"Carl Dahl pleaded not guilty on Monday.", "plead", "Carl Dahl pleaded not guilty"},
		// Someone urged to do something is not "demanded to" do it.
		{"In a letter to the board, Carl Dahl said the price was too low and called on directors to seek a higher bid.", "call for", "Carl Dahl urged directors to seek a higher bid"},
		// A measure is summed up as one, not as a saying run on to the end.
		{"Anna Berg declared a state of emergency in Ostburg on Tuesday as the fire more than doubled in size overnight.", "declare", "Anna Berg declared a state of emergency"},
		{"Governor Anna Berg declared a state of emergency in Pine Ridge County on Tuesday as the Cedar Creek Fire more than doubled in size overnight.", "declare", "Anna Berg declared a state of emergency"},
		// A passive's state is what is told.
		{"A woman, 78, was found dead in her home in Ostburg on Wednesday.", "find", "A woman was found dead"},
		// A passive still to come reads so.
		{"Carl Dahl will be nominated as finance minister, Anna Berg said at a news conference.", "nominate", "Carl Dahl to be nominated as finance minister"},
		// What a speaker does by saying it keeps the verb that says it.
		{"“We will not accept a result built on fraud,” Carl Dahl told reporters outside his party's headquarters.", "accept", "Carl Dahl did not accept a result built on fraud"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, true)
			if e.Summary != tc.want {
				t.Errorf("summary %q, want %q%s", e.Summary, tc.want, describe(r))
			}
		})
	}
}

// TestParseFillsLexiconEvents: what the token rules miss of a trigger
// lexicon's event, the parse gives: the object before a clause, the
// subject after a clause word.
func TestParseFillsLexiconEvents(t *testing.T) {
	runActorCases(t, []struct{ text, trigger, want string }{
		{"Carl Dahl said the institute had warned Anna Berg in 2022 that the dam was weak.", "warn", "patient:anna-berg"},
		{"Teams arrived after Anna Berg accepted Sudland's offer.", "accept", "agent:anna-berg"},
	})
}

// TestReportedConjunct: a verb joined to a reported clause by the object
// pronoun both share is that clause's, not the speaker's: she does not
// tell "her" to do it.
func TestReportedConjunct(t *testing.T) {
	text := "Eva Falk, who worked as Dahl's deputy for six years, told jurors that he gave her a list of invoices in 2021 and told her to record them as investment fees."
	second := strings.LastIndex(text, "told")
	r := withParse(t, text)
	for _, e := range r.Events {
		if tr := e.Mention.Trigger; tr != nil && tr.Start == second && strings.Contains(actorsOf(e), "agent:eva-falk") {
			t.Errorf("actors %q: Eva Falk told herself%s", actorsOf(e), describe(r))
		}
	}
}

// TestBareInfinitiveObject: the object of a verb of perceiving or causing
// does its bare infinitive, which the tagger may read as a present after
// a plural: "saw customers pull billions", "made thousands flee".
func TestBareInfinitiveObject(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"The deal ended a week of turmoil that saw customers pull billions from the lender.", "pull", "Customers pull billions"},
		{"The storm made thousands flee their homes.", "flee", "Thousands flee their homes"},
	}
	for _, tt := range tests {
		t.Run(tt.trigger, func(t *testing.T) {
			e := eventBy(t, parseText(t, tt.text), tt.trigger)
			if e.Summary != tt.summary {
				t.Errorf("%s: summary %q, want %q", tt.text, e.Summary, tt.summary)
			}
		})
	}
}

// TestTitleOfName: a title with its "of" phrase before the name it heads
// as an apposition ("Secretary of State Lena Park") names the person.
func TestTitleOfName(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	park := who{text: "Lena Park", id: "lena-park", kind: timeline.Person}
	doc, tx, am := fixture(t, "Secretary of State Lena Park postponed her trip to Ostburg on Friday.", []who{park}, dates)
	r := Document(doc, tx, am, analyzer.Analyze(doc))
	e := eventBy(t, r, "postpone")
	if got := actorsOf(e); !strings.Contains(got, "agent:lena-park") {
		t.Errorf("actors %q, want agent:lena-park%s", got, describe(r))
	}
}
