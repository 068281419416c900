package actor

import "testing"

// TestFormerOffice: "the former prime minister" or "the former finance
// minister" is the one person the
// document gives that former office, else the one person of the sentence
// before whom no other role rules out.
func TestFormerOffice(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Arlen Voss had been expected to stand. But the former prime minister said on Sunday that he would not.", "Arlen Voss"},
		{"Former president Hal Brody met Prime Minister Ann Lee. Later the former president spoke to reporters.", "Hal Brody"},
		{"Chancellor Mira Dane had been expected to stand. But the former president said on Sunday that he would not.", ""},
		// A portfolio's office held before too.
		{"Ivo Renner told supporters in the capital. The 46-year-old former finance minister said his party was ready.", "Ivo Renner"},
		{"Ivo Renner told supporters in the capital. The former finance minister said his party was ready.", "Ivo Renner"},
		// Not one whose role is another, nor of two persons.
		{"Chief executive Ivo Renner told supporters in the capital. The former finance minister said his party was ready.", ""},
		{"Ivo Renner met Anna Berg in the capital. The former finance minister said his party was ready.", ""},
	}
	for _, tc := range tests {
		got := describedAs(t, tc.text)
		if got != tc.want {
			t.Errorf("%q: the former office is %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestNewOffice: "the new prime minister" whom the document gives no one
// else is the one person of the sentence before.
func TestNewOffice(t *testing.T) {
	text := "Arlen Voss became prime minister on Tuesday, promising to fix the mistakes. The new prime minister was appointed by the king at noon."
	if got := describedAs(t, text); got != "Arlen Voss" {
		t.Errorf("%q: the new prime minister is %q, want Arlen Voss", text, got)
	}
}

// describedAs returns the name that the last description in text (an
// office, "the former finance minister") is resolved to, or "".
func describedAs(t *testing.T, text string) string {
	t.Helper()
	got := ""
	for _, m := range findTexts(t, []string{text})[0] {
		if isDescriptor(m.Text) && m.Name != m.Text {
			got = m.Name
		}
	}
	return got
}
