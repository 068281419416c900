package actor

import (
	"slices"
	"testing"
)

// TestFoldRoles: roles spelled alike but for case are one, and a role is
// left out beside the same role held in a named body.
func TestFoldRoles(t *testing.T) {
	tests := []struct{ in, want []string }{
		{[]string{"chief executive of Ostrand Bank", "chief executive"}, []string{"chief executive of Ostrand Bank"}},
		{[]string{"Owner", "owner of Ashbury Rovers"}, []string{"owner of Ashbury Rovers"}},
		{[]string{"US envoy", "US Envoy", "special envoy"}, []string{"US Envoy", "special envoy"}},
		{[]string{"chief executive", "chief executive officer"}, []string{"chief executive", "chief executive officer"}},
	}
	for _, tc := range tests {
		if got := foldRoles(slices.Clone(tc.in)); !slices.Equal(got, tc.want) {
			t.Errorf("foldRoles(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
