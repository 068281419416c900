// Command chrono measures the temporal tagger's speed on a set of texts and
// writes the same texts as JSON lines for bench.mjs, which measures
// chrono-node on them. See README.md.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/storyline/storyline/timeline"
	"github.com/storyline/storyline/timeline/temporal"
)

// doc is one text and its reference date, as bench.mjs reads them.
type doc struct {
	DCT  string `json:"dct"`
	Text string `json:"text"`
}

var (
	dctRe  = regexp.MustCompile(`(?s)<DCT>.*?value="([^"]+)"`)
	textRe = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	tagRe  = regexp.MustCompile(`<[^>]*>`)
)

// readTML reads the DCT and the plain text of a TimeML file.
func readTML(path string) (doc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return doc{}, err
	}
	d, t := dctRe.FindSubmatch(raw), textRe.FindSubmatch(raw)
	if d == nil || t == nil {
		return doc{}, fmt.Errorf("%s: no DCT or TEXT", path)
	}
	return doc{DCT: string(d[1])[:10], Text: html.UnescapeString(tagRe.ReplaceAllString(string(t[1]), ""))}, nil
}

// readArticle reads a test article: "dct: YYYY-MM-DD", then the text.
func readArticle(path string) (doc, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return doc{}, err
	}
	head, text, _ := strings.Cut(string(raw), "\n")
	if !strings.HasPrefix(head, "dct: ") {
		return doc{}, fmt.Errorf("%s: no dct line", path)
	}
	return doc{DCT: strings.TrimPrefix(head, "dct: "), Text: text}, nil
}

func load(dir string) ([]doc, error) {
	var paths []string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && !e.IsDir() && (strings.HasSuffix(p, ".tml") || strings.HasSuffix(p, ".txt")) {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("texts %s: %w", dir, err)
	}
	sort.Strings(paths)
	hasTML := false
	for _, p := range paths {
		hasTML = hasTML || strings.HasSuffix(p, ".tml")
	}
	var docs []doc
	for _, p := range paths {
		read := readArticle
		switch {
		case strings.HasSuffix(p, ".tml"):
			read = readTML
		case hasTML:
			continue // a README beside the TimeML files
		}
		d, err := read(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, fmt.Errorf("texts %s: no .tml or .txt files", dir)
	}
	return docs, nil
}

func main() {
	dir := flag.String("texts", "../../../shared/eval/timebank", "folder of .tml files (TimeML) or .txt test articles")
	export := flag.String("export", "", "write the texts as JSON lines to this file for bench.mjs")
	newsplease := flag.String("newsplease", "", "write the texts as news-please JSON lines to this file for storyline timex")
	seconds := flag.Float64("seconds", 5, "how long to measure")
	flag.Parse()
	docs, err := load(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "chrono:", err)
		os.Exit(1)
	}
	if *export != "" {
		if err := writeJSONL(*export, docs, func(d doc) any { return d }); err != nil {
			fmt.Fprintln(os.Stderr, "chrono:", err)
			os.Exit(1)
		}
	}
	if *newsplease != "" {
		if err := writeJSONL(*newsplease, docs, newsPlease); err != nil {
			fmt.Fprintln(os.Stderr, "chrono:", err)
			os.Exit(1)
		}
	}
	dcts := make([]timeline.Date, len(docs))
	var size int
	for i, d := range docs {
		if dcts[i], err = timeline.ParseDate(d.DCT); err != nil {
			fmt.Fprintln(os.Stderr, "chrono:", err)
			os.Exit(1)
		}
		size += len(d.Text)
	}
	var tg temporal.Tagger
	found, rounds := 0, 0
	start := time.Now()
	for time.Since(start).Seconds() < *seconds || rounds == 0 {
		found = 0
		for i, d := range docs {
			found += len(tg.Tag(d.Text, dcts[i]))
		}
		rounds++
	}
	el := time.Since(start).Seconds()
	fmt.Printf("storyline temporal: %d texts, %.0f KB, %d expressions per round, %d rounds in %.2f s: %.0f texts/s, %.2f MB/s\n",
		len(docs), float64(size)/1e3, found, rounds, el, float64(rounds*len(docs))/el, float64(rounds*size)/el/1e6)
}

// newsPlease is a text as the news-please record storyline timex reads:
// maintext, and its reference date as the publication date.
func newsPlease(d doc) any {
	return struct {
		Maintext    string `json:"maintext"`
		DatePublish string `json:"date_publish"`
	}{d.Text, d.DCT}
}

func writeJSONL(path string, docs []doc, record func(doc) any) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("export: %w", err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, d := range docs {
		if err := enc.Encode(record(d)); err != nil {
			f.Close()
			return fmt.Errorf("export %s: %w", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("export %s: %w", path, err)
	}
	return f.Close()
}
