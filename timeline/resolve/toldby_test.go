package resolve

import "testing"

// TestToldBySalience: an event several documents tell is more salient
// than any one telling, but a statement, an undated event and a bare
// telling are not.
func TestToldBySalience(t *testing.T) {
	tests := []struct {
		name  string
		kind  string
		when  string
		docs  []string
		basis string
		base  float64
		want  float64
	}{
		{"three documents add two tenths", "attack", "2020-11-20", []string{"a", "b", "c"}, "text", 0.5, 0.7},
		{"two documents add one", "attack", "2020-11-20", []string{"a", "b"}, "text", 0.5, 0.6},
		{"no more than two tenths", "attack", "2020-11-20", []string{"a", "b", "c", "d"}, "text", 0.5, 0.7},
		{"one document adds nothing", "attack", "2020-11-20", []string{"a"}, "text", 0.5, 0.5},
		{"a statement gains nothing", "statement", "2020-11-20", []string{"a", "b", "c"}, "text", 0.5, 0.5},
		{"nor an undated event", "attack", "", []string{"a", "b", "c"}, "", 0.5, 0.5},
		{"nor one dated by its publication", "attack", "2020-11-20", []string{"a", "b", "c"}, "publication", 0.5, 0.5},
		{"nor a bare telling", "attack", "2020-11-20", []string{"a", "b", "c"}, "text", 0.45, 0.45},
		{"never over one", "attack", "2020-11-20", []string{"a", "b", "c"}, "text", 0.9, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []m
			for _, d := range tt.docs {
				ms = append(ms, m{doc: d, at: 10, kind: tt.kind, when: tt.when, actors: "a:gunman t:bank"})
			}
			rs := results(t, ms)
			for i := range rs {
				for j := range rs[i].Events {
					rs[i].Events[j].Salience = tt.base
					if w := rs[i].Events[j].When; w != nil {
						w.Basis = tt.basis
					}
				}
			}
			events, _ := Merge(rs)
			if len(events) != 1 && tt.when != "" {
				t.Fatalf("%d events, want one", len(events))
			}
			for _, ev := range events {
				if ev.Salience != tt.want {
					t.Errorf("salience %v, want %v", ev.Salience, tt.want)
				}
			}
		})
	}
}

// TestMergedSalienceIsTheMost: an event told once as central (0.8) and
// elsewhere in passing (0.3) stays central, whichever telling speaks for
// it or comes first, and gains for each document past the first.
func TestMergedSalienceIsTheMost(t *testing.T) {
	for _, central := range []string{"a", "b", "c"} {
		t.Run("central in "+central, func(t *testing.T) {
			var ms []m
			for _, d := range []string{"a", "b", "c"} {
				ms = append(ms, m{doc: d, at: 10, kind: "attack", when: "2020-11-20", actors: "a:gunman t:bank"})
			}
			rs := results(t, ms)
			for i := range rs {
				rs[i].Events[0].Salience = 0.3
				if rs[i].Doc == central {
					rs[i].Events[0].Salience = 0.8
				}
			}
			events, _ := Merge(rs)
			if len(events) != 1 {
				t.Fatalf("%d events, want one", len(events))
			}
			if got := events[0].Salience; got != 1 {
				t.Errorf("salience %v, want 1 (0.8 and two more documents)", got)
			}
		})
	}
}
