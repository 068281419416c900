package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestStateSoleBodyByAdjective: a state's sole body written after the
// state's adjective ("the Norvian senate" of a state the gazetteer
// knows: "the Haitian senate") is that state's, and the body "its"
// stands for in its own sentence, though another body was named just
// before.
func TestStateSoleBodyByAdjective(t *testing.T) {
	text := "The Oslo District Court adjourned the case. " +
		"The Haitian senate was expected on Friday to name its president, Ansel Vark, as interim leader."
	docs := []timeline.Document{docOf("a", text)}
	all, actors := findAndResolve(t, docs)
	var senate *timeline.Actor
	for i := range actors {
		if actors[i].Name == "Haitian senate" {
			senate = &actors[i]
		}
	}
	if senate == nil || senate.Country != "haiti" {
		t.Errorf("no Haitian senate of Haiti; actors %v", names(actors))
	}
	role := "(not found)"
	for _, m := range all[0] {
		if m.Name == "Ansel Vark" {
			role = m.Role
		}
	}
	if role != "president of Haitian senate" {
		t.Errorf("Ansel Vark's role %q, want %q", role, "president of Haitian senate")
	}
}
