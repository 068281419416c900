package report

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/svg"
)

// Payloads that would run script, or fetch something, if they reached the
// page as markup.
var payloads = []string{
	`<script>document.title="pwned"</script>`,
	`<img src=/pwned onerror="document.title='pwned'">`,
	`"><svg onload=alert(1)>`,
	`</td></tr></table><iframe src="https://evil.example/">`,
	`javascript:alert(1)`,
	`{{.Title}} </style><style>*{display:none}</style>`,
}

// hostile is a timeline whose every text field carries the payloads.
func hostile() *timeline.Timeline {
	p := strings.Join(payloads, " ")
	d := timeline.NewDate(2025, 3, 13)
	return &timeline.Timeline{
		Documents: []timeline.Document{{ID: "x" + p, Path: p, Title: "Headline " + p, URL: "javascript:alert(1)", Source: p, Published: d}},
		Actors:    []timeline.Actor{{ID: "a" + p, Name: "Actor " + p, Kind: p, Aliases: []string{p}, Roles: []string{p}, Country: "a" + p}},
		Events: []timeline.Event{
			{ID: "e" + p, Kind: p, Status: p, Summary: "Summary " + p, Places: []string{p},
				When:     &timeline.When{Start: d, End: d, Granularity: timeline.Day, Text: p, Doc: "x" + p},
				Actors:   []timeline.Participant{{ID: "a" + p, Role: p}},
				Mentions: []timeline.Mention{{Doc: "x" + p, Text: "Quote " + p}},
				Dates:    []timeline.DateClaim{{Doc: "x" + p, Start: d, End: d, Text: p}}},
			{ID: "u" + p, Summary: p, Mentions: []timeline.Mention{{Doc: "x" + p, Text: p}}},
		},
		Links:       []timeline.Link{{From: "e" + p, To: "u" + p, Kind: p, Cue: p, Doc: "x" + p}},
		Diagnostics: []timeline.Diagnostic{{Path: p, Message: p}, {Path: p, Warning: true, Message: p}},
	}
}

func TestHostileInputShowsAsText(t *testing.T) {
	tl := hostile()
	var pic bytes.Buffer
	d, err := layout.Layout(tl, layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := svg.Render(&pic, d, svg.Options{}); err != nil {
		t.Fatal(err)
	}
	page := write(t, tl, Options{Title: "Title " + payloads[0], Timeline: Figure{SVG: pic.Bytes()}})
	doc := parse(t, page)

	scripts := 0
	walk(doc, func(n *html.Node) {
		switch n.Data {
		case "script":
			scripts++
			if got := textOf(n); strings.TrimSpace(got) != strings.TrimSpace(scriptJS) {
				t.Errorf("a script that is not the report's own: %.80q", got)
			}
		case "img", "iframe", "object", "embed", "foreignObject":
			t.Errorf("payload became a <%s> element", n.Data)
		case "style":
			if !strings.Contains(textOf(n), "#timeline") && textOf(n) != "\n"+styleCSS {
				t.Errorf("a style block that is not the report's own: %.80q", textOf(n))
			}
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("<%s> has an event handler %s=%q", n.Data, a.Key, a.Val)
			}
			if (a.Key == "href" || a.Key == "src") && !safeRef(a.Val) {
				t.Errorf("<%s %s=%q> leads out of the page or runs script", n.Data, a.Key, a.Val)
			}
		}
	})
	if scripts != 1 {
		t.Errorf("%d <script> elements, want the report's one", scripts)
	}
	text := textOf(doc)
	all := strings.Join(payloads, " ")
	for _, want := range []string{"Headline " + all, "Quote " + all, "Summary " + all, "Actor " + all, "Title " + payloads[0]} {
		if !strings.Contains(text, want) {
			t.Errorf("the page does not show %q as text", want)
		}
	}
}

// safeRef accepts the references the report makes: to a place in the
// page, to the inline icon, or to an article on the web.
func safeRef(v string) bool {
	return strings.HasPrefix(v, "#") || v == "data:," || safeURL(v) == v && v != ""
}
