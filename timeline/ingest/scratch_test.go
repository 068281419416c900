//go:build scratch

package ingest

import (
	"fmt"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	docs, diags := ReadPaths(os.Args[len(os.Args)-1:], nil, Options{})
	for _, d := range docs {
		fmt.Printf("== %s %s %q pub=%s(%s) dropped=%d\n", d.ID, d.Path, d.Title, d.Published, d.PublishedFrom, d.Dropped)
		for _, s := range d.Sentences {
			fmt.Printf("  [%d] %.110q\n", s.Kind, d.SpanText(s))
		}
	}
	for _, g := range diags {
		fmt.Printf("diag %+v\n", g)
	}
}
