package actor

import "testing"

// "the group" is any body of members that salience picks, not the one
// whose name ends in "Group"; a body's word before "for" types it
// ("Office for Civil Rights" is an office, no insurer).
func TestGroupAndForHead(t *testing.T) {
	for _, tc := range []struct{ text, desc, want string }{
		{"Orvane Group confirmed the attack on Monday. The company said it would pay. The Kelby Hospital Association called the loans a band-aid. " +
			"Rick Pollack, the group's president, said hospitals were struggling.", "the group's", "Kelby Hospital Association"},
		{"Halvorsen Group offered 4 billion for Meridian Foods. The group said the deal would close in June.", "The group", "Halvorsen Group"},
		{"Ana Lima, who directs the Office for Civil Rights, called the attack unprecedented. The insurer said the attack had cost it 800 million dollars.",
			"The insurer", ""},
		{"Orvane Group said on Monday that hackers had stolen files. Ana Lima, who directs the Office for Civil Rights, called the attack unprecedented. " +
			"The insurer said the attack had cost it 800 million dollars.", "The insurer", "Orvane Group"},
	} {
		got := nameAt(tc.text, tc.desc, "organization")
		if got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.desc, got, tc.want)
		}
	}
}
