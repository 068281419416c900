package extract

import (
	"strings"
	"testing"
)

// lowerWord and lastField are strings.ToLower and the last of
// strings.Fields without their allocations: the same on ASCII, on other
// letters (the Kelvin sign lowers to an ASCII k) and on other spaces.
func TestLowerWordLastField(t *testing.T) {
	for _, s := range []string{"", "Friday", "WEEKS", "between", "Été", "\u212Aelvin", "ÅNGSTRÖM and Co", "a\u00a0b", "x\xffY"} {
		var b [4]byte
		if got, want := string(lowerWord(b[:0], s)), strings.ToLower(s); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"", "  ", "fled the country hours", "hours ", "a\u00a0hours", "two\u2003days\u3000", "x\xe2\x80 days", "one"} {
		want := ""
		if f := strings.Fields(s); len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}
