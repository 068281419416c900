package timeline

import "testing"

func TestIDName(t *testing.T) {
	tests := []struct{ id, want string }{
		{"palestine", "Palestine"},
		{"united-states", "United States"},
		{"isle-of-man", "Isle of Man"},
		{"uk", "UK"},
		{"south_korea", "South Korea"},
		{"a-0012", "a-0012"},
		{"McDonald", "McDonald"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := IDName(tt.id); got != tt.want {
			t.Errorf("IDName(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}
