package report

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/golden"
)

// TestGolden pins the report of the sample story; go test -update
// rewrites it after a deliberate change, to be reviewed as a diff.
func TestGolden(t *testing.T) {
	fig := Figure{SVG: []byte(testFigure)}
	page := write(t, sample(), Options{Title: "Envoy talks", Timeline: fig, EventGraph: fig,
		ActorGraph: Figure{SVG: []byte(testFigure), Caption: "Who met whom."}})
	golden.Assert(t, "testdata/sample.html", []byte(page))
}

func TestWriteShows(t *testing.T) {
	page := write(t, sample(), Options{Timeline: Figure{SVG: []byte(testFigure)}})
	tests := []struct {
		name string
		want []string
	}{
		{"default title", []string{"<title>Storyline report</title>", "<h1>Storyline report</h1>"}},
		{"corpus", []string{"3 documents from 2 outlets, published 14–16 Mar 2025: 6 events, 4 actors and 1 link.",
			"The Ledger · wire.example.org (and 1 document naming none)"}},
		{"counts", []string{"<dd>6 (3 dated, 3 undated)</dd>", "<dd>1 Jan 2014 – 16 Mar 2025</dd>"}},
		{"failed input", []string{`<li class="error">1 input could not be read`, "<li>in/broken.json:3: malformed JSON</li>"}},
		{"warned input", []string{"1 input was read with a warning:", "<li>in/c.txt: no publication date</li>"}},
		{"document without a date", []string{"1 document has no publication date", "<li>c: Ministers meet</li>"}},
		{"undated events", []string{"3 events of 6 have no date in the text"}},
		{"precision", []string{`<td class="date">10–16 Mar 2025<span class="prec">week</span></td>`,
			`<td class="date">2014<span class="prec">year</span></td>`,
			`<td class="date"><time datetime="2025-03-13">13 Mar 2025</time><span class="prec">day</span></td>`}},
		{"status and kind", []string{`<span class="status st-expected">expected</span>`, `<td class="kind">visit</td>`}},
		{"actors of an event", []string{`<a href="#a-envoy" title="agent">Steve Witkoff</a>, <a href="#a-putin" title="participant">Vladimir Putin</a>`}},
		{"source", []string{`<cite><a href="https://www.ledger.example.com/a" rel="noreferrer">The Ledger</a></cite> · 14 Mar 2025 · <span class="title">Envoy meets president in Moscow</span>`}},
		{"date expression marked", []string{`Witkoff met Putin in Moscow on <mark class="date">Thursday</mark>.`,
			`Witkoff saw Putin at <mark class="date">the end of last week</mark>.`}},
		{"agreement", []string{"Sources disagree on the date; the table shows 13 Mar 2025.",
			"<li>The Ledger: 13 Mar 2025 (“Thursday”)</li><li>wire.example.org: 14–16 Mar 2025 (“the end of last week”)</li>"}},
		{"undated first reported", []string{`<td class="date">14 Mar 2025</td>`}},
		{"actor table", []string{`<tr id="a-envoy"><td>Steve Witkoff</td><td>person</td><td>Witkoff, Witcoff</td><td>US special envoy</td><td>United States</td><td class="num">3</td><td class="num">4</td></tr>`}},
		{"link", []string{`<a href="#e-said-late">Putin said talks were useful</a> <span class="when">undated</span></td><td class="kind">responds to</td><td><a href="#e-meet">`, "<td>“after”</td><td>wire.example.org</td>"}},
		{"figure", []string{`<figure id="timeline">`, "The 3 dated events on a time axis"}},
		{"filters", []string{`<option value="putin">Vladimir Putin</option>`, `<option value="expected">expected</option>`, `<form id="filters" class="filters" hidden>`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("page does not contain %q", w)
				}
			}
		})
	}
}

func TestEventOrder(t *testing.T) {
	doc := parse(t, write(t, sample(), Options{}))
	tests := []struct {
		table string
		want  []string
	}{
		// by start, then end: the year 2014, the week of 10 March, 13 March
		{"dated-table", []string{"e-annex", "e-visit", "e-meet"}},
		// by first report (14 March before 16 March), never reported last
		{"undated-table", []string{"e-said-early", "e-said-late", "e-nodate"}},
	}
	for _, tc := range tests {
		t.Run(tc.table, func(t *testing.T) {
			if got := rowIDs(doc, tc.table); !slices.Equal(got, tc.want) {
				t.Errorf("rows = %v, want %v", got, tc.want)
			}
		})
	}
}

func TestSourcesEarliestFirst(t *testing.T) {
	page := write(t, sample(), Options{})
	a := strings.Index(page, "Witkoff met Putin in Moscow on")
	b := strings.Index(page, "Witkoff saw Putin at")
	if a < 0 || b < 0 || a > b {
		t.Errorf("the source of 14 March (at %d) is not before that of 16 March (at %d)", a, b)
	}
}

func TestByteStable(t *testing.T) {
	tl := sample()
	want := write(t, tl, Options{Timeline: Figure{SVG: []byte(testFigure)}})
	if again := write(t, tl, Options{Timeline: Figure{SVG: []byte(testFigure)}}); again != want {
		t.Fatalf("two writes differ:\n%s", golden.Diff([]byte(want), []byte(again)))
	}
	// The report orders what it lists itself, so shuffled lists give the
	// same page.
	r := rand.New(rand.NewPCG(1, 2))
	for range 5 {
		sh := sample()
		r.Shuffle(len(sh.Events), func(i, j int) { sh.Events[i], sh.Events[j] = sh.Events[j], sh.Events[i] })
		r.Shuffle(len(sh.Actors), func(i, j int) { sh.Actors[i], sh.Actors[j] = sh.Actors[j], sh.Actors[i] })
		r.Shuffle(len(sh.Documents), func(i, j int) { sh.Documents[i], sh.Documents[j] = sh.Documents[j], sh.Documents[i] })
		if got := write(t, sh, Options{Timeline: Figure{SVG: []byte(testFigure)}}); got != want {
			t.Fatalf("shuffled input gives another page:\n%s", golden.Diff([]byte(want), []byte(got)))
		}
	}
}

func TestWriteEdgeCases(t *testing.T) {
	tests := []struct {
		name string
		tl   *timeline.Timeline
		opt  Options
		want []string
		not  []string
	}{
		{"nil timeline", nil, Options{}, []string{"0 documents: 0 events, 0 actors and 0 links.", "<dd>none</dd>", "No event has a date in the text."}, []string{"<figure", "Undated events</h2>"}},
		{"empty timeline", &timeline.Timeline{}, Options{Title: " Two\nlines "}, []string{"<h1>Two lines</h1>"}, []string{"Warnings"}},
		{"no pictures", sample(), Options{}, []string{"<h2 id=\"dated-heading\">Events</h2>"}, []string{"<figure", "<svg"}},
		{"figure without caption gets the default", sample(), Options{EventGraph: Figure{SVG: []byte(testFigure)}},
			[]string{"The event graph: events in date order, the 1 extracted link between them"}, nil},
		{"wide figure has a full-size switch", sample(), Options{ActorGraph: Figure{SVG: []byte(testFigure)}},
			[]string{`<input type="checkbox" class="zoom" id="actor-graph-zoom">`}, nil},
		{"event without date, status or kind", &timeline.Timeline{Events: []timeline.Event{{ID: "e-1"}}},
			Options{}, []string{`<span class="status st-occurred">occurred</span>`, `<td class="kind">other</td>`, "(no summary)"}, nil},
		{"link to an event not in the timeline", &timeline.Timeline{Links: []timeline.Link{{From: "e-x", To: "e-y", Kind: "causes"}}},
			Options{}, []string{"(event e-x not in the report)"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := write(t, tc.tl, tc.opt)
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("page does not contain %q", w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(page, w) {
					t.Errorf("page contains %q", w)
				}
			}
		})
	}
}

func TestWriteRefusesBadFigures(t *testing.T) {
	tests := []struct {
		name string
		svg  string
		want error
	}{
		{"not svg", "<html><body>hi</body></html>", ErrNotSVG},
		{"script", `<svg><script>alert(1)</script></svg>`, ErrUnsafeSVG},
		{"script in capitals", `<svg><SCRIPT>alert(1)</SCRIPT></svg>`, ErrUnsafeSVG},
		{"foreign object", `<svg><foreignObject><div>x</div></foreignObject></svg>`, ErrUnsafeSVG},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Write(&bytes.Buffer{}, sample(), Options{Timeline: Figure{SVG: []byte(tc.svg)}})
			if !errors.Is(err, tc.want) {
				t.Fatalf("error = %v, want %v", err, tc.want)
			}
			if !strings.Contains(err.Error(), "timeline figure") {
				t.Errorf("error %q does not name the figure", err)
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteReportsWriteErrors(t *testing.T) {
	if err := Write(failWriter{}, sample(), Options{}); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error = %v, want the writer's", err)
	}
}
