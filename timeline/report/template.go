package report

import (
	_ "embed"
	"html/template"
	"slices"
	"strings"
)

// The page's parts live in files of their own so that each reads as what
// it is; they are compiled in, and the report never refers to them.
var (
	//go:embed page.tmpl
	pageHTML string
	//go:embed style.css
	styleCSS string
	//go:embed script.js
	scriptJS string
)

var pageTemplate = template.Must(template.New("page").Funcs(template.FuncMap{
	"join":    func(ss []string) string { return strings.Join(ss, ", ") },
	"tableOf": newEventTable,
}).Parse(pageHTML))

// eventTable is one table of events: the dated or the undated ones.
type eventTable struct {
	Name, DateHeading string
	Rows              []eventRow
	// Places says whether an event names a place. Most real stories name
	// none: an empty column took width from the sources beside it.
	Places bool
}

func newEventTable(name, dateHeading string, rows []eventRow) eventTable {
	places := slices.ContainsFunc(rows, func(r eventRow) bool { return r.Places != "" })
	return eventTable{name, dateHeading, rows, places}
}
