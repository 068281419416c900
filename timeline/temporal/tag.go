package temporal

import "github.com/storyline/storyline/timeline"

// Tag returns the temporal expressions in text, in order and never
// overlapping, normalised against dct, the document creation time. With a
// zero dct, relative expressions keep underspecified values (XXXX-…).
func Tag(text string, dct timeline.Date) []timeline.Timex {
	return nil
}
