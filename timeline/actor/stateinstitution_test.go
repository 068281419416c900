package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStateInstitution: a body named by its common noun after a state's
// adjective or possessive is that state's body ("the French foreign
// ministry", "Norway's foreign ministry"), one actor with the same body
// written in capitals in another document, and no state's body of
// another state.
func TestStateInstitution(t *testing.T) {
	texts := []string{
		"The French foreign ministry said it had not been told. Norway's foreign ministry declined to comment.",
		"The French Foreign Ministry summoned the ambassador on Friday. The ministry said the talks would go on.",
		"The foreign ministry said it would reply. The US justice department said it would appeal.",
	}
	docs := []timeline.Document{docOf("a", texts[0]), docOf("b", texts[1]), docOf("c", texts[2])}
	_, actors := findAndResolve(t, docs)
	byName := map[string]timeline.Actor{}
	for _, a := range actors {
		byName[a.Name] = a
	}
	fr, ok := byName["French Foreign Ministry"]
	if !ok {
		fr, ok = byName["French foreign ministry"]
	}
	if !ok || fr.Mentions < 3 {
		t.Errorf("French foreign ministry: %+v (ok %v), want one actor of 3 mentions; actors %v", fr, ok, names(actors))
	}
	for _, name := range []string{"foreign ministry", "US justice department"} {
		if _, ok := byName[name]; !ok {
			t.Errorf("no actor %q; actors %v", name, names(actors))
		}
	}
	no, ok := byName["Norwegian foreign ministry"]
	if !ok || no.Country != "norway" {
		t.Errorf("Norway's foreign ministry: %+v (ok %v), want the Norwegian foreign ministry; actors %v", no, ok, names(actors))
	}
}

func names(actors []timeline.Actor) []string {
	var out []string
	for _, a := range actors {
		out = append(out, a.Name)
	}
	return out
}
