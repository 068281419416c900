package report

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/storyline/storyline/timeline"
)

// The actors table holds those who take part in an event; those only
// named are folded away beneath it.
func TestSplitActors(t *testing.T) {
	row := func(id string, events int) actorRow { return actorRow{ID: id, Events: events} }
	ids := func(rows []actorRow) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.ID)
		}
		return out
	}
	tests := []struct {
		name          string
		rows          []actorRow
		acting, named []string
	}{
		{"some act, some are named", []actorRow{row("a", 3), row("b", 1), row("c", 0), row("d", 0)}, []string{"a", "b"}, []string{"c", "d"}},
		{"all act", []actorRow{row("a", 2), row("b", 1)}, []string{"a", "b"}, nil},
		{"none acts", []actorRow{row("a", 0)}, nil, []string{"a"}},
		{"no actors", nil, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			acting, named := splitActors(tt.rows)
			if got := ids(acting); !slices.Equal(got, tt.acting) {
				t.Errorf("acting %v, want %v", got, tt.acting)
			}
			if got := ids(named); !slices.Equal(got, tt.named) {
				t.Errorf("named %v, want %v", got, tt.named)
			}
		})
	}
}

// A side that no actor stands for is named from its id, not shown as the
// id: "palestine" in the table read as a typing slip.
func TestActorRowSide(t *testing.T) {
	tl := &timeline.Timeline{Actors: []timeline.Actor{
		{ID: "israel", Name: "Israel", Kind: timeline.Country},
		{ID: "netanyahu", Name: "Benjamin Netanyahu", Kind: timeline.Person, Country: "israel"},
		{ID: "gaza", Name: "Gaza", Kind: timeline.Place, Country: "palestine"},
		{ID: "biden", Name: "Joe Biden", Kind: timeline.Person, Country: "united-states"},
	}}
	want := map[string]string{"israel": "", "netanyahu": "Israel", "gaza": "Palestine", "biden": "United States"}
	ix := newIndex(tl)
	for _, r := range ix.actorRows(tl.Actors, nil) {
		if r.Side != want[r.ID] {
			t.Errorf("%s: side %q, want %q", r.ID, r.Side, want[r.ID])
		}
	}
}

// The Places column is drawn only in a table where an event names a
// place.
func TestPlacesColumn(t *testing.T) {
	day := &timeline.When{Start: timeline.NewDate(2021, 4, 20), End: timeline.NewDate(2021, 4, 20), Granularity: timeline.Day}
	tests := []struct {
		name   string
		places []string
		want   int // Places headings on the page
	}{
		{"no event names a place", nil, 0},
		{"a dated event names one", []string{"Minneapolis"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := &timeline.Timeline{Events: []timeline.Event{
				{ID: "e1", Summary: "The jury found him guilty", Kind: "legal", Status: timeline.Occurred, When: day, Places: tt.places},
				{ID: "e2", Summary: "The jurors deliberated", Kind: "meeting", Status: timeline.Occurred},
			}}
			page := write(t, tl, Options{})
			if got := strings.Count(page, "<th>Places</th>"); got != tt.want {
				t.Errorf("%d Places columns, want %d", got, tt.want)
			}
			if got, want := strings.Count(page, `<col class="c-places">`), tt.want; got != want {
				t.Errorf("%d Places cols, want %d", got, want)
			}
		})
	}
}

// The Documents table has an Outlet column only when a document names
// its outlet, by its source or web address.
func TestOutletColumn(t *testing.T) {
	tests := []struct {
		name string
		docs []timeline.Document
		want int // Outlet headings on the page
	}{
		{"no document names one", []timeline.Document{{ID: "g0", Title: "A ceasefire"}, {ID: "g1", Title: "A vote"}}, 0},
		{"one has a web address", []timeline.Document{{ID: "g0", Title: "A ceasefire"}, {ID: "g1", Title: "A vote", URL: "https://news.example.org/vote"}}, 1},
		{"one has a source", []timeline.Document{{ID: "g0", Title: "A ceasefire", Source: "Example News"}}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := write(t, &timeline.Timeline{Documents: tt.docs}, Options{})
			if got := strings.Count(page, "<th>Outlet</th>"); got != tt.want {
				t.Errorf("%d Outlet columns, want %d", got, tt.want)
			}
			if rows, cells := len(tt.docs), strings.Count(page, `<td class="id">`); rows != cells {
				t.Errorf("%d documents, %d rows", rows, cells)
			}
		})
	}
}

func TestEventGraphCaption(t *testing.T) {
	tests := []struct {
		links      int
		want, lack string
	}{
		{0, "no link between them was found in the text", "0 extracted links"},
		{1, "the 1 extracted link between them", "no link"},
		{3, "the 3 extracted links between them", "no link"},
	}
	for _, tt := range tests {
		got := eventGraphCaption(tt.links)
		if !strings.Contains(got, tt.want) || strings.Contains(got, tt.lack) {
			t.Errorf("%d links: %q, want %q and no %q", tt.links, got, tt.want, tt.lack)
		}
	}
}

// TestLongWarningListsFold: a warning about many inputs shows the first
// few and folds the rest into a <details>, so that the header of a large
// corpus still shows the timeline on its first screen; a short list
// shows every item.
func TestLongWarningListsFold(t *testing.T) {
	tests := []struct {
		inputs      int
		shown, more int
	}{
		{3, 3, 0},
		{8, 8, 0},
		{154, 5, 149},
	}
	for _, tc := range tests {
		tl := sample()
		tl.Diagnostics = nil
		for i := range tc.inputs {
			tl.Diagnostics = append(tl.Diagnostics, timeline.Diagnostic{Path: fmt.Sprintf("in/%03d.txt", i), Warning: true, Message: "no year"})
		}
		doc := parse(t, write(t, tl, Options{}))
		shown, more := 0, 0
		walk(doc, func(n *html.Node) {
			if n.Data != "li" || !strings.HasPrefix(textOf(n), "in/") {
				return
			}
			shown++
			for p := n.Parent; p != nil; p = p.Parent {
				if p.Data == "details" {
					shown, more = shown-1, more+1
					break
				}
			}
		})
		if shown != tc.shown || more != tc.more {
			t.Errorf("%d inputs warned: %d shown and %d folded, want %d and %d", tc.inputs, shown, more, tc.shown, tc.more)
		}
	}
}
