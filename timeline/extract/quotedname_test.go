package extract

import "testing"

// TestQuotedAt: the end of a text is inside a quotation when a curly
// quote opened and did not close, or straight quotes are odd.
func TestQuotedAt(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Gus Holm told reporters: “", true},
		{"Gus Holm told reporters: “Carl Dahl lied.” ", false},
		{`Gus Holm said: "`, true},
		{`Gus Holm said: "No." Then `, false},
		{"Gus Holm said ", false},
	}
	for _, tt := range tests {
		if got := quotedAt(tt.text); got != tt.want {
			t.Errorf("quotedAt(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
