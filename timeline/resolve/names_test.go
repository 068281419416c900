package resolve

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestRespell(t *testing.T) {
	actors := []timeline.Actor{
		{ID: "steve-witkoff", Name: "Steve Witkoff", Kind: timeline.Person, Aliases: []string{"Mr Witkoff", "Steve Witcoff", "Witcoff", "Witkoff"}},
		{ID: "donald-trump", Name: "Donald Trump", Kind: timeline.Person, Aliases: []string{"President Trump", "Trump"}},
		{ID: "acme", Name: "Acme Corp", Kind: timeline.Organization, Aliases: []string{"Akme"}},
	}
	sp := misspellings(actors)
	tests := []struct {
		summary string
		ids     []string
		want    string
	}{
		{"Steve Witcoff met Donald Trump", []string{"steve-witkoff", "donald-trump"}, "Steve Witkoff met Donald Trump"},
		{"Witcoff flew to Moscow", []string{"steve-witkoff"}, "Steve Witkoff flew to Moscow"},
		{"Mr Witkoff flew to Moscow", []string{"steve-witkoff"}, "Mr Witkoff flew to Moscow"},
		{"Witcoffs flew", []string{"steve-witkoff"}, "Witcoffs flew"},
		{"The Trump administration said", []string{"donald-trump"}, "The Trump administration said"},
		{"Steve Witcoff met Akme", []string{"acme"}, "Steve Witcoff met Akme"},
	}
	for _, tc := range tests {
		ev := timeline.Event{Summary: tc.summary}
		for _, id := range tc.ids {
			ev.Actors = append(ev.Actors, timeline.Participant{ID: id})
		}
		sp.respell(&ev)
		if ev.Summary != tc.want {
			t.Errorf("respell(%q) = %q, want %q", tc.summary, ev.Summary, tc.want)
		}
	}
}
