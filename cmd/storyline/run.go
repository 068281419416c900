package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	exitOK      = 0 // everything was processed
	exitPartial = 1 // some inputs failed; the rest were processed
	exitUsage   = 2 // the command line was wrong
)

// command is one subcommand: its name, a one-line summary, and its runner.
type command struct {
	name, summary string
	run           func(ctx context.Context, env *env, args []string) int
}

// env is what a subcommand may touch of the outside world, so that tests
// run the CLI in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{
		{"extract", "print the events document (storyline/v1 JSON) of articles", runExtract},
		{"timex", "print the temporal expressions of a text as TIMEX3 JSON", runTimex},
		{"parse", "print the tokens, tags, lemmas, dependency trees and entities of articles (CoNLL-U)", runParse},
		{"build", "write events.json, the event and actor graphs and the timeline SVG", runBuild},
		{"graph", "print the event or actor graph as DOT, SVG or PNG", runGraph},
		{"render", "draw the SVG timeline of articles or of an events.json", runRender},
		{"report", "write the HTML report: timeline, graphs, events with their sources", runReport},
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stderr)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, e, args[1:])
		}
	}
	fmt.Fprintf(stderr, "storyline: unknown command %q\n", args[0])
	usage(stderr)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "Usage: storyline <command> [flags] [INPUT...]")
	fmt.Fprintln(w, "\nCommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'storyline <command> -h' for a command's flags.")
}

// newFlagSet returns a flag set that prints its usage line and flags to w.
func newFlagSet(name, synopsis string, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintf(w, "Usage: storyline %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args allowing flags after positional arguments
// ("build a.txt b.html -o out"), and returns the positional arguments.
// A lone "-" is positional (standard input). It returns a usage exit code
// when parsing fails, or -1 when the command should go on.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, int) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, exitOK
			}
			return nil, exitUsage
		}
		args = fs.Args()
		for len(args) > 0 && (args[0] == "-" || !strings.HasPrefix(args[0], "-")) {
			positional = append(positional, args[0])
			args = args[1:]
		}
		if len(args) == 0 {
			return positional, -1
		}
		if args[0] == "--" {
			return append(positional, args[1:]...), -1
		}
	}
}
