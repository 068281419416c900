package resolve

import "testing"

func TestRelatedWords(t *testing.T) {
	tests := []struct {
		a, b []string
		want bool
	}{
		{[]string{"kill"}, []string{"die"}, true},
		{[]string{"death"}, []string{"kill"}, true},
		{[]string{"dead"}, []string{"murder"}, true},
		{[]string{"kill"}, []string{"arrest"}, false},
		{[]string{"die"}, []string{"arrest"}, false},
		{[]string{"meet", "kill"}, []string{"death"}, true},
		{[]string{"attack"}, []string{"assault"}, true},
		{nil, []string{"die"}, false},
		// Death by one's own hand or by sentence is told as the death.
		{[]string{"hang"}, []string{"dead"}, true},
		{[]string{"suicide"}, []string{"die"}, true},
		{[]string{"hang"}, []string{"suicide"}, true},
		{[]string{"execute"}, []string{"death"}, true},
		{[]string{"hang"}, []string{"arrest"}, false},
		// One game told by its winner and by its loser.
		{[]string{"beat"}, []string{"victory"}, true},
		{[]string{"lose"}, []string{"win"}, true},
		{[]string{"defeat"}, []string{"lose"}, true},
		{[]string{"beat"}, []string{"arrest"}, false},
		// A shooting that killed, a fire that broke out, a detention.
		{[]string{"gun down"}, []string{"kill"}, true},
		{[]string{"gun down"}, []string{"death"}, true},
		{[]string{"catch fire"}, []string{"blaze"}, true},
		{[]string{"detain"}, []string{"arrest"}, true},
		{[]string{"detain"}, []string{"die"}, false},
		// A support verb's noun names the event: taking control is the
		// control, making landfall the landfall; only a support verb's noun.
		{[]string{"take control"}, []string{"control"}, true},
		{[]string{"make landfall"}, []string{"landfall"}, true},
		{[]string{"take control"}, []string{"close"}, false},
		{[]string{"run control"}, []string{"control"}, false},
		// A rate rise in its several words; a launch; a dam giving way.
		{[]string{"hike"}, []string{"rise"}, true},
		{[]string{"hike"}, []string{"increase"}, true},
		{[]string{"hike"}, []string{"cut"}, false},
		{[]string{"lift off"}, []string{"launch"}, true},
		{[]string{"blast off"}, []string{"lift off"}, true},
		{[]string{"liftoff"}, []string{"launch"}, true},
		{[]string{"lift off"}, []string{"land"}, false},
		{[]string{"burst"}, []string{"collapse"}, true},
		{[]string{"breach"}, []string{"collapse"}, true},
		{[]string{"burst"}, []string{"breach"}, true},
		{[]string{"failure"}, []string{"breach"}, false},
		// A DUI is drunken driving; a crash an accident.
		{[]string{"dui"}, []string{"drive"}, true},
		{[]string{"dwi"}, []string{"drive"}, true},
		{[]string{"dui"}, []string{"arrest"}, false},
		{[]string{"crash"}, []string{"accident"}, true},
		// A derailment is the train's crash; a capsized boat is told sunk.
		{[]string{"derail"}, []string{"crash"}, true},
		{[]string{"derailment"}, []string{"accident"}, true},
		{[]string{"capsize"}, []string{"sink"}, true},
		{[]string{"capsize"}, []string{"sinking"}, true},
		{[]string{"capsize"}, []string{"crash"}, false},
		{[]string{"find guilty"}, []string{"convict"}, true},
		{[]string{"find guilty"}, []string{"conviction"}, true},
		{[]string{"find"}, []string{"convict"}, false},
		{[]string{"victory"}, []string{"beat"}, true},
		{[]string{"victory"}, []string{"arrest"}, false},
	}
	for _, tt := range tests {
		if got := relatedWords(tt.a, tt.b); got != tt.want {
			t.Errorf("relatedWords(%v, %v) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := relatedWords(tt.b, tt.a); got != tt.want {
			t.Errorf("relatedWords(%v, %v) = %v, want %v (not symmetric)", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestOutcomeBlocks checks that the words of one happening that share no
// first sense meet in a block, where the second pass weighs them.
func TestOutcomeBlocks(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"crash", "accident", true},
		{"dui", "drive", true},
		{"dwi", "drive", true},
		{"victory", "win", true},
		{"victory", "beat", true},
		{"capsize", "sink", true},
		{"derail", "crash", true},
		{"crash", "arrest", false},
		{"dui", "accident", false},
	}
	for _, tt := range tests {
		cs := new(clusterList)
		cs.add(cluster{triggers: []string{tt.a}, docs: []int32{0}})
		cs.add(cluster{triggers: []string{tt.b}, docs: []int32{1}})
		met := false
		for _, b := range wordBlocks(cs, wordsOf(cs, spotsOf(cs))) {
			met = met || len(b) == 2
		}
		if met != tt.want {
			t.Errorf("%q and %q meet in a block: %v, want %v", tt.a, tt.b, met, tt.want)
		}
	}
}
