package extract

import "testing"

// TestRecapDay checks that a saying in a paragraph opened by a recap
// frame ("what happened yesterday:") is of the day the frame names, not
// the publication day (Monday 2025-03-17); a paragraph with no such
// frame, or a frame that does not look back, leaves the saying on the
// publication day.
func TestRecapDay(t *testing.T) {
	more := []when{{text: "yesterday", start: "2025-03-16"}}
	tests := []struct{ name, text, want string }{
		{"recap frame", "A quick recap of what happened yesterday: the bridge at Westhaven collapsed before dawn. Norlish officials said a lorry had hit a pier.", "2025-03-16"},
		{"no frame", "The bridge at Westhaven collapsed yesterday. Norlish officials said a lorry had hit a pier.", "2025-03-17"},
		{"a colon that does not look back", "The toll yesterday: nine dead. Norlish officials said a lorry had hit a pier.", "2025-03-17"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := parseTextWith(t, tt.text, more)
			e := eventBy(t, r, "say")
			got := startDay(e)
			if got != tt.want {
				t.Errorf("%q dated %s, want %s%s", e.Summary, got, tt.want, describe(r))
			}
		})
	}
}
