package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestStatus(t *testing.T) {
	tests := []struct {
		name, text, kind, want string
	}{
		{"past", "Berg met Holm.", "meeting", timeline.Occurred},
		{"expected to", "Berg and Holm are expected to speak this week.", "call", timeline.Expected},
		{"expects a call", "Dahl expects a call between Norland and Sudland this week.", "call", timeline.Expected},
		{"expected in a place", "Holm is expected in Ostburg on Monday and is likely to press Berg.", "visit", timeline.Expected},
		{"due at a place", "Holm is due at the Palace this week.", "visit", timeline.Expected},
		{"plans to", "Berg plans to meet Holm on Sunday.", "meeting", timeline.Planned},
		{"will", "Berg will meet Holm.", "meeting", timeline.Planned},
		{"is set to", "Berg is set to meet Holm.", "meeting", timeline.Planned},
		{"scheduled to", "Negotiators from Norland are scheduled to meet with Sudland this week.", "meeting", timeline.Planned},
		{"would", "Berg would meet Holm.", "meeting", timeline.Hypothetical},
		{"shares the modal of the clause before", "Dahl argued that Sudland would rearm and attack Norland again.", "attack", timeline.Hypothetical},
		{"could", "Berg could meet Holm.", "meeting", timeline.Hypothetical},
		{"if", "Holm warned that if Norland attacked Riverton, Sudland would respond.", "attack", timeline.Hypothetical},
		{"did not", "Berg did not meet Holm.", "meeting", timeline.Denied},
		{"has not ruled out", "Norland has not ruled out a truce.", "rejection", timeline.Denied},
		{"refused to", "Berg refused to meet Holm.", "meeting", timeline.Denied},
		{"moved to", "Berg moved on Saturday to sideline Falk.", "dismissal", timeline.Occurred},
		{"seeks to", "Norland seeks to attack Riverton.", "attack", timeline.Hypothetical},
		{"reported", "Dahl said Berg met Holm.", "meeting", timeline.Reported},
		{"a participle in reported speech", "Holm said Sudland had attacked Westhaven on Monday, killing three people.", "attack", timeline.Reported},
		{"according to", "According to Dahl, Berg met Holm.", "meeting", timeline.Reported},
		{"would in reported speech is a plan", "Dahl said Berg would meet Holm.", "meeting", timeline.Planned},
		{"denied", "Dahl denied that Berg met Holm.", "meeting", timeline.Denied},
		{"upcoming", "Dahl praised the upcoming talks with Sudland.", "meeting", timeline.Planned},
		{"cancelled", "Berg cancelled a meeting with Holm.", "meeting", timeline.Denied},
		{"dated after publication", "Berg meets Holm next month.", "meeting", timeline.Expected},
		{"an event noun and its verb", "Dahl said technical talks would begin in Ostburg on Sunday.", "meeting", timeline.Planned},
		{"a passive announcement reports nothing", "The deal was announced in Ostburg, where Berg met Holm.", "meeting", timeline.Occurred},
		{"a quotation's speaker reports what came before", "“Talks failed,” Holm said, after Berg met Dahl.", "meeting", timeline.Occurred},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			if e := find(t, r, tt.kind); e.Status != tt.want {
				t.Errorf("status %s, want %s%s", e.Status, tt.want, describe(r))
			}
		})
	}
}

func TestNoEventWithoutAnAnswer(t *testing.T) {
	r := extractText(t, "Holm has so far given no clear answer to the plan.")
	if len(r.Events) != 0 {
		t.Errorf("want no event, got%s", describe(r))
	}
}

func TestReportedSpeech(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // summary/status of each event
	}{
		{"speaker and reported event",
			"Dahl said that Berg accepted the plan.",
			[]string{"Carl Dahl said Anna Berg accepted the plan/occurred", "Anna Berg accepted the plan/reported"}},
		{"a speaker's own side demands",
			"Holm said on Monday that Sudland would insist on guarantees.",
			[]string{"Gus Holm said Sudland would insist on guarantees/occurred", "Gus Holm demanded guarantees/occurred"}},
		{"a quotation says what the speaker does",
			"Holm waited on Monday. “We will demand guarantees,” he said.",
			[]string{"Gus Holm said: “We will demand guarantees”/occurred", "Gus Holm demanded guarantees/occurred"}},
		{"a quotation after a colon",
			"Holm reiterated the position, stating:\n“We will demand guarantees.”",
			[]string{"Gus Holm reiterated the position/occurred", "Gus Holm stated/occurred", "Gus Holm demanded guarantees/occurred"}},
		{"quoted claims are the speaker's words, not events",
			"“Norland attacked Riverton,” Holm said.",
			[]string{"Gus Holm said: “Norland attacked Riverton”/occurred"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			var got []string
			for _, e := range r.Events {
				got = append(got, e.Summary+"/"+e.Status)
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSpeakerIndex(t *testing.T) {
	r := extractText(t, "Dahl said that Berg accepted the plan.")
	if len(r.Events) != 2 || r.Events[0].Speaker != -1 || r.Events[1].Speaker != 0 {
		t.Fatalf("speakers wrong:%s", describe(r))
	}
}

func TestLinks(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "from kind to (cue)" with event summaries; "" for none
		not        string // a link that reads backwards: must not be made
	}{
		{"in response to",
			"In response to demands from Sudland, Berg sidelined Falk.",
			"Anna Berg sidelined Eva Falk responds_to Demands by Sudland (in response to)", ""},
		{"concession",
			"In an apparent concession to demands from Sudland, Berg moved on Saturday to sideline Falk.",
			"Anna Berg sidelined Eva Falk responds_to Demands by Sudland (concession to)", ""},
		{"responding to an earlier statement",
			"Holm said Norland wanted war. Responding to Holm's comments, Berg said Norland wanted peace.",
			"Anna Berg said Norland wanted peace responds_to Gus Holm said Norland wanted war (responding to)", ""},
		{"contradicting the earlier comments",
			"Norland said it would never meet Sudland. On Monday, a senior Norlish official said talks were possible, contradicting the earlier comments.",
			"Norland said talks were possible contradicts Norland said it would never meet Sudland (contradicting)", ""},
		{"after",
			"After talks with Norland in Riverton, Holm said little.",
			"Gus Holm held talks with Norland in Riverton precedes Gus Holm said little (after)", ""},
		{"as a result",
			"Sudland attacked Riverton. As a result, Berg cancelled her visit to Ostburg on Monday.",
			"Sudland attacked Riverton causes Anna Berg did not visit Ostburg (as a result)", ""},
		{"responding to as the verb answers with the subject's last event",
			"Holm said on Tuesday that the plan was dead. Holm was responding to comments made by Berg on Monday in Ostburg, where she hosted Dahl.",
			"Gus Holm said the plan was dead responds_to Comments by Anna Berg (responding to)",
			"Anna Berg hosted Carl Dahl responds_to Comments by Anna Berg (responding to)"},
		{"contradicted with nothing before to contradict with",
			"The Palace on Tuesday flatly contradicted Berg's claim that Holm would agree to talks.",
			"", "Gus Holm may agree to talks contradicts"},
		{"an answer is not dated before what it answers",
			"Dahl said on Sunday that the plan was dead, in response to Berg's proposal on Monday.",
			"", "Carl Dahl said"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			var got []string
			for _, l := range r.Links {
				if l.Confidence <= 0 || l.Confidence > 1 {
					t.Errorf("confidence %v", l.Confidence)
				}
				got = append(got, r.Events[l.From].Summary+" "+l.Kind+" "+r.Events[l.To].Summary+" ("+l.Cue+")")
			}
			if tt.want == "" && len(got) > 0 || tt.want != "" && !slices.Contains(got, tt.want) {
				t.Errorf("links %q, want %q%s", got, tt.want, describe(r))
			}
			for _, l := range got {
				if tt.not != "" && strings.HasPrefix(l, tt.not) {
					t.Errorf("link %q reads backwards%s", l, describe(r))
				}
			}
		})
	}
}

func TestSummary(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"meeting with place", "Dahl, the Sudlish envoy, who met Berg in Westhaven last week, said little.", "Carl Dahl met Anna Berg in Westhaven"},
		{"dismissal", "Berg moved on Saturday to sideline her envoy, Eva Falk, a veteran.", "Anna Berg sidelined Eva Falk"},
		{"expected call", "Berg and Holm are expected to speak again this week.", "Anna Berg expected to speak with Gus Holm"},
		{"planned meeting", "Berg plans to meet Holm on Sunday.", "Anna Berg to meet Gus Holm"},
		{"denied", "Berg did not meet Holm.", "Anna Berg did not meet Gus Holm"},
		{"accusation keeps its object", "Berg accused Holm of “escalating the fighting”.", "Anna Berg accused Gus Holm of escalating the fighting"},
		{"names are canonical", "Mr Dahl met Ms Berg.", "Carl Dahl met Anna Berg"},
		{"an amount is written whole", "Holm accepted $400,000 from Berg.", "Gus Holm accepted $400,000 from Anna Berg"},
		{"a number is said whole", "Holm said soldiers had evacuated about 3,000 residents from the area.", "Gus Holm said soldiers had evacuated about 3,000 residents from the area"},
		{"a title before the speaker is no part of what was said", "The talks failed, the envoy, Holm, told reporters.", "Gus Holm said the talks failed"},
		{"told reporters is said", "Holm told reporters that talks failed.", "Gus Holm said talks failed"},
		{"passive", "Holm was accused of lying.", "Gus Holm was accused of lying"},
		{"no agent", "Talks with Holm began in Ostburg on Monday.", "Talks with Gus Holm in Ostburg"},
		{"no agent for an act on someone", "An accusation against Holm surfaced on Monday.", "Accusation against Gus Holm"},
		{"reduced passive", "Holm ignored the truce proposed by Norland and accepted by Sudland.", "Norland proposed the truce"},
		{"coordinated reduced passive", "Holm ignored the truce proposed by Norland and accepted by Sudland.", "Sudland accepted the truce"},
		{"press conference", "At a press conference on Monday, Holm took questions.", "Gus Holm held a press conference"},
		{"visit", "Berg travelled to Ostburg.", "Anna Berg travelled to Ostburg"},
		{"arrival", "Berg arrived in Ostburg.", "Anna Berg arrived in Ostburg"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			if !slices.Contains(summaries(r), tt.want) {
				t.Errorf("summaries %q, want %q", summaries(r), tt.want)
			}
		})
	}
}

// TestStatementsWorthKeeping checks that a statement is told once per
// paragraph by its speaker, and that an unnamed group's undated saying is
// no event.
func TestStatementsWorthKeeping(t *testing.T) {
	tests := []struct {
		name, text string
		want       int // statements
	}{
		{"same speaker, same paragraph", "Holm said the plan was dead. Holm added that Berg met Dahl.", 1},
		{"same speaker, new paragraph", "Holm said the plan was dead.\nHolm added that the talks were over.", 2},
		{"another speaker", "Holm said the plan was dead. Berg said it was not.", 2},
		{"another day", "Holm said on Monday the plan was dead. Holm said on Sunday that it was not.", 2},
		{"nobody says it", "A press conference with Holm took place on Monday.", 0},
		{"an unnamed group, undated", "Sudlish negotiators said the plan was dead.", 0},
		{"an unnamed group, dated", "Sudlish negotiators said on Monday the plan was dead.", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := extractText(t, tt.text)
			n := 0
			for _, e := range r.Events {
				if e.Kind == KindStatement {
					n++
				}
				if e.Speaker >= len(r.Events) || e.Speaker >= 0 && r.Events[e.Speaker].Kind != KindStatement {
					t.Errorf("event %q has speaker %d", e.Summary, e.Speaker)
				}
			}
			if n != tt.want {
				t.Errorf("%d statements, want %d%s", n, tt.want, describe(r))
			}
			for _, e := range r.Events {
				if e.Kind == KindMeeting && e.Speaker < 0 {
					t.Errorf("reported %q has no speaker%s", e.Summary, describe(r))
				}
			}
		})
	}
}
