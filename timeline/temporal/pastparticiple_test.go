package temporal

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestPastParticipleMonth checks that a participle that tells a deed done
// puts a bare month in the past, whatever the clause's "will" says, and
// that after a bare "be" it still looks to the auxiliary.
func TestPastParticipleMonth(t *testing.T) {
	october := timeline.NewDate(2010, 10, 20)
	runCases(t, october, []tagCase{
		{"a participle of a deed done", "The launch by Anna Berg's firm will slip from the Christmas date first given in August.", []string{
			"Christmas | DATE | 2010-12-25 | 2010-12-25..2010-12-25",
			"August | DATE | 2010-08 | 2010-08-01..2010-08-31"}},
		{"set in a month", "The deadline Carl Dahl first set in August will pass in November.", []string{
			"August | DATE | 2010-08 | 2010-08-01..2010-08-31",
			"November | DATE | 2010-11 | 2010-11-01..2010-11-30"}},
		{"a participle after be", "The prize will be given to Gus Holm in August.", []string{
			"August | DATE | 2011-08 | 2011-08-01..2011-08-31"}},
	})
}
