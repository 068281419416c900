package resolve

import (
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// TestNounAnaphor: a document's "the outage", told again in another
// sentence and naming nobody, is the outage it has already told, dated
// or not (the second pass weighs two tellings of one document as
// unlike, so without the rule they stay three events, and another
// outlet's tellings join some of them). Two indefinite tellings, or a
// plural, are not read so, nor a document that no publication day
// places.
func TestNounAnaphor(t *testing.T) {
	pub := map[string]string{"a": "2026-03-09", "b": "2026-03-10", "c": "2026-03-10", "d": "2026-03-10"}
	terms := map[string][]string{
		"a": {"grid", "power", "signals", "rail", "thousands", "lawmakers", "utility"},
		"b": {"grid", "power", "shares", "value", "largest", "fifth", "investors"},
		"c": {"ministers", "rome", "budget", "talks", "value", "country", "rail"},
		"d": {"grid", "power", "signals", "rail", "thousands", "lawmakers", "utility"}, // a's words
	}
	type told struct{ doc, text, trigger, lemma, when string }
	tests := []struct {
		name string
		in   []told
		want [][]string
	}{
		{"one document's outage told three times is one outage", []told{
			{"a", "A global power outage crippled rail signals, stranding thousands.", "outage", "outage", "2026-03-06"},
			{"a", "The outage began early Friday in the northern grid.", "outage", "outage", "2026-03-06"},
			{"a", "Lawmakers asked the utility to explain the outage.", "outage", "outage", ""},
			{"c", "Ministers met in Rome on Friday.", "met", "meet", "2026-03-06"},
		}, [][]string{{"a", "a", "a"}, {"c"}}},
		{"the blast is the explosion told before, in another word for it", []told{
			{"a", "An explosion hit the grid station on Friday.", "explosion", "explosion@disaster", "2026-03-06"},
			{"a", "The blast cut power to thousands on Friday.", "blast", "blast@disaster", "2026-03-06"},
			{"a", "Lawmakers asked the utility about the explosion.", "explosion", "explosion@disaster", ""},
		}, [][]string{{"a", "a", "a"}}},
		{"a fire after an explosion is another event", []told{
			{"a", "An explosion hit the grid station on Friday.", "explosion", "explosion@disaster", "2026-03-06"},
			{"a", "The fire burned for hours on Friday.", "fire", "fire@disaster", "2026-03-06"},
		}, [][]string{{"a"}, {"a"}}},
		{"another outage does not join the outage through a document telling both", []told{
			{"a", "The outage in the northern grid began early in March.", "outage", "outage", "2026-03-01..2026-03-31/month"},
			{"d", "The outage in the grid was the worst in March, the utility said.", "outage", "outage", "2026-03-01..2026-03-31/month"},
			{"d", "Engineers warned that another outage could follow.", "outage", "outage", ""},
		}, [][]string{{"a", "d"}, {"d"}}},
		{"two indefinite tellings are two", []told{
			{"a", "An outage hit the north on Friday.", "outage", "outage", "2026-03-06"},
			{"a", "Engineers said an outage could follow.", "outage", "outage", ""},
		}, [][]string{{"a"}, {"a"}}},
		{"a noun without an article tells a kind of event", []told{
			{"a", "The agreement was announced late on Tuesday.", "agreement", "agreement", "2026-03-03"},
			{"a", "The truce could be extended by mutual agreement.", "agreement", "agreement", ""},
		}, [][]string{{"a"}, {"a"}}},
		{"the noun refers back, not to an indefinite told after it", []told{
			{"a", "He said the ceasefire would cover the whole front line.", "ceasefire", "ceasefire", ""},
			{"a", "Earlier, a ceasefire agreed in 2015 collapsed.", "ceasefire", "ceasefire", "2015-01-01..2015-12-31/year"},
		}, [][]string{{"a"}, {"a"}}},
		{"a document with no publication day may recount several fires", []told{
			{"z", "A fire broke out at the dairy in 2004.", "fire", "fire", "2004-01-01..2004-12-31/year"},
			{"z", "The fire destroyed the church records in 2004.", "fire", "fire", "2004-01-01..2004-12-31/year"},
		}, [][]string{{"z"}, {"z"}}},
		{"a telling dated by its paper's day is left out", []told{
			{"a", "The blockage has snarled global shipping.", "blockage", "blockage", "2026-03-09@paper"},
			{"a", "Traders feared the blockage could delay crude.", "blockage", "blockage", ""},
		}, [][]string{{"a"}, {"a"}}},
		{"a plural is no anaphor of the singular", []told{
			{"a", "The outage began early Friday.", "outage", "outage", "2026-03-06"},
			{"a", "Engineers will stagger updates to prevent outages.", "outages", "outage", ""},
		}, [][]string{{"a"}, {"a"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var res []extract.Result
			at := 0
			for _, x := range tt.in {
				i := slices.IndexFunc(res, func(r extract.Result) bool { return r.Doc == x.doc })
				if i < 0 {
					res = append(res, extract.Result{Doc: x.doc})
					i = len(res) - 1
				}
				k := strings.Index(x.text, x.trigger)
				when, byPaper := strings.CutSuffix(x.when, "@paper")
				x.when = when
				lemma, kind, ok := strings.Cut(x.lemma, "@") // "blast@disaster"
				if !ok {
					kind = extract.KindOther
				}
				em := extract.EventMention{
					Kind: kind, Trigger: lemma, Summary: x.text, Status: timeline.Occurred,
					When:    parseWhen(t, x.when, x.doc),
					Mention: timeline.Mention{Doc: x.doc, Start: at, End: at + len(x.text), Text: x.text, Trigger: &timeline.TextRange{Start: at + k, End: at + k + len(x.trigger)}},
					Speaker: -1,
				}
				if byPaper {
					em.When.Basis = extract.BasisPublication
				}
				at += len(x.text) + 1
				res[i].Events = append(res[i].Events, em)
			}
			opt := Options{Published: map[string]timeline.Date{}, DocTerms: map[string][]string{}}
			for doc, s := range pub {
				// Two outlets alike in a few words, and a third of another story.
				opt.DocTerms[doc] = append([]string{"outage"}, terms[doc]...)
				d, err := timeline.ParseDate(s)
				if err != nil {
					t.Fatal(err)
				}
				opt.Published[doc] = d
			}
			events, _ := opt.Merge(res)
			got := groups(events)
			var docs [][]string
			for _, g := range got {
				var ds []string
				for _, l := range g {
					ds = append(ds, l[:strings.IndexByte(l, '@')])
				}
				docs = append(docs, ds)
			}
			slices.SortFunc(docs, func(x, y []string) int { return slices.Compare(x, y) })
			if !slices.EqualFunc(docs, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", docs, tt.want)
			}
		})
	}
}

// TestNamedAnaphor: "the meeting", naming nobody, takes up the meeting
// its document told before by a related word with its participants, on
// the same day; without the rule the noun stays an event of its own
// (two tellings of one document weigh as unlike).
func TestNamedAnaphor(t *testing.T) {
	pub := map[string]string{"a": "2026-03-04"}
	met := sentenced{doc: "a", text: "Carl Dahl met Gus Holm in Oslo on Tuesday.", trigger: "met", kind: "meeting", lemma: "meet",
		actors: "a:carl-dahl p:gus-holm", when: "2026-03-03", basis: extract.BasisText}
	the := func(text, when, basis string, at int) sentenced {
		return sentenced{doc: "a", text: text, trigger: "meeting", kind: "meeting", lemma: "meeting", when: when, basis: basis, at: at}
	}
	berg := sentenced{doc: "a", text: "Anna Berg met Eva Lund in Bergen.", trigger: "met", kind: "meeting", lemma: "meet",
		actors: "a:anna-berg p:eva-lund", at: 100}
	tests := []struct {
		name string
		in   []sentenced
		want [][]string
		// with, when set, is the telling the last one must share its event with.
		with string
	}{
		{"the meeting of the same day after the named one is it", []sentenced{
			met, the("The Oslo meeting lasted two hours.", "2026-03-03", extract.BasisNarrative, 200),
		}, [][]string{{"a", "a"}}, ""},
		{"undated, the meeting takes up the nearest named one before it", []sentenced{
			met, berg, the("The meeting ran past midnight.", "", "", 200),
		}, [][]string{{"a"}, {"a", "a"}}, berg.text},
		{"undated, the meeting before any named one is not taken up", []sentenced{
			the("The meeting ran past midnight.", "", "", 0), func() sentenced { x := berg; x.at = 200; return x }(),
		}, [][]string{{"a"}, {"a"}}, ""},
		{"the meeting taken up both by a meeting naming nobody and the named one is the named one's", []sentenced{
			met, the("It was a meeting the two had long sought.", "2026-03-03", extract.BasisNarrative, 100),
			the("The meeting lasted two hours.", "2026-03-03", extract.BasisNarrative, 200),
		}, [][]string{{"a"}, {"a", "a"}}, met.text},
		{"a verb after the is no noun", []sentenced{
			met, {doc: "a", text: "Dahl is the man to visit next.", trigger: "visit", kind: "meeting", lemma: "visit", at: 200},
		}, [][]string{{"a"}, {"a"}}, ""},
		{"the meeting named for another place is another", []sentenced{
			met, the("The Bergen meeting lasted two hours.", "2026-03-03", extract.BasisNarrative, 200),
		}, [][]string{{"a"}, {"a"}}, ""},
		{"a meeting of another day is another", []sentenced{
			met, the("The meeting on Friday will follow up.", "2026-03-06", extract.BasisText, 200),
		}, [][]string{{"a"}, {"a"}}, ""},
		{"the meeting told before the named one is not taken up", []sentenced{
			the("The meeting was the first in a year.", "2026-03-03", extract.BasisNarrative, 0),
			func() sentenced { x := met; x.at = 200; return x }(),
		}, [][]string{{"a"}, {"a"}}, ""},
		{"an indefinite meeting is another", []sentenced{
			met, the("Officials said a meeting lasted two hours.", "2026-03-03", extract.BasisNarrative, 200),
		}, [][]string{{"a"}, {"a"}}, ""},
		{"a meeting dated by its paper's day is left out", []sentenced{
			func() sentenced { x := met; x.when = "2026-03-04"; return x }(),
			the("The meeting has eased tension.", "2026-03-04", extract.BasisPublication, 200),
		}, [][]string{{"a"}, {"a"}}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, events := mergeTold(t, pub, tt.in)
			if !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
			if tt.with == "" {
				return
			}
			last := tt.in[len(tt.in)-1].text
			for _, ev := range events {
				texts := make([]string, len(ev.Mentions))
				for i, mn := range ev.Mentions {
					texts[i] = mn.Text
				}
				if slices.Contains(texts, last) && !slices.Contains(texts, tt.with) {
					t.Errorf("%q is told with %q, not %q", last, texts, tt.with)
				}
			}
		})
	}
}
