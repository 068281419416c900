package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestArabicArticleSpellings: one person's surname written with "el-" or
// "al-" and a letter doubled or not, in different outlets, is one actor.
func TestArabicArticleSpellings(t *testing.T) {
	for _, c := range []struct{ a, b, name string }{
		{"President Abdel Karim el-Sissi spoke on Monday.", "President Abdel Karim al-Sisi said the canal was open.", "Abdel Karim"},
		{"President Abdel Karim El Sissi spoke on Monday.", "President Abdel Karim al-Sisi said the canal was open.", "Abdel Karim"},
	} {
		_, actors := findAndResolve(t, []timeline.Document{docOf("a", c.a), docOf("b", c.b)})
		n := 0
		for _, a := range actors {
			if a.Kind == timeline.Person {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q / %q: %d people, want 1: %v", c.a, c.b, n, actors)
		}
	}
}
