package extract

import "testing"

// TestDistanceAside: a distance set off by commas after a subject says
// where it is; it does nothing alongside it.
func TestDistanceAside(t *testing.T) {
	tests := []struct{ text, trigger, want string }{
		{"The volcano, about 65 kilometres north of Ostburg, erupted on Saturday.", "erupt", "The volcano erupted"},
		{"The ferry, 20 miles off the coast of Westhaven, sank on Monday.", "sink", "The ferry sank"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.want {
				t.Errorf("%q, want %q%s", e.Summary, tt.want, describe(r))
			}
		})
	}
}
