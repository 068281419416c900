package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
)

// TestWorkStoppages reads strikes of workers told as a labour story
// tells them, end to end: whose strike it is makes it a stoppage of
// work, not a blow; what a photo caption says of the photo is no event.
func TestWorkStoppages(t *testing.T) {
	tests := []struct {
		name, text, predicate, kind string
	}{
		{"the workers' strike",
			"The dock workers' last strike in 2008 shut the port for 52 days.", "strike", "protest"},
		{"a strike by workers",
			"A strike by 30,000 dock workers shut the port on Monday.", "strike", "protest"},
		{"a strike told bare in a story of workers' strike",
			"Dock workers at Ostburg voted on Monday to strike over pay. \"We strike at midnight,\" the union leader said.", "strike", "protest"},
		{"a state's strikes stay attacks",
			"Norland's strikes on the port killed three people on Monday.", "strike", "attack"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := buildText(t, tc.text)
			var got []string
			found := false
			for _, e := range tl.Events {
				if e.Predicate == tc.predicate {
					found = true
					if e.Kind != tc.kind {
						t.Errorf("%s: kind %s, want %s", e.Summary, e.Kind, tc.kind)
					}
				}
				got = append(got, e.Predicate+" "+e.Summary)
			}
			if !found {
				t.Errorf("no %s event among:\n  %s", tc.predicate, strings.Join(got, "\n  "))
			}
		})
	}
}

// What a photo caption says its picture shows is no event of the story;
// what the caption tells happened still is.
func TestCaptionShows(t *testing.T) {
	text := "Dock workers walked out on Monday.\n\nThe company's headquarters in Ostburg is shown Wednesday, March 21, 2001. (AP Photo/Jan Berg)\n\nStrikers marched through Ostburg on Tuesday. (AP Photo/Jan Berg)"
	tl := buildText(t, text)
	var preds []string
	for _, e := range tl.Events {
		preds = append(preds, e.Predicate)
	}
	if slices.Contains(preds, "show") {
		t.Errorf("the photo's showing is an event: %q", preds)
	}
	if !slices.Contains(preds, "march") {
		t.Errorf("the march a caption tells is lost: %q", preds)
	}
}

// An event noun with its doer after "by" is summarised in that order,
// not with the doer before the noun's determiner ("Machinists A strike").
func TestNounDoerSummary(t *testing.T) {
	tl := buildText(t, "A strike by Halvard machinists shut the plant on Monday.")
	var got []string
	for _, e := range tl.Events {
		if e.Predicate == "strike" && strings.HasPrefix(e.Summary, "A strike by ") && strings.Contains(e.Summary, "machinists") {
			return
		}
		got = append(got, e.Summary)
	}
	t.Errorf("no summary \"A strike by … machinists\" among %q", got)
}

// What "one of" a group voted to do, the group does.
func TestPartitiveController(t *testing.T) {
	tl := buildText(t, "One of Halvard's largest unions overwhelmingly voted on Thursday to strike.")
	for _, e := range tl.Events {
		if e.Predicate != "strike" {
			continue
		}
		if len(e.Actors) == 0 || e.Actors[0].Role != timeline.RoleAgent || e.Actors[0].ID != "unions" {
			t.Errorf("%s: actors %+v, want the unions as agent", e.Summary, e.Actors)
		}
		return
	}
	t.Error("no strike event")
}

// A photo caption tells in the present what has happened: its weekday is
// the last one, not the next.
func TestCaptionWeekday(t *testing.T) {
	skipMisparsed(t)
	tl := buildText(t, "Dock workers walked out on Monday.\n\nStrikers count votes at the union hall on Thursday in Ostburg. (AP Photo/Jan Berg)")
	for _, e := range tl.Events {
		if e.Predicate != "count" {
			continue
		}
		if e.When == nil || e.When.Start.String() != "2026-05-14" || e.Status != timeline.Occurred {
			t.Errorf("%s: %v %s, want 2026-05-14, occurred", e.Summary, e.When, e.Status)
		}
		return
	}
	t.Error("no count event")
}

// buildText builds the timeline of one article of text published on 18
// May 2026.
func buildText(t *testing.T, text string) *timeline.Timeline {
	t.Helper()
	docs, _, err := ingest.Read("story.txt", []byte("---\ndate: 2026-05-18\n---\n"+text+"\n"), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return Build(docs)
}
