package layout_test

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/layout"
)

func TestTooltipsAndLinks(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{ShowLinks: true})
	jeddah := markOf(t, d, "e-jeddah")
	for _, want := range []string{
		"Ukraine accepts a US proposal for a 30-day ceasefire in Jeddah\n",
		"Date: 11 Mar 2025 (“on Tuesday” = 2025-03-11)",
		"Status: occurred · agreement",
		"Actors: Ukraine (agent), United States (participant)",
		"Sources (2 articles):\n• Kyiv backs a 30-day truce after talks in Jeddah (12 Mar 2025)\n   “Kyiv said on Tuesday",
	} {
		if !strings.Contains(jeddah.Tooltip, want) {
			t.Errorf("tooltip lacks %q:\n%s", want, jeddah.Tooltip)
		}
	}
	if jeddah.URL != "https://news.example.com/world/2025/03/12/jeddah" {
		t.Errorf("url %q", jeddah.URL)
	}
	week := markOf(t, d, "e-witkoff-moscow")
	for _, want := range []string{
		"Date: 10–16 Mar 2025 (week; “last week” = 2025-W11)",
		"Where: Moscow",
		"The sources disagree on the date:\n• Washington's message to Kyiv: don't count on the land (17 Mar 2025): 10–16 Mar 2025 (“last week”)\n" +
			"• Kyiv backs a 30-day truce after talks in Jeddah (12 Mar 2025): 13 Mar 2025 (“on Thursday”)",
	} {
		if !strings.Contains(week.Tooltip, want) {
			t.Errorf("week tooltip lacks %q:\n%s", want, week.Tooltip)
		}
	}
	if m := markOf(t, d, "e-analysts"); m.URL != "" {
		t.Errorf("javascript: URL kept as %q", m.URL)
	}
	if len(d.Links) != 4 {
		t.Fatalf("links = %d, want 4", len(d.Links))
	}
	for _, a := range d.Links {
		if !strings.HasPrefix(a.Class, "link link-") || a.From == a.To || a.Tooltip == "" {
			t.Errorf("arrow %+v", a)
		}
	}
	if len(d.Published) != 4 || d.Published[3].Count != 2 || d.Published[3].URL != "" {
		t.Errorf("publication marks %+v: want 4 days, two articles on 17 Mar and no single link", d.Published)
	}
}

func TestLabelsNeverOverlap(t *testing.T) {
	fixture := loadFixture(t)
	tests := []struct {
		name string
		tl   *timeline.Timeline
		opt  layout.Options
	}{
		{"fixture narrow", fixture, layout.Options{Width: 400}},
		{"fixture wide", fixture, layout.Options{Width: 2400, ShowLinks: true}},
		{"fixture single", fixture, layout.Options{SingleLane: true, Width: 700}},
		{"dense 500", synthetic(500, 1), layout.Options{}},
		{"dense 500 single", synthetic(500, 2), layout.Options{SingleLane: true}},
		{"dense 500 narrow", synthetic(500, 3), layout.Options{Width: 500, Lanes: 3, LabelRows: 20}},
		{"dense 500 wide labels", synthetic(500, 4), layout.Options{MaxLabelWidth: 600, FontSize: 16}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := mustLayout(t, tc.tl, tc.opt)
			checkDiagram(t, d)
			if len(d.Labels) == 0 {
				t.Error("no label placed")
			}
			if len(d.Labels)+d.Unlabelled != len(d.Marks) {
				t.Errorf("%d labels + %d unlabelled != %d marks", len(d.Labels), d.Unlabelled, len(d.Marks))
			}
		})
	}
}

func TestMaxLabels(t *testing.T) {
	d := mustLayout(t, loadFixture(t), layout.Options{MaxLabels: 3})
	var got []string
	for _, l := range d.Labels {
		got = append(got, d.Marks[l.Mark].EventID)
	}
	slices.Sort(got)
	// the three events told by two sources each
	want := []string{"e-call-feb12", "e-jeddah", "e-oval-row"}
	if !slices.Equal(got, want) {
		t.Errorf("labelled %q, want the most told %q", got, want)
	}
	if d.Unlabelled != 11 {
		t.Errorf("unlabelled = %d, want 11", d.Unlabelled)
	}
}

func TestLabelsAreCut(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{{ID: "a",
		Summary: "A very long summary\nthat goes on and on about talks, ceasefires, envoys, energy infrastructure and more",
		When:    &timeline.When{Start: day("2025-03-01"), End: day("2025-03-01")}}}}
	d := mustLayout(t, tl, layout.Options{MaxLabelWidth: 150})
	if len(d.Labels) != 1 {
		t.Fatal("no label")
	}
	l := d.Labels[0]
	if !strings.HasSuffix(l.Text, "…") || strings.Contains(l.Text, "\n") || l.Box.W > 150+4 {
		t.Errorf("label %q, box %+v: want one line cut to 150 px with an ellipsis", l.Text, l.Box)
	}
}

func TestLabelPriority(t *testing.T) {
	tl := story(nil, "statement+++:a", "announcement++:a", "meeting:a", "statement:a", "dismissal:a")
	tests := []struct {
		max  int
		want []string
	}{
		{1, []string{"e02"}},                      // the earliest action, though the statement is told thrice
		{2, []string{"e02", "e04"}},               // both actions
		{3, []string{"e01", "e02", "e04"}},        // then the announcement
		{4, []string{"e00", "e01", "e02", "e04"}}, // then the most told statement
	}
	for _, tc := range tests {
		t.Run(strconv.Itoa(tc.max), func(t *testing.T) {
			d := mustLayout(t, tl, layout.Options{MaxLabels: tc.max})
			var got []string
			for _, l := range d.Labels {
				got = append(got, d.Marks[l.Mark].EventID)
			}
			slices.Sort(got)
			if !slices.Equal(got, tc.want) {
				t.Errorf("labelled %q, want %q", got, tc.want)
			}
		})
	}
	d := mustLayout(t, tl, layout.Options{})
	for _, m := range d.Marks {
		if m.Label < 0 {
			t.Fatalf("mark %s has no label", m.ID)
		}
		statement := strings.HasPrefix(d.Labels[m.Label].Text, "statement")
		if m.Minor != statement || statement && (m.R >= 5 || !strings.Contains(d.Labels[m.Label].Class, "minor")) {
			t.Errorf("mark %s minor=%v r=%v label class %q: statements, and only they, are drawn small and faint",
				m.ID, m.Minor, m.R, d.Labels[m.Label].Class)
		}
	}
}

func TestTooltipGroupsSentencesBySource(t *testing.T) {
	tl := story(nil, "meeting:a")
	tl.Documents = []timeline.Document{{ID: "d1", Title: "Envoys meet", Published: day("2025-02-21")}}
	tl.Events[0].Mentions = []timeline.Mention{
		{Doc: "d1", Text: "The envoys met."}, {Doc: "d2", Text: "They met, a second paper said."},
		{Doc: "d1", Text: "The meeting lasted four hours."}, {Doc: "d1", Text: "The envoys met."},
	}
	d := mustLayout(t, tl, layout.Options{})
	want := "Sources (2 articles):\n• Envoys meet (21 Feb 2025)\n   “The envoys met.”\n   “The meeting lasted four hours.”\n" +
		"• d2\n   “They met, a second paper said.”"
	if got := d.Marks[0].Tooltip; !strings.HasSuffix(got, want) {
		t.Errorf("tooltip:\n%s\nwant it to end with:\n%s", got, want)
	}
}

func TestStackedMarksLabelInOrder(t *testing.T) {
	tl := story(nil, "meeting:a", "call:a", "statement:a", "demand:a")
	for i := range tl.Events {
		tl.Events[i].When = &timeline.When{Start: day("2025-03-10"), End: day("2025-03-10")}
	}
	other := story(nil, "meeting:a").Events[0]
	other.ID = "another-day"
	tl.Events = append(tl.Events, other)
	d := mustLayout(t, tl, layout.Options{})
	checkDiagram(t, d)
	marks := slices.Clone(d.Marks)
	slices.SortFunc(marks, func(a, b layout.Mark) int { return cmp.Compare(a.Y, b.Y) })
	prev := -1.0
	for _, m := range marks {
		if m.Label < 0 {
			t.Fatalf("mark %s has no label", m.ID)
		}
		if m.X != marks[0].X {
			continue
		}
		if y := d.Labels[m.Label].Box.Y; y <= prev {
			t.Errorf("mark %s at y=%v has its label at y=%v, above the label of the mark above it", m.ID, m.Y, y)
		} else {
			prev = y
		}
	}
}

func TestLabelsLeaveOutTheLaneActor(t *testing.T) {
	actors := []timeline.Actor{{ID: "berg", Name: "Anna Berg", Aliases: []string{"Berg"}, Kind: timeline.Person}}
	tl := story(actors, "meeting:berg", "call:berg", "statement:berg", "visit:berg", "meeting:berg", "visit:holm:berg")
	for i, s := range []string{"Anna Berg met Holm", "Berg called Dahl", "Berg Industries said little", "Holm met Anna Berg",
		"Berg and Holm met", "Berg officials went"} {
		tl.Events[i].Summary = s
	}
	want := map[string]string{"e00": "Met Holm", "e01": "Called Dahl", "e02": "Berg Industries said little",
		"e03": "Holm met Anna Berg", "e04": "Berg and Holm met",
		"e05": "Berg officials went"} // in Berg's lane, but led by Holm
	for _, opt := range []layout.Options{{Lanes: 1}, {SingleLane: true}} {
		d := mustLayout(t, tl, opt)
		if len(d.Labels) != len(tl.Events) {
			t.Fatalf("%d labels for %d events", len(d.Labels), len(tl.Events))
		}
		for _, l := range d.Labels {
			id := d.Marks[l.Mark].EventID
			w := want[id]
			if opt.SingleLane {
				w = tl.Events[id[2]-'0'].Summary // the single lane names nobody
			}
			if l.Text != w {
				t.Errorf("single=%v: label of %s = %q, want %q", opt.SingleLane, id, l.Text, w)
			}
		}
	}
}
