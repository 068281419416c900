package ingest

import (
	"strconv"
	"strings"
)

// readText reads plain text or Markdown, with optional YAML front matter.
// The document text is the body after the front matter.
func readText(name string, data []byte) article {
	s := string(data)
	meta, body := frontMatter(s)
	a := article{ID: baseID(name), Path: name, Text: s[body:]}
	a.Title = meta.first("title", "headline")
	a.Date = meta.first("date", "published", "date_publish", "publish_date", "published_at", "pubdate")
	a.URL = meta.first("url", "link", "canonical", "canonical_url")
	a.Source = meta.first("source", "source_domain", "publisher", "site")
	return a
}

// fields are the key: value pairs of front matter, keys in lower case.
type fields map[string]string

func (f fields) first(keys ...string) string {
	for _, k := range keys {
		if v := f[k]; v != "" {
			return v
		}
	}
	return ""
}

// Limits past which a leading "---" is taken for a rule, not front matter.
const (
	maxFrontMatterLines = 200
	maxFrontMatterBytes = 16 << 10
)

// frontMatter reads a leading block of "key: value" lines between "---"
// fences, the subset of YAML that articles carry. It returns the fields
// and the byte offset where the body starts (0 when there is no front
// matter). Nested values, lists and comments are skipped.
func frontMatter(s string) (fields, int) {
	line, pos := nextLine(s, 0)
	if strings.TrimRight(line, " \t\r") != "---" {
		return nil, 0
	}
	meta := fields{}
	for n := 0; pos < len(s) && n < maxFrontMatterLines && pos <= maxFrontMatterBytes; n++ {
		line, pos = nextLine(s, pos)
		t := strings.TrimRight(line, " \t\r")
		if t == "---" || t == "..." {
			if len(meta) == 0 {
				return nil, 0
			}
			return meta, pos
		}
		if k, v, ok := keyValue(t); ok {
			if _, dup := meta[k]; !dup {
				meta[k] = v
			}
		}
	}
	return nil, 0
}

// nextLine returns the line starting at pos, without its newline, and the
// offset of the line after it.
func nextLine(s string, pos int) (string, int) {
	if i := strings.IndexByte(s[pos:], '\n'); i >= 0 {
		return s[pos : pos+i], pos + i + 1
	}
	return s[pos:], len(s)
}

// keyValue reads a top-level "key: value" line.
func keyValue(line string) (string, string, bool) {
	if line == "" || line[0] == ' ' || line[0] == '\t' || line[0] == '#' || line[0] == '-' {
		return "", "", false
	}
	k, v, ok := strings.Cut(line, ":")
	if !ok || k == "" || !isKey(k) {
		return "", "", false
	}
	return strings.ToLower(k), unquote(stripComment(strings.TrimSpace(v))), true
}

func isKey(k string) bool {
	for i := 0; i < len(k); i++ {
		c := k[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

// stripComment drops a " #" comment from an unquoted value.
func stripComment(v string) string {
	if v == "" || v[0] == '"' || v[0] == '\'' {
		return v
	}
	if i := strings.Index(v, " #"); i >= 0 {
		return strings.TrimSpace(v[:i])
	}
	return v
}

func unquote(v string) string {
	if len(v) < 2 {
		return v
	}
	switch q := v[0]; {
	case q == '"' && v[len(v)-1] == '"':
		if u, err := strconv.Unquote(v); err == nil {
			return u
		}
		return v[1 : len(v)-1]
	case q == '\'' && v[len(v)-1] == '\'':
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	return v
}
