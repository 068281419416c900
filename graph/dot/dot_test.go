package dot_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"io"
	"math/rand/v2"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/graph/dot"
	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

func loadFixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	b, err := os.ReadFile("../testdata/ceasefire.json")
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(b, &tl); err != nil {
		t.Fatalf("../testdata/ceasefire.json: %v", err)
	}
	return &tl
}

type writeFunc func(io.Writer, *timeline.Timeline, dot.Options) error

var writers = []struct {
	name  string
	write writeFunc
}{
	{"events", dot.WriteEvents},
	{"actors", dot.WriteActors},
}

func write(t *testing.T, w writeFunc, tl *timeline.Timeline, opts dot.Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := w(&b, tl, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// mustParse fails unless Graphviz reads src.
func mustParse(t *testing.T, src []byte) {
	t.Helper()
	if err := render.Check(context.Background(), src); err != nil {
		t.Fatalf("Graphviz does not read the DOT: %v\n%s", err, src)
	}
}

func TestGolden(t *testing.T) {
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			got := write(t, w.write, loadFixture(t), dot.Options{})
			mustParse(t, got)
			golden.Assert(t, "testdata/"+w.name+".dot", got)
		})
	}
}

// TestDeterministic writes each graph twice, and once more from a
// timeline whose lists are shuffled: the bytes must not change.
func TestDeterministic(t *testing.T) {
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			first := write(t, w.write, loadFixture(t), dot.Options{})
			if again := write(t, w.write, loadFixture(t), dot.Options{}); !bytes.Equal(first, again) {
				t.Fatalf("two runs differ:\n%s", golden.Diff(first, again))
			}
			tl := loadFixture(t)
			r := rand.New(rand.NewPCG(1, 2))
			r.Shuffle(len(tl.Events), func(i, j int) { tl.Events[i], tl.Events[j] = tl.Events[j], tl.Events[i] })
			r.Shuffle(len(tl.Links), func(i, j int) { tl.Links[i], tl.Links[j] = tl.Links[j], tl.Links[i] })
			r.Shuffle(len(tl.Actors), func(i, j int) { tl.Actors[i], tl.Actors[j] = tl.Actors[j], tl.Actors[i] })
			for i := range tl.Events {
				ev := &tl.Events[i]
				r.Shuffle(len(ev.Actors), func(i, j int) { ev.Actors[i], ev.Actors[j] = ev.Actors[j], ev.Actors[i] })
				r.Shuffle(len(ev.Mentions), func(i, j int) { ev.Mentions[i], ev.Mentions[j] = ev.Mentions[j], ev.Mentions[i] })
			}
			if shuffled := write(t, w.write, tl, dot.Options{}); !bytes.Equal(first, shuffled) {
				t.Fatalf("shuffled input gives other bytes:\n%s", golden.Diff(first, shuffled))
			}
		})
	}
}

func TestEmptyTimeline(t *testing.T) {
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			mustParse(t, write(t, w.write, &timeline.Timeline{}, dot.Options{}))
		})
	}
}

// hostile is text that breaks naive DOT or SVG writers.
const hostile = "He said \"stop\" \\ then\nleft <script>alert('x')</script> & went; \\N \\\" }] -> x"

func hostileTimeline() *timeline.Timeline {
	day := func(s string) *timeline.When {
		d, _ := timeline.ParseDate(s)
		return &timeline.When{Start: d, End: d, Granularity: timeline.Day}
	}
	return &timeline.Timeline{
		Documents: []timeline.Document{{ID: "d\"1", Title: hostile, URL: "https://example.org/a?b=1&c=\"2\""}},
		Actors: []timeline.Actor{
			{ID: "<b>", Name: hostile, Kind: timeline.Person, Country: "c\\1"},
			{ID: "x\"y", Name: "X", Kind: timeline.Person, Roles: []string{hostile}, Aliases: []string{hostile}},
			{ID: "c\\1", Name: hostile, Kind: timeline.Country},
		},
		Events: []timeline.Event{
			{ID: "<e1>", Kind: "call\"", Summary: hostile, Status: "occurred", When: day("2025-02-12"),
				Actors:   []timeline.Participant{{ID: "<b>"}, {ID: "x\"y"}},
				Mentions: []timeline.Mention{{Doc: "d\"1", Text: hostile}}},
			{ID: "e\\2", Kind: "<i>", Summary: hostile, Status: "denied", When: day("2025-02-13"),
				Actors:   []timeline.Participant{{ID: "<b>"}, {ID: "x\"y"}},
				Mentions: []timeline.Mention{{Doc: "d\"1", Text: hostile}}},
		},
		Links: []timeline.Link{{From: "e\\2", To: "<e1>", Kind: timeline.RespondsTo, Cue: hostile, Doc: "d\"1", Confidence: 0.9}},
	}
}

// TestHostileLabels draws labels full of quotes, backslashes, newlines
// and markup: the DOT must parse, keep every node, and the SVG must be
// well-formed with the markup as text.
func TestHostileLabels(t *testing.T) {
	for _, w := range writers {
		t.Run(w.name, func(t *testing.T) {
			src := write(t, w.write, hostileTimeline(), dot.Options{})
			mustParse(t, src)
			if bytes.Contains(src, []byte("<script>")) {
				t.Errorf("DOT holds raw <script>:\n%s", src)
			}
			var svg bytes.Buffer
			if err := render.Render(context.Background(), src, render.SVG, &svg); err != nil {
				t.Fatal(err)
			}
			checkXML(t, svg.Bytes())
			if bytes.Contains(svg.Bytes(), []byte("<script")) {
				t.Errorf("SVG holds a <script> element")
			}
			if !bytes.Contains(svg.Bytes(), []byte("&lt;script&gt;")) {
				t.Errorf("SVG lost the label text <script>")
			}
			nodes := bytes.Count(svg.Bytes(), []byte(`class="node`))
			if want := map[string]int{"events": 4, "actors": 2}[w.name]; nodes != want {
				t.Errorf("SVG has %d nodes, want %d", nodes, want)
			}
		})
	}
}

func checkXML(t *testing.T, b []byte) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	for {
		_, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
	}
}

func TestText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Witkoff met Putin", `"Witkoff met Putin"`},
		{"quote", `say "no"`, `"say \"no\""`},
		{"backslash", `a\b`, `"a\\b"`},
		{"trailing backslash", `a\`, `"a\\"`},
		{"escape sequence stays literal", `\N\l`, `"\\N\\l"`},
		{"newline", "a\nb", `"a\nb"`},
		{"crlf", "a\r\nb", `"a\nb"`},
		{"control", "a\tb\x00c", `"a b c"`},
		{"markup", "<b>&amp;</b>", `"&lt;b&gt;&amp;amp;&lt;/b&gt;"`},
		{"invalid utf-8", "a\xffb", "\"a\uFFFDb\""},
		{"unicode", "Zelenskyy’s “peace”", "\"Zelenskyy’s “peace”\""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dot.Text(tt.in); got != tt.want {
				t.Errorf("Text(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestID(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "e-0212-call", `"e-0212-call"`},
		{"html-ish", "<e1>", `"<e1>"`},
		{"quote and backslash", `a"b\`, `"a\"b\\"`},
		{"newline", "a\nb", `"a b"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dot.ID(tt.in); got != tt.want {
				t.Errorf("ID(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestAnchor(t *testing.T) {
	tests := []struct{ in, want string }{
		{"e-0212-call", "e-0212-call"},
		{"responds_to", "responds_5fto"},
		{"a b", "a_20b"},
		{"<e1>", "_3ce1_3e"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := dot.Anchor(tt.in); got != tt.want {
				t.Errorf("Anchor(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestEventStyles checks that each link kind gets its own look.
func TestEventStyles(t *testing.T) {
	src := string(write(t, dot.WriteEvents, loadFixture(t), dot.Options{}))
	tests := []struct {
		name, edge string
		want       []string
	}{
		{"inferred precedes is dashed", `"e-0224-macron" -> "e-0228-oval"`, []string{`style="dashed"`, `class="inferred precedes"`}},
		{"causes is bold", `"e-0313-moscow" -> "e-0315-kellogg"`, []string{`style="bold"`, `in an apparent concession to`}},
		{"contradicts is red and points back", `"e-0224-macron" -> "e-0225-peskov" [URL="https://news.example.org/2025/02/26/kremlin-peacekeepers", class="link contradicts"`, []string{`color="#c62828"`, `dir="back"`}},
		{"responds_to is blue", `class="link responds_5fto", color="#1565c0"`, []string{`dir="back"`}},
		{"expected event is dashed", `"e-0317-call" [`, []string{`style="rounded,filled,dashed"`}},
		{"stated precedes keeps its cue in the tooltip only", `"e-0218-riyadh" -> "e-0224-macron"`, []string{`class="link precedes"`, `tooltip="precedes (\"last week\")`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			line := lineWith(src, tt.edge)
			if line == "" {
				t.Fatalf("no line holds %s", tt.edge)
			}
			for _, w := range tt.want {
				if !strings.Contains(line, w) {
					t.Errorf("%s lacks %s", line, w)
				}
			}
		})
	}
	if line := lineWith(src, `"e-0218-riyadh" -> "e-0224-macron"`); strings.Contains(line, "label=") {
		t.Errorf("a stated precedes is labelled: %s", line)
	}
	for _, want := range []string{"rankdir=\"LR\"", "newrank=\"true\"", "rank=same;"} {
		if !strings.Contains(src, want) {
			t.Errorf("graph lacks %s", want)
		}
	}
}

func lineWith(src, s string) string {
	for _, l := range strings.Split(src, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	return ""
}

func TestSummarised(t *testing.T) {
	tests := []struct {
		name  string
		write writeFunc
		max   int
		want  string
	}{
		{"events", dot.WriteEvents, 4, "summarised: 4 of 11 events"},
		{"actors", dot.WriteActors, 5, "summarised: 5 of 13 actors"},
		{"events fit", dot.WriteEvents, 11, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src := write(t, tt.write, loadFixture(t), dot.Options{MaxNodes: tt.max})
			mustParse(t, src)
			if tt.want == "" {
				if bytes.Contains(src, []byte("summarised")) {
					t.Errorf("a graph that fits says it is summarised")
				}
				return
			}
			if !bytes.HasPrefix(src, []byte("// "+tt.want+"\n")) {
				t.Errorf("no leading comment %q", tt.want)
			}
			if !bytes.Contains(src, []byte(`\n`+tt.want+`"`)) {
				t.Errorf("graph label does not say %q", tt.want)
			}
		})
	}
}

// TestSpineNamesAvoidEventIDs gives an event the id a date node would
// have: the two must stay apart.
func TestSpineNamesAvoidEventIDs(t *testing.T) {
	d := timeline.NewDate(2025, 3, 11)
	tl := &timeline.Timeline{Events: []timeline.Event{
		{ID: "date:2025-03-11", Summary: "an event", When: &timeline.When{Start: d, End: d}},
	}}
	src := write(t, dot.WriteEvents, tl, dot.Options{})
	mustParse(t, src)
	if !strings.Contains(string(src), `"~date:2025-03-11" [`) {
		t.Errorf("the date node did not move aside:\n%s", src)
	}
	var svg bytes.Buffer
	if err := render.Render(context.Background(), src, render.SVG, &svg); err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(svg.Bytes(), []byte(`class="node`)); n != 2 {
		t.Errorf("SVG has %d nodes, want the event and its date", n)
	}
}
