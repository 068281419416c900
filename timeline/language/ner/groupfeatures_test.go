package ner

import "testing"

// TestGroupFeaturesFit checks that every cached group's features fit the
// room Recognizer.add gives them on its stack.
func TestGroupFeaturesFit(t *testing.T) {
	var w word
	if n := len(ownFeatures(nil, &w)); n > groupFeatures {
		t.Errorf("ownFeatures makes %d features, room for %d", n, groupFeatures)
	}
	for g := gPrev; g < nCached; g++ {
		if n := len(neighbourFeatures(nil, &w, g)); n > groupFeatures {
			t.Errorf("group %d makes %d features, room for %d", g, n, groupFeatures)
		}
	}
}
