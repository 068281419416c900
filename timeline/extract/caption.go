package extract

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// captionsLookBack dates the weekday of a photo caption to the last such
// day, not the next: a caption tells in the present what the picture
// already shows ("Members count votes on a contract offer on Thursday in
// Seattle"), which the tense reading takes for a plan. An event of a
// caption dated by a bare weekday after the publication day is moved a
// week back and told as done.
func (x *extractor) captionsLookBack() {
	pub := x.doc.Published
	if pub.IsZero() {
		return
	}
	for i := range x.res.Events {
		ev := &x.res.Events[i]
		w := ev.When
		if w == nil || w.Basis != "text" || w.Start != w.End || !w.Start.After(pub) || pub.DaysUntil(w.Start) > 7 ||
			!bareWeekday(w.Text) || !x.inCaption(ev.Mention.Start) {
			continue
		}
		back := *w
		back.Start, back.End = w.Start.AddDays(-7), w.End.AddDays(-7)
		back.Value = back.Start.String()
		ev.When = &back
		if ev.Status == timeline.Expected || ev.Status == timeline.Planned {
			ev.Status = timeline.Occurred
		}
	}
}

// inCaption reports whether offset at lies in a kept span that is a photo
// caption.
func (x *extractor) inCaption(at int) bool {
	for _, sp := range x.spans {
		if sp.Start <= at && at < sp.End {
			return sp.Kind == timeline.Caption
		}
	}
	return false
}

// bareWeekday reports whether a time expression is a weekday alone ("on
// Thursday", "Thursday").
func bareWeekday(text string) bool {
	t := strings.TrimPrefix(strings.ToLower(strings.TrimSpace(text)), "on ")
	switch t {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// photoVerbs say what a photo caption's picture shows ("the headquarters
// is shown on Wednesday", "Anna Berg, pictured in 2019", "fans are seen
// outside the stadium"): the day the picture was taken, not an event of
// the story.
var photoVerbs = map[string]bool{"show": true, "picture": true, "see": true, "photograph": true, "pose": true,
	"film": true, "depict": true, "capture": true}
