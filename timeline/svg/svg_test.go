package svg_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
	"github.com/storyline/storyline/timeline/layout"
	"github.com/storyline/storyline/timeline/svg"
)

const fixture = "../layout/testdata/ceasefire.json"

func loadFixture(t testing.TB) *timeline.Timeline {
	t.Helper()
	data, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	var tl timeline.Timeline
	if err := json.Unmarshal(data, &tl); err != nil {
		t.Fatalf("%s: %v", fixture, err)
	}
	return &tl
}

func render(t testing.TB, tl *timeline.Timeline, lo layout.Options) []byte {
	t.Helper()
	d, err := layout.Layout(tl, lo)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := svg.Render(&b, d, svg.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func day(s string) timeline.Date {
	d, err := timeline.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

var goldenCases = []struct {
	name string
	opt  layout.Options
}{
	{"ceasefire", layout.Options{}},
	{"ceasefire-links", layout.Options{ShowLinks: true}},
	{"ceasefire-single", layout.Options{SingleLane: true, Width: 900}},
	{"ceasefire-march", layout.Options{From: day("2025-03-01"), To: day("2025-03-20"), Actors: []string{"Vladimir Putin", "ukraine"}}},
	{"ceasefire-narrow", layout.Options{Width: 600, Lanes: 3, MaxLabels: 6}},
}

func TestGolden(t *testing.T) {
	tl := loadFixture(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			golden.Assert(t, "testdata/"+tc.name+".svg", render(t, tl, tc.opt))
		})
	}
}

// element is a parsed XML element, enough to walk the output.
type element struct {
	Name     string
	Attr     map[string]string
	Text     string
	Children []*element
}

// parseXML decodes doc with encoding/xml and fails on any error.
func parseXML(t *testing.T, doc []byte) *element {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(doc))
	root := &element{}
	stack := []*element{root}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{Name: tok.Name.Local, Attr: map[string]string{}}
			for _, a := range tok.Attr {
				e.Attr[a.Name.Local] = a.Value
			}
			top.Children = append(top.Children, e)
			stack = append(stack, e)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			top.Text += string(tok)
		}
	}
	if len(root.Children) != 1 {
		t.Fatalf("%d root elements", len(root.Children))
	}
	return root.Children[0]
}

func (e *element) walk(f func(*element)) {
	f(e)
	for _, c := range e.Children {
		c.walk(f)
	}
}

// byID returns the element with the given id.
func (e *element) byID(id string) *element {
	var found *element
	e.walk(func(x *element) {
		if x.Attr["id"] == id && found == nil {
			found = x
		}
	})
	return found
}

func (e *element) child(name string) *element {
	for _, c := range e.Children {
		if c.Name == name {
			return c
		}
	}
	return nil
}

func TestWellFormed(t *testing.T) {
	tl := loadFixture(t)
	cases := map[string]*timeline.Timeline{"fixture": tl, "synthetic": synthetic(400, 5), "empty": {}}
	for _, name := range []string{"fixture", "synthetic", "empty"} {
		t.Run(name, func(t *testing.T) {
			d, err := layout.Layout(cases[name], layout.Options{ShowLinks: true})
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := svg.Render(&b, d, svg.Options{}); err != nil {
				t.Fatal(err)
			}
			root := parseXML(t, b.Bytes())
			if root.Name != "svg" || root.Attr["role"] != "img" || root.Attr["aria-labelledby"] != "tl-title tl-desc" ||
				!strings.HasPrefix(root.Attr["viewBox"], "0 0 1200 ") {
				t.Errorf("root <%s %v>", root.Name, root.Attr)
			}
			if c := root.Children; len(c) < 2 || c[0].Name != "title" || c[1].Name != "desc" || c[0].Text == "" || c[1].Text == "" {
				t.Error("the document does not open with its <title> and <desc>")
			}
			events := 0
			root.walk(func(e *element) {
				if strings.HasPrefix(e.Attr["class"], "ev ") {
					events++
					if e.child("title") == nil || !strings.HasPrefix(e.Attr["id"], "ev-") {
						t.Errorf("event %v lacks an id or a <title>", e.Attr)
					}
				}
				if e.Name == "script" || e.Name == "foreignObject" || e.Name == "image" {
					t.Errorf("<%s> in a self-contained picture", e.Name)
				}
			})
			if events != len(d.Marks) {
				t.Errorf("%d event groups for %d marks", events, len(d.Marks))
			}
		})
	}
}

func TestEventElements(t *testing.T) {
	root := parseXML(t, render(t, loadFixture(t), layout.Options{}))
	ev := root.byID("ev-e-jeddah")
	if ev == nil {
		t.Fatal("no element with id ev-e-jeddah")
	}
	if !strings.Contains(ev.Attr["class"], "st-occurred") || !strings.Contains(ev.Child("title").Text, "“on Tuesday” = 2025-03-11") {
		t.Errorf("event group %v", ev.Attr)
	}
	var link *element
	root.walk(func(e *element) {
		if e.Name == "a" && e.child("g") != nil && e.child("g").Attr["id"] == "ev-e-jeddah" {
			link = e
		}
	})
	if link == nil || link.Attr["href"] != "https://news.example.com/world/2025/03/12/jeddah" {
		t.Errorf("event not linked to its article: %+v", link)
	}
	// in Ukraine's lane the label leaves out the name its summary starts with
	if lb := root.byID("lb-e-jeddah"); lb == nil || !strings.HasPrefix(lb.Text, "Accepts a US proposal") {
		t.Errorf("label %+v", lb)
	}
	if lane := root.byID("lane-vladimir-putin"); lane == nil || lane.child("title") == nil {
		t.Error("lane of Vladimir Putin missing or without a tooltip")
	}
}

// Child is child for the tests that chain.
func (e *element) Child(name string) *element {
	if c := e.child(name); c != nil {
		return c
	}
	return &element{}
}

func TestEscaping(t *testing.T) {
	tl := loadFixture(t)
	tl.Events = append(tl.Events, timeline.Event{
		ID: "bad\"id<&>", Summary: "bytes \x00\x1b\xff\xfe and \uFFFE end &amp; ]]> <!-- x -->",
		When: &timeline.When{Start: day("2025-03-06"), End: day("2025-03-06"), Text: "\"quoted\" 'single'"},
	})
	out := render(t, tl, layout.Options{Lanes: 20, ShowLinks: true})
	for _, bad := range []string{"<script", "<img", "<b>", "javascript:", "<Co>", "<!--", "]]>", "\x00", "\x1b"} {
		if bytes.Contains(out, []byte(bad)) {
			t.Errorf("output contains %q unescaped", bad)
		}
	}
	root := parseXML(t, out)
	ev := root.byID("ev-e-analysts")
	if ev == nil {
		t.Fatal("no hostile event")
	}
	title := ev.Child("title").Text
	for _, want := range []string{`Analysts say <script>alert("x")</script> & "quotes" won't stop 'talks'`, `“Wednesday <b>” = 2025-03-05`, `"<img src=x onerror=alert(1)>"`, `Markets & "Talks" <live> blog`} {
		if !strings.Contains(title, want) {
			t.Errorf("tooltip lacks %q after decoding:\n%s", want, title)
		}
	}
	if lane := root.byID("lane-obrien-co"); lane == nil || !strings.HasPrefix(lane.Child("text").Text, `O'Brien & <Co>`) {
		t.Errorf("hostile actor lane %+v", lane)
	}
	if odd := root.byID("ev-bad_id___"); odd == nil || !strings.Contains(odd.Child("title").Text, "bytes and end &amp; ]]> <!-- x -->") {
		t.Errorf("event with a hostile id and bytes not drawn safely: %+v", odd)
	}
}

func TestSameBytes(t *testing.T) {
	tl := synthetic(300, 11)
	opt := layout.Options{ShowLinks: true}
	a, b := render(t, tl, opt), render(t, tl, opt)
	if !bytes.Equal(a, b) {
		t.Fatalf("two renderings differ:\n%s", golden.Diff(a, b))
	}
	d, _ := layout.Layout(tl, opt)
	var c bytes.Buffer
	if err := svg.Render(&c, d, svg.Options{}); err != nil {
		t.Fatal(err)
	}
	if err := svg.Render(&c, d, svg.Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(c.Bytes(), append(a[:len(a):len(a)], a...)) {
		t.Error("rendering the same diagram twice gives different bytes")
	}
}

func TestFloatPrecision(t *testing.T) {
	out := string(render(t, synthetic(200, 3), layout.Options{Width: 1111.1111}))
	for _, field := range strings.FieldsFunc(out, func(r rune) bool { return strings.ContainsRune(` "=<>MLCQlhz`, r) }) {
		if i := strings.IndexByte(field, '.'); i >= 0 && strings.Trim(field[:i], "-0123456789") == "" && strings.Trim(field[i+1:], "0123456789") == "" {
			if len(field)-i-1 > 2 || strings.HasSuffix(field, "0") {
				t.Fatalf("number %q printed with more than 2 decimals or a trailing zero", field)
			}
		}
	}
}

func TestOptions(t *testing.T) {
	d, err := layout.Layout(loadFixture(t), layout.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	opt := svg.Options{FontFamily: "Georgia;}</style><script>x", Palette: []string{"red}<script>", "#123456"}}
	if err := svg.Render(&b, d, opt); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Contains(out, "<script") || strings.Contains(out, "red}") {
		t.Error("an option escaped its place in the style block")
	}
	if !strings.Contains(out, "font-family:Georgiastylescriptx") || !strings.Contains(out, ".lane-1{color:#123456}") {
		t.Errorf("options not applied:\n%.1500s", out)
	}
	parseXML(t, b.Bytes())
}

func TestErrors(t *testing.T) {
	if err := svg.Render(io.Discard, nil, svg.Options{}); !errors.Is(err, svg.ErrNilDiagram) {
		t.Errorf("nil diagram: %v", err)
	}
	d, _ := layout.Layout(loadFixture(t), layout.Options{})
	errDisk := errors.New("disk full")
	if err := svg.Render(failingWriter{errDisk}, d, svg.Options{}); !errors.Is(err, errDisk) {
		t.Errorf("write error not returned: %v", err)
	}
}

type failingWriter struct{ err error }

func (w failingWriter) Write([]byte) (int, error) { return 0, w.err }

// TestLabelsReadBothWays checks that a label that ends at its mark is
// drawn anchored at its end, and one that starts there at its start.
func TestLabelsReadBothWays(t *testing.T) {
	tl := loadFixture(t)
	opt := layout.Options{Width: 600, Lanes: 3}
	d, err := layout.Layout(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	root := parseXML(t, render(t, tl, opt))
	ends := 0
	for _, l := range d.Labels {
		e := root.byID(l.ID)
		if e == nil {
			t.Fatalf("no element %s", l.ID)
		}
		if got := e.Attr["text-anchor"] == "end"; got != l.AlignEnd {
			t.Errorf("label %s: text-anchor %q, AlignEnd %v", l.ID, e.Attr["text-anchor"], l.AlignEnd)
		}
		if l.AlignEnd {
			ends++
		}
	}
	if ends == 0 || ends == len(d.Labels) {
		t.Errorf("%d of %d labels read left of their mark; the fixture has both kinds", ends, len(d.Labels))
	}
}

// TestStatementsAndBackground checks the classes that draw statements
// small and faint and events lasting years as thin background bars.
func TestStatementsAndBackground(t *testing.T) {
	tl := loadFixture(t)
	tl.Events = append(tl.Events, timeline.Event{ID: "e-since", Kind: "attack", Summary: "Occupation",
		When: &timeline.When{Start: day("2014-02-20"), End: day("2025-03-01"), Granularity: timeline.Day}})
	out := render(t, tl, layout.Options{})
	root := parseXML(t, out)
	if ev := root.byID("ev-e-analysts"); ev == nil || !strings.Contains(ev.Attr["class"], "minor") {
		t.Errorf("statement drawn %+v, want class minor", ev)
	}
	if ev := root.byID("ev-e-since"); ev == nil || !strings.Contains(ev.Attr["class"], "background") || ev.child("line") == nil {
		t.Errorf("eleven-year event drawn %+v, want a line of class background", ev)
	}
	for _, rule := range []string{".minor .mk{", ".lbl.minor{", ".background .mk{"} {
		if !strings.Contains(string(out), rule) {
			t.Errorf("style lacks %q", rule)
		}
	}
}
