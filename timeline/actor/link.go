package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// fullName is a person's full name as one document writes it.
type fullName struct {
	name, ref, country string
}

// linkDocument gives every person mention the fullest name the document
// has for it ("Mr Witkoff" → "Steve Witkoff"), lets a full name written
// in the document win over the gazetteer's namesake ("Graham" after
// "Thomas Graham"), and turns loose capitalised words that are surnames of
// the document's people into mentions.
func (f *Finder) linkDocument(text string, ms []Mention, loose []looseToken, buf *[]surnameName) []Mention {
	full := f.fullNames((*buf)[:0], ms)
	*buf = full
	if len(full) == 0 {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if m.Kind != timeline.Person {
			continue
		}
		key := f.stripHonorific(m.Text)
		if strings.ContainsAny(key, " \t\n") {
			continue
		}
		fn, ok := pick(full, key, m.Ref)
		if !ok {
			continue
		}
		m.Name = fn.name
		if fn.ref != m.Ref {
			m.Ref = fn.ref
			if fn.country != "" || fn.ref == "" {
				m.Country = fn.country
			}
		}
		if m.Country == "" {
			m.Country = fn.country
		}
	}
	for _, lt := range loose {
		w := text[lt.start:lt.end]
		fn, ok := pick(full, w, "")
		if !ok {
			continue
		}
		ms = append(ms, Mention{Start: lt.start, End: lt.end, Text: w, Name: fn.name, Kind: timeline.Person,
			Country: fn.country, Ref: fn.ref})
	}
	return ms
}

// surnameName is a full person name filed under one of its surnames.
type surnameName struct {
	surname string
	fullName
}

// fullNames lists the document's full person names by surname. A
// document names few people, so a list searched in order beats a map.
func (f *Finder) fullNames(full []surnameName, ms []Mention) []surnameName {
	add := func(k string, fn fullName) {
		for _, x := range full {
			if x.surname == k && x.name == fn.name {
				return
			}
		}
		full = append(full, surnameName{k, fn})
	}
	for _, m := range ms {
		if m.Kind != timeline.Person || !strings.Contains(m.Name, " ") || isDescriptor(m.Text) ||
			!strings.ContainsAny(f.stripHonorific(m.Text), " \t\n") {
			continue
		}
		fn := fullName{m.Name, m.Ref, m.Country}
		add(m.Name[strings.LastIndexByte(m.Name, ' ')+1:], fn)
		if e := f.g.byID[m.Ref]; e != nil {
			for _, k := range e.surnames {
				add(k, fn)
			}
		}
	}
	return full
}

// pick chooses the full name a surname stands for: the only one, or the
// one that is the same gazetteer entry.
func pick(full []surnameName, surname, ref string) (fullName, bool) {
	var only fullName
	n := 0
	for _, x := range full {
		if x.surname != surname {
			continue
		}
		if ref != "" && x.ref == ref {
			return x.fullName, true
		}
		only = x.fullName
		n++
	}
	return only, n == 1
}

// stripHonorific drops a leading honorific: "Mr. Witkoff" → "Witkoff".
func (f *Finder) stripHonorific(text string) string {
	w, rest, ok := strings.Cut(text, " ")
	if !ok {
		return text
	}
	if f.g.honorific[strings.TrimSuffix(w, ".")] {
		return strings.TrimSpace(rest)
	}
	return text
}

// isDescriptor reports whether a mention's text is a description such as
// "the Russian leader" rather than a name.
func isDescriptor(text string) bool {
	return strings.HasPrefix(text, "the ") || strings.HasPrefix(text, "The ")
}
