package actor

import (
	"strings"
	"testing"
)

// TestDeedDescriptions: "the gunman", "the suspect", "the victim" are the
// one person the document (or, failing it, the corpus) gives that part,
// or another word for whoever did the deed; no one when two are given it.
func TestDeedDescriptions(t *testing.T) {
	tests := []struct {
		texts []string
		want  string // the mentions of the first document
	}{
		// An identification gives the part, for every mention of it.
		{[]string{"The gunman, whom police identified as Tomas Brede, still held the staff. " +
			"Negotiators said the gunman was calm."},
			"The gunman=tomas-brede police=police Tomas Brede=tomas-brede Negotiators=negotiators the gunman=tomas-brede"},
		{[]string{"The robber held a knife. Police named the robber as Mark Vell."},
			"The robber=mark-vell Police=police the robber=mark-vell Mark Vell=mark-vell"},
		// Another word for the one who did it.
		{[]string{"The suspect, Tomas Brede, was injured. The gunman had seized the bank on Tuesday."},
			"Tomas Brede=tomas-brede The gunman=tomas-brede"},
		{[]string{"Prosecutors charged gunman Ivo Dane. The attacker said nothing."},
			"Prosecutors=prosecutors Ivo Dane=ivo-dane The attacker=ivo-dane"},
		// Two persons given the part: no guess.
		{[]string{"Police arrested suspect Ivo Dane and suspect Mark Vell. The gunman said nothing."},
			"Police=police Ivo Dane=ivo-dane Mark Vell=mark-vell"},
		// A part the document gives no one is the one another gives it.
		{[]string{"Officers exchanged fire with the gunman on Tuesday.",
			"The gunman, whom police identified as Tomas Brede, still held the staff."},
			"Officers=officers the gunman=tomas-brede"},
		{[]string{"Officers exchanged fire with the gunman on Tuesday.", "Judge Ivo Dane said the court would sit."},
			"Officers=officers"},
		// A reduced clause that only the one who did it fits.
		{[]string{"The man holding hostages freed four of them. The gunman, whom police identified as Tomas Brede, is armed."},
			"The man=tomas-brede hostages=hostages The gunman=tomas-brede police=police Tomas Brede=tomas-brede"},
		{[]string{"The man accused his neighbour of theft. Police named the robber as Mark Vell."},
			"Police=police the robber=mark-vell Mark Vell=mark-vell"},
		// The victim is not whoever did it.
		{[]string{"The suspect, Tomas Brede, was injured. The victim was taken to hospital."},
			"Tomas Brede=tomas-brede"},
	}
	for _, tc := range tests {
		t.Run(tc.texts[0], func(t *testing.T) {
			all := findTexts(t, tc.texts)
			if got := mentionIDs(all[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGroupsThatAct: plural nouns for armed, policing or negotiating
// people act as groups; "forces" alone is no group.
func TestGroupsThatAct(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Special forces stormed a bank early on Thursday.", "Special forces=special-forces"},
		{"The army said security forces had killed two men.", "security forces=security-forces"},
		{"Officers exchanged fire with him shortly after 10 a.m.", "Officers=officers"},
		{"She said negotiators had spoken to the man three times.", "negotiators=negotiators"},
		{"Police officers arrested him on Friday.", "Police officers=police"},
		{"Market forces pushed prices up.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			all := findTexts(t, []string{tc.text})
			var got []string
			for _, m := range all[0] {
				if m.Kind == "group" {
					got = append(got, m.Text+"="+m.ID)
				}
			}
			if g := strings.Join(got, " "); g != tc.want {
				t.Errorf("got %q, want %q", g, tc.want)
			}
		})
	}
}
