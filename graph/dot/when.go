package dot

import "github.com/storyline/storyline/timeline"

// whenText reads "13 Mar 2025", "17–23 Mar 2025", "2024" or "undated": the
// dates of the report and the timeline beside which the graph is shown,
// and no "2024-01-01 to 2024-12-31" for an event known only to its year.
func whenText(w *timeline.When) string {
	if w == nil || w.Start.IsZero() {
		return "undated"
	}
	return timeline.FormatRange(w.Start, w.End)
}
