package lexicon_test

import (
	"fmt"

	"github.com/storyline/storyline/timeline/lexicon"
)

func Example() {
	// A trigger on no list gets its kind from WordNet's hypernyms.
	fmt.Println(lexicon.VerbClass("assassinate"), lexicon.Kind("assassinate", false))
	fmt.Println(lexicon.NounClass("talks"), lexicon.IsEventNoun("talks"), lexicon.Kind("talks", true))
	// Merging asks whether two tellings may name the same event.
	fmt.Println(lexicon.Related("quake", "earthquake"), lexicon.Related("attack", "visit"))
	fmt.Println(lexicon.Verbs("resignation"), lexicon.Kinds("fire", false))
	// Output:
	// social death
	// communication true meeting
	// true false
	// [resign] [attack dismissal]
}
