package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// record is one article in news-please's field names.
type record struct {
	Title        string `json:"title"`
	Maintext     string `json:"maintext"`
	Text         string `json:"text"`
	DatePublish  string `json:"date_publish"`
	DateDownload string `json:"date_download"`
	Published    string `json:"published"`
	URL          string `json:"url"`
	SourceDomain string `json:"source_domain"`
	Filename     string `json:"filename"`
}

var errEmptyMaintext = fmt.Errorf("%w: maintext is empty", ErrNoText)

// readJSON reads one news-please object or an array of them. A record
// that cannot be read becomes a diagnostic; the others are kept.
func readJSON(name string, data []byte) ([]article, []timeline.Diagnostic, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		var r record
		if err := json.Unmarshal(data, &r); err != nil {
			return nil, nil, jsonError(err)
		}
		a, err := r.article(name, 0)
		if err != nil {
			return nil, nil, err
		}
		return []article{a}, nil, nil
	}
	var raws []json.RawMessage
	if err := json.Unmarshal(data, &raws); err != nil {
		return nil, nil, jsonError(err)
	}
	var arts []article
	var diags []timeline.Diagnostic
	var d recordDecoder
	for i, raw := range raws {
		a, err := decodeRecord(&d, name, raw, i+1)
		if err != nil {
			diags = append(diags, timeline.Diagnostic{Path: name, Message: fmt.Sprintf("record %d: %v", i+1, err)})
			continue
		}
		arts = append(arts, a)
	}
	return arts, diags, nil
}

// decodeRecord reads record n of input name with d, or with
// encoding/json when d declines it.
func decodeRecord(d *recordDecoder, name string, raw []byte, n int) (article, error) {
	var r record
	if !d.decode(raw, &r) {
		r = record{}
		if err := json.Unmarshal(raw, &r); err != nil {
			return article{}, jsonError(err)
		}
	}
	return r.article(name, n)
}

// article turns record n (0 for a lone object) into an article. Its ID is
// the record's file name, else the input's name and the record number.
func (r *record) article(name string, n int) (article, error) {
	text := r.Maintext
	if strings.TrimSpace(text) == "" {
		text = r.Text
	}
	if strings.TrimSpace(text) == "" {
		return article{}, errEmptyMaintext
	}
	text = markedUpText(text)
	a := article{
		ID:      recordID(name, r.Filename, n),
		Path:    name,
		Title:   r.Title,
		URL:     r.URL,
		Source:  r.SourceDomain,
		Date:    firstNonEmpty(r.DatePublish, r.Published),
		Text:    text,
		Input:   name,
		Fetched: r.DateDownload,
	}
	if d, ok := settleSlashDate(a.Date, r.DateDownload); ok {
		a.Date = d.String()
	}
	if n > 0 {
		a.Path = name + "#" + strconv.Itoa(n)
	}
	return a, nil
}

func recordID(name, filename string, n int) string {
	if f := filepath.Base(strings.TrimSpace(filename)); f != "." && f != "/" && f != "" {
		if id := strings.TrimSuffix(f, filepath.Ext(f)); id != "" {
			return id
		}
	}
	if n == 0 {
		return baseID(name)
	}
	return baseID(name) + "-" + strconv.Itoa(n)
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// jsonError shortens encoding/json's messages and marks them ErrSyntax.
func jsonError(err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%w at byte %d: %s", ErrSyntax, se.Offset, se.Error())
	}
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Errorf("%w: field %q: %s", ErrSyntax, te.Field, te.Error())
	}
	return fmt.Errorf("%w: %v", ErrSyntax, err)
}
