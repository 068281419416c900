package actor_test

import (
	"fmt"
	"strings"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// document makes a Document whose sentences are its lines.
func document(id string, lines ...string) timeline.Document {
	doc := timeline.Document{ID: id, Text: strings.Join(lines, "\n")}
	off := 0
	for _, l := range lines {
		doc.Sentences = append(doc.Sentences, timeline.Span{Start: off, End: off + len(l), Kind: timeline.Body})
		off += len(l) + 1
	}
	return doc
}

func Example() {
	docs := []timeline.Document{
		document("a", "Arlo Vennard, the US special envoy, met President Ivan Petrenko in Moscow.", "Mr Vennard said the Kremlin was ready."),
		document("b", "Arlo Venard said Moscow wants guarantees.", "Petrenko said Russian officials would reply."),
		document("c", "U.S. envoy Arlo Vennard flew home."),
	}
	f := actor.NewFinder()
	var mentions [][]actor.Mention
	for i := range docs {
		mentions = append(mentions, f.Find(&docs[i]))
	}
	for _, a := range actor.Resolve(mentions) {
		fmt.Printf("%s (%s) aliases=%v roles=%v country=%s mentions=%d\n", a.ID, a.Kind, a.Aliases, a.Roles, a.Country, a.Mentions)
	}
	fmt.Println(mentions[1][0].Text, "→", mentions[1][0].ID)
	// Output:
	// arlo-vennard (person) aliases=[Arlo Venard Mr Vennard Venard Vennard] roles=[US envoy US special envoy] country=united-states mentions=4
	// ivan-petrenko (person) aliases=[Petrenko President Ivan Petrenko] roles=[President] country= mentions=2
	// moscow (place) aliases=[] roles=[] country=russia mentions=1
	// russian-government (organization) aliases=[Moscow] roles=[] country=russia mentions=1
	// russian-officials (group) aliases=[] roles=[] country=russia mentions=1
	// russian-presidency (organization) aliases=[Kremlin] roles=[] country=russia mentions=1
	// united-states (country) aliases=[U.S. US] roles=[] country= mentions=2
	// Arlo Venard → arlo-vennard
}
