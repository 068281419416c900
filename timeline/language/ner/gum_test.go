package ner

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline/language/conllu"
)

// sentence builds a conllu sentence from "form UPOS Entity" triples ("_"
// for no Entity value).
func sentence(t *testing.T, rows ...string) *conllu.Sentence {
	t.Helper()
	s := &conllu.Sentence{}
	for i, r := range rows {
		f := strings.Fields(r)
		if len(f) != 3 {
			t.Fatalf("row %q", r)
		}
		misc := "_"
		if f[2] != "_" {
			misc = "Entity=" + f[2]
		}
		xpos := map[string]string{"PROPN": "NNP", "NOUN": "NN", "DET": "DT", "ADP": "IN", "ADJ": "JJ", "PUNCT": ",", "VERB": "VBD", "PRON": "PRP"}[f[1]]
		s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: f[0], UPOS: f[1], XPOS: xpos, Misc: misc})
	}
	return s
}

func TestMentions(t *testing.T) {
	tests := []struct {
		name string
		rows []string
		want []Mention
		err  bool
	}{
		{"single", []string{"Kim PROPN (1-person-new-nnnnn-cf1-1-sgl-Kim_Jones)"},
			[]Mention{{0, 0, "person", []int{0}, "Kim_Jones"}}, false},
		{"nested", []string{
			"the DET (8-organization-new-nnnnn-cf3-2,4-sgl-University_of_Portsmouth",
			"University PROPN _", "of ADP _",
			"Portsmouth PROPN (9-place-new-nnnnn-cf4-1-sgl-Portsmouth)8)"},
			[]Mention{{0, 3, "organization", []int{1, 3}, "University_of_Portsmouth"}, {3, 3, "place", []int{3}, "Portsmouth"}}, false},
		{"two on one word", []string{"Paris PROPN (1-place-new-nnnnn-cf1-1-coref)(2-abstract-new-nnnnn-cf2-1-sgl)"},
			[]Mention{{0, 0, "place", []int{0}, ""}, {0, 0, "abstract", []int{0}, ""}}, false},
		{"hyphenated identity", []string{"Qasim PROPN (3-person-new-nnnnn-cf1-1-coref-Abd-al)"},
			[]Mention{{0, 0, "person", []int{0}, "Abd-al"}}, false},
		{"left open", []string{"a DET (1-object-new-nnnnn-cf1-1-sgl"}, nil, true},
		{"closes nothing", []string{"a DET 4)"}, nil, true},
		{"too few fields", []string{"a DET (1-object)"}, nil, true},
		{"bad minspan", []string{"a DET (1-object-new-nnnnn-cf1-x-sgl)"}, nil, true},
		{"garbage", []string{"a DET ((("}, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Mentions(sentence(t, tt.rows...))
			if tt.err {
				if !errors.Is(err, ErrEntity) {
					t.Fatalf("error %v, want ErrEntity", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.EqualFunc(got, tt.want, func(a, b Mention) bool {
				return a.Start == b.Start && a.End == b.End && a.Type == b.Type && a.Identity == b.Identity && slices.Equal(a.Heads, b.Heads)
			}) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestFromGUM(t *testing.T) {
	tests := []struct {
		name string
		rows []string
		want string
	}{
		{"name inside a phrase", []string{
			"the DET (8-organization-new-nnnnn-cf3-2-sgl-University_of_Portsmouth",
			"University PROPN _", "of ADP _",
			"Portsmouth PROPN (9-place-new-nnnnn-cf4-1-sgl-Portsmouth)8)"},
			"O B-ORG I-ORG I-ORG"},
		{"title and relative clause left out", []string{
			"General PROPN (1-person-new-nnnnn-cf1-3-sgl-Pat_Gordon",
			"Pat PROPN _", "Gordon PROPN _", ", PUNCT _", "who PRON _", "left VERB 1)"},
			"O B-PER I-PER O O O"},
		{"pronoun with identity is no name", []string{"she PRON (1-person-giv-nnnnn-cf1-1-coref-Kim_Jones)"}, "O"},
		{"common noun is no name", []string{"the DET (1-place-new-nnnnn-cf1-2-sgl", "city NOUN 1)"}, "O O"},
		{"nationality is left to the group rules", []string{"Russians PROPN (1-person-new-nnnnn-cf1-1-sgl)"}, "O"},
		{"place list split at commas", []string{
			"Moscow PROPN (1-place-new-nnnnn-cf1-1-sgl-Moscow", ", PUNCT _",
			"Russia PROPN (2-place-new-nnnnn-cf1-1-sgl-Russia)1)"},
			"B-LOC O B-LOC"},
		{"other types ignored", []string{"Easter PROPN (1-time-new-nnnnn-cf1-1-sgl)"}, "O"},
		{"a title alone is no name", []string{"the DET (1-person-giv-nnnnn-cf1-2-coref", "President PROPN 1)"}, "O O"},
		{"a country acting is a place", []string{
			"South PROPN (1-organization-new-nnnnn-cf1-2-sgl-South_Korea", "Korea PROPN 1)", "voted VERB _"},
			"B-LOC I-LOC O"},
		{"a company stays an organisation", []string{"Acme PROPN (1-organization-new-nnnnn-cf1-1-sgl)", "voted VERB _"}, "B-ORG O"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := FromGUM(sentence(t, tt.rows...))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(s.Labels, " "); got != tt.want {
				t.Errorf("labels %q, want %q", got, tt.want)
			}
		})
	}
}

func FuzzMentions(f *testing.F) {
	for _, seed := range []string{
		"(8-organization-new-nnnnn-cf3-3,5,6-sgl-University_of_Portsmouth",
		"10)9)8)",
		"(175-time-giv:inact-nnnnn-cf5-1-coref)189)188)",
		"(1-person-giv:act-sssss-cf2*-1-coref-Jared_Padalecki)",
		"(4-abstract-new-sssss-cf2-3-coref(5-object-new-sssss-cf3-1-coref)",
	} {
		f.Add(seed, "4)")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		s := &conllu.Sentence{Words: []conllu.Word{
			{ID: 1, Form: "A", UPOS: "PROPN", Misc: "Entity=" + a},
			{ID: 2, Form: "b", UPOS: "NOUN", Misc: "Entity=" + b},
		}}
		ms, err := Mentions(s)
		if err != nil {
			if !errors.Is(err, ErrEntity) {
				t.Fatalf("error %v does not wrap ErrEntity", err)
			}
			return
		}
		for _, m := range ms {
			if m.Start < 0 || m.End >= len(s.Words) || m.Start > m.End {
				t.Fatalf("mention %+v out of the sentence", m)
			}
		}
		out, err := FromGUM(s)
		if err != nil || !validBIO(out.Labels) {
			t.Fatalf("FromGUM: %v, labels %v", err, out.Labels)
		}
	})
}
