package extract

import (
	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/actor"
)

// Result is what one document tells.
type Result struct {
	Doc string
}

// Document extracts the event mentions of doc. Actor mentions must carry
// their resolved IDs.
func Document(doc *timeline.Document, timexes []timeline.Timex, actors []actor.Mention) Result {
	return Result{Doc: doc.ID}
}
