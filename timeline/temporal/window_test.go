package temporal

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/storyline/storyline/timeline"
)

// wholeText is a window larger than any test text: the text is tagged in
// one piece, as it was before windows.
const wholeText = 1 << 30

// checkWindows asserts that tagging text a few tokens at a time gives
// exactly what tagging it whole gives.
func checkWindows(t *testing.T, text string, dct timeline.Date, windows ...int) {
	t.Helper()
	whole := (&Tagger{window: wholeText}).Tag(text, dct)
	for _, w := range windows {
		got := (&Tagger{window: w}).Tag(text, dct)
		if !reflect.DeepEqual(got, whole) {
			t.Fatalf("window %d: %d expressions, whole text %d; first difference: %s",
				w, len(got), len(whole), firstDifference(got, whole))
		}
	}
}

func firstDifference(got, want []timeline.Timex) string {
	for i := range min(len(got), len(want)) {
		if !reflect.DeepEqual(got[i], want[i]) {
			return got[i].Text + " " + got[i].Value + " != " + want[i].Text + " " + want[i].Value
		}
	}
	return "one is a prefix of the other"
}

// TestWindows tags texts longer than a window, with windows small enough
// that expressions, their clauses and the discourse state ("the following
// day") straddle window edges.
func TestWindows(t *testing.T) {
	var articles strings.Builder
	var dct timeline.Date
	for _, p := range articlePaths(t) {
		text, d := readArticle(t, p)
		articles.WriteString(text)
		articles.WriteString("\n\n")
		dct = d
	}
	tests := []struct {
		name string
		text string
	}{
		{"articles", articles.String()},
		{"one line", strings.ReplaceAll(articles.String(), "\n", " ")},
		{"anaphora", strings.Repeat("On March 3, 2024 they met. The following day, talks failed; a year earlier, in the third quarter, sales fell. ", 200)},
		{"percent after window edge", strings.Repeat("up 5 % in 2019 $4.5 in 1990 '80s ", 300)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkWindows(t, tc.text, dct, 1, 7, 100, windowTokens)
		})
	}
}

// TestWindowsTimeBank tags the TimeBank and AQUAINT texts as one text.
func TestWindowsTimeBank(t *testing.T) {
	docs := loadTimeBank(t)
	var sb strings.Builder
	for _, d := range docs {
		sb.WriteString(d.text)
		sb.WriteString("\n\n")
	}
	checkWindows(t, sb.String(), docs[0].dct, 50, windowTokens)
}

// checkChunks asserts that tokenizing text in chunks, cut where scan cuts
// them, gives the tokens of one pass over the whole text.
func checkChunks(t *testing.T, text string, sizes ...int) {
	t.Helper()
	whole := tokenize(text, &scanState{newline: true}, nil)
	for _, n := range sizes {
		st := scanState{newline: true}
		var toks []token
		for st.pos < len(text) {
			toks = tokenize(text[:chunkEnd(text, st.pos, n)], &st, toks)
		}
		if !reflect.DeepEqual(toks, whole) {
			t.Fatalf("chunks of %d bytes: %d tokens, whole text %d", n, len(toks), len(whole))
		}
	}
}

func TestChunks(t *testing.T) {
	for _, text := range []string{
		"", " ", "a", "On March 3, 2024 they met.\n\nUp 5% to $4.5 in the '80s \u2019s \u2014 caf\u00e9 50 % x",
		strings.Repeat("word ", 100), strings.Repeat("1.5%,", 50), "\xff\xfe12ab\u00e9\u00e9cd34",
	} {
		checkChunks(t, text, 1, 2, 3, 7, 64)
	}
}

// FuzzWindows checks that windows never change what is found.
func FuzzWindows(f *testing.F) {
	f.Add("On Saturday, June 28, 2019, the following day; since 2014, a year earlier", 2025, 3, 17, 3)
	f.Add("\u2019s \u2014 last\n\nweek 50% $4.5 4.5 two to six days", 2025, 3, 17, 1)
	f.Fuzz(func(t *testing.T, text string, y, m, d, window int) {
		var dct timeline.Date
		if y > 0 && y < 10000 && m >= 1 && m <= 12 && d >= 1 && d <= 28 {
			dct = timeline.NewDate(y, time.Month(m), d)
		}
		checkWindows(t, text, dct, 1+(window&63))
		checkChunks(t, text, 1+(window&15))
	})
}
