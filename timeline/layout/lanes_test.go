package layout_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

func TestLanes(t *testing.T) {
	tl := loadFixture(t)
	tests := []struct {
		name  string
		opt   layout.Options
		lanes []string
		in    map[string]string // event id → lane name
	}{
		{"default", layout.Options{}, nil, map[string]string{
			"e-witkoff-moscow": "Vladimir Putin", // Witkoff has no lane; Putin took part
			"e-oval-row":       "Donald Trump",   // Zelensky has no lane; Trump took part
			"e-riyadh":         "Marco Rubio",
			"e-analysts":       "Others",
			"e-crimea":         "Russia",
		}},
		{"two lanes", layout.Options{Lanes: 2}, []string{"Vladimir Putin", "Donald Trump", "Others"}, map[string]string{
			"e-oval-row": "Donald Trump",
			"e-jeddah":   "Others",
		}},
		{"single lane", layout.Options{SingleLane: true}, []string{"Events"}, map[string]string{"e-crimea": "Events"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, tl, tc.opt)
			checkDiagram(t, d)
			if tc.lanes != nil && !slices.Equal(laneNames(d), tc.lanes) {
				t.Errorf("lanes = %q, want %q", laneNames(d), tc.lanes)
			}
			for ev, lane := range tc.in {
				if got := d.Lanes[markOf(t, d, ev).Lane].Name; got != lane {
					t.Errorf("%s in lane %q, want %q", ev, got, lane)
				}
			}
		})
	}
}

func TestGhosts(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{})
	g20 := markOf(t, d, "e-g20-osaka")
	putin := slices.IndexFunc(d.Lanes, func(l layout.Lane) bool { return l.Actor == "vladimir-putin" })
	found := slices.ContainsFunc(d.Ghosts, func(g layout.Ghost) bool {
		return d.Marks[g.Mark].ID == g20.ID && g.Lane == putin && g.X == g20.X
	})
	if !found {
		t.Errorf("no ghost of the G20 meeting in Putin's lane: %+v", d.Ghosts)
	}
	if d := mustLayout(t, loadFixture(t), layout.Options{SingleLane: true}); len(d.Ghosts) != 0 {
		t.Errorf("single lane has %d ghosts", len(d.Ghosts))
	}
}

func TestLaneIDsAreUnique(t *testing.T) {
	tl := &timeline.Timeline{Actors: []timeline.Actor{{ID: "others", Name: "Others", Mentions: 5}}}
	for i, a := range []string{"others", "b", "c", "d"} {
		tl.Events = append(tl.Events, timeline.Event{ID: a, Actors: []timeline.Participant{{ID: a, Role: timeline.RoleAgent}},
			When: &timeline.When{Start: timeline.NewDate(2025, 3, 1+i)}})
	}
	d := mustLayout(t, tl, layout.Options{Lanes: 2})
	checkDiagram(t, d)
	var ids []string
	for _, l := range d.Lanes {
		ids = append(ids, l.ID)
	}
	if want := []string{"lane-others-2", "lane-b", "lane-others"}; !slices.Equal(ids, want) {
		t.Errorf("lane ids %q, want %q", ids, want)
	}
	if !d.Lanes[2].Others || d.Lanes[0].Others {
		t.Error("the shared lane is not the one marked Others")
	}
}

func TestNoActorsIsOneLane(t *testing.T) {
	d := mustLayout(t, evenlySpread(day("2025-03-01"), day("2025-03-20"), 5), layout.Options{})
	if got := laneNames(d); !slices.Equal(got, []string{"Events"}) || d.Lanes[0].Others {
		t.Errorf("lanes %q: events without actors should share one plain lane", got)
	}
}

func TestBackgroundEvents(t *testing.T) {
	tl := story(nil, "meeting:a", "call:a", "statement:b", "meeting:b")
	tl.Events = append(tl.Events, timeline.Event{ID: "since", Kind: "attack", Summary: "Occupation goes on",
		Actors: []timeline.Participant{{ID: "a", Role: timeline.RoleAgent}},
		When:   &timeline.When{Start: day("2014-01-01"), End: day("2025-02-26"), Granularity: timeline.Year}})
	d := mustLayout(t, tl, layout.Options{})
	checkDiagram(t, d)
	bg := markOf(t, d, "since")
	if !bg.Background || bg.R >= 3 || !strings.Contains(bg.Class, "background") {
		t.Errorf("an event lasting eleven years is drawn %+v, want a thin background bar", bg)
	}
	for _, m := range d.Marks {
		if m.Lane == bg.Lane && m.ID != bg.ID && m.Y-m.R < bg.Y+bg.R {
			t.Errorf("mark %s at y=%v reaches into the background bar at y=%v", m.ID, m.Y, bg.Y)
		}
	}
	if bg.Label < 0 || !strings.HasSuffix(d.Labels[bg.Label].Text, "(2014–2025)") {
		t.Errorf("background label should say its years: %+v", bg)
	}
	if len(d.Axis.Segments) != 1 || d.Axis.Segments[0].From.Year != 2025 {
		t.Errorf("axis %+v: the background must not stretch the axis back to 2014", d.Axis.Segments)
	}
	if bg.X != d.Plot.X {
		t.Errorf("background bar starts at %v, want the plot's left edge %v", bg.X, d.Plot.X)
	}
}

func TestLanesBySide(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "norland", Name: "Norland", Kind: timeline.Country},
		{ID: "sudland", Name: "Sudland", Kind: timeline.Country},
		{ID: "berg", Name: "Berg", Kind: timeline.Person, Country: "norland"},
		{ID: "holm", Name: "Holm", Kind: timeline.Person, Country: "sudland"},
		{ID: "dahl", Name: "Dahl", Kind: timeline.Person, Country: "sudland"},
		{ID: "vik", Name: "Vik", Kind: timeline.Person, Country: "sudland"},
		{ID: "norland-officials", Name: "Norland officials", Kind: timeline.Group, Country: "norland"},
		{ID: "ostburg", Name: "Ostburg", Kind: timeline.Place, Country: "sudland"},
	}
	tl := story(actors,
		"meeting:berg:holm", "call:berg:holm", "statement:berg", "meeting:berg:ostburg",
		"statement:holm", "demand:holm",
		"statement:dahl", "warning:vik", "statement:norland-officials", "attack:sudland:ostburg")
	d := mustLayout(t, tl, layout.Options{Lanes: 3})
	checkDiagram(t, d)
	if want := []string{"Berg", "Holm", "Sudland", "Others"}; !slices.Equal(laneNames(d), want) {
		t.Errorf("lanes = %q, want %q: the people first, their side's ministers under its country", laneNames(d), want)
	}
	for _, want := range []string{"Sudland (country): 3 events, also of Dahl, Vik",
		"Others: 1 event of actors without a lane of their own: Norland officials"} {
		if !slices.ContainsFunc(d.Lanes, func(l layout.Lane) bool { return l.Tooltip == want }) {
			t.Errorf("no lane tooltip %q", want)
		}
	}
	for ev, lane := range map[string]string{"e06": "Sudland", "e07": "Sudland", "e09": "Sudland", "e08": "Others", "e03": "Berg"} {
		if got := d.Lanes[markOf(t, d, ev).Lane].Name; got != lane {
			t.Errorf("%s in lane %q, want %q", ev, got, lane)
		}
	}
}
