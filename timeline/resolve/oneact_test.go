package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestOneAct: "voted to accept" tells one act by two words, so that
// other outlets' "voted" and "accepted" (and "voted to approve") join
// one event; a verb whose infinitive tells what it made others do
// does not, nor one a clause or many words away.
func TestOneAct(t *testing.T) {
	pub := map[string]string{"a": "2024-11-04", "b": "2024-11-04", "c": "2024-11-04"}
	agree := func(doc, text, trigger, lemma, actors string) sentenced {
		return sentenced{doc: doc, text: text, trigger: trigger, kind: "agreement", lemma: lemma, actors: actors, when: "2024-11-04"}
	}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"voted to accept is one with accepted and voted to approve", []sentenced{
			agree("a", "Machinists voted on Monday to accept the offer.", "voted", "vote", "a:machinists"),
			agree("a", "Machinists voted on Monday to accept the offer.", "accept", "accept", "a:machinists"),
			agree("b", "Machinists voted to approve a new contract.", "voted", "vote", "a:machinists"),
			agree("b", "Machinists voted to approve a new contract.", "approve", "approve", "a:machinists"),
			agree("c", "Machinists accepted the offer.", "accepted", "accept", "a:machinists"),
		}, [][]string{{"a", "a", "b", "b", "c"}}},
		{"what one made others do is two", []sentenced{
			agree("a", "Boeing persuaded machinists to accept the offer.", "persuaded", "persuade", "a:boeing t:machinists"),
			agree("a", "Boeing persuaded machinists to accept the offer.", "accept", "accept", "a:machinists"),
		}, [][]string{{"a"}, {"a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := mergeTold(t, pub, tt.in)
			if !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestToInfinitive(t *testing.T) {
	tests := []struct {
		text, a, b string
		want       bool
	}{
		{"Machinists voted to accept the offer.", "voted", "accept", true},
		{"Machinists voted on Monday to accept the offer.", "voted", "accept", true},
		{"Machinists voted to accept the offer.", "accept", "voted", false},
		{"Machinists voted, to nobody's surprise, to accept.", "voted", "accept", false},
		{"Machinists voted on the new offer today to accept it.", "voted", "accept", false},
		{"Machinists voted and accepted the offer.", "voted", "accepted", false},
	}
	for _, tt := range tests {
		m := &timeline.Mention{Start: 10, End: 10 + len(tt.text), Text: tt.text}
		at := func(w string) *timeline.TextRange {
			i := strings.Index(tt.text, w)
			return &timeline.TextRange{Start: 10 + i, End: 10 + i + len(w)}
		}
		if got := toInfinitive(m, at(tt.a), at(tt.b)); got != tt.want {
			t.Errorf("toInfinitive(%q, %s, %s) = %v, want %v", tt.text, tt.a, tt.b, got, tt.want)
		}
	}
}
