package extract

// photoVerbs say what a photo caption's picture shows ("the headquarters
// is shown on Wednesday", "Anna Berg, pictured in 2019", "fans are seen
// outside the stadium"): the day the picture was taken, not an event of
// the story.
var photoVerbs = map[string]bool{"show": true, "picture": true, "see": true, "photograph": true, "pose": true,
	"film": true, "depict": true, "capture": true}
