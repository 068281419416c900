package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

// The fields TimelineJS3 documents (timeline.knightlab.com/docs/
// json-format.html): anything else in the file is a mistake of ours.
var (
	fileFields  = set("events", "title", "eras", "scale")
	slideFields = set("start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id")
	dateFields  = set("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date")
	textFields  = set("headline", "text")
)

func set(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

// slideOut is a slide as TimelineJS reads it back.
type slideOut struct {
	ID, Group, Headline, Text string
	Start, End                *time.Time
}

// checkTimelineJS checks data against TimelineJS3's documented JSON
// format, and that the HTML of every text is only the markup we write,
// and returns the title slide and the events.
func checkTimelineJS(t *testing.T, data []byte) (slideOut, []slideOut) {
	t.Helper()
	var file map[string]any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&file); err != nil {
		t.Fatalf("not a JSON object: %v", err)
	}
	if err := checkFields("file", file, fileFields); err != nil {
		t.Fatal(err)
	}
	events, ok := file["events"].([]any)
	if !ok {
		t.Fatalf("events: want a list, got %T", file["events"])
	}
	ids := map[string]bool{}
	title, err := checkSlide("title", file["title"], false, ids)
	if err != nil {
		t.Fatal(err)
	}
	var out []slideOut
	for i, e := range events {
		s, err := checkSlide(fmt.Sprintf("events[%d]", i), e, true, ids)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return title, out
}

func checkFields(where string, m map[string]any, allowed map[string]bool) error {
	for k := range m {
		if !allowed[k] {
			return fmt.Errorf("%s: field %q is not in TimelineJS3's format", where, k)
		}
	}
	return nil
}

func checkSlide(where string, v any, event bool, ids map[string]bool) (slideOut, error) {
	var s slideOut
	m, ok := v.(map[string]any)
	if !ok {
		return s, fmt.Errorf("%s: want an object, got %T", where, v)
	}
	if err := checkFields(where, m, slideFields); err != nil {
		return s, err
	}
	id, _ := m["unique_id"].(string)
	if id == "" || ids[id] {
		return s, fmt.Errorf("%s: unique_id %q missing or repeated", where, id)
	}
	ids[id] = true
	s.ID = id
	s.Group, _ = m["group"].(string)
	if _, ok := m["group"]; ok && s.Group == "" {
		return s, fmt.Errorf("%s: group must be non-empty text", where)
	}
	if a, ok := m["autolink"]; ok {
		if _, isBool := a.(bool); !isBool {
			return s, fmt.Errorf("%s: autolink %v is not a boolean", where, a)
		}
	}
	if err := checkText(where, m["text"], &s); err != nil {
		return s, err
	}
	var err error
	if s.Start, err = checkDate(where+".start_date", m["start_date"]); err != nil {
		return s, err
	}
	if event && s.Start == nil {
		return s, fmt.Errorf("%s: start_date is required", where)
	}
	if s.End, err = checkDate(where+".end_date", m["end_date"]); err != nil {
		return s, err
	}
	if s.End != nil && (s.Start == nil || !s.End.After(*s.Start)) {
		return s, fmt.Errorf("%s: end_date not after start_date", where)
	}
	return s, nil
}

func checkText(where string, v any, s *slideOut) error {
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("%s.text: want an object, got %T", where, v)
	}
	if err := checkFields(where+".text", m, textFields); err != nil {
		return err
	}
	s.Headline, _ = m["headline"].(string)
	s.Text, _ = m["text"].(string)
	if strings.TrimSpace(s.Headline) == "" {
		return fmt.Errorf("%s: empty headline", where)
	}
	for _, h := range []string{s.Headline, s.Text} {
		if err := checkMarkup(h); err != nil {
			return fmt.Errorf("%s.text: %w in %q", where, err, h)
		}
	}
	return nil
}

// Our markup: paragraphs, a list of sources and their links.
var (
	allowedTags  = set("p", "ul", "li", "a")
	allowedAttrs = set("href", "target", "rel")
)

// checkMarkup parses h as a browser would and fails on any element or
// attribute we do not write: escaped article text never becomes markup.
func checkMarkup(h string) error {
	z := html.NewTokenizer(strings.NewReader(h))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if !allowedTags[tok.Data] {
				return fmt.Errorf("element <%s>", tok.Data)
			}
			for _, a := range tok.Attr {
				if !allowedAttrs[a.Key] {
					return fmt.Errorf("attribute %s on <%s>", a.Key, tok.Data)
				}
				if a.Key == "href" && !strings.HasPrefix(a.Val, "https://") && !strings.HasPrefix(a.Val, "http://") {
					return fmt.Errorf("link to %q", a.Val)
				}
			}
		}
	}
}

// checkDate checks a date object: a whole year, and a month and day only
// when they name a real day (a day needs its month).
func checkDate(where string, v any) (*time.Time, error) {
	if v == nil {
		return nil, nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("%s: want an object, got %T", where, v)
	}
	if err := checkFields(where, m, dateFields); err != nil {
		return nil, err
	}
	part := func(name string, lo, hi int) (int, bool, error) {
		raw, ok := m[name]
		if !ok {
			return lo, false, nil
		}
		n, isNum := raw.(json.Number)
		f, err := n.Float64()
		if !isNum || err != nil || f != math.Trunc(f) || int(f) < lo || int(f) > hi {
			return 0, true, fmt.Errorf("%s.%s: %v is not a whole number from %d to %d", where, name, raw, lo, hi)
		}
		return int(f), true, nil
	}
	y, hasY, err := part("year", -271821, 275760)
	if err != nil || !hasY {
		return nil, fmt.Errorf("%s: year required: %v", where, err)
	}
	mo, hasM, err := part("month", 1, 12)
	if err != nil {
		return nil, err
	}
	d, hasD, err := part("day", 1, 31)
	if err != nil {
		return nil, err
	}
	if hasD && !hasM {
		return nil, fmt.Errorf("%s: a day without a month", where)
	}
	tm := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if tm.Day() != d {
		return nil, fmt.Errorf("%s: %d-%02d-%02d is no day", where, y, mo, d)
	}
	return &tm, nil
}
