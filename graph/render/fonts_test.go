package render_test

import (
	"bytes"
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/storyline/storyline/graph/render"
	"github.com/storyline/storyline/timeline"
)

// TestTextFitsAWideSans: the graphs are sized for a sans-serif as wide as
// DejaVu Sans, which a browser on Linux draws where Helvetica is missing,
// and name sans-serif fallbacks, so no heading or box label runs out of
// the picture (it read "…another not show" in the report).
func TestTextFitsAWideSans(t *testing.T) {
	tl := &timeline.Timeline{
		Documents: []timeline.Document{{ID: "d"}},
		Actors: []timeline.Actor{
			{ID: "a", Name: "Ann Example", Kind: timeline.Person},
			{ID: "b", Name: "Bo Example", Kind: timeline.Person},
			{ID: "c", Name: "Cy Example", Kind: timeline.Person},
		},
		Events: []timeline.Event{{ID: "e", Kind: "statement", Summary: "Ann Example and Bo Example spoke",
			Actors: []timeline.Participant{{ID: "a", Role: timeline.RoleAgent}, {ID: "b", Role: timeline.RoleParticipant}}},
			{ID: "f", Kind: "statement", Summary: "Cy Example spoke",
				Actors: []timeline.Participant{{ID: "c", Role: timeline.RoleAgent}}}},
	}
	var b bytes.Buffer
	if err := render.Actors(context.Background(), &b, tl, render.SVG, render.Options{}); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	const heading = "1 actor sharing no event with another not shown"
	if !strings.Contains(svg, heading) {
		t.Fatalf("the picture lacks its heading %q", heading)
	}
	m := regexp.MustCompile(`viewBox="[\d.]+ [\d.]+ ([\d.]+) `).FindStringSubmatch(svg)
	if m == nil {
		t.Fatal("no viewBox")
	}
	// DejaVu Sans averages 0.55 em a character over such text, Helvetica 0.5.
	w, _ := strconv.ParseFloat(m[1], 64)
	if need := 0.55 * 12 * float64(len(heading)); w < need {
		t.Errorf("picture %.0f pt wide, the heading needs %.0f pt in DejaVu Sans", w, need)
	}
	for _, f := range regexp.MustCompile(`font-family="([^"]*)"`).FindAllStringSubmatch(svg, -1) {
		if !strings.HasSuffix(strings.ToLower(f[1]), "sans-serif") {
			t.Errorf("font-family %q has no sans-serif fallback", f[1])
		}
	}
}
