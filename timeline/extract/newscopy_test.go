package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
)

// TestToldWhere: a place after the hearer of "told" is where the words
// were said, not what was said: the summary quotes the words before.
func TestToldWhere(t *testing.T) {
	tests := []struct{ text, summary string }{
		{"“Reports of a deal are premature,” Anna Berg told reporters in the Norlish capital, Westhaven.", "Anna Berg said: “Reports of a deal are premature”"},
		{"“The voters have spoken,” Carl Dahl told reporters outside his party's offices.", "Carl Dahl said: “The voters have spoken”"},
		// A clause after the place is what was said.
		{"Anna Berg told reporters in Westhaven that the talks had failed.", "Anna Berg said the talks had failed"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, "tell"); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// TestWholeNumbers: a count is news with its own words, its bound and
// its multiplier ("about 3 billion crowns", "at least 300 jobs"), and a
// length of time before "of" is the thing counted ("three days of
// mourning"), not a date to skip.
func TestWholeNumbers(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Depositors withdrew about 3 billion crowns on Monday.", "withdraw", "Depositors withdrew about 3 billion crowns"},
		{"The company cut at least 300 jobs on Monday.", "cut", "The company cut at least 300 jobs"},
		{"Anna Berg declared three days of national mourning.", "declare", "Anna Berg declared three days of national mourning"},
		{"Police arrested more than 40 people on Monday.", "arrest", "Police arrested more than 40 people"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextWith(t, tt.text, []when{{text: "three days", value: "P3D"}})
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// parseTextWith is parseText with more dates than the unit tests' own.
func parseTextWith(t *testing.T, text string, more []when) Result {
	return parseTextCast(t, text, nil, more)
}

// parseTextCast is parseText with more people and dates than the unit
// tests' own.
func parseTextCast(t *testing.T, text string, people []who, more []when) Result {
	t.Helper()
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	doc, tx, am := fixture(t, text, append(people, cast...), append(more, dates...))
	return Document(doc, tx, am, analyzer.Analyze(doc))
}

// TestLedeNamed: an indefinite description of a person opening a story is
// the person the next sentence opens on, when nobody was named before.
func TestLedeNamed(t *testing.T) {
	tests := []struct{ text, trigger, agent string }{
		{"A former auditor pleaded not guilty on Monday to fraud charges.\nCarl Dahl, 58, appeared in court in Ostburg.", "plead", "carl-dahl"},
		{"A shipping executive told a jury on Wednesday that he paid the official in cash.\nCarl Dahl, the key witness, said the payments were monthly.", "tell", "carl-dahl"},
		// Someone named before may be the one described.
		{"Anna Berg was charged last week.\nA former auditor pleaded not guilty on Monday to fraud charges.\nCarl Dahl appeared in court in Ostburg.", "plead", ""},
		// The next sentence must open on the name.
		{"A former auditor pleaded not guilty on Monday to fraud charges.\nProsecutors say Carl Dahl took bribes.", "plead", ""},
		// A definite description is someone the story knows.
		{"The former auditor pleaded not guilty on Monday to fraud charges.\nCarl Dahl appeared in court in Ostburg.", "plead", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); agent(e) != tt.agent {
				t.Errorf("agent %q, want %q%s", agent(e), tt.agent, describe(r))
			}
		})
	}
}

// TestTitleOverrulesPronoun: a woman called "Ms" is not made a man by a
// "he" that opens the sentence after the one that names her.
func TestTitleOverrulesPronoun(t *testing.T) {
	text := "Carl Dahl conceded defeat on Monday.\n“I congratulated Ms Berg by phone.”\nHe said he would stay on as caretaker."
	r := parseText(t, text)
	for _, e := range r.Events {
		if agent(e) == "anna-berg" {
			t.Errorf("%q has Anna Berg for its agent%s", e.Summary, describe(r))
		}
	}
}

// TestAnnouncedPlan: "would" under an announcement is the future seen
// from the past, as under a saying: a plan, not a condition.
func TestAnnouncedPlan(t *testing.T) {
	tests := []statusCase{
		{"Carl Dahl announced on Monday that he would step down as party leader.", "step down", timeline.Planned},
		{"Carl Dahl said on Monday that he would step down as party leader.", "step down", timeline.Planned},
		{"Carl Dahl would step down if the party lost.", "step down", timeline.Hypothetical},
	}
	runStatusCases(t, tests)
}

// TestScheduledFor: the day a verb of scheduling fixes is the day of what
// it schedules, not of the scheduling.
func TestScheduledFor(t *testing.T) {
	tests := []struct{ text, trigger, notStart string }{
		{"Carl Dahl set the trial for April 14 and allowed Gus Holm to remain free on bond.", "set", "2025-04-14"},
		{"The court postponed the hearing until April 14.", "postpone", "2025-04-14"},
		// Calling, announcing or planning an event for a day schedules it.
		{"The union called a national walkout for April 14.", "call", "2025-04-14"},
		{"Anna Berg planned a rally for April 14.", "plan", "2025-04-14"},
		// Nor is it the day of what the setting's sentence goes on to tell.
		{"Carl Dahl set the trial for April 14 and allowed Gus Holm to remain free on bond.", "remain", "2025-04-14"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextWith(t, tt.text, []when{{text: "April 14", start: "2025-04-14"}})
			if e := eventBy(t, r, tt.trigger); e.When != nil && e.When.Start.String() == tt.notStart {
				t.Errorf("dated %s, the day it fixes%s", tt.notStart, describe(r))
			}
		})
	}
	// The day the scheduled event takes, a participle's noun too.
	for _, text := range []string{"Carl Dahl set the trial for April 14.", "A memorial service planned for April 14 was cancelled."} {
		r := parseTextWith(t, text, []when{{text: "April 14", start: "2025-04-14"}})
		lemma := "trial"
		if strings.Contains(text, "service") {
			lemma = "service"
		}
		if e := eventBy(t, r, lemma); e.When == nil || e.When.Start.String() != "2025-04-14" {
			t.Errorf("the %s is not dated April 14%s", lemma, describe(r))
		}
	}
}

// TestTrailingSource: "…, results showed on Monday" closing a report is
// its source, as "officials said" is: its day is not the report's.
func TestTrailingSource(t *testing.T) {
	tests := []struct{ text, trigger, start string }{
		{"The Social Democrats won the most seats in Sunday's parliamentary election, preliminary results showed on Monday.", "win", "2025-03-16"},
		{"Carl Dahl won 52 percent of the vote in Sunday's runoff, official results showed on Monday.", "win", "2025-03-16"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextWith(t, tt.text, []when{{text: "Sunday", start: "2025-03-16"}})
			if e := eventBy(t, r, tt.trigger); e.When == nil || e.When.Start.String() != tt.start {
				t.Errorf("not dated %s%s", tt.start, describe(r))
			}
		})
	}
}

// TestWhoSaidHe: the one who says "he" did something, named before a
// "who", is the "he"; and a plain pronoun is never the other argument of
// its own verb.
func TestWhoSaidHe(t *testing.T) {
	people := []who{{text: "Tomas Brandt", id: "tomas-brandt"}, {text: "Gerald Pike", id: "gerald-pike"}, {text: "Pike", id: "gerald-pike", name: "Gerald Pike"}}
	tests := []struct{ text, agent string }{
		{"A jury found Gerald Pike guilty on Monday.\nThe prosecution relied on the testimony of Tomas Brandt, who said he paid Pike in cash.", "tomas-brandt"},
		{"A jury found Gerald Pike guilty on Monday.\nThe prosecution relied on the testimony of a shipping executive, who said he paid Pike in cash.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			if e := eventBy(t, r, "pay"); agent(e) != tt.agent {
				t.Errorf("agent %q, want %q%s", agent(e), tt.agent, describe(r))
			}
		})
	}
}

// TestApposedNames: names set off by commas after a noun phrase name its
// last noun, not the verb's doer: the families held the vigil, not the
// journalists; a title the tagger reads as an adjective still takes the
// name after it.
func TestApposedNames(t *testing.T) {
	people := []who{{text: "Karim Hollis", id: "karim-hollis"}, {text: "Nadia Ferro", id: "nadia-ferro"}}
	tests := []struct{ text, trigger, agent string }{
		{"The families of the detained journalists, Karim Hollis and Nadia Ferro, held a vigil outside the ministry on Sunday.", "vigil", ""},
		{"The company's chief executive, Karim Hollis, resigned on Sunday.", "resign", "karim-hollis"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			if e := eventBy(t, r, tt.trigger); agent(e) != tt.agent {
				t.Errorf("agent %q, want %q%s", agent(e), tt.agent, describe(r))
			}
		})
	}
}

// TestGerundCompound: an -ing word and a noun WordNet knows as one noun
// are a noun phrase, not a gerund and its object.
func TestGerundCompound(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Polling stations across the country closed at 8 p.m. on Sunday.", "close", "Polling stations closed"},
		{"Polling stations across Norland closed at 8 p.m. on Sunday after a parliamentary election.", "close", "Polling stations closed"},
		// A gerund with an object of its own stays one.
		{"Raising taxes hurt the economy last week.", "hurt", "Raising taxes hurt the economy"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// TestConjoinedNames: people joined by "and" are all named in the
// summary, not the first alone with a plural verb.
func TestConjoinedNames(t *testing.T) {
	people := []who{{text: "Karim Hollis", id: "karim-hollis"}, {text: "Nadia Ferro", id: "nadia-ferro"}}
	tests := []struct{ text, trigger, summary string }{
		{"Karim Hollis and Nadia Ferro were arrested on Monday.", "arrest", "Karim Hollis and Nadia Ferro were arrested"},
		{"Police arrested Karim Hollis and Nadia Ferro on Monday.", "arrest", "Police arrested Karim Hollis and Nadia Ferro"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}

// TestPleaKeepsNot: a plea of not guilty is never summed up as one of
// guilty, wherever the parse hangs the verdict word.
func TestPleaKeepsNot(t *testing.T) {
	for _, text := range []string{
		"Former port official pleads not guilty to bribery charges",
		"Carl Dahl pleaded not guilty on Monday to six counts of fraud.",
	} {
		t.Run(text, func(t *testing.T) {
			r := parseText(t, text)
			e := eventBy(t, r, "plead")
			if !strings.Contains(e.Summary, "not guilty") || strings.Count(e.Summary, "guilty") != 1 {
				t.Errorf("summary %q, want one 'not guilty'%s", e.Summary, describe(r))
			}
		})
	}
}

// TestFoundNotGuilty: the one a verdict clears is the verdict's patient,
// though the parse reads "Carl Dahl not guilty" as a clause.
func TestFoundNotGuilty(t *testing.T) {
	r := parseText(t, "A jury found Carl Dahl not guilty on Monday.")
	e := eventBy(t, r, "find not guilty")
	if !strings.HasSuffix(e.Summary, "found Carl Dahl not guilty") || !strings.Contains(actorsOf(e), "patient:carl-dahl") {
		t.Errorf("summary %q, actors %s%s", e.Summary, actorsOf(e), describe(r))
	}
}

// TestRelativeAfterFrom: a relative clause after "N from the N" tells of
// the nearer noun: the plane crashed, not the black boxes.
func TestRelativeAfterFrom(t *testing.T) {
	r := parseText(t, "Investigators have recovered both black boxes from the plane that crashed into a mountain on Sunday, killing all 84 people on board.")
	for _, trig := range []string{"crash", "kill"} {
		if e := eventBy(t, r, trig); strings.Contains(strings.ToLower(e.Summary), "boxes") {
			t.Errorf("%s: %q%s", trig, e.Summary, describe(r))
		}
	}
}

// TestSurnameNotGerund: a surname that reads as a gerund ("Manning",
// "Fleming") opening a sentence is the person's name, not an event.
func TestSurnameNotGerund(t *testing.T) {
	people := []who{{text: "Manning", id: "peyton-manning", name: "Peyton Manning"}}
	r := parseTextCast(t, "Manning led the team to a win on Sunday.", people, nil)
	for _, e := range r.Events {
		if e.Trigger == "man" {
			t.Errorf("the surname is an event: %q%s", e.Summary, describe(r))
		}
	}
	if e := eventWith(r, "lead"); e == nil {
		t.Errorf("no lead%s", describe(r))
	}
}
