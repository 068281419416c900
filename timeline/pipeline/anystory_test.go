package pipeline

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
	"github.com/storyline/storyline/timeline/ingest"
)

// TestAnyStory reads sentences of stories unlike the example ones, end to
// end from text as a user gives it, and checks what a reader would: the
// event's summary, who did it and when ("" for undated).
func TestAnyStory(t *testing.T) {
	tests := []struct {
		name, text, summary, agent, start string
	}{
		{"a person in apposition to the head of a body",
			"The head of the national accident investigation board, Mirela Stan, said the recorders would be sent abroad.",
			"Mirela Stan said the recorders would be sent abroad", "mirela-stan", "2026-05-18"},
		{"a participle closing a relative clause is its clause's",
			"Investigators on Sunday recovered the flight recorders of a plane that crashed on Friday, killing 47 of the 52 people on board.",
			"A plane killed 47 of the 52 people", "", "2026-05-15"},
		{"a union named with 'and' acts",
			"The Rail and Transport Union called a strike on Monday.", "Rail and Transport Union called a strike", "rail-and-transport-union", "2026-05-18"},
		{"a date in the object's phrase is the threatened event's, not the threat's",
			"The Rail and Transport Union threatened further stoppages in June unless the operator improved its offer.",
			"Rail and Transport Union threatened further stoppages", "rail-and-transport-union", ""},
		{"the pair after 'between' is no clause of its own",
			"Rail workers walked out on Monday after talks between their union and the operator broke down late on Sunday.",
			"Talks broke down", "", "2026-05-17"},
		{"a participle's doer is its clause's subject, not the nearest name",
			"The club announced the decision on Sunday, thanking Paolo Rossi for his work and saying that Dana Wells would take charge of the team.",
			"The club said Dana Wells would take charge of the team", "", "2026-05-17"},
		{"'following' the day's event is after it, not on it",
			"Millbrook have sacked manager Paolo Rossi following Saturday's 3-0 defeat to Alford in the cup.",
			"Millbrook have sacked Paolo Rossi", "millbrook", "2026-05-18"},
		{"a body's name before a common noun names what is the body's",
			"Velmont Motors said on Monday it would recall 800,000 cars. Velmont shares fell 3 percent on Monday.",
			"Velmont shares fell 3 percent", "velmont-motors", "2026-05-18"},
		{"what supporters are urged to join on a weekday is still ahead",
			"The opposition leader urged supporters to join a general strike on Wednesday.", "A general strike", "", "2026-05-20"},
		{"a date of an event inside a coordinated clause is not the first verb's",
			"Karim Osei called the crackdown shameful and urged supporters to join a general strike on Wednesday.",
			"Karim Osei called the crackdown shameful", "karim-osei", ""},
		{"an age in commas does not make the alleged subject what is alleged",
			"Police allege Eric Kirkpatrick, 61, opened fire at the office party on Friday, killing Benjamin Banky, 40.",
			"Eric Kirkpatrick killed Benjamin Banky", "eric-kirkpatrick", "2026-05-15"},
		{"a feast naming a kind of party does not date it",
			"A gunman opened fire at an office Christmas party on Friday.", "Christmas party", "", "2026-05-15"},
		{"a class noun before a company's name, bare",
			"The aircraft was grounded on Saturday by regional carrier SkyLink.", "The aircraft was grounded by SkyLink", "skylink", "2026-05-16"},
		{"a day hung on a measure dates the verb",
			"The National Bank of Corvania raised its main interest rate by half a percentage point on Thursday.",
			"National Bank of Corvania raised its main interest rate", "national-bank-of-corvania", "2026-05-14"},
		{"a main verb read as a participle after a reduced relative",
			"A private lunar lander built by Orbis Dynamics touched down near the south pole on Friday, the company said.",
			"A private lunar lander touched down", "", "2026-05-15"},
		{"a clause measured from another: two weeks before the sentencing, give or take",
			"A court on Wednesday sentenced Viktor Brandt to six years in prison, two weeks after a jury found him guilty.",
			"The jury found Viktor Brandt guilty", "jury", "2026-04-27"},
		{"a speaker closing the report says it",
			"Inflation reached 9.4 percent in April, the statistics office said on Tuesday.", "The statistics office said", "", "2026-05-12"},
		{"a reduced relative after the subject is the subject's",
			"Three aid workers kidnapped in April were released on Tuesday.", "Workers were released", "", "2026-05-12"},
		{"a club is named as clubs are, and 'the club' is it",
			"Northfield Rovers sacked head coach Marco Bellini on Monday. In a statement, the club said the search for a successor had begun.",
			"Northfield Rovers said the search for a successor had begun", "northfield-rovers", "2026-05-18"},
		{"the company is the company named before",
			"Delmont Energy said it would cooperate with investigators. The company suspended operations at two other mines on Monday.",
			"Delmont Energy suspended operations", "delmont-energy", "2026-05-18"},
		{"a day the parse hangs on a measure is the day it was decreed",
			"Mayor Colin Ashby declared a local emergency on Wednesday evening, allowing the council to draw on national funds.",
			"Colin Ashby declared a local emergency", "colin-ashby", "2026-05-13"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			skipMisparsed(t)
			docs, _, err := ingest.Read("story.txt", []byte("---\ndate: 2026-05-18\n---\n"+tc.text+"\n"), ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			tl := Build(docs)
			i := slices.IndexFunc(tl.Events, func(e timeline.Event) bool { return e.Summary == tc.summary })
			if i < 0 {
				var got []string
				for _, e := range tl.Events {
					got = append(got, e.Summary)
				}
				t.Fatalf("no event %q among:\n  %s", tc.summary, strings.Join(got, "\n  "))
			}
			e := tl.Events[i]
			agent := ""
			for _, p := range e.Actors {
				if p.Role == timeline.RoleAgent {
					agent = p.ID
					break
				}
			}
			if agent != tc.agent {
				t.Errorf("agent %q, want %q", agent, tc.agent)
			}
			switch {
			case tc.start == "" && e.When != nil:
				t.Errorf("when %v, want undated", e.When)
			case tc.start != "" && (e.When == nil || e.When.Start.String() != tc.start):
				t.Errorf("when %v, want %s", e.When, tc.start)
			}
		})
	}
}

// TestAnyStoryTellings reads one event told by several articles of a
// story unlike the example ones, each in its own words and with its own
// kind of date, and checks that it comes out as one event with every
// telling, on the day they agree on.
func TestAnyStoryTellings(t *testing.T) {
	tests := []struct {
		name             string
		articles         []string // "date|text"
		predicate, start string
		tellings         int
	}{
		{"a sinking told on the day, by a weekday and by \"a week after\"",
			[]string{
				"2026-07-12|A passenger ferry sank off the coast of Kessa island early on Saturday, the coast guard said.",
				"2026-07-13|The number of people killed when a ferry sank off Kessa island on Saturday rose to 52 on Sunday.",
				"2026-07-18|Navy divers ended the search on Friday, a week after the ship sank off Kessa island.",
			}, "sink", "2026-07-11", 3},
		{"a resignation told by its day, by \"a day before\" an event and by \"last week\"",
			[]string{
				"2026-04-11|Regulators closed Harlow Bank on Friday. Chief executive Mark Dalton resigned on Thursday.",
				"2026-04-12|Harlow Bank was shut down by regulators on Friday. Its boss, Mark Dalton, stepped down a day before the closure.",
				"2026-04-14|Former chief executive Mark Dalton, who resigned last week, has been asked to testify.",
			}, "resign", "2026-04-09", 3},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var docs []timeline.Document
			for i, a := range tc.articles {
				date, text, _ := strings.Cut(a, "|")
				ds, _, err := ingest.Read("story"+strconv.Itoa(i)+".txt", []byte("---\ndate: "+date+"\n---\n"+text+"\n"), ingest.Options{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, ds...)
			}
			tl := Build(docs)
			for _, e := range tl.Events {
				if e.Predicate != tc.predicate || len(eventDocs(e)) < 2 {
					continue
				}
				if n := len(eventDocs(e)); n != tc.tellings || e.When == nil || e.When.Start.String() != tc.start {
					t.Errorf("%q told by %d articles on %v, want %d on %s", e.Summary, n, e.When, tc.tellings, tc.start)
				}
				return
			}
			var got []string
			for _, e := range tl.Events {
				got = append(got, e.Predicate+": "+e.Summary+" "+strings.Join(eventDocs(e), ","))
			}
			t.Errorf("no %q event told by several articles among:\n  %s", tc.predicate, strings.Join(got, "\n  "))
		})
	}
}

// TestBylineBeforeDescription reads a story whose byline stands before a
// sentence that names a portfolio holder and institutions: the actor
// finder once panicked there on an empty description (fieldModified), and
// the panic took the whole corpus with it.
func TestBylineBeforeDescription(t *testing.T) {
	text := "---\ndate: 2022-10-20\n---\n Tom Walker and Ruth Allegretti \n\n" +
		" The heaviest blow fell on 23 September. Tomas Varga, her chancellor and closest ally, rose in the Commons to unveil " +
		"the largest tax cuts in fifty years, without any forecast from the Office for Budget Responsibility showing how they " +
		"would be funded. Within days the pound had dropped to its weakest level against the dollar since 1985 and the Bank " +
		"of England had to buy government bonds to keep pension funds from collapsing. \n"
	docs, _, err := ingest.Read("story.txt", []byte(text), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(docs)
	if !slices.ContainsFunc(tl.Events, func(e timeline.Event) bool { return e.Summary == "The heaviest blow fell" }) {
		t.Errorf("no event %q among %q", "The heaviest blow fell", summaries(tl))
	}
}

// TestActorFaultKeepsEvents makes finding one document's actors fail: the
// document keeps its events, without actors, a diagnostic names it, and
// the other document is untouched.
func TestActorFaultKeepsEvents(t *testing.T) {
	find := findActors
	t.Cleanup(func() { findActors = find })
	findActors = func(f *actor.Finder, d *timeline.Document, known ...actor.Mention) []actor.Mention {
		if d.ID == "bad" {
			panic("broken finder")
		}
		return find(f, d, known...)
	}
	var docs []timeline.Document
	for _, name := range []string{"bad.txt", "good.txt"} {
		ds, _, err := ingest.Read(name, []byte("---\ndate: 2026-05-18\n---\nMayor Colin Ashby declared a local emergency on Wednesday.\n"), ingest.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, ds...)
	}
	tl := Build(docs)
	if len(tl.Diagnostics) != 1 || !strings.Contains(tl.Diagnostics[0].Message, "finding the actors of document bad") {
		t.Fatalf("diagnostics %+v, want one naming document bad", tl.Diagnostics)
	}
	told := map[string]bool{}
	for _, e := range tl.Events {
		if e.Summary == "" {
			continue
		}
		for _, m := range e.Mentions {
			told[m.Doc] = true
		}
	}
	if !told["bad"] || !told["good"] {
		t.Errorf("documents telling events %v, want bad and good", told)
	}
}
