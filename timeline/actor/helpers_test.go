package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// seedsPath is the shared corpus, read in place and never copied.
const seedsPath = "../../../shared/corpus/seeds.jsonl"

// docOf builds a Document from text with a plain split: every line is cut
// into sentences at a full stop, question or exclamation mark followed by a
// space; a line starting with "- " is a bullet and a short line with no
// final stop a heading.
func docOf(id, text string) timeline.Document {
	doc := timeline.Document{ID: id, Text: text}
	off := 0
	for line := range strings.SplitAfterSeq(text, "\n") {
		start := off
		off += len(line)
		body := strings.TrimRight(line, "\r\n")
		trimmed := strings.TrimSpace(body)
		if trimmed == "" {
			continue
		}
		lead := len(body) - len(strings.TrimLeft(body, " \t"))
		kind := timeline.Body
		switch {
		case strings.HasPrefix(trimmed, "- "):
			kind = timeline.Bullet
		case !strings.ContainsAny(trimmed[len(trimmed)-1:], ".!?\"”’:") && len(strings.Fields(trimmed)) < 14:
			kind = timeline.Heading
		}
		s := start + lead
		end := start + len(body)
		for i := s; i < end-1; i++ {
			c := text[i]
			if (c == '.' || c == '?' || c == '!') && text[i+1] == ' ' && !abbreviation(text[s:i]) && i+2 < end && (text[i+2] >= 'A' && text[i+2] <= 'Z' || text[i+2] == '"') {
				doc.Sentences = append(doc.Sentences, timeline.Span{Start: s, End: i + 1, Kind: kind})
				s = i + 2
			}
		}
		doc.Sentences = append(doc.Sentences, timeline.Span{Start: s, End: end, Kind: kind})
	}
	return doc
}

// loadSeeds reads the shared seed articles, or skips the test.
func loadSeeds(tb testing.TB) []timeline.Document {
	tb.Helper()
	if _, err := os.Stat(seedsPath); err != nil {
		tb.Skipf("seed corpus not available: %v", err)
	}
	return loadSeedsOrNil(tb)
}

// loadSeedsOrNil reads the shared seed articles; nil when absent.
func loadSeedsOrNil(tb testing.TB) []timeline.Document {
	f, err := os.Open(seedsPath)
	if err != nil {
		return nil
	}
	defer f.Close()
	var docs []timeline.Document
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var rec struct {
			Filename string `json:"filename"`
			Maintext string `json:"maintext"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			tb.Fatalf("%s: %v", seedsPath, err)
		}
		docs = append(docs, docOf(strings.TrimSuffix(rec.Filename, ".txt"), rec.Maintext))
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("%s: %v", seedsPath, err)
	}
	return docs
}

// abbreviation reports whether text ends in a word whose full stop is not
// a sentence end: initials ("U.S") and short titles ("Mr", "Dr").
func abbreviation(text string) bool {
	w := text[strings.LastIndexAny(text, " \t")+1:]
	if strings.Contains(w, ".") {
		return true
	}
	switch w {
	case "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Prof", "Lt", "Col", "Jr", "Sr", "Gov":
		return true
	}
	return len(w) == 1
}

// findAndResolve runs Find over every document, checks each document's
// mentions, and resolves them across documents.
func findAndResolve(t *testing.T, docs []timeline.Document) ([][]Mention, []timeline.Actor) {
	t.Helper()
	f := NewFinder()
	all := make([][]Mention, len(docs))
	for i := range docs {
		all[i] = f.Find(&docs[i])
		checkMentions(t, &docs[i], all[i])
	}
	return all, Resolve(all)
}

// findTexts finds and resolves the mentions of documents of the texts,
// named a, b, c… in order.
func findTexts(t *testing.T, texts []string) [][]Mention {
	t.Helper()
	var docs []timeline.Document
	for i, text := range texts {
		docs = append(docs, docOf(string(rune('a'+i)), text))
	}
	all, _ := findAndResolve(t, docs)
	return all
}

// findOne finds the mentions of a one-document text, without resolving
// them across documents.
func findOne(text string) []Mention {
	doc := docOf("a", text)
	return NewFinder().Find(&doc)
}

// checkKind checks that every mention written text in the documents of
// texts is of kind, and that there is one.
func checkKind(t *testing.T, texts []string, text, kind string) {
	t.Helper()
	all := findTexts(t, texts)
	n := 0
	for _, ms := range all {
		for _, m := range ms {
			if m.Text != text {
				continue
			}
			n++
			if m.Kind != kind {
				t.Errorf("%q is a %s, want a %s", m.Text, m.Kind, kind)
			}
		}
	}
	if n == 0 {
		t.Errorf("no mention %q in %v", text, all)
	}
}

// eachMention calls check with every mention written written in the
// one document text, and fails when there is none.
func eachMention(t *testing.T, text, written string, check func(Mention)) {
	t.Helper()
	found := false
	for _, m := range findTexts(t, []string{text})[0] {
		if m.Text == written {
			found = true
			check(m)
		}
	}
	if !found {
		t.Errorf("%q: no mention %q", text, written)
	}
}

// personCase says whether the text name in a one-sentence text is a
// person.
type personCase struct {
	text, name string
	person     bool
}

// checkPersons finds the actors of each case's text and checks that its
// name (a mention's text or its name without title) is a person, or is
// not.
func checkPersons(t *testing.T, cases []personCase) {
	t.Helper()
	for _, tc := range cases {
		person := false
		for _, m := range findTexts(t, []string{tc.text})[0] {
			if (m.Text == tc.name || m.Name == tc.name) && m.Kind == timeline.Person {
				person = true
			}
		}
		if person != tc.person {
			t.Errorf("%q: %q a person %v, want %v", tc.text, tc.name, person, tc.person)
		}
	}
}

// nameAt returns the name of the mention of kind ("" for any) that the
// last occurrence of desc in text opens, or "".
func nameAt(text, desc, kind string) string { return nameIn(findOne(text), text, desc, kind) }

// nameIn is nameAt among the mentions ms found in text.
func nameIn(ms []Mention, text, desc, kind string) string {
	at := strings.LastIndex(text, desc)
	got := ""
	for _, m := range ms {
		if m.Start >= at && m.Start < at+len(desc) && (kind == "" || m.Kind == kind) {
			got = m.Name
		}
	}
	return got
}

// personNames finds and resolves the actors of texts, one document each,
// and returns the names of the persons among them, in the order resolved.
func personNames(t *testing.T, texts []string) []string {
	t.Helper()
	var docs []timeline.Document
	for i, text := range texts {
		docs = append(docs, docOf(string(rune('a'+i)), text))
	}
	_, actors := findAndResolve(t, docs)
	var names []string
	for _, a := range actors {
		if a.Kind == timeline.Person {
			names = append(names, a.Name)
		}
	}
	return names
}

// checkLastDoc resolves the texts as one corpus of documents, one each
// (ids "d", "dd", …), and compares the ids of the last one's mentions
// with want (as mentionIDs writes them).
func checkLastDoc(t *testing.T, texts []string, want string) {
	t.Helper()
	var docs []timeline.Document
	for i, text := range texts {
		docs = append(docs, docOf(strings.Repeat("d", i+1), text))
	}
	ms, _ := findAndResolve(t, docs)
	if got := mentionIDs(ms[len(ms)-1]); got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
