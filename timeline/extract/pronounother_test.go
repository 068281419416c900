package extract

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPronounOtherOfGender: a person of untold gender the sentence
// before named is not who "his" stands for when that sentence called
// someone else "him" after naming them.
func TestPronounOtherOfGender(t *testing.T) {
	people := []who{{text: "Jo Varga", id: "jo-varga", kind: timeline.Person}, {text: "Varga", id: "jo-varga", name: "Jo Varga", kind: timeline.Person}}
	tests := []struct{ text, want string }{
		{"Jo Varga filed a complaint against him on Monday. His resignation came on Wednesday.", ""},
		{"Jo Varga filed a complaint on Monday. His resignation came on Wednesday.", "jo-varga"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			if e := eventBy(t, r, "resignation"); agent(e) != tt.want {
				t.Errorf("%q has agent %q, want %q%s", e.Summary, agent(e), tt.want, describe(r))
			}
		})
	}
}
