package language

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// FuzzAnalyze: any text, as one sentence, gets a tree, the repairs
// included: heads in the sentence, no cycle, and never a panic.
func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"The bank failed after its depositors — mostly workers — hurried to withdraw money.",
		"Aid workers — Moroccan and international — continued arriving Monday.",
		"The death toll in the earthquake that struck on Friday rose to 2,122.",
		"— — ,, The the — a", "Officials said prices rose.", "x",
		"Egypt's President Abdel Fattah al-Sisi said.", "The two women and a man were killed.",
		"The mayor and the council agreed.", "The pirates are from Velmar and Ostra, two states, Dalton said.",
		"Hours earlier the guard said Friday it had found a leak.", "'s 's and and said",
	} {
		f.Add(s)
	}
	a, err := Syntax()
	if err != nil {
		f.Skip(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 2000 {
			return
		}
		for _, s := range a.AnalyzeSpans(text, []timeline.Span{{Start: 0, End: len(text)}}) {
			for i, w := range s.Words {
				if w.Head < 0 || w.Head > len(s.Words) || w.Head == i+1 {
					t.Fatalf("word %d %q has head %d of %d words", i, w.Form, w.Head, len(s.Words))
				}
				h, steps := w.Head, 0
				for ; h > 0 && steps <= len(s.Words); steps++ {
					h = s.Words[h-1].Head
				}
				if h != 0 {
					t.Fatalf("word %d %q is in a cycle", i, w.Form)
				}
			}
		}
	})
}
