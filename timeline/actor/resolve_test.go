package actor

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// findAll runs Find over documents given as lists of body sentences.
func findAll(docs ...[]string) [][]Mention {
	f := NewFinder()
	out := make([][]Mention, len(docs))
	for i, d := range docs {
		doc := docOfSpans(body(d...)...)
		out[i] = f.Find(&doc)
	}
	return out
}

// idsOf returns the distinct ids of the mentions whose text is text.
func idsOf(t *testing.T, docs [][]Mention, text string) []string {
	t.Helper()
	var ids []string
	for _, ms := range docs {
		for _, m := range ms {
			if m.Text == text {
				ids = append(ids, m.ID)
			}
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}

func TestResolveJoins(t *testing.T) {
	tests := []struct {
		name     string
		docs     [][]string
		same     [][]string // surface texts that must share one id
		distinct [][]string // surface texts that must have different ids
		ids      map[string]string
	}{
		{
			name: "spelling variant of a gazetteer person across documents",
			docs: [][]string{{"Steve Witkoff, the US special envoy, spoke."}, {"Steve Witcoff said so.", "Witcoff added more."}},
			same: [][]string{{"Steve Witkoff", "Steve Witcoff", "Witcoff"}},
			ids:  map[string]string{"Steve Witcoff": "steve-witkoff"},
		},
		{
			name: "a lone misspelt surname joins the gazetteer person",
			docs: [][]string{{"Witcoff said the talks went well."}},
			ids:  map[string]string{"Witcoff": "steve-witkoff"},
		},
		{
			name: "transliterations",
			docs: [][]string{{"President Zelensky spoke."}, {"Volodymyr Zelenskyy spoke."}, {"Zelenskiy spoke."}},
			same: [][]string{{"Zelensky", "Volodymyr Zelenskyy", "Zelenskiy"}},
		},
		{
			name: "unknown names a letter apart with the same given name",
			docs: [][]string{{"Brannock Vellard said it."}, {"Brannock Velard said it."}},
			same: [][]string{{"Brannock Vellard", "Brannock Velard"}},
		},
		{
			name: "surname alone in another document",
			docs: [][]string{{"Quillon Dray, 41, said it."}, {"Mr Dray declined."}},
			same: [][]string{{"Quillon Dray", "Mr Dray"}},
		},
		{
			name:     "close surnames with different given names stay apart",
			docs:     [][]string{{"Sergei Lavrov said it."}, {"Nikolai Lazarov said it."}, {"Ivan Petrenko said it."}, {"Olga Petrenka said it."}},
			distinct: [][]string{{"Sergei Lavrov", "Nikolai Lazarov"}, {"Ivan Petrenko", "Olga Petrenka"}},
		},
		{
			name:     "same surname, different given names stay apart",
			docs:     [][]string{{"Thomas Graham said it."}, {"Senator Lindsey Graham said it."}},
			distinct: [][]string{{"Thomas Graham", "Lindsey Graham"}},
			ids:      map[string]string{"Thomas Graham": "thomas-graham", "Lindsey Graham": "lindsey-graham"},
		},
		{
			name:     "a surname shared by two people joins neither",
			docs:     [][]string{{"John Hollis said it."}, {"Jane Hollis said it."}, {"Mr Hollis said it."}},
			distinct: [][]string{{"John Hollis", "Jane Hollis"}, {"John Hollis", "Mr Hollis"}, {"Jane Hollis", "Mr Hollis"}},
		},
		{
			name:     "short surnames need an exact match",
			docs:     [][]string{{"Mr Lee said it."}, {"Mr Lei said it."}},
			distinct: [][]string{{"Mr Lee", "Mr Lei"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := findAll(tt.docs...)
			Resolve(docs)
			for _, group := range tt.same {
				var ids []string
				for _, text := range group {
					got := idsOf(t, docs, text)
					if len(got) != 1 {
						t.Fatalf("%q has ids %v", text, got)
					}
					ids = append(ids, got[0])
				}
				slices.Sort(ids)
				if len(slices.Compact(ids)) != 1 {
					t.Errorf("want one actor for %v, got ids %v", group, ids)
				}
			}
			for text, id := range tt.ids {
				if got := idsOf(t, docs, text); len(got) != 1 || got[0] != id {
					t.Errorf("%q has ids %v, want %s", text, got, id)
				}
			}
			for _, pair := range tt.distinct {
				a, b := idsOf(t, docs, pair[0]), idsOf(t, docs, pair[1])
				if len(a) != 1 || len(b) != 1 {
					t.Fatalf("ids %v and %v", a, b)
				}
				if a[0] == b[0] {
					t.Errorf("%q and %q joined as %s", pair[0], pair[1], a[0])
				}
			}
		})
	}
}

func TestResolveActor(t *testing.T) {
	docs := findAll(
		[]string{"Steve Witkoff, the US special envoy, met Putin.", "Mr Witkoff told CNN it went well."},
		[]string{"Steve Witcoff, an envoy for Donald Trump, spoke.", "Witcoff said it again."},
		[]string{"U.S. envoy Steve Witkoff flew home."},
	)
	actors := Resolve(docs)
	if !slices.IsSortedFunc(actors, func(a, b timeline.Actor) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("actors are not sorted by id")
	}
	var w *timeline.Actor
	for i := range actors {
		if actors[i].ID == "steve-witkoff" {
			w = &actors[i]
		}
	}
	if w == nil {
		t.Fatalf("no steve-witkoff among %v", actors)
	}
	want := timeline.Actor{ID: "steve-witkoff", Name: "Steve Witkoff", Kind: timeline.Person, Country: "united-states",
		Aliases:  []string{"Mr Witkoff", "Steve Witcoff", "Witcoff", "Witkoff"},
		Roles:    []string{"US envoy", "US special envoy", "envoy for Donald Trump"},
		Mentions: 5}
	if fmt.Sprint(*w) != fmt.Sprint(want) {
		t.Errorf("actor\n got %+v\nwant %+v", *w, want)
	}
	for _, ms := range docs {
		for _, m := range ms {
			if m.ID == "" {
				t.Errorf("mention %q has no id", m.Text)
			}
		}
	}
}

func TestResolveDeterministic(t *testing.T) {
	texts := [][]string{
		{"Steve Witkoff met Putin in Moscow.", "Russian officials said Moscow demands more."},
		{"Steve Witcoff said so.", "Brannock Vellard, a former adviser, agreed."},
		{"Brannock Velard said it.", "Mr Dray and Quillon Dray, 41, left."},
	}
	render := func(order []int) string {
		var docs [][]Mention
		for _, i := range order {
			docs = append(docs, findAll(texts[i])[0])
		}
		return fmt.Sprint(Resolve(docs))
	}
	first := render([]int{0, 1, 2})
	for _, order := range [][]int{{2, 1, 0}, {1, 0, 2}, {2, 0, 1}} {
		if got := render(order); got != first {
			t.Errorf("order %v gives\n%s\nwant\n%s", order, got, first)
		}
	}
}

func TestResolveIDsUnique(t *testing.T) {
	docs := [][]Mention{{
		{Text: "Jordan", Name: "Jordan", Kind: timeline.Person},
		{Text: "Jordan", Name: "Jordan", Kind: timeline.Country, Ref: "jordan"},
		{Text: "Jordan", Name: "Jordan", Kind: timeline.Organization},
	}}
	actors := Resolve(docs)
	seen := map[string]bool{}
	for _, a := range actors {
		if seen[a.ID] {
			t.Errorf("duplicate id %s", a.ID)
		}
		seen[a.ID] = true
	}
	if docs[0][1].ID != "jordan" {
		t.Errorf("gazetteer id not kept: %s", docs[0][1].ID)
	}
	if len(actors) != 3 {
		t.Errorf("want 3 actors, got %v", actors)
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"witkoff", "witcoff", 2, 1},
		{"zelensky", "zelenskyy", 2, 1},
		{"zelensky", "zelenskiy", 2, 1},
		{"zelenskyy", "zelenskiy", 2, 1},
		{"lavrov", "lazarov", 2, 2},
		{"ab", "ba", 2, 1},
		{"orbán", "orban", 2, 1},
		{"kellogg", "putin", 2, 3},
		{"", "abc", 5, 3},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
				t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
			}
		})
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Steve Witkoff": "steve-witkoff", "Viktor Orbán": "viktor-orban", "US officials": "us-officials",
		"U.S. presidency": "us-presidency", "  Kyiv School of Economics ": "kyiv-school-of-economics", "Jean-Noël Barrot": "jean-noel-barrot",
	} {
		t.Run(want, func(t *testing.T) {
			if got := slug(in); got != want {
				t.Errorf("slug(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func TestOneSpaced(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Steve Witkoff", "Steve Witkoff"},
		{"Steve  Witkoff", "Steve Witkoff"},
		{" Steve Witkoff ", "Steve Witkoff"},
		{"Steve\nWitkoff", "Steve Witkoff"},
		{"Steve\u00a0Witkoff", "Steve Witkoff"},
		{"Élysée", "Élysée"},
		{"", ""},
		{" ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := oneSpaced(tt.in); got != tt.want {
				t.Errorf("oneSpaced(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestTitleAndSurnameAliases checks that a person is known by the title
// written before the name and by the surname alone.
func TestTitleAndSurnameAliases(t *testing.T) {
	tests := []struct {
		name, text, id string
		want, not      []string
	}{
		{"title before the name", "President Donald Trump said no.", "donald-trump",
			[]string{"President Donald Trump", "Trump"}, nil},
		{"a lower-case title is no alias", "The envoy Steve Witkoff left.", "steve-witkoff",
			[]string{"Witkoff"}, []string{"envoy Steve Witkoff"}},
		{"an unknown person's surname", "Deputy Minister Hedda Marrow said no.", "hedda-marrow",
			[]string{"Marrow", "Deputy Minister Hedda Marrow"}, nil},
	}
	f := NewFinder()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := docOfSpans(body(tt.text)...)
			actors := Resolve([][]Mention{f.Find(&doc)})
			i := slices.IndexFunc(actors, func(a timeline.Actor) bool { return a.ID == tt.id })
			if i < 0 {
				t.Fatalf("no actor %s in %+v", tt.id, actors)
			}
			for _, w := range tt.want {
				if !slices.Contains(actors[i].Aliases, w) {
					t.Errorf("aliases %q lack %q", actors[i].Aliases, w)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(actors[i].Aliases, n) {
					t.Errorf("aliases %q hold %q", actors[i].Aliases, n)
				}
			}
		})
	}
}
