package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestDating dates events read off the parse: by the expression the
// parse gives the predicate or its sentence, by the time the story last
// set, or by the publication day (2025-03-17) where tense and wording
// put the event on it; every other event stays undated.
func TestDating(t *testing.T) {
	tests := []struct {
		name, text, trigger, start, basis string
	}{
		{name: "own clause", text: "Carl Dahl sued Eva Falk on Wednesday.",
			trigger: "sue", start: "2025-03-12", basis: BasisText},
		{name: "coordinated clause shares the time", text: "On Wednesday, Carl Dahl walked out and Eva Falk followed him.",
			trigger: "follow", start: "2025-03-12", basis: BasisText},
		{name: "participle shares its verb's time", text: "Gus Holm left Ostburg on Saturday, hoping to reach Riverton.",
			trigger: "hope", start: "2025-03-15", basis: BasisText},
		{name: "a thing's year is not the event's", text: "Gus Holm sold his 2022 tractor last week.",
			trigger: "sell", start: "2025-03-10", basis: BasisText},
		{name: "what was said is not of the saying's day", text: "Carl Dahl remarked on Wednesday that Eva Falk had quarrelled with Gus Holm.",
			trigger: "quarrel"},
		{name: "a present state is not of a past date", text: "The treaty of 2022 still binds Norland.",
			trigger: "bind", start: "2025-03-17", basis: BasisPublication},
		{name: "the story's time carries on", text: "On Wednesday, Gus Holm drove to Ostburg. He walked to the river.",
			trigger: "walk", start: "2025-03-12", basis: BasisNarrative},
		{name: "no story time yet: the day's news", text: "Gus Holm walked to the river.",
			trigger: "walk", start: "2025-03-17", basis: BasisPublication},
		{name: "a time for another clause breaks the thread", text: "On Wednesday, Gus Holm drove to Ostburg. Eva Falk walked home, because the roads had closed in 2022.",
			trigger: "walk"},
		{name: "a time in a subordinate clause does not take over", text: "On Wednesday, Gus Holm drove to Ostburg. Eva Falk stayed at home, because the roads had closed in 2022. He walked to the river.",
			trigger: "walk", start: "2025-03-12", basis: BasisNarrative},
		{name: "a year is background, not the story's day", text: "In 2022, Gus Holm drove to Ostburg. He walked to the river.",
			trigger: "walk"},
		{name: "a relative clause is not the story's news", text: "On Wednesday, Gus Holm drove to Ostburg. He met a farmer who walked to the river.",
			trigger: "walk"},
		{name: "present perfect", text: "Eva Falk has quarrelled with the board.",
			trigger: "quarrel", start: "2025-03-17", basis: BasisPublication},
		{name: "present tense", text: "Eva Falk owns three farms near Riverton.",
			trigger: "own", start: "2025-03-17", basis: BasisPublication},
		{name: "a bare saying is the day's news", text: "Carl Dahl grumbled that the harvest was poor.",
			trigger: "grumble", start: "2025-03-17", basis: BasisPublication},
		{name: "the future stays undated", text: "Eva Falk will walk to Riverton.",
			trigger: "walk"},
		{name: "a condition stays undated", text: "If Gus Holm walks to Riverton, Eva Falk will follow.",
			trigger: "walk"},
		{name: "a past before the past stays undated", text: "On Wednesday, Gus Holm drove to Ostburg. He had quarrelled with Eva Falk.",
			trigger: "quarrel"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := parseText(t, tc.text)
			e := eventWith(r, tc.trigger)
			if e == nil {
				t.Fatalf("no event with trigger %q%s", tc.trigger, describe(r))
			}
			switch {
			case tc.start == "" && e.When != nil:
				t.Errorf("dated %v (%s), want undated%s", e.When.Start, e.When.Basis, describe(r))
			case tc.start != "" && e.When == nil:
				t.Errorf("undated, want %s (%s)%s", tc.start, tc.basis, describe(r))
			case tc.start != "" && (e.When.Start.String() != tc.start || e.When.Basis != tc.basis):
				t.Errorf("when %v (%s), want %s (%s)%s", e.When.Start, e.When.Basis, tc.start, tc.basis, describe(r))
			}
		})
	}
}

// TestBasisOnEveryDate checks that every dated event says how it got its
// date, with the parse and without it.
func TestBasisOnEveryDate(t *testing.T) {
	const text = "On Wednesday, Gus Holm met Anna Berg in Ostburg. They walked to the river. Eva Falk owns three farms."
	for name, r := range map[string]Result{"parse": parseText(t, text), "lexicon only": extractText(t, text)} {
		for _, e := range r.Events {
			if e.When == nil {
				continue
			}
			switch e.When.Basis {
			case BasisText, BasisNarrative, BasisPublication:
			default:
				t.Errorf("%s: %q dated %v with basis %q", name, e.Summary, e.When.Start, e.When.Basis)
			}
		}
	}
}

// eventWith returns the event whose trigger lemma is lemma, or nil.
// datingCase is a text and the date its event whose trigger is trigger
// should get: undated when start is "".
type datingCase struct {
	name, text, trigger, start, basis string
}

// runDatingCases checks each case with checkDated, one subtest each.
func runDatingCases(t *testing.T, tests []datingCase, dates []when) {
	t.Helper()
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkDated(t, analyzer, tc.text, tc.trigger, tc.start, tc.basis, dates)
		})
	}
}

// checkDated reads text on the parse, with the time expressions of dates,
// and checks the date of its event whose trigger is lemma: undated when
// start is "", else starting on start, with basis when one is given.
func checkDated(t *testing.T, analyzer *language.Analyzer, text, lemma, start, basis string, dates []when) {
	t.Helper()
	doc, tx, am := fixture(t, text, cast, dates)
	r := Document(doc, tx, am, analyzer.Analyze(doc))
	e := eventWith(r, lemma)
	switch {
	case e == nil:
		t.Fatalf("no event with trigger %q%s", lemma, describe(r))
	case start == "" && e.When != nil:
		t.Errorf("dated %v (%s), want undated%s", e.When.Start, e.When.Basis, describe(r))
	case start != "" && e.When == nil:
		t.Errorf("undated, want %s (%s)%s", start, basis, describe(r))
	case start != "" && (e.When.Start.String() != start || basis != "" && e.When.Basis != basis):
		t.Errorf("when %v (%s), want %s (%s)%s", e.When.Start, e.When.Basis, start, basis, describe(r))
	}
}

func eventWith(r Result, lemma string) *EventMention {
	for i := range r.Events {
		if r.Events[i].Trigger == lemma {
			return &r.Events[i]
		}
	}
	return nil
}

// TestTense reads the tense of a verb off its auxiliaries and tag.
func TestTense(t *testing.T) {
	tests := []struct {
		text, verb string
		want       tense
	}{
		{"Eva Falk walked home.", "walked", past},
		{"Eva Falk was arrested.", "arrested", past},
		{"Eva Falk had walked home.", "walked", pluperfect},
		{"Eva Falk walks home.", "walks", present},
		{"Eva Falk is walking home.", "walking", present},
		{"Eva Falk has walked home.", "walked", perfect},
		{"Eva Falk will walk home.", "walk", future},
		{"Eva Falk would walk home.", "walk", modal},
		{"Eva Falk wants to walk home.", "walk", nonFinite},
		// The tagger reads this "changed" as a participle (VBN); with
		// an active subject and no auxiliary it is a simple past.
		{"The funeral home operator changed from a fiscal year to a calendar year in December.", "changed", past},
		// And this "compare" as an infinitive (VB): with a subject and
		// no "to" it is a present.
		{"These results compare with net income for the corresponding period last week.", "compare", present},
		// A verb whose past is its base form: with a singular subject
		// the present would take an -s, so it is a past; with a plural
		// one it stays as tagged.
		{"The following month, the company put itself up for sale.", "put", past},
		{"Every spring the farmers put their cattle out to grass.", "put", present},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			p := firstParse(t, tc.text)
			for i := range p.s.Words {
				if p.word(i).Form == tc.verb {
					if got := p.tense(i); got != tc.want {
						t.Errorf("tense(%s) = %d, want %d", tc.verb, got, tc.want)
					}
					return
				}
			}
			t.Fatalf("no word %q", tc.verb)
		})
	}
}

// TestFits checks the dates a tense allows an event it does not own.
func TestFits(t *testing.T) {
	dct := timeline.NewDate(2025, 3, 17)
	day := func(m, d int) timeline.Interval {
		return timeline.Interval{Start: timeline.NewDate(2025, time.Month(m), d), End: timeline.NewDate(2025, time.Month(m), d)}
	}
	tests := []struct {
		t    tense
		iv   timeline.Interval
		want bool
	}{
		{past, day(3, 12), true},
		{past, day(3, 20), false},
		{present, day(3, 12), false},
		{present, timeline.Interval{Start: timeline.NewDate(2025, 3, 1), End: timeline.NewDate(2025, 3, 31)}, true},
		{future, day(3, 12), false},
		{future, day(4, 2), true},
		{nonFinite, day(1, 2), true},
	}
	for _, tc := range tests {
		if got := fits(tc.t, tc.iv, dct); got != tc.want {
			t.Errorf("fits(%d, %v) = %v, want %v", tc.t, tc.iv, got, tc.want)
		}
	}
}

// firstParse returns the parse of the first sentence of text.
func firstParse(t *testing.T, text string) parsed {
	t.Helper()
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, tx, am := fixture(t, text, cast, dates)
	sents := analyzer.Analyze(doc)
	if len(sents) == 0 {
		t.Fatalf("no sentence in %q", text)
	}
	x := &extractor{doc: doc, timexes: tx, actors: am}
	return x.parse(&sents[0])
}

// TestTimeAttachment checks which clause a time expression dates when the
// parse hangs it from a noun or from the wrong clause.
func TestTimeAttachment(t *testing.T) {
	more := append(slices.Clone(dates),
		when{text: "a year earlier", start: "2024-01-01", end: "2024-12-31", gran: timeline.Year, value: "2024"},
		when{text: "today", start: "2025-03-17"},
		when{text: "third-quarter", start: "2024-07-01", end: "2024-09-30", gran: timeline.Quarter, value: "2024-Q3"},
		when{text: "Sunday", start: "2025-03-16"},
	)
	tests := []struct {
		name, text, trigger, start string
	}{
		{name: "a day right after a saying is the saying's", text: "Norland said today conditions were getting worse.",
			trigger: "say", start: "2025-03-17"},
		{name: "the figure compared is not the event's", text: "Gus Holm's profit rose to $5 million from $4 million a year earlier.",
			trigger: "rise"},
		{name: "a period on the measure dates the clause", text: "Gus Holm's third-quarter profit jumped 45%.",
			trigger: "jump", start: "2024-07-01"},
		{name: "a year on a thing does not", text: "Gus Holm sold his 2022 tractor.",
			trigger: "sell"},
		{name: "a year on an event noun dates it", text: "Eva Falk recalled the 2022 flood.",
			trigger: "flood", start: "2022-01-01"},
		{name: "a day after a noun its possessive day dates is the verb's", text: "Eva Falk demanded a recount of Sunday's parliamentary vote on Wednesday.",
			trigger: "demand", start: "2025-03-12"},
		{name: "and the possessive day is the noun's", text: "Eva Falk demanded a recount of Sunday's parliamentary vote on Wednesday.",
			trigger: "vote", start: "2025-03-16"},
	}
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkDated(t, analyzer, tc.text, tc.trigger, tc.start, "", more)
		})
	}
}

// TestDatingOddInputs runs the parse's dating on text with little or odd
// structure: it must not panic, and every date must be an interval with
// a basis.
func TestDatingOddInputs(t *testing.T) {
	for _, text := range []string{
		"",
		"on Monday",
		"On Monday on Sunday on Wednesday last week, said said said.",
		"“ ” , . ; since 2022 , until",
		"Berg Holm Falk Dahl 2022 2022 2022.\nHe walked. She walked. They walked.",
		"Gus Holm has been seen.\n\nOn Sunday.\nWalked.",
	} {
		r := parseText(t, text)
		for _, e := range r.Events {
			if w := e.When; w != nil && (w.Basis == "" || w.End.Before(w.Start)) {
				t.Errorf("%q: %q dated %v..%v with basis %q", text, e.Summary, w.Start, w.End, w.Basis)
			}
		}
	}
}
