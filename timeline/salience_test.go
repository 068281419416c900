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
