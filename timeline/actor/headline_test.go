package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A headline capitalises its verb; the name ends before it, and a title
// before a verb names no one.
func TestHeadlineVerbEndsName(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Esther Vellman Dies Aged 91.", "Esther Vellman"},
		{"Anna Nicole Smith Dies.", "Anna Nicole Smith"},
		{"Worker Calls Alleged Shooter.", ""},
		{"Deputy Shot In Chase.", ""},
		{"Governor Walz Announces New Budget For Schools.", "Walz"},
		{"President Kerrigan Signs Bill On Taxes.", "Kerrigan"},
		{"Two Dead, Officer Hurt, And Gunman Caught.", ""},
		{"Actor William Hurt Wins Award.", "William Hurt"},
		{"Crowds fled the mall at least 8th; Shooter Being SOUGHT", ""},
		{"Gunman Sought after a mall shooting.", ""},
		{"Shooter Being sought by police on Saturday.", ""},
		{"Police said on Friday; Shooter Daniel Vell Found", "Daniel Vell"},
	} {
		var people []string
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Kind == timeline.Person {
				people = append(people, m.Text)
			}
		}
		if tc.want == "" && len(people) > 0 || tc.want != "" && (len(people) != 1 || people[0] != tc.want) {
			t.Errorf("%q: people %q, want %q", tc.text, people, tc.want)
		}
	}
}

// Sentences that are no headline keep names a verb's form ends.
func TestNoHeadlineKeepsName(t *testing.T) {
	checkKind(t, []string{"Mary Ann Burns said the shop would close."}, "Mary Ann Burns", timeline.Person)
}

func TestInflectedVerb(t *testing.T) {
	for w, want := range map[string]bool{"dies": true, "overturns": true, "released": true, "held": true,
		"caught": true, "williams": false, "smith": false, "vellman": false} {
		if got := inflectedVerb(w); got != want {
			t.Errorf("inflectedVerb(%q) = %v, want %v", w, got, want)
		}
	}
}

// A past verb capitalised before a given name, as a list of transactions
// writes it, is no part of the name; a given name that looks like a verb
// still opens one.
func TestVerbBeforeGiven(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"BOSTON CELTICS Sacked Bill Marsh, coach.", "Bill Marsh"},
		{"Hired Tom Fenn as coach.", "Tom Fenn"},
		{"Alfred Hale said the shop would close.", "Alfred Hale"},
		{"Reed Hastings said the firm would grow.", "Reed Hastings"},
	} {
		var people []string
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if m.Kind == timeline.Person {
				people = append(people, m.Text)
			}
		}
		if len(people) != 1 || people[0] != tc.want {
			t.Errorf("%q: people %q, want %q", tc.text, people, tc.want)
		}
	}
}
