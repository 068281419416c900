package extract

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/language"
	"github.com/storyline/storyline/timeline/language/perceptron"
)

// TestPlotLinks checks the learned links on sentences with no connective
// between their events: one event leads to the other, or the two are
// unrelated states and sayings.
func TestPlotLinks(t *testing.T) {
	tests := []struct {
		text, from, to string
		want           bool
	}{
		{"A gunman opened fire in an Ostburg mall on Sunday and wounded four shoppers.", "opened", "wounded", true},
		{"Gus Holm was killed in a car crash near Ostburg on Monday.", "crash", "killed", true},
		{"The storm flooded the valley and destroyed two hundred homes.", "flooded", "destroyed", true},
		{"Eva Falk was fired and later sued the company.", "fired", "sued", true},
		{"Anna Berg said on Monday that she likes the new library.", "said", "likes", false},
		{"Carl Dahl lives in Ostburg and reads novels.", "lives", "reads", false},
		{"Gus Holm was convicted of assault of a child and aggravated assault with a deadly weapon.", "assault", "assault", false},
		{"Gus Holm was charged with murder, arson and burglary.", "murder", "arson", false},
	}
	for _, tc := range tests {
		t.Run(tc.from+"-"+tc.to, func(t *testing.T) {
			r := parseText(t, tc.text)
			l, ok := findLink(r, tc.text, tc.from, tc.to)
			switch {
			case ok != tc.want:
				t.Fatalf("link %s–%s: %v, want %v%s", tc.from, tc.to, ok, tc.want, describe(r))
			case !ok:
				return
			case l.Kind != timeline.Precedes || l.Cue != "":
				t.Errorf("learned link is %s %q, want precedes with no cue", l.Kind, l.Cue)
			case l.Confidence <= 0 || l.Confidence >= timeline.DefaultMinConfidence:
				t.Errorf("confidence %v, want in (0, %v)", l.Confidence, timeline.DefaultMinConfidence)
			case !strings.HasPrefix(triggerText(r, tc.text, l.From), tc.from):
				t.Errorf("link runs from %q, want from %q", triggerText(r, tc.text, l.From), tc.from)
			}
		})
	}
}

// TestPlotLinksKeepConnectives checks that an explicit connective's link
// is kept as it is, with no learned link beside it for the same pair.
func TestPlotLinksKeepConnectives(t *testing.T) {
	text := "Carl Dahl resigned as a result of the scandal."
	r := parseText(t, text)
	n := 0
	for _, l := range r.Links {
		a, b := triggerText(r, text, l.From), triggerText(r, text, l.To)
		if a == "scandal" && b == "resigned" || a == "resigned" && b == "scandal" {
			n++
			if l.Cue != "as a result of" {
				t.Errorf("link %s → %s has cue %q, want the connective", a, b, l.Cue)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d links between scandal and resigned, want 1%s", n, describe(r))
	}
}

// TestPlotFeaturesAllocate checks that weighing a pair allocates nothing
// once the feature buffer has grown.
func TestPlotFeaturesAllocate(t *testing.T) {
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "A gunman opened fire in an Ostburg mall on Sunday and wounded four shoppers, police said."
	doc, tx, am := fixture(t, text, cast, dates)
	sents := analyzer.Analyze(doc)
	r := Document(doc, tx, am, sents)
	var pairs []plotPair
	eachPlotPair(r.Events, sents, nil, func(pp plotPair) { pairs = append(pairs, pp) })
	if len(pairs) == 0 {
		t.Fatal("no pair weighed")
	}
	m := plotModel()
	if m == nil {
		t.Fatal("the embedded model does not load")
	}
	feats := make([]perceptron.Feature, 0, 64)
	allocs := testing.AllocsPerRun(20, func() {
		for _, pp := range pairs {
			feats = pp.p.pairFeatures(feats[:0], pp, &r.Events[pp.ea], &r.Events[pp.eb])
			_ = prob(m.Link, feats)
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per sentence's pairs, want 0", allocs)
	}
}

// TestStandingState checks which verbs are states that hold as the story
// is written: a state in the simple present, not one in the past nor a
// change in the present.
func TestStandingState(t *testing.T) {
	checkWords(t, "standingState", func(p parsed, w int, _ []int) bool { return p.standingState(w) }, []wordCase{
		{"Carl Dahl lives in Ostburg.", "lives", true},
		{"Carl Dahl lived in Ostburg.", "lived", false},
		{"Carl Dahl leaves Ostburg.", "leaves", false},
	})
}

// TestPlotless checks which event words are never linked by the
// classifier: sayings, aspectual verbs, verbs of causing, trying and
// perceiving, light verbs, counting nouns, pending events and standing
// states, but not the events they tell of, begin, cause or see, nor a noun
// of the same word, nor an aspectual verb the extractor takes for the
// event it begins.
func TestPlotless(t *testing.T) {
	checkWords(t, "plotless", parsed.plotless, []wordCase{
		{"Police said the gunman fled after the robbery.", "said", true},
		{"Police said the gunman fled after the robbery.", "fled", false},
		{"The protests continued after the police fired on the crowd.", "continued", true},
		{"The protests continued after the police fired on the crowd.", "fired", false},
		{"Workers began to repair the bridge on Monday.", "began", true},
		{"The storm caused floods that destroyed two hundred homes.", "caused", true},
		{"The storm caused floods that destroyed two hundred homes.", "destroyed", false},
		{"The quake was followed by two aftershocks.", "followed", true},
		{"The protest became a riot by midnight.", "became", true},
		{"The gunman tried to flee after the shooting.", "tried", true},
		{"The mayor declined to comment on the shooting.", "declined", true},
		{"Hiller faces two counts of murder.", "counts", true},
		{"Witnesses saw the gunman shoot two guards.", "saw", true},
		{"Witnesses saw the gunman shoot two guards.", "shoot", false},
		{"The results of the test have not been released.", "released", true},
		{"The results of the test were not yet known.", "known", true},
		{"Lohan will not face a probation violation.", "face", true},
		{"Lohan never entered the clinic.", "entered", false},
		{"Carl Dahl lives in Ostburg.", "lives", true},
		{"The start of the trial was delayed.", "start", false},
		{"Ostland began its invasion on Monday.", "began", false},
	})
}

type wordCase struct {
	text, word string
	want       bool
}

// checkWords extracts the events of each case's text and checks is on
// its word, given the sentence's event words.
func checkWords(t *testing.T, name string, is func(p parsed, w int, events []int) bool, tests []wordCase) {
	t.Helper()
	analyzer, err := language.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			doc, tx, am := fixture(t, tc.text, cast, dates)
			sents := analyzer.Analyze(doc)
			r := Document(doc, tx, am, sents)
			found := false
			for si := range sents {
				p := parsed{s: &sents[si]}
				var events []int
				for w := range p.s.Words {
					for _, ev := range r.Events {
						if tr := ev.Mention.Trigger; tr != nil && tr.Start == p.word(w).Start {
							events = append(events, w)
							break
						}
					}
				}
				for w := range p.s.Words {
					if p.word(w).Form == tc.word {
						found = true
						if got := is(p, w, events); got != tc.want {
							t.Errorf("%s(%q) = %v, want %v (%s %s)", name, tc.word, got, tc.want, p.word(w).XPOS, p.word(w).Lemma)
						}
					}
				}
			}
			if !found {
				t.Fatalf("no word %q in the parse", tc.word)
			}
		})
	}
}

// TestReadPlotModel checks that a model survives its file and that a
// damaged file is refused, not half read.
func TestReadPlotModel(t *testing.T) {
	m := &PlotModel{Threshold: 0.3, Link: map[uint32]float32{7: 1.5, 3: -0.25}, Dir: map[uint32]float32{9: 0.125}}
	var b strings.Builder
	if _, err := m.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	got, err := ReadPlotModel(strings.NewReader(b.String()), "test")
	if err != nil {
		t.Fatal(err)
	}
	if got.Threshold != 0.3 || got.Link[7] != 1.5 || got.Link[3] != -0.25 || got.Dir[9] != 0.125 || len(got.Link) != 2 {
		t.Errorf("read back %+v from\n%s", got, b.String())
	}
	for _, bad := range []string{
		"",
		"not a model\n",
		plotModelHeader + "\nthreshold 2\n",
		plotModelHeader + "\nlink zz 1\n",
		plotModelHeader + "\nlink 0000000a NaN\n",
		plotModelHeader + "\nweights\n",
	} {
		if _, err := ReadPlotModel(strings.NewReader(bad), "bad"); err == nil || !strings.Contains(err.Error(), "bad") {
			t.Errorf("ReadPlotModel(%q) = %v, want an error naming the input", bad, err)
		}
	}
}

// findLink returns the link between the events whose triggers start with
// from and to, in either direction.
func findLink(r Result, text, from, to string) (LinkMention, bool) {
	for _, l := range r.Links {
		a, b := triggerText(r, text, l.From), triggerText(r, text, l.To)
		if strings.HasPrefix(a, from) && strings.HasPrefix(b, to) || strings.HasPrefix(a, to) && strings.HasPrefix(b, from) {
			return l, true
		}
	}
	return LinkMention{}, false
}

func triggerText(r Result, text string, i int) string {
	if tr := r.Events[i].Mention.Trigger; tr != nil {
		return text[tr.Start:tr.End]
	}
	return ""
}
