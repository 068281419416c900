package extract

import (
	"strings"
	"testing"
)

// TestSpeakerNotSaid: a speaker named before a long apposition and
// "said" is the speaker, not what was said; a clause before the speaker
// still is.
func TestSpeakerNotSaid(t *testing.T) {
	people := []who{{text: "Jan Vos", id: "jan-vos"}}
	tests := []struct{ text, notWant, want string }{
		{"Salvors freed the ship on Monday.\n\"We did it!\" Jan Vos, the head of Marlin, the Danish firm that ran the rescue, said in a statement.", "Vos, the head", "Jan Vos said"},
		{"The ship is free and the canal will reopen, Jan Vos said on Monday.", "Vos, the head", "canal will reopen"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseTextCast(t, tt.text, people, nil)
			var said []string
			for _, e := range r.Events {
				if e.Kind == KindStatement && len(e.Actors) > 0 && e.Actors[0].ID == "jan-vos" {
					said = append(said, e.Summary)
				}
			}
			got := strings.Join(said, " | ")
			if strings.Contains(got, tt.notWant) || !strings.Contains(got, tt.want) {
				t.Errorf("statements %q: want %q, not %q%s", got, tt.want, tt.notWant, describe(r))
			}
		})
	}
}
