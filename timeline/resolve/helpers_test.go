package resolve

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/extract"
)

// m describes one event mention in a compact form for tests.
type m struct {
	doc    string
	at     int    // byte offset of the telling; its label is doc@at
	kind   string // event kind
	status string // "" means occurred
	actors string // "a:id p:id t:id" for agent, participant, patient
	when   string // "2025-03-10..2025-03-16/week", "2025-02-12", or "" for none
	places string // comma-separated
	// reported marks a telling that a saying of its sentence reports.
	reported bool
	trigger  string // the trigger's lemma; the kind when ""
	object   string // what the event is about: what a saying says
}

func (x m) label() string { return fmt.Sprintf("%s@%d", x.doc, x.at) }

func (x m) mention(t testing.TB) extract.EventMention {
	t.Helper()
	em := extract.EventMention{
		Kind:    x.kind,
		Trigger: cmpOr(x.trigger, x.kind),
		Summary: x.kind + " told at " + x.label(),
		Status:  cmpOr(x.status, timeline.Occurred),
		Actors:  parseActors(t, x.actors),
		When:    parseWhen(t, x.when, x.doc),
		Mention: timeline.Mention{Doc: x.doc, Start: x.at, End: x.at + 10, Text: "telling " + x.label()},
		Speaker: -1,
		Object:  x.object,
	}
	if x.reported {
		em.Speaker = 0
	}
	if x.places != "" {
		em.Places = strings.Split(x.places, ",")
	}
	return em
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func parseActors(t testing.TB, s string) []timeline.Participant {
	t.Helper()
	roles := map[string]string{"a": timeline.RoleAgent, "p": timeline.RoleParticipant, "t": timeline.RolePatient}
	var out []timeline.Participant
	for _, f := range strings.Fields(s) {
		role, id, ok := strings.Cut(f, ":")
		if !ok || roles[role] == "" {
			t.Fatalf("bad actor %q", f)
		}
		out = append(out, timeline.Participant{ID: id, Role: roles[role]})
	}
	return out
}

func parseWhen(t testing.TB, s, doc string) *timeline.When {
	t.Helper()
	if s == "" {
		return nil
	}
	span, gran, _ := strings.Cut(s, "/")
	from, to, ok := strings.Cut(span, "..")
	if !ok {
		to = from
	}
	start, err := timeline.ParseDate(from)
	if err != nil {
		t.Fatal(err)
	}
	end, err := timeline.ParseDate(to)
	if err != nil {
		t.Fatal(err)
	}
	if gran == "" {
		gran = string(timeline.Day)
	}
	return &timeline.When{Start: start, End: end, Value: span, Granularity: timeline.Granularity(gran), Text: "when " + span, Doc: doc}
}

// results groups mentions into one Result per document, in first-seen order.
func results(t testing.TB, ms []m) []extract.Result {
	t.Helper()
	var out []extract.Result
	pos := map[string]int{}
	for _, x := range ms {
		i, ok := pos[x.doc]
		if !ok {
			i = len(out)
			pos[x.doc] = i
			out = append(out, extract.Result{Doc: x.doc})
		}
		out[i].Events = append(out[i].Events, x.mention(t))
	}
	return out
}

// groups returns each event's tellings as "doc@start" labels, events
// sorted by their first label.
func groups(events []timeline.Event) [][]string {
	var out [][]string
	for _, ev := range events {
		var g []string
		for _, mn := range ev.Mentions {
			g = append(g, fmt.Sprintf("%s@%d", mn.Doc, mn.Start))
		}
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []string) int { return slices.Compare(a, b) })
	return out
}

// eventWith returns the event told at label.
func eventWith(t testing.TB, events []timeline.Event, label string) timeline.Event {
	t.Helper()
	for _, ev := range events {
		for _, mn := range ev.Mentions {
			if fmt.Sprintf("%s@%d", mn.Doc, mn.Start) == label {
				return ev
			}
		}
	}
	t.Fatalf("no event told at %s", label)
	return timeline.Event{}
}

// groupCase is a table row of tellings and the events they must make,
// each as its tellings' labels.
type groupCase struct {
	name string
	in   []m
	want [][]string
}

// runGroupCases merges each row's tellings with actors resolved as given
// and checks the events' tellings.
func runGroupCases(t *testing.T, actors []timeline.Actor, tests []groupCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			events, _ := Options{Actors: actors}.Merge(results(t, tt.in))
			if got := groups(events); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
				t.Errorf("events:\n got %v\nwant %v", got, tt.want)
			}
		})
	}
}
