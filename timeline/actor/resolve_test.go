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
			name: "spelling variant of a person across documents",
			docs: [][]string{{"Tamsin Okoro, the US special envoy, spoke."}, {"Tamsin Okorro said so.", "Okorro added more."}, {"U.S. envoy Tamsin Okoro flew home."}},
			same: [][]string{{"Tamsin Okoro", "Tamsin Okorro", "Okorro"}},
			ids:  map[string]string{"Tamsin Okorro": "tamsin-okoro"},
		},
		{
			name: "a company's short name joins its full name in another document",
			docs: [][]string{{"Shares in Dovrik Mutual Bank fell 38 percent."}, {"Depositors queued outside Dovrik Mutual branches."}},
			same: [][]string{{"Dovrik Mutual Bank", "Dovrik Mutual"}},
		},
		{
			name: "a body's name with its legal ending shortened, or its country before it",
			docs: [][]string{{"The Federal Deposit Insurance Corp. said deposits were safe."}, {"The bank was handed to the U.S. Federal Deposit Insurance Corporation on Friday."}, {"The Federal Deposit Insurance Corporation took over the bank."}},
			same: [][]string{{"Federal Deposit Insurance Corp", "U.S. Federal Deposit Insurance Corporation", "Federal Deposit Insurance Corporation"}},
		},
		{
			name:     "two countries' bodies of one name stay two, and the bare name joins neither",
			docs:     [][]string{{"The Russian Defence Ministry said the drones were shot down."}, {"The Ukrainian Defence Ministry said the strike hit a depot."}, {"The Defence Ministry said on Monday it had no comment."}},
			distinct: [][]string{{"Russian Defence Ministry", "Ukrainian Defence Ministry"}, {"Russian Defence Ministry", "Defence Ministry"}, {"Ukrainian Defence Ministry", "Defence Ministry"}},
		},
		{
			name: "a parent written alone before its subsidiary is no short name of it, there or elsewhere",
			docs: [][]string{{"Norvex said it had 5,800 employees. Norvex cut jobs. Its banking subsidiary, Norvex Bank, was not included. Norvex said it would close."},
				{"Norvex shares rose on Monday."}, {"Halvard Construction built the tower. Halvard said it was safe."}},
			same:     [][]string{{"Halvard Construction", "Halvard"}},
			distinct: [][]string{{"Norvex", "Norvex Bank"}},
		},
		{
			name: "initials one article writes as a body's name are the body another spells out",
			docs: [][]string{{"Ostrand Vell Partners, the auditor, said the fraud was elaborate."}, {"Kelby Bank and OVP met on Monday."}},
			same: [][]string{{"Ostrand Vell Partners", "OVP"}},
		},
		{
			name: "a company's name without the field it ends in",
			docs: [][]string{{"Two patients sued Merriton Health on Thursday."}, {"Merriton, which runs 14 hospitals, restored its systems."}},
			same: [][]string{{"Merriton Health", "Merriton"}},
		},
		{
			name: "a body's name with a long word misspelt",
			docs: [][]string{{"The Wuawatosa Police Department said the suspect was arrested."}, {"The Wauwatosa Police Department said the mall was secured."}},
			same: [][]string{{"Wuawatosa Police Department", "Wauwatosa Police Department"}},
		},
		{
			name: "a brand's one-word name written as two words",
			docs: [][]string{{"The board of ChatGPT-maker Open Vell said it had fired him."}, {"OpenVell said the search had begun.", "OpenVell hired him."}},
			same: [][]string{{"Open Vell", "OpenVell"}},
			ids:  map[string]string{"Open Vell": "openvell"}, // the spelling most used names it
		},
		{
			name:     "but not a short one",
			docs:     [][]string{{"The Dovrik Fire Brigade said the blaze was out."}, {"The Dovrek Fire Brigade said the road was closed."}},
			distinct: [][]string{{"Dovrik Fire Brigade", "Dovrek Fire Brigade"}},
		},
		{
			name: "a company named alone before a saying is the company",
			docs: [][]string{{"Corvane, the discount retailer, said hackers had stolen customer data."}, {"Corvane said it would not pay."}},
			ids:  map[string]string{"Corvane": "corvane"},
		},
		{
			name: "a lone misspelt surname joins the person another document names in full",
			docs: [][]string{{"Tamsin Okoro said the talks went well."}, {"Okorro said the talks went well."}},
			ids:  map[string]string{"Okorro": "tamsin-okoro"},
		},
		{
			name: "transliterations",
			docs: [][]string{{"President Bohdan Volkovsky spoke."}, {"Bohdan Volkovskyy said it."}, {"Volkovskiy said it."}},
			same: [][]string{{"Bohdan Volkovsky", "Bohdan Volkovskyy", "Volkovskiy"}},
		},
		{
			name: "the shortest of the spellings most documents write names the person",
			docs: [][]string{{"Bohdan Volkovskyy said it."}, {"Bohdan Volkovskyy said it."}, {"Bohdan Volkovskyy said it."}, {"Bohdan Volkovsky said it."}, {"Bohdan Volkovsky said it."}},
			ids:  map[string]string{"Bohdan Volkovskyy": "bohdan-volkovsky", "Bohdan Volkovsky": "bohdan-volkovsky"},
		},
		{
			name: "a one-document misspelling does not name the person",
			docs: [][]string{{"Tamsin Okoro said it."}, {"Tamsin Okoro said it."}, {"Tamsin Okor said it."}},
			ids:  map[string]string{"Tamsin Okor": "tamsin-okoro"},
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
			docs:     [][]string{{"Sergei Lavrin said it."}, {"Nikolai Lazrin said it."}, {"Ivan Petrenko said it."}, {"Olga Petrenka said it."}},
			distinct: [][]string{{"Sergei Lavrin", "Nikolai Lazrin"}, {"Ivan Petrenko", "Olga Petrenka"}},
		},
		{
			name:     "same surname, different given names stay apart",
			docs:     [][]string{{"Thomas Garrow said it."}, {"Senator Lindsey Garrow said it."}},
			distinct: [][]string{{"Thomas Garrow", "Lindsey Garrow"}},
			ids:      map[string]string{"Thomas Garrow": "thomas-garrow", "Lindsey Garrow": "lindsey-garrow"},
		},
		{
			name:     "close names of different states stay apart",
			docs:     [][]string{{"Russian Deputy Minister Ivan Petrenko said it."}, {"Polish Deputy Minister Ivan Petrenka said it."}},
			distinct: [][]string{{"Ivan Petrenko", "Ivan Petrenka"}},
		},
		{
			name:     "a surname shared by two people joins neither",
			docs:     [][]string{{"John Hollis said it."}, {"Jane Hollis said it."}, {"Dr Hollis said it."}},
			distinct: [][]string{{"John Hollis", "Jane Hollis"}, {"John Hollis", "Dr Hollis"}, {"Jane Hollis", "Dr Hollis"}},
		},
		{
			name:     "short surnames need an exact match",
			docs:     [][]string{{"Mr Lee said it."}, {"Mr Lei said it."}},
			distinct: [][]string{{"Mr Lee", "Mr Lei"}},
		},
		{
			name:     "a given name alone joins no name a letter from it",
			docs:     [][]string{{"Billy said he was tired."}, {"Bills said they would appeal."}},
			distinct: [][]string{{"Billy", "Bills"}},
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
		[]string{"Tamsin Okoro, the US special envoy, met Petrenko.", "Mr Okoro told CNN it went well."},
		[]string{"Tamsin Okorro, an envoy for Hal Brody, spoke.", "Okorro said it again."},
		[]string{"U.S. envoy Tamsin Okoro flew home."},
	)
	actors := Resolve(docs)
	if !slices.IsSortedFunc(actors, func(a, b timeline.Actor) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("actors are not sorted by id")
	}
	var w *timeline.Actor
	for i := range actors {
		if actors[i].ID == "tamsin-okoro" {
			w = &actors[i]
		}
	}
	if w == nil {
		t.Fatalf("no tamsin-okoro among %v", actors)
	}
	want := timeline.Actor{ID: "tamsin-okoro", Name: "Tamsin Okoro", Kind: timeline.Person, Country: "united-states",
		Aliases:  []string{"Mr Okoro", "Okoro", "Okorro", "Tamsin Okorro"},
		Roles:    []string{"US envoy", "US special envoy", "envoy for Hal Brody"},
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
		{"Tamsin Okoro met Petrenko in Moscow.", "Russian officials said Moscow demands more."},
		{"Tamsin Okorro said so.", "Brannock Vellard, a former adviser, agreed."},
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
		{Text: "Jordan", Name: "Jordan", Kind: timeline.Group}, // an organisation would take the lone person in (joinLoneNames)
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
