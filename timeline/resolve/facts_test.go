package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// sentenced is a telling with its own sentence and trigger, for the rules that read it.
type sentenced struct {
	doc, text, trigger  string // trigger: the word of text that tells it
	kind, lemma, actors string
	when, basis         string
	// summary, when set, is the extractor's summary; the text otherwise.
	summary string
	// at is where the sentence starts in its document, after the first
	// hundred bytes.
	at int
}

func (x sentenced) mention(t *testing.T) extract.EventMention {
	t.Helper()
	at := strings.Index(x.text, x.trigger)
	if at < 0 {
		t.Fatalf("%q not in %q", x.trigger, x.text)
	}
	start := 100 + x.at
	em := extract.EventMention{
		Kind: x.kind, Trigger: x.lemma, Summary: x.text, Status: timeline.Occurred,
		Actors:  parseActors(t, x.actors),
		When:    parseWhen(t, x.when, x.doc),
		Mention: timeline.Mention{Doc: x.doc, Start: start, End: start + len(x.text), Text: x.text, Trigger: &timeline.TextRange{Start: start + at, End: start + at + len(x.trigger)}},
		Speaker: -1,
	}
	if x.summary != "" {
		em.Summary = x.summary
	}
	if em.When != nil && x.basis != "" {
		em.When.Basis = x.basis
	}
	return em
}

// mergeTold merges the tellings, each document published on pub, and
// returns each event's tellings as the documents' names.
func mergeTold(t *testing.T, pub map[string]string, ts []sentenced) ([][]string, []timeline.Event) {
	t.Helper()
	var res []extract.Result
	for _, x := range ts {
		i := slices.IndexFunc(res, func(r extract.Result) bool { return r.Doc == x.doc })
		if i < 0 {
			res = append(res, extract.Result{Doc: x.doc})
			i = len(res) - 1
		}
		res[i].Events = append(res[i].Events, x.mention(t))
	}
	// The documents tell one story: their terms are the same.
	opt := Options{Published: map[string]timeline.Date{}, DocTerms: map[string][]string{}}
	for doc, s := range pub {
		opt.DocTerms[doc] = []string{"ceasefire", "strikes", "city", "war"}
		d, err := timeline.ParseDate(s)
		if err != nil {
			t.Fatal(err)
		}
		opt.Published[doc] = d
	}
	events, _ := opt.Merge(res)
	var out [][]string
	for _, ev := range events {
		var g []string
		for _, mn := range ev.Mentions {
			g = append(g, mn.Doc)
		}
		slices.Sort(g)
		out = append(out, g)
	}
	slices.SortFunc(out, slices.Compare)
	return out, events
}

func TestTellingCount(t *testing.T) {
	tests := []struct {
		text, trigger string
		want          float64 // 0: none
	}{
		{"On Thursday, Israeli strikes killing at least 72 people in Gaza.", "killing", 72},
		{"More than 20 people were killed in airstrikes.", "killed", 20},
		{"Since then, more than 46,700 people have died in the Strip.", "died", 46700},
		{"an attack on Oct. 7, 2023, in which 1,200 Israelis were killed", "killed", 1200},
		{"The death toll rose to 2,122 people on Sunday.", "rose", 2122},
		{"The floods displaced 1.5 million people.", "displaced", 1.5e6},
		{"800 killed in devastating earthquake", "killed", 800},
		{"Hamas triggered the war with its Oct. 7, 2023, cross-border attack", "attack", 0},
		{"the 2023 attack on the border", "attack", 0},
		{"The earthquake struck late on Friday, killing hundreds of people.", "killing", 0},
		{"Police arrested the man at 10:30 on Friday.", "arrested", 0},
		{"The blast killed, at least 12 witnesses said, two guards.", "killed", 0},
		{"Officials of the province and of the federal government in the capital said 12,500 were evacuated.", "evacuated", 12500},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			x := sentenced{doc: "a", text: tt.text, trigger: tt.trigger, kind: "death", lemma: "kill"}
			em := x.mention(t)
			got, ok := tellingCount(&em)
			if !ok {
				got = 0
			}
			if got != tt.want {
				t.Errorf("count %v, want %v", got, tt.want)
			}
		})
	}
}

func TestMergeCountsAndPast(t *testing.T) {
	pub := map[string]string{"a": "2025-01-16", "b": "2025-01-17"}
	strikes := sentenced{doc: "a", text: "Israeli strikes killing at least 72 people in the city.", trigger: "killing", kind: "death", lemma: "kill", when: "2025-01-16"}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
	}{
		{"counts far apart are two killings", []sentenced{
			strikes,
			{doc: "b", text: "More than 20 people were killed in the airstrikes.", trigger: "killed", kind: "death", lemma: "kill", when: "2025-01-16"},
		}, [][]string{{"a"}, {"b"}}},
		{"a toll updated within twice is one", []sentenced{
			strikes,
			{doc: "b", text: "More than 100 people were killed in the airstrikes.", trigger: "killed", kind: "death", lemma: "kill", when: "2025-01-16"},
		}, [][]string{{"a", "b"}}},
		{"an undated telling of an earlier year stays out of this week's news", []sentenced{
			strikes,
			{doc: "b", text: "It began with an attack on Oct. 7, 2023, in which many people were killed.", trigger: "killed", kind: "death", lemma: "kill"},
		}, [][]string{{"a"}, {"b"}}},
		{"an undated telling without a year joins it", []sentenced{
			strikes,
			{doc: "b", text: "It began with an attack on the border, in which many people were killed.", trigger: "killed", kind: "death", lemma: "kill"},
		}, [][]string{{"a", "b"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := mergeTold(t, pub, tt.in); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
		// Told of the same victims, the tellings meet in the first pass.
		t.Run(tt.name+", of one patient", func(t *testing.T) {
			in := slices.Clone(tt.in)
			for i := range in {
				in[i].actors = "t:civilians"
			}
			if got, _ := mergeTold(t, pub, in); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}

func TestMergePublicationBound(t *testing.T) {
	pub := map[string]string{"a": "2025-01-15", "b": "2025-01-16", "c": "2025-01-17", "d": "2025-01-16"}
	agreed := func(doc, actors, when, basis string) sentenced {
		return sentenced{doc: doc, text: "Both sides have agreed a ceasefire deal.", trigger: "agreed", kind: "agreement", lemma: "agree",
			actors: actors, when: when, basis: basis}
	}
	pb := extract.BasisPublication
	tests := []struct {
		name  string
		in    []sentenced
		want  [][]string
		start string // of the first event
	}{
		{"told on the next day is one, dated by the first", []sentenced{
			agreed("a", "a:israel a:hamas", "2025-01-15", pb), agreed("b", "a:israel a:hamas", "2025-01-16", pb),
		}, [][]string{{"a", "b"}}, "2025-01-15"},
		{"told by more papers on the next day, still dated by the first", []sentenced{
			agreed("a", "a:israel a:hamas", "2025-01-15", pb), agreed("b", "a:israel a:hamas", "2025-01-16", pb),
			agreed("d", "a:israel a:hamas", "2025-01-16", pb),
		}, [][]string{{"a", "b", "d"}}, "2025-01-15"},
		{"one agent of the two is one", []sentenced{
			agreed("a", "a:israel a:hamas", "2025-01-15", pb), agreed("b", "a:hamas", "2025-01-16", pb),
		}, [][]string{{"a", "b"}}, "2025-01-15"},
		{"other agents are two", []sentenced{
			agreed("a", "a:israel a:egypt", "2025-01-15", pb), agreed("b", "a:hamas a:qatar", "2025-01-16", pb),
		}, [][]string{{"a"}, {"b"}}, "2025-01-15"},
		{"two days apart are two", []sentenced{
			agreed("a", "a:israel a:hamas", "2025-01-15", pb), agreed("c", "a:israel a:hamas", "2025-01-17", pb),
		}, [][]string{{"a"}, {"c"}}, "2025-01-15"},
		{"a day the text gives is no bound", []sentenced{
			agreed("a", "a:israel a:hamas", "2025-01-15", extract.BasisText), agreed("b", "a:israel a:hamas", "2025-01-16", extract.BasisText),
		}, [][]string{{"a"}, {"b"}}, "2025-01-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, events := mergeTold(t, pub, tt.in)
			if !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
			if len(events) == 0 || events[0].When == nil || events[0].When.Start.String() != tt.start {
				t.Errorf("first event dated %+v, want %s", events[0].When, tt.start)
			}
		})
	}
}
