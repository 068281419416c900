package actor

import "testing"

// TestSpelledOut: bracketed initials spell the words right before them
// and a lower-case head ("the Rail Maritime and Transport union (RMT)"),
// which are the body the initials then name; initials that spell
// something else, or a name the rules read already, are left as they
// were.
func TestSpelledOut(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Members of the Rail Maritime and Transport union (RMT) walked out on Tuesday. The RMT said the strike would go on.",
			"Rail Maritime and Transport union=rail-maritime-and-transport-union RMT=rail-maritime-and-transport-union RMT=rail-maritime-and-transport-union"},
		{"Staff of the Kestrel Valley Water board (KVW) were told on Monday. The KVW said pay would rise.",
			"Kestrel Valley Water board=kestrel-valley-water-board KVW=kestrel-valley-water-board KVW=kestrel-valley-water-board"},
		// What must not change.
		{"Members of the Rail Maritime and Transport union (RMU) walked out on Tuesday. The RMU said the strike would go on.",
			""},
		// A name the rules read already, whose words the initials spell,
		// takes the head written after it.
		{"Members of the Rail, Maritime and Transport union (RMT) walked out on Tuesday. The RMT said the strike would go on.",
			"Rail, Maritime and Transport union=rail-maritime-and-transport-union RMT=rail-maritime-and-transport-union RMT=rail-maritime-and-transport-union"},
		{"Staff of Severn Vale Water (SVW) were told on Monday. The SVW said pay would rise.",
			"Severn Vale Water=severn-vale-water SVW=severn-vale-water SVW=severn-vale-water"},
		{"Members of the National Union of Mineworkers (NUM) walked out. The NUM said so.",
			"National Union of Mineworkers=national-union-of-mineworkers NUM=national-union-of-mineworkers NUM=national-union-of-mineworkers"},
	} {
		if got := mentionIDs(findTexts(t, []string{tc.text})[0]); got != tc.want {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
