package resolve

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestMergeHeadline(t *testing.T) {
	tests := []struct {
		name string
		in   []m
		want [][]string // tellings of each event, as doc@start, sorted
	}{
		{
			name: "an undated headline naming nobody joins its body's telling",
			in: []m{
				{doc: "a", at: 0, kind: "arrest"},
				{doc: "a", at: 81, kind: "arrest", actors: "a:special-forces", when: "2026-06-11"},
			},
			want: [][]string{{"a@0", "a@81"}},
		},
		{
			name: "a related word in the headline joins too",
			in: []m{
				{doc: "a", at: 0, kind: "attack", trigger: "attack"},
				{doc: "a", at: 60, kind: "attack", trigger: "assault", actors: "a:rebels t:garrison", when: "2026-06-11"},
			},
			want: [][]string{{"a@0", "a@60"}},
		},
		{
			name: "a headline below lines that tell nothing joins its body's telling",
			in: []m{
				{doc: "a", at: 44, kind: "arrest"},
				{doc: "a", at: 120, kind: "arrest", actors: "a:special-forces", when: "2026-06-11"},
			},
			want: [][]string{{"a@44", "a@120"}},
		},
		{
			name: "a sentence of the body is no headline",
			in: []m{
				{doc: "a", at: 300, kind: "arrest"},
				{doc: "a", at: 81, kind: "arrest", actors: "a:special-forces", when: "2026-06-11"},
			},
			want: [][]string{{"a@300"}, {"a@81"}},
		},
		{
			name: "another document's headline stays apart",
			in: []m{
				{doc: "b", at: 0, kind: "arrest"},
				{doc: "a", at: 81, kind: "arrest", actors: "a:special-forces", when: "2026-06-11"},
			},
			want: [][]string{{"a@81"}, {"b@0"}},
		},
		{
			name: "a headline over two such events joins neither, not even the more told",
			in: []m{
				{doc: "a", at: 0, kind: "arrest"},
				{doc: "a", at: 40, kind: "arrest", actors: "a:police t:dahl", when: "2026-06-11"},
				{doc: "a", at: 90, kind: "arrest", actors: "a:police t:holm", when: "2026-06-12"},
				{doc: "a", at: 140, kind: "arrest", actors: "t:holm", when: "2026-06-12"},
			},
			want: [][]string{{"a@0"}, {"a@40"}, {"a@90", "a@140"}},
		},
		{
			name: "a headline over one such event and another, undated, of another status tells neither",
			in: []m{
				{doc: "a", at: 0, kind: "agreement", trigger: "ceasefire"},
				{doc: "a", at: 65, kind: "agreement", trigger: "ceasefire", status: "expected", actors: "a:kyiv p:moscow"},
				{doc: "a", at: 900, kind: "agreement", trigger: "ceasefire", actors: "a:rebels", when: "2015-02-12"},
			},
			want: [][]string{{"a@0"}, {"a@65"}, {"a@900"}},
		},
		{
			name: "a headline of another kind stays apart",
			in: []m{
				{doc: "a", at: 0, kind: "attack", trigger: "arrest"},
				{doc: "a", at: 81, kind: "arrest", actors: "a:special-forces", when: "2026-06-11"},
			},
			want: [][]string{{"a@0"}, {"a@81"}},
		},
		{
			name: "a headline of another word stays apart",
			in: []m{
				{doc: "a", at: 0, kind: "attack", trigger: "bomb"},
				{doc: "a", at: 81, kind: "attack", trigger: "stab", actors: "a:man t:guard", when: "2026-06-11"},
			},
			want: [][]string{{"a@0"}, {"a@81"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestHeadline(t *testing.T) {
	tests := []struct {
		first bool
		text  string
		want  bool
	}{
		{true, "Police end Tarvik bank siege, gunman arrested", true},
		{true, `Minister: "We will not pay"`, true},
		{true, "Bettie Page, the pin-up model, died on Thursday.", false},
		{true, `"We will not pay," the minister said.`, false},
		{true, "Is the siege over?", false},
		{false, "Special forces stormed a bank and arrested a gunman", false},
	}
	for _, tt := range tests {
		if got := headline(tt.first, tt.text); got != tt.want {
			t.Errorf("headline(%v, %q) = %v, want %v", tt.first, tt.text, got, tt.want)
		}
	}
}

// TestHeadlineNews: a headline that names one more participant than its
// body's telling of the news is that telling, but not a telling years
// before the news that its body recalls.
func TestHeadlineNews(t *testing.T) {
	pub, err := timeline.ParseDate("2026-03-10")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		in   []m
		want [][]string
	}{
		{
			name: "the body's news",
			in: []m{
				{doc: "a", at: 0, kind: "other", trigger: "extend", actors: "a:central-bank t:lender"},
				{doc: "a", at: 52, kind: "other", trigger: "extend", actors: "a:central-bank", when: "2026-03-10"},
			},
			want: [][]string{{"a@0", "a@52"}},
		},
		{
			name: "a telling years before",
			in: []m{
				{doc: "a", at: 0, kind: "other", trigger: "host", actors: "a:host t:show"},
				{doc: "a", at: 52, kind: "other", trigger: "host", actors: "a:host", when: "2019-03-10"},
			},
			want: [][]string{{"a@0"}, {"a@52"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Options{Published: map[string]timeline.Date{"a": pub}}.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
