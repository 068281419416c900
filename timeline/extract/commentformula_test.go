package extract

import "testing"

// TestAskedComment: a reporter's asking for comment is no event of the
// story: neither the comment asked for, nor the request, nor being
// reached. A comment someone made, and a request for anything else, stay.
func TestAskedComment(t *testing.T) {
	tests := []struct {
		text    string
		trigger string
		want    bool
	}{
		{"Ivo Renner could not be reached for comment.", "comment", false},
		{"Ivo Renner could not be reached for comment.", "reach", false},
		{"Northwind Bank did not respond to a request for comment.", "request", false},
		{"Lena Park made no comment on the ruling.", "comment", true},
		{"The interview made for Lena Park's first public comments since the crash.", "comment", true},
		{"Northwind Bank rejected a request for a loan.", "request", true},
		{"Rescuers reached the village on Monday.", "reach", true},
	}
	for _, tt := range tests {
		t.Run(tt.trigger+": "+tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if got := eventWith(r, tt.trigger) != nil; got != tt.want {
				t.Errorf("event %q: %v, want %v%s", tt.trigger, got, tt.want, describe(r))
			}
		})
	}
}
