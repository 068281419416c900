package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBodyNames: a name of several words that one document reads as an
// organisation's is the organisation in another that reads it as a
// person's on no person's evidence; a title, an honorific or a given
// name keeps the person.
func TestBodyNames(t *testing.T) {
	body := Mention{Text: "Varnel Hollis", Name: "Varnel Hollis", Kind: timeline.Organization}
	tests := []struct {
		name   string
		person Mention
		want   string
	}{
		{"recognised name alone", Mention{Text: "Varnel Hollis", Name: "Varnel Hollis", Kind: timeline.Person}, timeline.Organization},
		{"its surname alone", Mention{Text: "Hollis", Name: "Varnel Hollis", Kind: timeline.Person}, timeline.Organization},
		{"a title", Mention{Text: "Varnel Hollis", Name: "Varnel Hollis", Kind: timeline.Person, Title: "President"}, timeline.Person},
		{"an honorific", Mention{Text: "Mr Hollis", Name: "Varnel Hollis", Kind: timeline.Person}, timeline.Person},
		{"a given name", Mention{Text: "John Hollis", Name: "John Hollis", Kind: timeline.Person}, timeline.Person},
		{"one word", Mention{Text: "Hollis", Name: "Hollis", Kind: timeline.Person}, timeline.Person},
	}
	g := loadDefault()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b := body
			if tc.person.Name != body.Name {
				b.Name, b.Text = tc.person.Name, tc.person.Name
				b.Kind = timeline.Organization
			}
			if tc.name == "one word" {
				b = Mention{Text: "Hollis Group", Name: "Hollis Group", Kind: timeline.Organization}
			}
			docs := [][]Mention{{b}, {tc.person}}
			bodyNames(g, docs)
			if got := docs[1][0].Kind; got != tc.want {
				t.Errorf("kind %s, want %s", got, tc.want)
			}
		})
	}
}

// TestBodyNamePlaces: a name a preposition made a place is the
// organisation another document names so, but a place the gazetteer
// knows or a country holds stays one.
func TestBodyNamePlaces(t *testing.T) {
	tests := []struct {
		name  string
		place Mention
		want  string
	}{
		{"a name after a verb of motion", Mention{Text: "Orvant", Name: "Orvant", Kind: timeline.Place}, timeline.Organization},
		{"a gazetteer place", Mention{Text: "Orvant", Name: "Orvant", Kind: timeline.Place, Ref: "orvant"}, timeline.Place},
		{"a place of a country", Mention{Text: "Orvant", Name: "Orvant", Kind: timeline.Place, Country: "norway"}, timeline.Place},
		{"another name", Mention{Text: "Dovrik", Name: "Dovrik", Kind: timeline.Place}, timeline.Place},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			docs := [][]Mention{{{Text: "Orvant", Name: "Orvant", Kind: timeline.Organization}}, {tc.place}}
			bodyNames(loadDefault(), docs)
			if got := docs[1][0].Kind; got != tc.want {
				t.Errorf("kind %s, want %s", got, tc.want)
			}
		})
	}
}
