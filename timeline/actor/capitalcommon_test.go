package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestBodyNameWords: a common word capitalised inside a sentence, or a
// plural's possessive, opens the body's name it heads; the same word
// opening the sentence, a month or an article does not. A commission's or
// council's name goes on after "on" to its remit, not to a weekday.
func TestBodyNameWords(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Talks with the ruling People Power Party broke down.", "People Power Party"},
		{"The People Front Party said it would oppose the motion.", "People Front Party"},
		{"Veland's New Democratic Party said it would vote against.", "New Democratic Party"},
		{"Drills by the People's Liberation Army began on Monday.", "People's Liberation Army"},
		{"A report by the Peace Research Institute was published.", "Peace Research Institute"},
		{"Several Democratic Party members said no.", "Democratic Party"},
		{"He said in May Parliament would vote.", ""},
		{"The story was first reported by The Kelby Post.", "Kelby Post"},
		{"The Veland National Commission on Human Rights said police fired.", "Veland National Commission on Human Rights"},
		{"A report by the Veland Council on Foreign Relations came out.", "Veland Council on Foreign Relations"},
		{"The Veland National Commission on Monday said it would appeal.", "Veland National Commission"},
		{"The Ghana National Commission on Human Rights said police fired.", "Ghana National Commission on Human Rights"},
		{"The Texas Commission on Environmental Quality fined the plant.", "Texas Commission on Environmental Quality"},
		{"The Korean Confederation of Trade Unions called a strike.", "Korean Confederation of Trade Unions"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got string
			for _, m := range findOne(tc.text) {
				if m.Kind == timeline.Organization {
					got = m.Name
				}
			}
			if got != tc.want {
				t.Errorf("body %q, want %q", got, tc.want)
			}
		})
	}
}
