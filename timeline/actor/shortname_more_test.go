package actor

import "testing"

// TestTrailingNames: a body named by the last words of one other body's
// name is that body; by those of two, or with a country dropped, not.
func TestTrailingNames(t *testing.T) {
	tests := []struct {
		docs        [][]string
		short, long string
		same        bool
	}{
		{[][]string{{"The National Hurricane Center said the storm was strong."}, {"Winds reached 80 mph, the Hurricane Center said."}},
			"Hurricane Center", "National Hurricane Center", true},
		{[][]string{{"The flight left from the General Guadalupe Victoria International Airport on Tuesday."}, {"The plane skidded off the runway at the Guadalupe Victoria International Airport."}},
			"Guadalupe Victoria International Airport", "General Guadalupe Victoria International Airport", true},
		{[][]string{{"The Dovrik Fire Department and the Halden Fire Department said the blaze was out."}, {"The Fire Department said so."}},
			"Fire Department", "Dovrik Fire Department", false},
	}
	for _, tc := range tests {
		t.Run(tc.short, func(t *testing.T) {
			docs := findAll(tc.docs...)
			Resolve(docs)
			a, b := idsOf(t, docs, tc.short), idsOf(t, docs, tc.long)
			if len(a) != 1 || len(b) != 1 {
				t.Fatalf("ids %v and %v: %+v", a, b, docs)
			}
			if (a[0] == b[0]) != tc.same {
				t.Errorf("%q is %q, %q is %q: want same %v", tc.short, a[0], tc.long, b[0], tc.same)
			}
		})
	}
}

// TestFormalName: a company's short name, which also opens its unit's
// name, is the name with only a corporate form after it.
func TestFormalName(t *testing.T) {
	docs := findAll([]string{"Varnex AG said on Monday that its profit fell."},
		[]string{"Varnex Bank, the company's banking unit, was not affected, the regulator said."},
		[]string{"Shares of Varnex fell 20% on Tuesday after Varnex said its auditor had resigned."})
	Resolve(docs)
	a, b, c := idsOf(t, docs, "Varnex"), idsOf(t, docs, "Varnex AG"), idsOf(t, docs, "Varnex Bank")
	if len(a) != 1 || len(b) != 1 || len(c) != 1 {
		t.Fatalf("ids %v, %v and %v: %+v", a, b, c, docs)
	}
	if a[0] != b[0] || a[0] == c[0] {
		t.Errorf("Varnex is %q, Varnex AG %q, Varnex Bank %q: want the first two one", a[0], b[0], c[0])
	}
}
