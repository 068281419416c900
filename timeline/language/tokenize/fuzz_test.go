package tokenize

import (
	"fmt"
	"strings"
	"testing"
)

// check verifies the invariants of a tokenisation of text[start:end].
func check(t *testing.T, text string, start, end int, toks []Token, words []Word) {
	t.Helper()
	lo, hi := max(start, 0), min(end, len(text))
	prevEnd := lo
	w := 0
	for i, tk := range toks {
		if tk.Start < prevEnd || tk.End <= tk.Start || tk.End > hi {
			t.Fatalf("%q [%d:%d]: token %d %v out of order or range (previous end %d)", text, start, end, i, tk, prevEnd)
		}
		// Nothing between tokens but space.
		for p := prevEnd; p < tk.Start; {
			sp, n := IsSpace(text[p:hi])
			if !sp {
				t.Fatalf("%q: byte %d (%q) not covered by a token", text, p, text[p])
			}
			p += n
		}
		for p := tk.Start; p < tk.End; {
			sp, n := IsSpace(text[p:tk.End])
			if sp {
				t.Fatalf("%q: token %d %q holds space", text, i, text[tk.Start:tk.End])
			}
			p += n
		}
		// Its words tile it.
		at := tk.Start
		first := w
		for ; w < len(words) && words[w].Token == i; w++ {
			if words[w].Start != at || words[w].End <= at || words[w].End > tk.End {
				t.Fatalf("%q: word %d %v does not tile token %d %v", text, w, words[w], i, tk)
			}
			at = words[w].End
		}
		if w == first || at != tk.End {
			t.Fatalf("%q: token %d %q: words do not cover it", text, i, text[tk.Start:tk.End])
		}
		prevEnd = tk.End
	}
	if w != len(words) {
		t.Fatalf("%q: %d words belong to no token", text, len(words)-w)
	}
	for p := prevEnd; p < hi; {
		sp, n := IsSpace(text[p:hi])
		if !sp {
			t.Fatalf("%q: byte %d (%q) after the last token not covered", text, p, text[p])
		}
		p += n
	}
}

func FuzzAppend(f *testing.F) {
	for _, s := range []string{
		"I don't know, Mr. Smith's U.S. e-mail: carol.st.clair@enron.com!",
		"http://x.org/a_(b)). www.a.com/b?c=d, :-) <3 ^_^ ...?!",
		"$5,000.50 50% 10:30pm 3/4/2025 713-853-3989 1,2,3 +44 .5",
		"“quotes” ‘single’ '' `` -- — – … 'em '90s parents' cookin'",
		"caf\xe9 \xff\xfe\xfd Москва 東京 👨‍👩‍👧 ☎️ e\u0301",
		"a-b-c-d-e. th- w/ w/o AT&T f*ed alot gonna dunno couldn't've",
		"jo...@mail.com ...@ @@ ## #tag @user ''' ’’’ !!!!",
		"",
	} {
		f.Add(s, 0, len(s))
		f.Add(s, 3, len(s)-2)
	}
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		toks, words := Append(text, start, end, nil, nil)
		check(t, text, start, end, toks, words)
		// Deterministic, and independent of what the slices held.
		toks2, words2 := Append(text, start, end, make([]Token, 3, 8), make([]Word, 1, 8))
		if len(toks2) != len(toks)+3 || len(words2) != len(words)+1 {
			t.Fatalf("%q: appending to non-empty slices gave %d tokens, %d words; want %d, %d",
				text, len(toks2), len(words2), len(toks)+3, len(words)+1)
		}
		for i := range toks {
			if toks2[i+3] != toks[i] {
				t.Fatalf("%q: token %d differs between runs", text, i)
			}
		}
		for i := range words {
			w := words2[i+1]
			if w.Start != words[i].Start || w.End != words[i].End || w.Token != words[i].Token+3 {
				t.Fatalf("%q: word %d differs between runs", text, i)
			}
		}
	})
}

// linearUnits are inputs that would take quadratic time if any rule
// rescanned the rest of its chunk: BenchmarkRepeatedUnits times each at
// 16 kB and 256 kB (ns/op per byte must stay about the same), and
// TestRepeatedUnits checks that each is tokenised whole.
var linearUnits = []string{
	"!", ".", "-", "a-", "1-", "1,", "a.", "'", "’", "a'", "(", ")", "http://a", "www.a", "a@",
	"x...", "a.b", "1/", "1:", ":)", "w/", "<>", "+1", "\xff", "e\u0301", "👍🏽", "no. ", "'s", "‘",
	"the cat sat on the mat. ",
}

// repeated returns unit u repeated to about size bytes, behind one long
// token that looks back over what follows it for the units that make a
// rule do so.
func repeated(u string, size int) string {
	s := strings.Repeat(u, size/len(u))
	if u == ")" || u == "." || u == "'" {
		s = "http://a.b/c" + s
	}
	return s
}

// TestRepeatedUnits checks the tokens of 256 kB of each unit.
func TestRepeatedUnits(t *testing.T) {
	for _, u := range linearUnits {
		big := repeated(u, 256<<10)
		toks, words := Append(big, 0, len(big), nil, nil)
		check(t, big, 0, len(big), toks, words)
	}
}

// BenchmarkRepeatedUnits shows that tokenising takes linear time: compare
// each unit's MB/s at 16k and at 256k (a rule that rescans would be 16
// times slower a byte at 256k).
func BenchmarkRepeatedUnits(b *testing.B) {
	for _, u := range linearUnits {
		for _, size := range []int{16 << 10, 256 << 10} {
			s := repeated(u, size)
			toks, words := make([]Token, 0, len(s)), make([]Word, 0, len(s))
			b.Run(fmt.Sprintf("%q/%dk", u, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				for range b.N {
					Append(s, 0, len(s), toks[:0], words[:0])
				}
			})
		}
	}
}
