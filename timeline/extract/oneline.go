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

// closedQuotes returns summary with the quotation it opens closed: a
// summary cut at the end of its phrase ("called the expulsions
// \"totally unacceptable, unjustified …\"" stops at the comma) would
// otherwise leave a quotation open. A lone mark that closes a quotation
// opened before the summary ("the conflagration\" sure to follow") or
// opens nothing at its end goes.
func closedQuotes(summary string) string {
	if strings.Count(summary, `"`)%2 == 1 {
		i := strings.LastIndex(summary, `"`)
		if i == 0 || i+1 < len(summary) && summary[i-1] == ' ' && summary[i+1] != ' ' {
			return summary + `"` // opens: `called the plan "reckless`
		}
		return strings.Join(strings.Fields(summary[:i]+" "+summary[i+1:]), " ") // closes one opened before
	}
	if strings.Count(summary, "“") > strings.Count(summary, "”") {
		if trimmed, ok := strings.CutSuffix(summary, "“"); ok {
			return strings.TrimRight(trimmed, " ")
		}
		return summary + "”"
	}
	return summary
}
