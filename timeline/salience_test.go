package timeline

import "testing"

func TestSalient(t *testing.T) {
	tl := &Timeline{
		Events: []Event{{ID: "a", Salience: 0.9}, {ID: "b", Salience: 0.2}, {ID: "c"}, {ID: "d", Salience: 0.5}},
		Links: []Link{{From: "a", To: "b"}, {From: "a", To: "c", Confidence: 0.7}, {From: "d", To: "a"},
			{From: "c", To: "d", Confidence: 0.4}},
	}
	got := tl.Salient(0.5, 0.6)
	var ids []string
	for _, ev := range got.Events {
		ids = append(ids, ev.ID)
	}
	if want := "a c d"; join(ids) != want {
		t.Errorf("kept events %q, want %q", join(ids), want)
	}
	if len(got.Links) != 2 || got.Links[0].To != "c" || got.Links[1].From != "d" {
		t.Errorf("kept links %+v, want a→c and d→a (c→d is under the confidence)", got.Links)
	}
	if len(tl.Events) != 4 || len(tl.Links) != 4 {
		t.Errorf("Salient changed its receiver")
	}
}

func join(xs []string) string {
	s := ""
	for i, x := range xs {
		if i > 0 {
			s += " "
		}
		s += x
	}
	return s
}

// TestSalientOneOrder: where the links kept put two events in both
// orders, the pictures show the order more documents tell, then the more
// confident; told alike, neither. Links that say no order stay.
func TestSalientOneOrder(t *testing.T) {
	events := []Event{{ID: "a"}, {ID: "b"}, {ID: "c"}}
	tests := []struct {
		name  string
		links []Link
		want  string
	}{
		{"more documents win", []Link{
			{From: "a", To: "b", Kind: Precedes, Docs: []string{"d1", "d2"}, Confidence: 0.6},
			{From: "b", To: "a", Kind: Precedes, Doc: "d3", Confidence: 0.9},
		}, "a>b"},
		{"a response is its cause's order", []Link{
			{From: "b", To: "a", Kind: RespondsTo, Docs: []string{"d1", "d2"}, Confidence: 0.6},
			{From: "b", To: "a", Kind: Causes, Doc: "d3", Confidence: 0.9},
		}, "b<a"},
		{"as many documents: the more confident wins", []Link{
			{From: "a", To: "b", Kind: Causes, Doc: "d1", Confidence: 0.7},
			{From: "b", To: "a", Kind: Precedes, Doc: "d2", Confidence: 0.6},
		}, "a>b"},
		{"told alike: neither", []Link{
			{From: "a", To: "b", Kind: Precedes, Doc: "d1", Confidence: 0.6},
			{From: "b", To: "a", Kind: Precedes, Doc: "d2", Confidence: 0.6},
		}, ""},
		{"one order and a contradiction both stay", []Link{
			{From: "a", To: "b", Kind: Precedes, Doc: "d1", Confidence: 0.6},
			{From: "b", To: "a", Kind: Contradicts, Doc: "d2", Confidence: 0.6},
			{From: "b", To: "c", Kind: Causes, Doc: "d2", Confidence: 0.6},
		}, "a>b b~a b>c"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := &Timeline{Events: events, Links: tt.links}
			var got []string
			for _, l := range tl.Salient(0, 0).Links {
				sep := ">"
				switch l.Kind {
				case RespondsTo:
					sep = "<"
				case Contradicts:
					sep = "~"
				}
				got = append(got, l.From+sep+l.To)
			}
			if join(got) != tt.want {
				t.Errorf("links %q, want %q", join(got), tt.want)
			}
			if len(tl.Links) != len(tt.links) {
				t.Errorf("Salient changed its receiver's links")
			}
		})
	}
}
