package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

func TestSayingsOfOneSpeaker(t *testing.T) {
	const day = "2025-03-17"
	say := func(doc string, at int, object string) m {
		return m{doc: doc, at: at, kind: "statement", trigger: "say", actors: "a:kovacs", when: day, object: object}
	}
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{
			name: "two sayings on two subjects in one article are two",
			in:   []m{say("a", 1, "the talks in Geneva had failed"), say("a", 90, "the harvest would be late this year")},
			want: [][]string{{"a@1"}, {"a@90"}},
		},
		{
			name: "a saying and an urging on another subject are two",
			in: []m{
				say("a", 1, "the talks in Geneva had failed"),
				{doc: "a", at: 90, kind: "demand", trigger: "urge", actors: "a:kovacs", when: day, object: "both sides to keep the ceasefire"},
			},
			want: [][]string{{"a@1"}, {"a@90"}},
		},
		{
			name: "a saying and an urging on another subject in two articles are two",
			in: []m{
				say("a", 1, "the talks in Geneva had failed"),
				{doc: "b", at: 5, kind: "demand", trigger: "urge", actors: "a:kovacs", when: day, object: "both sides to keep the ceasefire"},
			},
			want: [][]string{{"a@1"}, {"b@5"}},
		},
		{
			name: "an urging and another article's saying of it in some of the same words are one",
			in: []m{
				{doc: "a", at: 1, kind: "demand", trigger: "urge", actors: "a:kovacs", when: day, object: "both sides to keep the ceasefire"},
				say("b", 5, "the ceasefire must hold"),
			},
			want: [][]string{{"a@1", "b@5"}},
		},
		{
			name: "one saying told twice in some of the same words is one",
			in:   []m{say("a", 1, "the talks in Geneva had failed"), say("b", 5, "the Geneva talks had collapsed")},
			want: [][]string{{"a@1", "b@5"}},
		},
		{
			name: "a saying that says nothing but that it was said may be any",
			in:   []m{say("a", 1, "the talks in Geneva had failed"), say("a", 90, "")},
			want: [][]string{{"a@1", "a@90"}},
		},
		{
			name: "another outlet's telling joins the saying it shares words with",
			in: []m{
				say("a", 1, "the talks in Geneva had failed"), say("a", 90, "the harvest would be late this year"),
				say("b", 5, "this year's harvest will come late"),
			},
			want: [][]string{{"a@1"}, {"a@90", "b@5"}},
		},
		{
			name: "another outlet's telling that says only that it was said joins the article's lead saying",
			in: []m{
				say("a", 1, "the talks in Geneva had failed"), say("a", 90, "the harvest would be late this year"),
				say("b", 5, ""),
			},
			want: [][]string{{"a@1", "b@5"}, {"a@90"}},
		},
		{
			name: "two outlets' thanks in other words are one",
			in: []m{
				{doc: "a", at: 1, kind: "statement", trigger: "thank", actors: "a:kovacs p:marten", when: day, object: "Marten for the sonar gift"},
				{doc: "b", at: 5, kind: "statement", trigger: "thank", actors: "a:kovacs p:marten", when: day, object: "Marten for sending rescuers"},
			},
			want: [][]string{{"a@1", "b@5"}},
		},
		{
			name: "another outlet's words for the one saying of that day still join it",
			in:   []m{say("a", 1, "the talks in Geneva had failed"), say("b", 5, "negotiations had collapsed")},
			want: [][]string{{"a@1", "b@5"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

func TestSaidAgrees(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"the talks had failed", "talks failing", true},
		{"the talks had failed", "the harvest would be late", false},
		{"Kovacs", "the harvest would be late", true}, // says nothing but a name
		{"", "anything", true},
		{"he would raise the questions of territory", "territorial questions", true},
	}
	for _, tt := range tests {
		a, b := saidBy(&extract.EventMention{Object: tt.a}), saidBy(&extract.EventMention{Object: tt.b})
		if got := a.agrees(&b); got != tt.want {
			t.Errorf("%q, %q: agrees %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestSayingsOfNoOneNamed: a writer who tells two sayings whose speakers
// the extractor did not name ("the coast guard said it had found a fourth
// leak", "the prosecutor said the area had been cordoned off") tells two,
// though the day, the word and the document are one; another outlet's
// telling in some of the same words joins its own.
func TestSayingsOfNoOneNamed(t *testing.T) {
	const day = "2025-03-20"
	say := func(doc string, at int, object string) m {
		return m{doc: doc, at: at, kind: "statement", trigger: "say", when: day, object: object}
	}
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{
			name: "two sayings of no one named on two subjects in one article are two",
			in: []m{
				say("a", 1, "it had found a fourth leak near the first"), say("a", 90, "the harbour had been cordoned off"),
				say("b", 5, "a fourth leak had been found"),
			},
			want: [][]string{{"a@1", "b@5"}, {"a@90"}},
		},
		{
			name: "sayings in some of the same words stay one",
			in: []m{
				say("a", 1, "it had found a fourth leak near the first"), say("a", 90, "the leak was the largest yet"),
				say("b", 5, "a fourth leak had been found"),
			},
			want: [][]string{{"a@1", "a@90", "b@5"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, published := map[string][]string{}, map[string]timeline.Date{}
			for _, x := range tt.in {
				docs[x.doc] = strings.Fields("coast guard leak harbour prosecutor pipeline sabotage")
				published[x.doc] = timeline.NewDate(2025, 3, 20)
			}
			events, _ := Options{DocTerms: docs, Published: published}.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestSayingThatSaysNothingVouchesForNone: an article's telling that says
// only that its speaker spoke ("Kovacs stated") may be any of the
// speaker's sayings, but it does not make their event every saying:
// another outlet's undated thanks join none of them.
func TestSayingThatSaysNothingVouchesForNone(t *testing.T) {
	const day = "2025-03-17"
	in := []m{
		{doc: "a", at: 1, kind: "statement", trigger: "state", actors: "a:kovacs", when: day},
		{doc: "a", at: 90, kind: "statement", trigger: "say", actors: "a:kovacs", when: day, object: "the government would review the rules"},
		{doc: "b", at: 5, kind: "statement", trigger: "thank", actors: "a:kovacs p:marten", object: "Marten for the sonar gift"},
	}
	opt := Options{Published: map[string]timeline.Date{}}
	for _, doc := range []string{"a", "b"} {
		d, err := timeline.ParseDate("2025-03-18")
		if err != nil {
			t.Fatal(err)
		}
		opt.Published[doc] = d
	}
	events, _ := opt.Merge(results(t, in))
	want := [][]string{{"a@1", "a@90"}, {"b@5"}}
	if got := groups(events); !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("got %v, want %v", got, want)
	}
}

// TestSayingsOfOneDayInTwoOutlets: in a stream, two outlets quoting one
// speaker's day in no word alike, each saying enough, tell two of its
// sayings; a telling of a word or two may still be any of them.
func TestSayingsOfOneDayInTwoOutlets(t *testing.T) {
	const day = "2025-08-09"
	named := func(doc string, at int, object string) m {
		return m{doc: doc, at: at, kind: "statement", trigger: "say", actors: "a:police", when: day, object: object}
	}
	unnamed := func(doc string, at int, object string) m {
		return m{doc: doc, at: at, kind: "statement", trigger: "say", when: day, object: object}
	}
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{
			name: "one speaker's two sayings told by two outlets are two",
			in:   []m{named("a", 1, "they had opened an investigation"), named("b", 5, "they had questioned three security staff")},
			want: [][]string{{"a@1"}, {"b@5"}},
		},
		{
			name: "one saying told by two outlets in a word alike is one",
			in:   []m{named("a", 1, "they had opened an investigation"), named("b", 5, "an investigation was under way")},
			want: [][]string{{"a@1", "b@5"}},
		},
		{
			name: "a telling of one content word may be any saying",
			in:   []m{named("a", 1, "they had opened an investigation"), named("b", 5, "it was shocking")},
			want: [][]string{{"a@1", "b@5"}},
		},
		{
			name: "two sayings of no one named told by two outlets are two",
			in:   []m{unnamed("a", 1, "one of the gates was locked"), unnamed("b", 5, "many of the injured were in serious condition")},
			want: [][]string{{"a@1"}, {"b@5"}},
		},
		{
			name: "a saying of no one named told by two outlets in a word alike is one",
			in:   []m{unnamed("a", 1, "one of the gates was locked"), unnamed("b", 5, "a gate had been locked")},
			want: [][]string{{"a@1", "b@5"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, published := map[string][]string{}, map[string]timeline.Date{}
			for _, x := range tt.in {
				docs[x.doc] = strings.Fields("concert crush police gates injured arena")
				published[x.doc] = timeline.NewDate(2025, 8, 9)
			}
			events, _ := Options{DocTerms: docs, Published: published}.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}
