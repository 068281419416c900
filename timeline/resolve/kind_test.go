package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// telling is an invented mention for the kind tests: its sentence, the
// trigger word in it, and the lemma and kind the extractor gave.
type telling struct {
	text, word, lemma, kind string
	salience                float64
}

func (x telling) mention(doc string, at int) extract.EventMention {
	i := strings.Index(x.text, x.word)
	return extract.EventMention{
		Kind: x.kind, Trigger: x.lemma, Summary: x.text, Status: timeline.Occurred, Salience: x.salience,
		Mention: timeline.Mention{Doc: doc, Start: at, End: at + len(x.text), Text: x.text,
			Trigger: &timeline.TextRange{Start: at + i, End: at + i + len(x.word)}},
	}
}

// TestEventKind checks that a merged event takes the kind most of its
// tellings give, verbs over nouns, and a summary that says that kind.
func TestEventKind(t *testing.T) {
	tests := []struct {
		name     string
		in       []telling
		kind     string
		summary  string
		reversed bool // also check the tellings in reverse order
	}{
		{"two statements outvote a passing demand",
			[]telling{
				{"Witkoff stated he expects a call", "stated", "state", "statement", 0.6},
				{"Witkoff reported a positive meeting", "reported", "report", "statement", 0.5},
				{"Witkoff spoke of Putin's demands", "demands", "demand", "demand", 0.9},
			}, "statement", "Witkoff stated he expects a call", true},
		{"a verb outweighs a noun",
			[]telling{
				{"Putin expressed support", "expressed", "express", "statement", 0.3},
				{"the demands of Putin", "demands", "demand", "demand", 0.9},
			}, "statement", "Putin expressed support", true},
		{"a verb outweighs a noun made from a verb",
			[]telling{
				{"the attack on the town", "attack", "attack", "attack", 0.9},
				{"a gunman killed two", "killed", "kill", "death", 0.3},
			}, "death", "a gunman killed two", true},
		{"a tie goes to the specific speech act",
			[]telling{
				{"the mayor said", "said", "say", "statement", 0.9},
				{"the mayor warned", "warned", "warn", "warning", 0.3},
			}, "warning", "the mayor warned", true},
		{"a tie of specific kinds goes to the first alphabetically",
			[]telling{
				{"she rejected it", "rejected", "reject", "rejection", 0.9},
				{"she accused him", "accused", "accuse", "accusation", 0.3},
			}, "accusation", "she accused him", true},
		{"nothing told is other",
			[]telling{{"it happened", "happened", "happen", "", 0}},
			"other", "it happened", false},
	}
	for _, tt := range tests {
		for _, rev := range []bool{false, true} {
			if rev && !tt.reversed {
				continue
			}
			in := slices.Clone(tt.in)
			if rev {
				slices.Reverse(in)
			}
			res := []extract.Result{{Doc: "d"}}
			for i, x := range in {
				res[0].Events = append(res[0].Events, x.mention("d", 100*i))
			}
			recs := newFlattener(nil).flatten(res)
			c := cluster{}
			for i := range recs {
				c.members = append(c.members, int32(i))
			}
			ev := buildEvent(recs, &c)
			if ev.Kind != tt.kind || ev.Summary != tt.summary {
				t.Errorf("%s (reversed %v): kind %q, summary %q; want %q, %q", tt.name, rev, ev.Kind, ev.Summary, tt.kind, tt.summary)
			}
		}
	}
}

// TestNominal tells a telling by noun from one by verb.
func TestNominal(t *testing.T) {
	tests := []struct {
		x    telling
		want bool
	}{
		{telling{text: "Russia demanded guarantees", word: "demanded", lemma: "demand"}, false},
		{telling{text: "Putin's demands included", word: "demands", lemma: "demand"}, true},
		{telling{text: "Putin’s demands included", word: "demands", lemma: "demand"}, true},
		{telling{text: "they rejected the demands", word: "demands", lemma: "demand"}, true},
		{telling{text: "discussions went on", word: "discussions", lemma: "discussion"}, true},
		{telling{text: "Demands by Russia", word: "Demands", lemma: "demand"}, false},
		{telling{text: "(“the demands”)", word: "demands", lemma: "demand"}, true},
		{telling{text: "demands", word: "demands", lemma: "demand"}, false},
	}
	for _, tt := range tests {
		recs := newFlattener(nil).flatten([]extract.Result{{Doc: "d", Events: []extract.EventMention{tt.x.mention("d", 7)}}})
		if got := nominal(&recs[0]); got != tt.want {
			t.Errorf("nominal(%q at %q) = %v, want %v", tt.x.text, tt.x.word, got, tt.want)
		}
	}
}

func TestKindsClash(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"dismissal", "attack", true},
		{"statement", "attack", true},
		{"appointment", "statement", true},
		{"demand", "statement", false},
		{"attack", "death", false},
		{"attack", "attack", false},
		{"other", "attack", false},
		{"", "dismissal", false},
		{"meeting", "attack", false},
		{"legal", "accusation", false},
	}
	for _, tt := range tests {
		if got := kindsClash(tt.a, tt.b); got != tt.want {
			t.Errorf("kindsClash(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
		if got := kindsClash(tt.b, tt.a); got != tt.want {
			t.Errorf("kindsClash(%q, %q) = %v, want %v", tt.b, tt.a, got, tt.want)
		}
	}
}

// TestSensesStayApart checks that one word told in two senses, in a
// stream, is two events however alike the documents.
func TestSensesStayApart(t *testing.T) {
	dismissed := telling{text: "Troy was fired from his job", word: "fired", lemma: "fire", kind: "dismissal"}
	shot := telling{text: "a gunman fired a round", word: "fired", lemma: "fire", kind: "attack"}
	tests := []struct {
		name string
		a, b telling
		want int // events
	}{
		{"a dismissal and an attack stay apart", dismissed, shot, 2},
		{"two dismissals merge", dismissed, dismissed, 1},
		{"two attacks merge", shot, shot, 1},
	}
	day := timeline.NewDate(2025, 3, 10)
	words := strings.Fields("gunman office accountant firm shooting police Troy")
	for _, tt := range tests {
		opt := Options{
			Published: map[string]timeline.Date{"a": day, "b": day},
			DocTerms:  map[string][]string{"a": words, "b": words},
		}
		res := []extract.Result{
			{Doc: "a", Events: []extract.EventMention{tt.a.mention("a", 0)}},
			{Doc: "b", Events: []extract.EventMention{tt.b.mention("b", 0)}},
		}
		if events, _ := opt.Merge(res); len(events) != tt.want {
			t.Errorf("%s: %d events, want %d", tt.name, len(events), tt.want)
		}
	}
}
