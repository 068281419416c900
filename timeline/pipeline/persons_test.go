package pipeline

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/ingest"
)

// TestPersonsWithoutContext: a person named with no title, apposition or
// common given name is found by the entity recogniser and takes part in
// the events, as do the later mentions of the surname.
func TestPersonsWithoutContext(t *testing.T) {
	text := "---\ndate: 2026-01-04\n---\nThabo Mbeki resigned on Sunday.\n\nKeir Starmer met Rishi Sunak on Monday. Sunak said the talks went well.\n"
	docs, _, err := ingest.Read("persons.txt", []byte(text), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(docs)
	for _, id := range []string{"thabo-mbeki", "keir-starmer", "rishi-sunak"} {
		k := slices.IndexFunc(tl.Actors, func(a timeline.Actor) bool { return a.ID == id })
		if k < 0 || tl.Actors[k].Kind != timeline.Person {
			t.Errorf("no person %s in %+v", id, tl.Actors)
		}
	}
	took := map[string]bool{}
	for _, e := range tl.Events {
		for _, p := range e.Actors {
			took[e.Predicate+"/"+p.ID] = true
		}
	}
	for _, want := range []string{"resign/thabo-mbeki", "meet/rishi-sunak", "say/rishi-sunak"} {
		if !took[want] {
			t.Errorf("no %s among %v", want, took)
		}
	}
}

// TestOrganizationsWithoutCue: an organisation named with no word of an
// organisation's after it, or with its cue word first, is found by the
// entity recogniser and is the agent of its events.
func TestOrganizationsWithoutCue(t *testing.T) {
	text := "---\ndate: 2026-03-10\n---\nThe Bank of England on Tuesday extended an emergency loan to the lender.\n\nChelsea sacked manager Tom Reid on Sunday after five straight defeats.\n"
	docs, _, err := ingest.Read("orgs.txt", []byte(text), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tl := Build(docs)
	for _, id := range []string{"bank-of-england", "chelsea"} {
		k := slices.IndexFunc(tl.Actors, func(a timeline.Actor) bool { return a.ID == id })
		if k < 0 || tl.Actors[k].Kind != timeline.Organization {
			t.Errorf("no organisation %s in %+v", id, tl.Actors)
		}
	}
	took := map[string]bool{}
	for _, e := range tl.Events {
		for _, p := range e.Actors {
			took[e.Predicate+"/"+p.ID+"/"+string(p.Role)] = true
		}
	}
	for _, want := range []string{"extend/bank-of-england/agent", "sack/chelsea/agent"} {
		if !took[want] {
			t.Errorf("no %s among %v", want, took)
		}
	}
}

// TestDescriptionOfRecognisedBody: a description after a body only the
// entity recogniser finds ("The club said", "The carmaker said") stands
// for that body, as it does for one Find names.
func TestDescriptionOfRecognisedBody(t *testing.T) {
	text := "---\ndate: 2026-03-10\n---\nChelsea sacked manager Tom Reid on Sunday after five straight defeats.\n\n" +
		"The club said on Monday that a successor would be named within weeks.\n\n" +
		"Volkswagen will recall 40,000 cars in Europe, regulators said on Monday.\n\n" +
		"The carmaker said on Tuesday that no injuries had been reported.\n"
	docs, _, err := ingest.Read("described.txt", []byte(text), ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	said := map[string]bool{}
	for _, e := range Build(docs).Events {
		for _, p := range e.Actors {
			if e.Predicate == "say" && p.Role == timeline.RoleAgent {
				said[p.ID] = true
			}
		}
	}
	for _, want := range []string{"chelsea", "volkswagen"} {
		if !said[want] {
			t.Errorf("%s said nothing: %v", want, said)
		}
	}
}
