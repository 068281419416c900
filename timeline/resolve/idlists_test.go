package resolve

import (
	"slices"
	"testing"
)

// idLists.union merges each of the three lists on its own, and hands back
// the lists themselves when the other adds nothing (join reads the old
// lists beside the new to file what grew).
func TestIDListsUnion(t *testing.T) {
	lists := func(actors, agents, places []int32) idLists {
		ids := slices.Concat(actors, agents, places)
		return idLists{ids: ids[:len(ids):len(ids)], nActors: int32(len(actors)), nAgents: int32(len(agents))}
	}
	tests := []struct {
		name                string
		l, o                idLists
		actors, agents, pls []int32
		same                bool
	}{
		{"nothing new", lists([]int32{1, 4}, []int32{4}, []int32{7}), lists([]int32{4}, nil, []int32{7}), []int32{1, 4}, []int32{4}, []int32{7}, true},
		{"both empty", lists(nil, nil, nil), lists(nil, nil, nil), nil, nil, nil, true},
		{"an actor", lists([]int32{1, 4}, []int32{4}, []int32{7}), lists([]int32{2}, nil, nil), []int32{1, 2, 4}, []int32{4}, []int32{7}, false},
		{"an agent", lists([]int32{1, 4}, []int32{4}, nil), lists([]int32{1}, []int32{1}, nil), []int32{1, 4}, []int32{1, 4}, nil, false},
		{"a place, to lists that had none", lists([]int32{3}, nil, nil), lists(nil, nil, []int32{9, 2}[1:]), []int32{3}, nil, []int32{2}, false},
		{"the same id as actor and place", lists([]int32{5}, []int32{5}, []int32{1}), lists([]int32{1}, nil, []int32{5}), []int32{1, 5}, []int32{5}, []int32{1, 5}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := slices.Clone(tt.l.ids)
			got := tt.l.union(&tt.o)
			if !slices.Equal(got.actors(), tt.actors) || !slices.Equal(got.agents(), tt.agents) || !slices.Equal(got.places(), tt.pls) {
				t.Errorf("union = actors %v agents %v places %v, want %v %v %v", got.actors(), got.agents(), got.places(), tt.actors, tt.agents, tt.pls)
			}
			if same := len(got.ids) > 0 && len(tt.l.ids) > 0 && &got.ids[0] == &tt.l.ids[0]; same != (tt.same && len(tt.l.ids) > 0) {
				t.Errorf("union gave the lists themselves: %v, want %v", same, tt.same)
			}
			if !slices.Equal(tt.l.ids, before) {
				t.Errorf("union wrote to the lists it was given: %v, was %v", tt.l.ids, before)
			}
		})
	}
}
