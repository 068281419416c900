package resolve

import (
	"cmp"
	"slices"
	"strings"

	"github.com/storyline/storyline/timeline"
)

// A summary is written from one telling, in that document's words; when
// the document misspells a person ("Steve Witcoff" for the Witkoff other
// documents name), the summary takes the name the actor goes by instead.
// Only spellings of another surname are rewritten: "Trump" or "President
// Trump" are the same name shortened, and rewriting them would reach into
// "the Trump administration".

// spellings maps a person's id to the misspelled aliases to rewrite,
// longest first, and the name to put in their place.
type spellings map[string]struct {
	name    string
	aliases []string
}

// misspellings returns the rewrites the resolved actors call for.
func misspellings(actors []timeline.Actor) spellings {
	out := spellings{}
	for i := range actors {
		a := &actors[i]
		if a.Kind != timeline.Person {
			continue
		}
		surname := lastWord(a.Name)
		var wrong []string
		for _, al := range a.Aliases {
			if al != a.Name && lastWord(al) != surname && !strings.Contains(a.Name, al) {
				wrong = append(wrong, al)
			}
		}
		if len(wrong) == 0 {
			continue
		}
		slices.SortFunc(wrong, func(x, y string) int { return cmp.Or(cmp.Compare(len(y), len(x)), strings.Compare(x, y)) })
		out[a.ID] = struct {
			name    string
			aliases []string
		}{a.Name, wrong}
	}
	return out
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// respell rewrites the misspelled names of ev's people in its summary.
func (sp spellings) respell(ev *timeline.Event) {
	for _, p := range ev.Actors {
		fix, ok := sp[p.ID]
		if !ok {
			continue
		}
		for _, al := range fix.aliases {
			ev.Summary = replaceWord(ev.Summary, al, fix.name)
		}
	}
}

// replaceWord replaces each whole-word occurrence of old in s by new.
func replaceWord(s, old, new string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, old)
		if i < 0 {
			break
		}
		end := i + len(old)
		if (i == 0 || !isWordByte(s[i-1])) && (end == len(s) || !isWordByte(s[end])) {
			b.WriteString(s[:i])
			b.WriteString(new)
		} else {
			b.WriteString(s[:end])
		}
		s = s[end:]
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(s)
	return b.String()
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}
