package layout_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

func mustLayout(t testing.TB, tl *timeline.Timeline, opt layout.Options) *layout.Diagram {
	t.Helper()
	d, err := layout.Layout(tl, opt)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func markOf(t *testing.T, d *layout.Diagram, eventID string) layout.Mark {
	t.Helper()
	for _, m := range d.Marks {
		if m.EventID == eventID {
			return m
		}
	}
	t.Fatalf("no mark for event %s", eventID)
	return layout.Mark{}
}

func laneNames(d *layout.Diagram) []string {
	var names []string
	for _, l := range d.Lanes {
		names = append(names, l.Name)
	}
	return names
}

func TestFixture(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{})
	checkDiagram(t, d)
	if got, want := len(d.Marks), 14; got != want {
		t.Errorf("marks = %d, want %d", got, want)
	}
	if d.Undated != 1 {
		t.Errorf("undated = %d, want 1", d.Undated)
	}
	if d.Unlabelled != 0 {
		t.Errorf("unlabelled = %d, want every event labelled at the default width", d.Unlabelled)
	}
	// Putin takes part in six events, Trump in four; Rubio's talks and
	// the analysts' note need a lane more than Zelensky's Oval Office
	// meeting, which Trump's lane already holds.
	want := []string{"Vladimir Putin", "Donald Trump", "Ukraine", "Russia", "United States", "Marco Rubio", "Others"}
	if got := laneNames(d); !slices.Equal(got, want) {
		t.Errorf("lanes = %q, want %q", got, want)
	}
	if d.Width != layout.DefaultWidth || d.Height <= d.Axis.Y {
		t.Errorf("size %vx%v, axis at %v", d.Width, d.Height, d.Axis.Y)
	}
	for i, a := range d.Marks {
		for _, b := range d.Marks[i+1:] {
			if a.Lane == b.Lane && a.Y == b.Y && a.X-a.R < b.X2+b.R && b.X-b.R < a.X2+a.R {
				t.Errorf("marks %s and %s overlap in lane %d", a.ID, b.ID, a.Lane)
			}
		}
	}
	if !strings.Contains(d.Subtitle, "14 events") || !strings.Contains(d.Subtitle, "1 undated event not shown") {
		t.Errorf("subtitle %q", d.Subtitle)
	}
}

func TestFilters(t *testing.T) {
	tl := loadFixture(t)
	tests := []struct {
		name   string
		opt    layout.Options
		events []string
	}{
		{"window", layout.Options{From: day("2025-03-12"), To: day("2025-03-14")},
			[]string{"e-witkoff-moscow", "e-putin-conditions", "e-russia-rejects"}},
		{"open end", layout.Options{From: day("2025-03-18")},
			[]string{"e-call-mar18", "e-energy-pause", "e-peacekeepers"}},
		{"actor by name", layout.Options{Actors: []string{"  steve WITKOFF "}}, []string{"e-witkoff-moscow"}},
		{"actor by id", layout.Options{Actors: []string{"sergei-lavrov"}}, []string{"e-riyadh"}},
		{"actor and window", layout.Options{Actors: []string{"Donald Trump"}, To: day("2020-01-01")}, []string{"e-g20-osaka"}},
		{"nobody", layout.Options{Actors: []string{"nobody"}}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, tl, tc.opt)
			checkDiagram(t, d)
			var got []string
			for _, m := range d.Marks {
				got = append(got, m.EventID)
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tc.events))
			if !slices.Equal(got, want) {
				t.Errorf("events = %q, want %q", got, want)
			}
		})
	}
}

func TestStatusStyles(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{})
	tests := []struct {
		event                  string
		shape                  layout.Shape
		hollow, crossed, vague bool
		class                  string
	}{
		{"e-jeddah", layout.Point, false, false, false, "st-occurred k-agreement"},
		{"e-call-mar18", layout.Point, true, false, false, "st-expected"},
		{"e-energy-pause", layout.Point, true, false, false, "st-planned"},
		{"e-aid-pause", layout.Point, false, false, false, "st-reported"},
		{"e-russia-rejects", layout.Point, false, true, false, "st-denied"},
		{"e-peacekeepers", layout.Bar, false, false, true, "st-hypothetical k-other range vague"},
		{"e-witkoff-moscow", layout.Bar, false, false, true, "range vague"},
		{"e-crimea", layout.Bar, false, false, true, "range vague"},
	}
	for _, tc := range tests {
		t.Run(tc.event, func(t *testing.T) {
			m := markOf(t, d, tc.event)
			if m.Shape != tc.shape || m.Hollow != tc.hollow || m.Crossed != tc.crossed || m.Vague != tc.vague {
				t.Errorf("mark %+v: want shape %v hollow %v crossed %v vague %v", m, tc.shape, tc.hollow, tc.crossed, tc.vague)
			}
			if !strings.Contains(m.Class, tc.class) {
				t.Errorf("class %q lacks %q", m.Class, tc.class)
			}
		})
	}
	var symbols []string
	for _, e := range d.Legend {
		symbols = append(symbols, e.Symbol)
	}
	want := []string{"occurred", "expected", "reported", "denied", "hypothetical", "vague", "ghost", "published", "break"}
	if !slices.Equal(symbols, want) {
		t.Errorf("legend %q, want %q", symbols, want)
	}
}

func TestDeterministic(t *testing.T) {
	tl := synthetic(300, 9)
	a := mustLayout(t, tl, layout.Options{ShowLinks: true})
	b := mustLayout(t, tl, layout.Options{ShowLinks: true})
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two layouts of the same timeline differ")
	}
	shuffled := *tl
	shuffled.Events = slices.Clone(tl.Events)
	rand.New(rand.NewPCG(1, 2)).Shuffle(len(shuffled.Events), func(i, j int) {
		shuffled.Events[i], shuffled.Events[j] = shuffled.Events[j], shuffled.Events[i]
	})
	if c := mustLayout(t, &shuffled, layout.Options{ShowLinks: true}); !reflect.DeepEqual(a, c) {
		t.Error("the order of the events changes the layout")
	}
}

func TestErrors(t *testing.T) {
	if _, err := layout.Layout(nil, layout.Options{}); !errors.Is(err, layout.ErrNilTimeline) {
		t.Errorf("nil timeline: %v", err)
	}
	_, err := layout.Layout(&timeline.Timeline{}, layout.Options{From: day("2025-03-02"), To: day("2025-03-01")})
	if err == nil || !strings.Contains(err.Error(), "2025-03-02..2025-03-01") {
		t.Errorf("from after to: %v", err)
	}
}

func TestEmpty(t *testing.T) {
	tests := []struct {
		name string
		tl   *timeline.Timeline
		opt  layout.Options
	}{
		{"no events", &timeline.Timeline{}, layout.Options{}},
		{"only undated", &timeline.Timeline{Events: []timeline.Event{{ID: "a", Summary: "x"}}}, layout.Options{}},
		{"single lane", &timeline.Timeline{}, layout.Options{SingleLane: true}},
		{"window misses", loadFixture(t), layout.Options{From: day("2030-01-01")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, tc.tl, tc.opt)
			checkDiagram(t, d)
			if len(d.Marks) != 0 || d.Subtitle != "No dated events to show" || d.Height <= 0 {
				t.Errorf("marks %d, subtitle %q, height %v", len(d.Marks), d.Subtitle, d.Height)
			}
		})
	}
}

// story returns events told in late February and March 2025, with the
// actors given, each event as kind:actor[:participant], told by one source
// unless the kind is repeated with a "+" per extra source.
func story(actors []timeline.Actor, events ...string) *timeline.Timeline {
	tl := &timeline.Timeline{Schema: timeline.Schema, Actors: actors}
	for i, spec := range events {
		parts := strings.Split(spec, ":")
		kind := strings.TrimRight(parts[0], "+")
		ev := timeline.Event{ID: fmt.Sprintf("e%02d", i), Kind: kind, Summary: spec,
			When: &timeline.When{Start: day("2025-02-20").AddDays(i), End: day("2025-02-20").AddDays(i)}}
		for range len(parts[0]) - len(kind) + 1 {
			ev.Mentions = append(ev.Mentions, timeline.Mention{Doc: "d"})
		}
		for j, a := range parts[1:] {
			role := timeline.RoleAgent
			if j > 0 {
				role = timeline.RoleParticipant
			}
			ev.Actors = append(ev.Actors, timeline.Participant{ID: a, Role: role})
		}
		tl.Events = append(tl.Events, ev)
	}
	return tl
}
