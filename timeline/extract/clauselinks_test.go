package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestClauseLinks reads how two events of a sentence relate off the
// connective that joins their clauses or phrases.
func TestClauseLinks(t *testing.T) {
	tests := []struct {
		text, from, to, kind, cue string
	}{
		{"Anna Berg resigned after the collapse of the bridge.", "collapse", "resigned", timeline.Precedes, "after"},
		{"Carl Dahl was arrested because he attacked Gus Holm.", "attacked", "arrested", timeline.Causes, "because"},
		{"Eva Falk resigned in response to the verdict.", "resigned", "verdict", timeline.RespondsTo, "in response to"},
		{"The earthquake struck Ostburg on Sunday, killing twelve people.", "struck", "killing", timeline.Causes, "killing"},
		{"Carl Dahl resigned as a result of the scandal.", "scandal", "resigned", timeline.Causes, "as a result of"},
		{"The explosion triggered a fire.", "explosion", "fire", timeline.Causes, "triggered"},
		{"Sudland's attack on Riverton prompted talks with Norland.", "attack", "talks", timeline.Causes, "prompted"},
		{"The strike prompted the government to call an election.", "strike", "call", timeline.Causes, "prompted"},
		{"The riots were sparked by the killing of a teenager.", "killing", "riots", timeline.Causes, "sparked"},
		{"The earthquake struck on Sunday, triggering a tsunami.", "struck", "tsunami", timeline.Causes, "triggering"},
		{"The company cut 500 jobs, leading to protests outside its headquarters.", "cut", "protests", timeline.Causes, "leading to"},
		{"The collapse of the bank led to a run on other lenders.", "collapse", "run", timeline.Causes, "led to"},
		{"Dahl blamed the explosion, which caused a fire in the warehouse.", "explosion", "fire", timeline.Causes, "caused"},
		{"The verdict was read out on Friday, setting off protests in the capital.", "read", "protests", timeline.Causes, "setting off"},
		{"Gus Holm resigned before the election.", "resigned", "election", timeline.Precedes, "before"},
	}
	for _, tc := range tests {
		t.Run(tc.cue+" "+tc.to, func(t *testing.T) {
			r := parseText(t, tc.text)
			trigger := func(i int) string {
				tr := r.Events[i].Mention.Trigger
				if tr == nil {
					return ""
				}
				return tc.text[tr.Start:tr.End]
			}
			for _, l := range r.Links {
				if strings.HasPrefix(trigger(l.From), tc.from) && strings.HasPrefix(trigger(l.To), tc.to) {
					if l.Kind != tc.kind || l.Cue != tc.cue {
						t.Errorf("link %s → %s is %s %q, want %s %q", tc.from, tc.to, l.Kind, l.Cue, tc.kind, tc.cue)
					}
					return
				}
			}
			var got []string
			for _, l := range r.Links {
				got = append(got, trigger(l.From)+" "+l.Kind+" "+trigger(l.To))
			}
			t.Errorf("no link %s → %s; links: %v%s", tc.from, tc.to, got, describe(r))
		})
	}
}

// TestClauseLinksLeaveSayingAlone checks that a participle of saying is no
// consequence: "said, adding" relates no two happenings.
func TestClauseLinksLeaveSayingAlone(t *testing.T) {
	r := parseText(t, "Anna Berg said the talks had failed, adding that Carl Dahl would resign.")
	for _, l := range r.Links {
		if l.Cue == "adding" {
			t.Errorf("link on %q: %+v", l.Cue, l)
		}
	}
}

// TestNotACause: the cause of "led to" is its subject,
// not the event told before it: "the process that led to her removal"
// was no hiring's doing; "apologised for causing delays" names no cause,
// nor does "was causing" whose subject the parse lost; the trial a judge
// presides over is no cause of her presiding; "took over the
// investigation" is a phrasal verb's object, and "over the week-long
// hearing" a span of time.
func TestNotACause(t *testing.T) {
	for _, tc := range []struct{ text, notFrom string }{
		{"Carl Dahl said he would hire an investigator to look into the process that led to Anna Berg's removal.", "said hire"},
		{"The airline apologised for causing delays to thousands of travellers.", "apologised"},
		{"Judge Eva Falk presided over the trial.", "trial"},
		{"Interpol took over the inquiry late on Friday.", "inquiry"},
		{"The defence called nine witnesses over the week-long hearing.", "hearing"},
		{"Police are examining the events leading up to the crash.", "events examining"},
		{"Holm wrote that the failed sealing under the bridge deck was causing rapid corrosion.", "wrote"},
	} {
		r := parseText(t, tc.text)
		for _, l := range r.Links {
			from := r.Events[l.From].Mention.Trigger
			if l.Kind != timeline.Causes || from == nil {
				continue
			}
			for _, w := range strings.Fields(tc.notFrom) {
				if strings.HasPrefix(tc.text[from.Start:], w) {
					t.Errorf("%s: link %q %s → %s", tc.text, l.Cue, tc.text[from.Start:from.End], r.Events[l.To].Summary)
				}
			}
		}
	}
}
