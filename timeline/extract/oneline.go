package extract

import "strings"

// oneLine returns summary on one line, single-spaced: a sentence a page
// broke at a fixed width keeps its line breaks in the document's text
// ("The\n independent agency formed a new bank"), not in what is shown.
func oneLine(summary string) string {
	for i := 0; i < len(summary); i++ {
		if c := summary[i]; c == '\n' || c == '\r' || c == '\t' || c == ' ' && i+1 < len(summary) && summary[i+1] == ' ' {
			return strings.Join(strings.Fields(summary), " ")
		}
	}
	return summary
}
