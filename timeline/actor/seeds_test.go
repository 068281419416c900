package actor

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestSeeds runs Find and Resolve over the shared seed articles, split
// into sentences by the test's own plain splitter with no boilerplate
// removal, so that page noise reaches the finder.
func TestSeeds(t *testing.T) {
	docs := loadSeeds(t)
	_, actors := findAndResolve(t, docs)
	byID := map[string]timeline.Actor{}
	for _, a := range actors {
		byID[a.ID] = a
	}
	get := func(t *testing.T, id string) timeline.Actor {
		t.Helper()
		a, ok := byID[id]
		if !ok {
			t.Fatalf("no actor %s", id)
		}
		return a
	}
	t.Run("Witkoff and Witcoff are one actor", func(t *testing.T) {
		a := get(t, "steve-witkoff")
		for _, alias := range []string{"Witcoff", "Steve Witcoff", "Mr Witkoff"} {
			if !slices.Contains(a.Aliases, alias) {
				t.Errorf("aliases %v lack %q", a.Aliases, alias)
			}
		}
		if !slices.Contains(a.Roles, "US special envoy") {
			t.Errorf("roles %v lack the apposition", a.Roles)
		}
	})
	t.Run("Zelensky, Zelenskyy and Zelenskiy are one actor", func(t *testing.T) {
		var owners []string
		for _, a := range actors {
			for _, n := range append([]string{a.Name}, a.Aliases...) {
				if strings.Contains(n, "Zelensk") && !slices.Contains(owners, a.ID) {
					owners = append(owners, a.ID)
				}
			}
		}
		if len(owners) != 1 {
			t.Errorf("names with Zelensk belong to %v", owners)
		}
	})
	t.Run("Grushko with his role", func(t *testing.T) {
		a := get(t, "alexander-grushko")
		if !slices.ContainsFunc(a.Roles, func(r string) bool { return strings.Contains(r, "Deputy Foreign Minister") }) {
			t.Errorf("roles %v", a.Roles)
		}
		if a.Country != "russia" {
			t.Errorf("country %q", a.Country)
		}
	})
	t.Run("Kallas with her role", func(t *testing.T) {
		a := get(t, "kaja-kallas")
		if !slices.ContainsFunc(a.Roles, func(r string) bool { return strings.Contains(r, "foreign policy chief") }) {
			t.Errorf("roles %v", a.Roles)
		}
	})
	t.Run("people introduced by context", func(t *testing.T) {
		if g := get(t, "thomas-graham"); g.Mentions < 2 {
			t.Errorf("thomas-graham: %+v", g)
		}
		if _, ok := byID["lindsey-graham"]; ok {
			t.Error("Graham of one article taken for another Graham")
		}
		get(t, "myroslava-lesko")
		get(t, "tymofiy-mylovanov")
		for _, id := range []string{"donald-trump", "vladimir-putin", "keith-kellogg", "dmitry-peskov"} {
			if a := get(t, id); a.Kind != timeline.Person {
				t.Errorf("%s: kind %s", id, a.Kind)
			}
		}
	})
	t.Run("metonymy and groups", func(t *testing.T) {
		for id, country := range map[string]string{"russian-presidency": "russia", "us-presidency": "united-states",
			"russian-government": "russia", "ukrainian-government": "ukraine", "russian-officials": "russia", "russian-forces": "russia"} {
			if a := get(t, id); a.Country != country {
				t.Errorf("%s: country %q, want %q", id, a.Country, country)
			}
		}
		if get(t, "moscow").Kind != timeline.Place {
			t.Error("Moscow the place lost")
		}
	})
	t.Run("no actor from page noise", func(t *testing.T) {
		noise := []string{"advertisement", "fanslike", "followers", "subscribers", "home", "leave a reply", "source",
			"comments", "the times", "must read", "stay connected", "related news", "logout", "register", "yeah",
			"however", "ceasefire", "concessions", "reuters", "kevin lamarque", "best negotiator", "bevolve", "deep"}
		for _, a := range actors {
			name := strings.ToLower(a.Name)
			for _, n := range noise {
				if strings.Contains(name, n) {
					t.Errorf("actor %q (%s) from page noise %q", a.Name, a.ID, n)
				}
			}
			for _, al := range a.Aliases {
				if strings.Contains(strings.ToLower(al), "advertisement") || al == strings.ToUpper(al) && len(al) > 5 {
					t.Errorf("actor %s has noise alias %q", a.ID, al)
				}
			}
		}
	})
	t.Run("every person is a name", func(t *testing.T) {
		// Persons come from the text alone: each is one to four
		// capitalised words, never a description or a common noun.
		for _, a := range actors {
			if a.Kind != timeline.Person {
				continue
			}
			words := strings.Fields(a.Name)
			if len(words) == 0 || len(words) > 4 || !startsUpper(words[0]) || !startsUpper(words[len(words)-1]) {
				t.Errorf("person %s named %q", a.ID, a.Name)
			}
		}
	})
}
