package actor

import "testing"

// A tournament named by its place and "Open", "Marathon" or "Grand Prix"
// is an event, no person: the word after the place is no surname.
func TestTournamentHead(t *testing.T) {
	checkPersons(t, []personCase{
		{"The 23-year-old said in Beijing, where he is playing the China Open.", "Open", false},
		{"Sinner will begin his US Open campaign on Monday.", "Open", false},
		{"She won the Kelby Marathon in April.", "Kelby Marathon", false},
		{"He crashed at the Norvian Grand Prix on Sunday.", "Prix", false},
		{"Sinner, who won the US Open in September, said he was disappointed. \"I have had three hearings,\" the 23-year-old said in Beijing.", "Open", false},
		{"Ivo Dane said the open letter was signed by 40 players.", "Ivo Dane", true},
	})
}
