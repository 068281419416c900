package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// Each state's police is its own group once a corpus names two states'
// police; a corpus naming one state's keeps a single "police".
func TestStatePolice(t *testing.T) {
	tests := []struct {
		texts []string
		want  []string // the ids of the police mentions, in order
	}{
		{[]string{"Swiss police arrested seven officials in Zurich. Police said the arrests were peaceful. Italian police said they had been asked to help."},
			[]string{"swiss-police", "swiss-police", "italian-police"}},
		{[]string{"Police in Milan arrested a man on Tuesday. Police said he was 34.", "French police detained two men in Lyon on Monday."},
			[]string{"italian-police", "italian-police", "french-police"}},
		{[]string{"Police in Vernay said two people were hurt. French police later arrested a suspect in Rome.", "Greek police fired tear gas in Athens."},
			[]string{"french-police", "french-police", "greek-police"}},
		{[]string{"Greek police fired tear gas in Athens.", "Protesters marched through Athens on Sunday. Police fired tear gas.", "Italian police arrested a man in Rome."},
			[]string{"greek-police", "greek-police", "italian-police"}},
		// A force named a paragraph before is no guide; the lede's is.
		{[]string{"Haitian police said they had arrested 17 men. Colombia's national police said the men were former soldiers, and that the president had ordered the police to cooperate.\n" +
			"Residents marched for hours through the streets of the capital on Friday evening. Hundreds of them gathered outside the palace, where they sang, prayed and lit candles until late at night. Many of them said they feared for the future of the country and for their families. Shops stayed shut and the buses did not run. " +
			"Their anger was directed in part at the police, who have yet to explain how the attackers entered the house."},
			[]string{"haitian-police", "colombian-police", "colombian-police", "haitian-police"}},
		{[]string{"Police said the man was 34.", "Indian police arrested him in Mumbai."},
			[]string{"police", "police"}},
	}
	for _, tc := range tests {
		var docs []timeline.Document
		for i, text := range tc.texts {
			docs = append(docs, docOf(string(rune('a'+i)), text))
		}
		ms, _ := findAndResolve(t, docs)
		var got []string
		for _, doc := range ms {
			for _, m := range doc {
				if m.Kind == timeline.Group && (m.Text == "police" || m.Text == "Police") {
					got = append(got, m.ID)
				}
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%q: police %v, want %v", tc.texts, got, tc.want)
			continue
		}
		for k := range got {
			if got[k] != tc.want[k] {
				t.Errorf("%q: police %v, want %v", tc.texts, got, tc.want)
				break
			}
		}
	}
}
