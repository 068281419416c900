package resolve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// told is a telling whose sentence is text, its trigger the word at the
// first "*" (which is dropped).
func told(t *testing.T, doc, text, lemma, day string) extract.EventMention {
	t.Helper()
	at := strings.Index(text, "*")
	if at < 0 {
		t.Fatalf("no trigger marked in %q", text)
	}
	text = text[:at] + text[at+1:]
	end := at + strings.IndexFunc(text[at:]+" ", func(r rune) bool { return r == ' ' })
	return extract.EventMention{
		Kind: "disaster", Trigger: lemma, Summary: text, Status: timeline.Occurred,
		When:    parseWhen(t, day, doc),
		Mention: timeline.Mention{Doc: doc, Start: 0, End: len(text), Text: text, Trigger: &timeline.TextRange{Start: at, End: end}},
		Speaker: -1, Salience: 0.5,
	}
}

func TestSubjectOf(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // "" for none
	}{
		{"after Storm Ilse *battered the coast", "Ilse"},
		{"Storm Ilse *struck on Tuesday", "Ilse"},
		{"when Ilse *struck", "Ilse"},
		{"The storm *struck", ""},
		{"Police *arrested him", ""},
		{"Hurricanes *battered the coast", ""},
		{"the storm, Ilse, *struck", ""},
		{"The American *plan", ""},
		{"after the Jeddah *meeting", ""},
		// A day, a month or the telling's own place says when or where,
		// not who: "Friday's shooting" and "Mall shooting" are one.
		{"since Friday's *shooting", ""},
		{"before March *rallies", ""},
		{"Rescuers race after Morocco *quake", ""},
		{"Rescuers race after Portvale *quake", "Portvale"},
	} {
		t.Run(tt.text, func(t *testing.T) {
			em := told(t, "a", tt.text, "strike", "")
			em.Places = []string{"Morocco", "Al Haouz"}
			got := subjectOf(&em)
			want := uint32(0)
			if tt.want != "" {
				other := told(t, "b", "when "+tt.want+" *struck", "strike", "")
				want = subjectOf(&other)
			}
			if got != want || tt.want != "" && got == 0 {
				t.Errorf("subjectOf = %d, want that of %q (%d)", got, tt.want, want)
			}
		})
	}
}

// TestMergeNamedSubject merges tellings that name nobody the actor layer
// knows but the same subject, in related words, on one day.
func TestMergeNamedSubject(t *testing.T) {
	const tue, wed = "2026-10-20", "2026-10-21"
	pub := timeline.NewDate(2026, 10, 22)
	tests := []struct {
		name string
		a, b extract.EventMention
		want int // events
	}{
		{"one storm battered and struck on one day",
			told(t, "a", "after Storm Ilse *battered the coast on Tuesday", "batter", tue),
			told(t, "b", "homes lost power when Storm Ilse *struck on Tuesday", "strike", tue), 1},
		{"two storms struck on one day",
			told(t, "a", "after Storm Ilse *battered the coast on Tuesday", "batter", tue),
			told(t, "b", "homes lost power when Storm Jonas *battered the coast on Tuesday", "batter", tue), 2},
		{"a day's shooting and a named one are one",
			told(t, "a", "police said Friday's *shooting left two hurt on Tuesday", "shooting", tue),
			told(t, "b", "after Portvale *shooting on Tuesday, police said", "shooting", tue), 1},
		{"one storm struck on two days",
			told(t, "a", "after Storm Ilse *battered the coast on Tuesday", "batter", tue),
			told(t, "b", "homes lost power when Storm Ilse *struck on Wednesday", "strike", wed), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			story := strings.Fields("storm coast power homes roofs winds gusts Portvale ferry")
			opt := Options{Published: map[string]timeline.Date{"a": pub, "b": pub}, DocTerms: map[string][]string{"a": story, "b": story}}
			events, _ := opt.Merge([]extract.Result{{Doc: "a", Events: []extract.EventMention{tt.a}}, {Doc: "b", Events: []extract.EventMention{tt.b}}})
			if len(events) != tt.want {
				var got []string
				for _, ev := range events {
					got = append(got, fmt.Sprint(len(ev.Mentions), " ", ev.Summary))
				}
				t.Errorf("%d events %v, want %d", len(events), got, tt.want)
			}
		})
	}
}

// TestArchiveNamedSubject: in an archive, where no day holds tellings to
// one event, a subject named alike still counts as a shared agent
// ("Chargers' Jamal Williams arrested", "Williams' DUI arrest"), so that
// documents only a little alike merge their tellings; without it, or
// with no subject named, the documents' likeness alone is too little.
func TestArchiveNamedSubject(t *testing.T) {
	var story, other []string
	for i := range 40 {
		story = append(story, fmt.Sprintf("s%d", i))
		other = append(other, fmt.Sprintf("o%d", i))
	}
	// b shares 6 of a's 40 terms: too little alone, enough with a
	// shared agent.
	b := append(append([]string{}, story[:6]...), other[6:]...)
	opt := Options{DocTerms: map[string][]string{"a": story, "b": b, "c": other}}
	tests := []struct {
		name string
		a, b string
		want int // events
	}{
		{"one storm named by both", "Storm Ilse *battered the coast", "Storm Ilse *battered the island", 1},
		{"no storm named", "The storm *battered the coast", "the storm *battered the island", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := told(t, "a", tt.a, "batter", ""), told(t, "b", tt.b, "batter", "")
			events, _ := opt.Merge([]extract.Result{{Doc: "a", Events: []extract.EventMention{a}}, {Doc: "b", Events: []extract.EventMention{b}}, {Doc: "c"}})
			if len(events) != tt.want {
				t.Errorf("%d events, want %d", len(events), tt.want)
			}
		})
	}
}

// TestSpotSubject checks that an event's spot gives the subject
// namedSubject gives: none for a saying or an event naming someone.
func TestSpotSubject(t *testing.T) {
	named := idLists{ids: []int32{0}, nActors: 1}
	tests := []struct {
		name string
		c    cluster
		want uint32
	}{
		{"a subject named alike", cluster{kind: "attack", subject: 7}, 7},
		{"a saying's subject", cluster{kind: "statement", subject: 7}, 0},
		{"an event naming someone", cluster{kind: "attack", subject: 7, idLists: named}, 0},
		{"no subject", cluster{kind: "attack"}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.c.docs = []int32{0}
			cs := new(clusterList)
			cs.add(tt.c)
			s := spotsOf(cs)
			if got, was := spotSubject(&s[0], cs.at(0)), namedSubject(cs.at(0)); got != tt.want || was != tt.want {
				t.Errorf("spotSubject = %d, namedSubject = %d, want %d", got, was, tt.want)
			}
		})
	}
}
