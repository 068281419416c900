package ingest

import (
	"bytes"
	"path/filepath"
	"strings"
)

type format uint8

const (
	formatText format = iota
	formatHTML
	formatJSON
	formatJSONL
)

var extensions = map[string]format{
	".txt":      formatText,
	".text":     formatText,
	".md":       formatText,
	".markdown": formatText,
	".html":     formatHTML,
	".htm":      formatHTML,
	".xhtml":    formatHTML,
	".json":     formatJSON,
	".jsonl":    formatJSONL,
	".ndjson":   formatJSONL,
}

// knownExtension reports whether a file found in a folder is an article.
func knownExtension(path string) bool {
	_, ok := extensions[strings.ToLower(filepath.Ext(path))]
	return ok
}

// formatOf picks the reader by extension. Standard input is sniffed; any
// other file is text.
func formatOf(name string, data []byte) format {
	if f, ok := extensions[strings.ToLower(filepath.Ext(name))]; ok {
		return f
	}
	if name == StdinName {
		return sniff(data)
	}
	return formatText
}

// sniff tells JSON, JSONL and HTML from text by their first bytes.
func sniff(data []byte) format {
	head := bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n")
	switch {
	case len(head) == 0:
		return formatText
	case head[0] == '[':
		return formatJSON
	case head[0] == '{':
		if looksLikeJSONL(data) {
			return formatJSONL
		}
		return formatJSON
	case hasPrefixFold(head, "<!doctype") || hasPrefixFold(head, "<html") ||
		hasPrefixFold(head, "<?xml") || hasPrefixFold(head, "<head") || hasPrefixFold(head, "<body"):
		return formatHTML
	}
	return formatText
}

// looksLikeJSONL reports whether the first line holds a whole JSON object
// and another object starts on a later line.
func looksLikeJSONL(data []byte) bool {
	first, rest, ok := bytes.Cut(bytes.TrimLeft(data, " \t\r\n"), []byte("\n"))
	first = bytes.TrimSpace(first)
	rest = bytes.TrimLeft(rest, " \t\r\n")
	return ok && len(first) > 1 && first[len(first)-1] == '}' && len(rest) > 0 && rest[0] == '{'
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}
