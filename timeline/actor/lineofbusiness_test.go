package actor

import "testing"

// A definite description that repeats what the text called a body beside
// its name stands for the nearest body so characterised; one the text
// never gave a body, or a class noun before another name, is no such
// repeat.
func TestLineOfBusiness(t *testing.T) {
	for _, tc := range []struct{ text, desc, want string }{
		{"Quarrel Data, a credit reporting company, disclosed a breach on Thursday. The credit reporting company said 14 million people were affected.",
			"The credit reporting company", "Quarrel Data"},
		{"Vellbook, the social network, was fined on Monday. The social network said it would appeal.", "The social network", "Vellbook"},
		{"The social network Vellbook was fined on Monday. Lawyers for the social network said it would appeal.", "the social network", "Vellbook"},
		{"Skyrunner, Europe's biggest budget airline, cancelled flights on Friday. The budget airline blamed strikes.", "The budget airline", "Skyrunner"},
		{"Vellbook, the social network, was fined. Ostrand, a video streaming service, was cleared. The video streaming service said it was pleased.",
			"The video streaming service", "Ostrand"},
		{"Vellbook, the social network, was fined. The social network Threadly said it would not be.", "The social network", ""},
		{"Vellbook, the social network, was fined. The streaming service said it would appeal.", "The streaming service", ""},
	} {
		got := nameAt(tc.text, tc.desc, "organization")
		if got != tc.want {
			t.Errorf("%q: %q is %q, want %q", tc.text, tc.desc, got, tc.want)
		}
	}
}
