package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// groups are bodies of people the unit tests name besides the cast.
var groups = []who{
	{text: "villagers", id: "villagers", kind: timeline.Group},
	{text: "medics", id: "medics", kind: timeline.Group},
}

// withParse runs Document on text with the cast, the groups and the
// parse, as the pipeline does; withoutParse with the token rules alone.
func withParse(t *testing.T, text string) Result {
	t.Helper()
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, tx, am := fixture(t, text, append(slices.Clone(cast), groups...), dates)
	return Document(doc, tx, am, analyzer.Analyze(doc))
}

func withoutParse(t *testing.T, text string) Result {
	t.Helper()
	doc, tx, am := fixture(t, text, append(slices.Clone(cast), groups...), dates)
	return Document(doc, tx, am, nil)
}

// readEvent reads text, on the parse when parse is set, and returns the
// result and its first event whose trigger is lemma, or fails.
func readEvent(t *testing.T, text, lemma string, parse bool) (Result, EventMention) {
	t.Helper()
	run := withoutParse
	if parse {
		run = withParse
	}
	r := run(t, text)
	return r, eventBy(t, r, lemma)
}

// eventBy returns the first event whose trigger is lemma, or fails.
func eventBy(t *testing.T, r Result, lemma string) EventMention {
	t.Helper()
	if e := eventWith(r, lemma); e != nil {
		return *e
	}
	t.Fatalf("no event %q in %s", lemma, describe(r))
	return EventMention{}
}

// TestPartitiveParticipants: a quantity or collective before "of" only
// counts the ones who act, who are the noun after it.
func TestPartitiveParticipants(t *testing.T) {
	tests := []struct {
		text, trigger, want, summary string
		parse                        bool
	}{
		{"Hundreds of villagers marched to Ostburg on Monday.", "march", "agent:villagers", "Villagers marched to Ostburg", true},
		{"A team of medics arrived in Riverton on Sunday.", "arrive", "agent:medics", "", true},
		{"Dozens of villagers met Anna Berg on Monday.", "meet", "agent:villagers,participant:anna-berg", "", false},
		{"Anna Berg met a group of villagers on Monday.", "meet", "agent:anna-berg,participant:villagers", "", false},
		{"Some of the villagers blocked the road on Monday.", "block", "agent:villagers", "", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, tc.parse)
			if got := actorsOf(e); !strings.HasPrefix(got, tc.want) {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
			if tc.summary != "" && e.Summary != tc.summary {
				t.Errorf("summary %q, want %q", e.Summary, tc.summary)
			}
		})
	}
}

// TestPluralPronouns: "they" is the group the sentence named as the
// subject above it or before it; a person is never "they".
func TestPluralPronouns(t *testing.T) {
	tests := []struct {
		text, trigger, want string
		parse               bool
	}{
		{"Several villagers told TV One that they had complained to Anna Berg.", "complain", "agent:villagers", true},
		{"The villagers said on Monday that they met Anna Berg.", "meet", "agent:villagers,participant:anna-berg", false},
		{"Anna Berg said they met Carl Dahl.", "meet", "participant:carl-dahl", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, tc.parse)
			if got := actorsOf(e); !strings.HasPrefix(got, tc.want) {
				t.Errorf("actors %q, want %q first%s", got, tc.want, describe(r))
			}
		})
	}
}

// TestSentenceIt: "it" opening a sentence is the one organisation or
// country of the sentence before; a copula's "it" is no one.
func TestSentenceIt(t *testing.T) {
	tests := []struct {
		text, trigger, want string
		parse               bool
	}{
		{"The channel, known as TV One, closed on Monday. It was sold in 2022 by Anna Berg.", "sell", "agent:anna-berg,patient:tv-one", true},
		{"The channel, known as TV One, closed on Monday. It met Anna Berg on Sunday.", "meet", "agent:tv-one", false},
		{"TV One and CNN closed on Monday. It was sold in 2022 by Anna Berg.", "sell", "agent:anna-berg", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, tc.parse)
			if got := actorsOf(e); !strings.HasPrefix(got, tc.want) || strings.Count(got, ":") != strings.Count(tc.want, ":") && tc.parse {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}

// TestOwnerOfAnswered: the named owner of what is accepted or rejected
// takes part; the owner of what is otherwise acted on does not.
func TestOwnerOfAnswered(t *testing.T) {
	tests := []struct {
		text, kind, want string
		parse            bool
	}{
		{"Anna Berg rejected Carl Dahl's request on Monday.", KindRejection, "agent:anna-berg,participant:carl-dahl", false},
		{"Anna Berg rejected Carl Dahl's request on Monday.", KindRejection, "agent:anna-berg,participant:carl-dahl", true},
		{"Anna Berg visited Carl Dahl's farm on Monday.", KindVisit, "agent:anna-berg", false},
		{"Police searched the home of Carl Dahl on Monday.", "legal", "participant:carl-dahl", true},
		{"Carl Dahl's lawyers filed an appeal on Tuesday.", "legal", "participant:carl-dahl", true},
		{"Anna Berg condemned Carl Dahl's arrest on Monday.", "arrest", "patient:carl-dahl", true},
		{"Opening the summit in Ostburg, Anna Berg thanked the medics.", "meeting", "agent:anna-berg", true},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			run := withoutParse
			if tc.parse {
				run = withParse
			}
			r := run(t, tc.text)
			for _, e := range r.Events {
				if e.Kind == tc.kind {
					if got := actorsOf(e); got != tc.want {
						t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
					}
					return
				}
			}
			t.Errorf("no %s event%s", tc.kind, describe(r))
		})
	}
}

// TestObjectPronounsAndControl: an object pronoun is someone named before
// other than the event's agent, and an infinitive after an object is the
// object's deed.
func TestObjectPronounsAndControl(t *testing.T) {
	tests := []struct {
		text, trigger, want, summary string
		parse                        bool
	}{
		{"Carl Dahl resigned on Monday. Anna Berg asked him to stay.", "stay", "agent:carl-dahl", "", true},
		{"Anna Berg promised Carl Dahl to stay.", "stay", "agent:anna-berg", "", true},
		{"Carl Dahl lost the vote. Anna Berg met him on Monday.", "meet", "agent:anna-berg,participant:carl-dahl", "", false},
		{"Anna Berg met her on Monday.", "meet", "agent:anna-berg", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, tc.parse)
			if got := actorsOf(e); got != tc.want {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}

// TestPossessorOfEventNoun: the possessor of an event noun is its doer,
// though the mention only qualifies the noun.
func TestPossessorOfEventNoun(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, tx, am := fixture(t, "Anna Berg attended the villagers' protest in Ostburg on Monday.", append(slices.Clone(cast), groups...), dates)
	for k := range am {
		// The actor finder marks a possessive as only qualifying.
		am[k].Modifier = strings.HasPrefix(doc.Text[am[k].End:], "'")
	}
	r := Document(doc, tx, am, analyzer.Analyze(doc))
	e := eventBy(t, r, "protest")
	if got := actorsOf(e); got != "agent:villagers" {
		t.Errorf("actors %q, want agent:villagers%s", got, describe(r))
	}
}

// TestComplementiserThat: a "that" the parse takes for a relative pronoun
// while its verb has a subject of its own stands for no one: the noun
// before it takes no part in the clause.
func TestComplementiserThat(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	court := who{text: "court", id: "ostburg-court", kind: timeline.Organization}
	doc, tx, am := fixture(t, "Investigators told the court that load-bearing walls on the ground floor of the tower had been removed in 2022.",
		append(slices.Clone(cast), court), dates)
	r := Document(doc, tx, am, analyzer.Analyze(doc))
	e := eventBy(t, r, "remove")
	if got := actorsOf(e); strings.Contains(got, "court") {
		t.Errorf("actors %q: the court is no party to the removal%s", got, describe(r))
	}
}

// TestGenderAgreement: "his" is no woman the document calls "Ms".
func TestGenderAgreement(t *testing.T) {
	r := withParse(t, "Carl Dahl quit the club on Sunday. Ms Berg accepted his resignation on Monday.")
	e := eventBy(t, r, "resignation")
	if got := actorsOf(e); got != "agent:carl-dahl" {
		t.Errorf("actors %q, want agent:carl-dahl: Ms Berg is not \"his\"%s", got, describe(r))
	}
}

// TestRelativeAntecedent: "who" after a comma stands for the name before
// it, however the parse hangs its clause.
func TestRelativeAntecedent(t *testing.T) {
	for _, text := range []string{
		"It voted to summon the former minister Carl Dahl, who resigned last week, to testify next month.",
		"Anna Berg replaced Carl Dahl, who resigned on Friday.",
	} {
		r := withParse(t, text)
		if e := eventBy(t, r, "resign"); !strings.HasPrefix(actorsOf(e), "agent:carl-dahl") {
			t.Errorf("%s: actors %q, want agent:carl-dahl%s", text, actorsOf(e), describe(r))
		}
	}
}

// TestSharedPassive: a participle coordinated with a passive verb is
// passive too, its subject the one it happens to; a verb of its own
// object or a past tense that is not a participle is active. A passive
// adjunct's controller is its patient; one with a subject of its own
// has no other.
func TestSharedPassive(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"Carl Dahl was arrested on Friday and charged with fraud.", "charge", "patient:carl-dahl"},
		{"Carl Dahl was detained and released on bail.", "release", "patient:carl-dahl"},
		{"Carl Dahl was arrested and then took a plea deal.", "deal", "agent:carl-dahl"},
		{"Carl Dahl showed no emotion as it was read.", "read", ""},
		{"Carl Dahl was jailed on Monday after being charged with fraud.", "charge", "patient:carl-dahl"},
	}
	runActorCases(t, tests)
}

// runActorCases reads each text on the parse and checks the actors of its
// event with the trigger: they start with want, or are none for "".
func runActorCases(t *testing.T, tests []struct{ text, trigger, want string }) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			r, e := readEvent(t, tc.text, tc.trigger, true)
			if got := actorsOf(e); !strings.HasPrefix(got, tc.want) || tc.want == "" && got != "" {
				t.Errorf("actors %q, want %q%s", got, tc.want, describe(r))
			}
		})
	}
}
