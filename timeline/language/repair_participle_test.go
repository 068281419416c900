package language

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestParticipleBeforeInfinitive: a past form after a comma before "to"
// and a verb, on a noun, is a participle, and the object's when the parse
// hung it on the verb.
func TestParticipleBeforeInfinitive(t *testing.T) {
	a, err := Syntax()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, word, xpos, head string }{
		{"Lund, who was the bank's chairman, faces a separate trial on the same charges, scheduled to start next month.", "scheduled", "VBN", "trial"},
	}
	for _, tt := range tests {
		ws := a.AnalyzeSpans(tt.text, []timeline.Span{{Start: 0, End: len(tt.text)}})[0].Words
		k := wordIndex(ws, tt.word)
		if k < 0 {
			t.Fatalf("%s: no word %q", tt.text, tt.word)
		}
		head := ""
		if ws[k].Head > 0 {
			head = ws[ws[k].Head-1].Form
		}
		if right := ws[k].XPOS == tt.xpos && head == tt.head; !knownMisparse(t, tt.text, tt.word, right) && !right {
			t.Errorf("%s: %q is %s on %q, want %s on %q", tt.text, tt.word, ws[k].XPOS, head, tt.xpos, tt.head)
		}
	}
}
