package depparse

import "testing"

// A transition is forced when it alone is valid: the first shift, a shift
// onto the bare root, each reduce once the buffer is empty.
func TestForced(t *testing.T) {
	for _, tc := range []struct {
		name   string
		n      int
		moves  []int // applied after reset
		want   int
		wantOK bool
	}{
		{"first word onto the root", 3, nil, shift, true},
		{"one word on the stack, words left", 3, []int{shift}, 0, false},
		{"two words on the stack, words left", 3, []int{shift, shift}, 0, false},
		{"buffer empty, two words on the stack", 2, []int{shift, shift}, right, true},
		{"buffer empty, one word on the stack", 1, []int{shift}, right, true},
		{"back to the bare root, words left", 3, []int{shift, left}, shift, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var s state
			s.reset(tc.n)
			for _, m := range tc.moves {
				s.apply(m, 0)
			}
			got, ok := s.forced()
			if ok != tc.wantOK || (ok && got != tc.want) {
				t.Errorf("forced() = %d, %v; want %d, %v", got, ok, tc.want, tc.wantOK)
			}
		})
	}
}
