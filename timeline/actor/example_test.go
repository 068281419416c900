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
		document("a", "Steve Witkoff, the US special envoy, met Putin in Moscow.", "Mr Witkoff said the Kremlin was ready."),
		document("b", "Steve Witcoff said Moscow wants guarantees.", "Russian officials declined to comment."),
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
	// moscow (place) aliases=[] roles=[] country=russia mentions=1
	// russian-government (organization) aliases=[Moscow] roles=[] country=russia mentions=1
	// russian-officials (group) aliases=[] roles=[] country=russia mentions=1
	// russian-presidency (organization) aliases=[Kremlin] roles=[] country=russia mentions=1
	// steve-witkoff (person) aliases=[Mr Witkoff Steve Witcoff Witcoff Witkoff] roles=[US special envoy] country=united-states mentions=3
	// united-states (country) aliases=[US] roles=[] country= mentions=1
	// vladimir-putin (person) aliases=[Putin] roles=[] country=russia mentions=1
	// Steve Witcoff → steve-witkoff
}
