// Command gen derives Storyline's lexicon from WordNet 3.0 (Debian package
// wordnet-base) and writes it as gzip-compressed TSV for package lexicon to
// embed. Run it from the repository root after changing the anchors or the
// rules:
//
//	go run ./timeline/lexicon/gen
//
// It reads data.noun, data.verb, index.noun, index.verb and cntlist.rev
// from -wordnet; the same database always gives the same bytes. -show and
// -kinds print what it knows of some words, to check anchors and rules.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
)

func main() {
	out := flag.String("o", "timeline/lexicon/lexicon.tsv.gz", "output `file`")
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet database `directory`")
	show := flag.String("show", "", "print the senses of a comma-separated list of `lemmas` and exit")
	kinds := flag.String("kinds", "", "print the kinds of a comma-separated list of `lemmas` and exit")
	verbose := flag.Bool("v", false, "with -kinds, explain each sense")
	flag.Parse()
	if err := run(*dir, *out, *show, *kinds, *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "lexicon/gen:", err)
		os.Exit(1)
	}
}

func run(dir, out, show, kinds string, verbose bool) error {
	wn, err := readWordNet(dir)
	if err != nil {
		return err
	}
	switch {
	case show != "":
		for _, l := range splitList(show) {
			fmt.Printf("== %s\n", l)
			wn.show(os.Stdout, l)
		}
		return nil
	case kinds != "":
		return printKinds(wn, splitList(kinds), verbose)
	}
	entries, err := build(wn)
	if err != nil {
		return err
	}
	return write(out, entries)
}

func printKinds(wn *wordnet, lemmas []string, verbose bool) error {
	k, err := newKinder(wn)
	if err != nil {
		return err
	}
	for _, l := range lemmas {
		fmt.Printf("%-14s v=%v n=%v\n", l, k.kinds(l, 'v'), k.kinds(l, 'n'))
		if verbose {
			for _, e := range append(k.explain(l, 'v'), k.explain(l, 'n')...) {
				fmt.Println(e)
			}
		}
	}
	return nil
}

// write encodes the entries to a temporary file beside path and renames
// it into place, so an interrupted run leaves the old file whole.
func write(path string, entries []*entry) error {
	var buf bytes.Buffer
	if err := encode(&buf, entries); err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, buf.Bytes(), 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}
