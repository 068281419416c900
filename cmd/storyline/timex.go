package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/temporal"
)

func runTimex(ctx context.Context, e *env, args []string) int {
	fs := newFlagSet("timex", "[--dct YYYY-MM-DD] [FILE|-]", e.stderr)
	dct := fs.String("dct", "", "document creation time `YYYY-MM-DD` that relative expressions resolve against")
	paths, code := parseFlags(fs, args)
	if code >= 0 {
		return code
	}
	if len(paths) > 1 {
		fmt.Fprintln(e.stderr, "storyline timex: one input at most")
		fs.Usage()
		return exitUsage
	}
	var ref timeline.Date
	if *dct != "" {
		d, err := timeline.ParseDate(*dct)
		if err != nil {
			fmt.Fprintf(e.stderr, "storyline timex: --dct: %v\n", err)
			return exitUsage
		}
		ref = d
	}
	text, err := readText(e.stdin, paths)
	if err != nil {
		fmt.Fprintf(e.stderr, "storyline timex: %v\n", err)
		return exitPartial
	}
	timexes := temporal.Tag(text, ref)
	if timexes == nil {
		timexes = []timeline.Timex{}
	}
	if err := writeJSON(e.stdout, timexes); err != nil {
		fmt.Fprintf(e.stderr, "storyline timex: %v\n", err)
		return exitPartial
	}
	return exitOK
}

// readText reads the one named file, or standard input for none or "-".
func readText(stdin io.Reader, paths []string) (string, error) {
	if len(paths) == 0 || paths[0] == "-" {
		b, err := io.ReadAll(stdin)
		if err != nil {
			return "", fmt.Errorf("standard input: %w", err)
		}
		return string(b), nil
	}
	b, err := os.ReadFile(paths[0])
	if err != nil {
		return "", err // *PathError names the file
	}
	return string(b), nil
}
