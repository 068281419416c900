package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// csvHeader names the columns of CSV.
var csvHeader = []string{
	"id", "start", "end", "granularity", "date_text", "status", "kind",
	"summary", "actors", "places", "first_source", "sources",
}

// CSV writes the events of tl as an RFC 4180 table, one row per event in
// tl's order, undated events included with empty dates, under a header
// row. Actors and places are joined with "; ". Cells that a spreadsheet
// would run as a formula get a leading apostrophe (see the package
// documentation).
func CSV(w io.Writer, tl *timeline.Timeline) error {
	if tl == nil {
		return fmt.Errorf("export: csv: %w", ErrNilTimeline)
	}
	c := newCorpus(tl)
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	row := make([]string, len(csvHeader))
	for i := range tl.Events {
		eventRow(row, &tl.Events[i], c)
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("export: csv: event %s: %w", tl.Events[i].ID, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: csv: %w", err)
	}
	return nil
}

// eventRow fills row with ev's cells, in csvHeader's order.
func eventRow(row []string, ev *timeline.Event, c *corpus) {
	var start, end, gran, text string
	if first, last, ok := dated(ev); ok {
		start, end = first.String(), last.String()
		gran, text = string(ev.When.Granularity), ev.When.Text
	}
	cells := [...]string{
		ev.ID, start, end, gran, text, ev.Status, ev.Kind, ev.Summary,
		strings.Join(c.actorNames(ev), "; "), strings.Join(ev.Places, "; "),
		c.firstLink(ev), strconv.Itoa(sourceCount(ev)),
	}
	for i, s := range cells {
		row[i] = defuse(s)
	}
}

// defuse keeps a cell from being run as a formula by a spreadsheet: one
// that starts with a formula character gets a leading apostrophe.
func defuse(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}
