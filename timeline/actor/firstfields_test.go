package actor

import (
	"slices"
	"strings"
	"testing"
)

func TestFirstFields(t *testing.T) {
	for _, s := range []string{
		"", "   ", "the hedge fund he controlled", "  Gus\tHolm,\n a company director ",
		"fund\u00a0manager\u2003of Berg", "caf\xe9 owner  ", "one",
	} {
		all := strings.Fields(s)
		for n := range 6 {
			if got, want := firstFields(s, n), all[:min(n, len(all))]; !slices.Equal(got, want) {
				t.Errorf("firstFields(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}
