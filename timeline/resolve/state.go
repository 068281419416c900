package resolve

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A country and its government do what a state does, and the news names
// either: "Russia annexed Crimea in 2014", "Moscow seized Crimea in 2014"
// (Moscow, the Russian government), "Ukraine accepted the proposal",
// "Kyiv accepted it". As agents they were two actors, and the tellings of
// one act two events. A government is the country it belongs to when
// tellings of a deed are matched; the events keep the names each telling
// gave. Not a saying's speaker: a ministry's words and a state's are
// weighed apart ("Saudi Arabia admitted he was dead", "the Saudi
// government insisted he had left the consulate alive" merged as one
// statement of one speaker, their few shared words enough).

// stateActors maps the id of each actor that is a country's government
// ("Russian government", of the country russia) to the country's id.
func stateActors(actors []timeline.Actor) map[string]string {
	var out map[string]string
	for _, a := range actors {
		if a.Country == "" || a.Kind != timeline.Organization || !strings.HasSuffix(strings.ToLower(a.Name), " government") {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[a.ID] = a.Country
	}
	return out
}

// state returns the id that stands for actor id when tellings are
// matched: its country for a government when asState says, else id.
func (f *flattener) state(id string, asState bool) string {
	if c, ok := f.stateOf[id]; ok && asState {
		return c
	}
	return id
}
