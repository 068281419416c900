package actor

import "testing"

// TestLaterHolder: an office the document gives its holder only later is
// the one person of the sentence before, or no one when that person is
// not plainly one; with no one named before, or a holder named before,
// it is the holder as it was.
func TestLaterHolder(t *testing.T) {
	const later = " The NWCA urged other bodies to act. Its chief executive, Ivo Dane, said so."
	tests := []struct{ text, want string }{
		{"Lena Park spoke outside Kestrel General Hospital. The chief executive added that systems would be back." + later, "Lena Park"},
		{"\"We will not pay,\" Park told reporters outside Kestrel General Hospital. The chief executive added that systems would be back." + later, ""},
		// What must not change.
		{"The chief executive said that systems would be back." + later, "Ivo Dane"},
		{"Constable Lena Park spoke on Monday. Police identified the victim as Ivo Dane, 40.", "Ivo Dane"},
		{"Chief executive Ivo Dane spoke on Monday. Lena Park spoke outside Kestrel General Hospital. The chief executive added that systems would be back.", "Ivo Dane"},
	}
	for _, tc := range tests {
		got := describedAs(t, tc.text)
		if got != tc.want {
			t.Errorf("%q: the office is %q, want %q", tc.text, got, tc.want)
		}
	}
}
