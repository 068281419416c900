package ingest

import (
	"bytes"
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// recordDecoder reads the common shape of a news-please record — an
// object whose fields are strings, nulls or values to skip — in one pass
// and one allocation a field, about four times faster than encoding/json.
// Anything else (an error, a key written with escapes or in another case,
// a field of the wrong type, surrogate pairs) it declines, and the caller
// falls back to encoding/json, so the result is always encoding/json's.
type recordDecoder struct {
	scratch []byte // unescaped string bytes, reused
	depth   int
}

// maxSkipDepth bounds the nesting of skipped values; deeper input is left
// to encoding/json.
const maxSkipDepth = 64

// decode fills r from data and reports whether it could; r is left in an
// unspecified state when it could not.
func (d *recordDecoder) decode(data []byte, r *record) bool {
	*r = record{}
	i := skipWS(data, 0)
	if i >= len(data) || data[i] != '{' {
		return false
	}
	i = skipWS(data, i+1)
	if i < len(data) && data[i] == '}' {
		return skipWS(data, i+1) == len(data)
	}
	for {
		if i >= len(data) || data[i] != '"' {
			return false
		}
		ks, ke, ok := plainKey(data, i+1)
		if !ok {
			return false
		}
		field, ok := r.field(string(data[ks:ke]))
		if !ok {
			return false
		}
		i = skipWS(data, ke+1)
		if i >= len(data) || data[i] != ':' {
			return false
		}
		i = skipWS(data, i+1)
		if i >= len(data) {
			return false
		}
		switch {
		case field == nil:
			d.depth = 0
			if i, ok = d.skipValue(data, i); !ok {
				return false
			}
		case data[i] == '"':
			var s string
			if s, i, ok = d.readString(data, i+1); !ok {
				return false
			}
			*field = s
		case hasLiteral(data, i, "null"):
			i += len("null")
		default:
			return false // a type error: encoding/json words it
		}
		i = skipWS(data, i)
		if i >= len(data) {
			return false
		}
		switch data[i] {
		case ',':
			i = skipWS(data, i+1)
		case '}':
			return skipWS(data, i+1) == len(data)
		default:
			return false
		}
	}
}

// field returns where the value of key goes: nil for a key the record
// does not hold, and false for a key encoding/json would match only
// without regard to case.
func (r *record) field(key string) (*string, bool) {
	switch key {
	case "title":
		return &r.Title, true
	case "maintext":
		return &r.Maintext, true
	case "text":
		return &r.Text, true
	case "date_publish":
		return &r.DatePublish, true
	case "date_download":
		return &r.DateDownload, true
	case "published":
		return &r.Published, true
	case "url":
		return &r.URL, true
	case "source_domain":
		return &r.SourceDomain, true
	case "filename":
		return &r.Filename, true
	}
	for _, name := range recordFields {
		if strings.EqualFold(key, name) {
			return nil, false
		}
	}
	return nil, true
}

var recordFields = []string{"title", "maintext", "text", "date_publish", "date_download", "published", "url", "source_domain", "filename"}

// plainKey finds the end of a key that starts at i: printable ASCII
// without escapes. Other keys are declined.
func plainKey(data []byte, i int) (start, end int, ok bool) {
	for j := i; j < len(data); j++ {
		switch c := data[j]; {
		case c == '"':
			return i, j, true
		case c < 0x20 || c == '\\' || c >= utf8.RuneSelf:
			return 0, 0, false
		}
	}
	return 0, 0, false
}

func skipWS(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

func hasLiteral(data []byte, i int, lit string) bool {
	return len(data)-i >= len(lit) && string(data[i:i+len(lit)]) == lit
}

// readString reads a string whose opening quote is before i, returning it
// and the offset after its closing quote.
func (d *recordDecoder) readString(data []byte, i int) (string, int, bool) {
	j, escaped, ok := scanString(data, i)
	if !ok {
		return "", 0, false
	}
	if !escaped {
		return string(data[i:j]), j + 1, true
	}
	buf, ok := unescape(d.scratch[:0], data[i:j])
	d.scratch = buf
	if !ok {
		return "", 0, false
	}
	return string(buf), j + 1, true
}

// scanString finds the closing quote of a string starting at i, and
// whether it holds escapes. It declines control bytes and invalid UTF-8.
// It looks at eight bytes at a time for the bytes that need a closer look:
// a quote, a backslash or a control byte.
func scanString(data []byte, i int) (end int, escaped, ok bool) {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	var high uint64 // any byte with its high bit set: UTF-8 to validate
	for j := i; j < len(data); {
		if j+8 <= len(data) {
			w := binary.LittleEndian.Uint64(data[j:])
			q, b := w^(ones*'"'), w^(ones*'\\')
			// The lowest flagged byte is the first quote, backslash or
			// byte below 0x20 (bytes above it may be flagged wrongly).
			m := ((q-ones)&^q | (b-ones)&^b | (w-ones*0x20)&^w) & highs
			high |= w
			if m == 0 {
				j += 8
				continue
			}
			j += bits.TrailingZeros64(m) >> 3
		}
		switch c := data[j]; {
		case c == '"':
			if high&highs != 0 && !utf8.Valid(data[i:j]) {
				return 0, false, false
			}
			return j, escaped, true
		case c == '\\':
			escaped = true
			j += 2 // the escaped byte is checked by unescape
		case c < 0x20:
			return 0, false, false
		default:
			high |= uint64(c)
			j++
		}
	}
	return 0, false, false
}

// unescape appends the string body s, with its escapes resolved, to buf.
// Surrogates are declined: encoding/json's handling of lone ones is its
// own.
func unescape(buf, s []byte) ([]byte, bool) {
	for i := 0; i < len(s); {
		k := len(s)
		if n := bytes.IndexByte(s[i:], '\\'); n >= 0 {
			k = i + n
		}
		buf = append(buf, s[i:k]...)
		if k == len(s) {
			break
		}
		if k+1 >= len(s) {
			return buf, false
		}
		switch e := s[k+1]; e {
		case '"', '\\', '/':
			buf = append(buf, e)
		case 'b':
			buf = append(buf, '\b')
		case 'f':
			buf = append(buf, '\f')
		case 'n':
			buf = append(buf, '\n')
		case 'r':
			buf = append(buf, '\r')
		case 't':
			buf = append(buf, '\t')
		case 'u':
			r, ok := hex4(s[k+2:])
			if !ok || r >= 0xd800 && r < 0xe000 {
				return buf, false
			}
			buf = utf8.AppendRune(buf, r)
			k += 4
		default:
			return buf, false
		}
		i = k + 2
	}
	return buf, true
}

func hex4(s []byte) (rune, bool) {
	if len(s) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range s[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c -= 'a' - 10
		case c >= 'A' && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// skipValue checks the JSON value at i and returns the offset after it.
func (d *recordDecoder) skipValue(data []byte, i int) (int, bool) {
	if i >= len(data) {
		return 0, false
	}
	switch c := data[i]; {
	case c == '"':
		j, escaped, ok := scanString(data, i+1)
		if !ok {
			return 0, false
		}
		if escaped {
			if _, ok := unescape(d.scratch[:0], data[i+1:j]); !ok {
				return 0, false
			}
		}
		return j + 1, true
	case c == '{' || c == '[':
		return d.skipContainer(data, i)
	case c == '-' || c >= '0' && c <= '9':
		return skipNumber(data, i)
	case hasLiteral(data, i, "null"):
		return i + 4, true
	case hasLiteral(data, i, "true"):
		return i + 4, true
	case hasLiteral(data, i, "false"):
		return i + 5, true
	}
	return 0, false
}

// skipContainer checks the object or array at i.
func (d *recordDecoder) skipContainer(data []byte, i int) (int, bool) {
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > maxSkipDepth {
		return 0, false
	}
	object := data[i] == '{'
	closer := byte(']')
	if object {
		closer = '}'
	}
	i = skipWS(data, i+1)
	if i < len(data) && data[i] == closer {
		return i + 1, true
	}
	for {
		var ok bool
		if object {
			if i >= len(data) || data[i] != '"' {
				return 0, false
			}
			if i, ok = d.skipValue(data, i); !ok {
				return 0, false
			}
			i = skipWS(data, i)
			if i >= len(data) || data[i] != ':' {
				return 0, false
			}
			i = skipWS(data, i+1)
		}
		if i, ok = d.skipValue(data, i); !ok {
			return 0, false
		}
		i = skipWS(data, i)
		if i >= len(data) {
			return 0, false
		}
		switch data[i] {
		case ',':
			i = skipWS(data, i+1)
		case closer:
			return i + 1, true
		default:
			return 0, false
		}
	}
}

// skipNumber checks the number at i: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?
func skipNumber(data []byte, i int) (int, bool) {
	digits := func(i int) int {
		for i < len(data) && data[i] >= '0' && data[i] <= '9' {
			i++
		}
		return i
	}
	if data[i] == '-' {
		i++
	}
	switch {
	case i < len(data) && data[i] == '0':
		i++
	case i < len(data) && data[i] >= '1' && data[i] <= '9':
		i = digits(i)
	default:
		return 0, false
	}
	if i < len(data) && data[i] == '.' {
		j := digits(i + 1)
		if j == i+1 {
			return 0, false
		}
		i = j
	}
	if i < len(data) && (data[i] == 'e' || data[i] == 'E') {
		i++
		if i < len(data) && (data[i] == '+' || data[i] == '-') {
			i++
		}
		j := digits(i)
		if j == i {
			return 0, false
		}
		i = j
	}
	return i, true
}
