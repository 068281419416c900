package actor

import (
	"slices"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestFamilyFirst: a Chinese or Korean name keeps its family name first,
// so the first word alone is the person in the same article and in
// another, and the last word is no alias; a Western name whose first word
// is such a family name keeps its last word.
func TestFamilyFirst(t *testing.T) {
	tests := []struct {
		first, second, full, alone string
	}{
		{"Interior Minister Park Do-hyun resigned on Monday.", "Park said he regretted the decision.", "Park Do-hyun", "Park"},
		{"President Yoon Tae Gil addressed the nation.", "Critics said Yoon had lost the country's trust.", "Yoon Tae Gil", "Yoon"},
		{"Foreign Minister Zhao Lirong arrived in Delhi.", "Zhao said on Friday that the talks went well.", "Zhao Lirong", "Zhao"},
		{"Hui Ka Wing, the group's founder, was detained in September.", "Hui said through lawyers that he was innocent.", "Hui Ka Wing", "Hui"},
		{"Finance chief Xia Lirong resigned.", "Xia said the figures were sound.", "Xia Lirong", "Xia"},
		{"Mayor Lee Anderson opened the bridge.", "Anderson said it was overdue.", "Lee Anderson", "Anderson"},
		{"Coach Kim Baxter was dismissed.", "Baxter said he was disappointed.", "Kim Baxter", "Baxter"},
		{"Sheriff Lee Baca said the deputy was shot.", "Baca said the investigators did well.", "Lee Baca", "Baca"},
	}
	for _, tc := range tests {
		t.Run(tc.first, func(t *testing.T) {
			ms, actors := findAndResolve(t, []timeline.Document{docOf("a", tc.first), docOf("b", tc.second)})
			var id string
			for _, m := range ms[0] {
				if m.Kind == timeline.Person && m.Name == tc.full {
					id = m.ID
				}
			}
			if id == "" {
				t.Fatalf("no %s in %s", tc.full, mentionIDs(ms[0]))
			}
			found := false
			for _, m := range ms[1] {
				if m.Text == tc.alone {
					found = true
					if m.ID != id {
						t.Errorf("%q is %s, want %s", tc.alone, m.ID, id)
					}
				}
			}
			if !found {
				t.Errorf("no %q in %s", tc.alone, mentionIDs(ms[1]))
			}
			for _, a := range actors {
				if a.ID == id && !slices.Contains(a.Aliases, tc.alone) {
					t.Errorf("%s lacks the alias %q: %v", id, tc.alone, a.Aliases)
				}
			}
		})
	}
}

// TestPinyin: a word is pinyin when its syllables all are.
func TestPinyin(t *testing.T) {
	for w, want := range map[string]bool{"jinping": true, "qiang": true, "yi": true, "lirong": true, "anderson": false, "baxter": false, "ann": false, "jones": false} {
		if got := pinyin(w); got != want {
			t.Errorf("pinyin(%q) = %v, want %v", w, got, want)
		}
	}
}
