package dot

import "testing"

func TestRestates(t *testing.T) {
	tests := []struct {
		cue, kind string
		want      bool
	}{
		{"responding to", "responds_to", true},
		{"Responded", "responds_to", true},
		{"contradicting", "contradicts", true},
		{"caused by", "causes", true},
		{"concession to", "responds_to", false},
		{"after", "precedes", false},
		{"agreed to no such thing", "contradicts", false},
		{"cause", "causes", true},
		{"caus", "causes", false},
		{"", "causes", false},
		{"   ", "causes", false},
		{"réponse", "responds_to", false},
	}
	for _, tt := range tests {
		t.Run(tt.cue+"/"+tt.kind, func(t *testing.T) {
			if got := restates(tt.cue, tt.kind); got != tt.want {
				t.Errorf("restates(%q, %q) = %v, want %v", tt.cue, tt.kind, got, tt.want)
			}
		})
	}
}
