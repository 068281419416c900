package dot_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/timeline"
)

func ExampleWriteEvents() {
	d := timeline.NewDate(2025, 3, 13)
	tl := &timeline.Timeline{
		Documents: []timeline.Document{{ID: "doc1", Title: "Witkoff in Moscow", URL: "https://example.org/witkoff"}},
		Events: []timeline.Event{{
			ID: "e1", Kind: "meeting", Summary: "Steve Witkoff met Vladimir Putin", Status: timeline.Occurred,
			When:     &timeline.When{Start: d, End: d, Granularity: timeline.Day},
			Mentions: []timeline.Mention{{Doc: "doc1", Text: "Witkoff met Putin in Moscow on Thursday."}},
		}},
	}
	var b strings.Builder
	if err := dot.WriteEvents(&b, tl, dot.Options{}); err != nil {
		panic(err)
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if strings.Contains(line, `"e1" [`) {
			fmt.Println(strings.TrimSpace(line))
		}
	}
	// Output:
	// "e1" [URL="https://example.org/witkoff", class="event meeting occurred", id="event-e1", label="Steve Witkoff met Vladimir\nPutin\n13 Mar 2025", tooltip="Witkoff met Putin in Moscow on Thursday.\n-- Witkoff in Moscow"];
}

func ExampleWriteActors() {
	tl := &timeline.Timeline{
		Actors: []timeline.Actor{
			{ID: "trump", Name: "Donald Trump", Kind: timeline.Person, Country: "us"},
			{ID: "us", Name: "United States", Kind: timeline.Country},
			{ID: "putin", Name: "Vladimir Putin", Kind: timeline.Person, Country: "russia"},
		},
		Events: []timeline.Event{{ID: "call", Kind: "call", Actors: []timeline.Participant{{ID: "trump"}, {ID: "putin"}}}},
	}
	if err := dot.WriteActors(os.Stdout, tl, dot.Options{}); err != nil {
		panic(err)
	}
	// Output:
	// graph "actors" {
	// 	graph [fontname="DejaVu Sans", fontsize="12", id="actors", label="2 actors from 0 documents", labelloc="t", newrank="true", nodesep="0.3", rankdir="LR", ranksep="0.6", tooltip="2 actors from 0 documents"];
	// 	node [color="#424242", fillcolor="#ffffff", fontname="DejaVu Sans", fontsize="10", margin="0.1,0.05", shape="box", style="rounded,filled"];
	// 	edge [color="#616161", fontname="DejaVu Sans", fontsize="8"];
	// 	subgraph "cluster_russia" {
	// 		graph [color="#bdbdbd", fillcolor="#e3f2fd", id="side-russia", label="Russia", style="rounded,filled", tooltip="Russia"];
	// 		"putin" [class="actor person", id="actor-putin", label="Vladimir Putin", tooltip="Vladimir Putin: 1 event"];
	// 	}
	// 	subgraph "cluster_us" {
	// 		graph [color="#bdbdbd", fillcolor="#fce4ec", id="side-us", label="United States", style="rounded,filled", tooltip="United States"];
	// 		"trump" [class="actor person", id="actor-trump", label="Donald Trump", tooltip="Donald Trump: 1 event"];
	// 	}
	// 	"putin" -- "trump" [class="tie", id="tie-putin--trump", penwidth="1", tooltip="Vladimir Putin and Donald Trump: 1 event\nundated call: call", weight="1", xlabel="call"];
	// }
}

func ExampleText() {
	fmt.Println(dot.Text("Peskov: \"no such thing\"\n<b>denied</b>"))
	// Output:
	// "Peskov: \"no such thing\"\n&lt;b&gt;denied&lt;/b&gt;"
}
