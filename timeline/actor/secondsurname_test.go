package actor

import "testing"

// TestSecondSurname: a person written with a second surname after the
// full name another document gives is that person; a name two longer
// names start is neither's.
func TestSecondSurname(t *testing.T) {
	tests := []struct {
		texts    []string
		a, b     string
		wantSame bool
	}{
		{[]string{"Gov. Mateo R. Olivar said on Tuesday that no one died.", "Gov. Mateo R. Olivar Quintana said on Wednesday that winds played a part."},
			"Mateo R. Olivar", "Mateo R. Olivar Quintana", true},
		{[]string{"Minister Ana Ruiz said on Tuesday that no one died.", "Minister Ana Ruiz Vela said on Wednesday that the roads were shut.",
			"Minister Ana Ruiz Soto said on Thursday that the schools were shut."},
			"Ana Ruiz Vela", "Ana Ruiz Soto", false},
	}
	for _, tc := range tests {
		t.Run(tc.a+"/"+tc.b, func(t *testing.T) {
			all := findTexts(t, tc.texts)
			ids := map[string]string{}
			for _, ms := range all {
				for _, m := range ms {
					ids[m.Name] = m.ID
				}
			}
			if ids[tc.a] == "" || ids[tc.b] == "" {
				t.Fatalf("names not found: %v", ids)
			}
			if same := ids[tc.a] == ids[tc.b]; same != tc.wantSame {
				t.Errorf("%q and %q one person: %v, want %v (%v)", tc.a, tc.b, same, tc.wantSame, ids)
			}
		})
	}
}
