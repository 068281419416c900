package tokenize_test

import (
	"fmt"

	"github.com/storyline/storyline/timeline/language/tokenize"
)

func ExampleAppend() {
	text := `Dr. O'Neill said: "I don't think the U.S. can't win." See https://example.com/a.`
	// Reuse the slices across calls: Append allocates only when they must grow.
	toks, words := tokenize.Append(text, 0, len(text), nil, nil)
	w := 0
	for i, t := range toks {
		fmt.Printf("%d:%d %s", t.Start, t.End, text[t.Start:t.End])
		if words[w].End != t.End { // a multiword token
			fmt.Print(" =")
			for ; w < len(words) && words[w].Token == i; w++ {
				fmt.Print(" ", text[words[w].Start:words[w].End])
			}
		} else {
			w++
		}
		fmt.Println()
	}
	// Output:
	// 0:3 Dr.
	// 4:11 O'Neill
	// 12:16 said
	// 16:17 :
	// 18:19 "
	// 19:20 I
	// 21:26 don't = do n't
	// 27:32 think
	// 33:36 the
	// 37:41 U.S.
	// 42:47 can't = ca n't
	// 48:51 win
	// 51:52 .
	// 52:53 "
	// 54:57 See
	// 58:79 https://example.com/a
	// 79:80 .
}
