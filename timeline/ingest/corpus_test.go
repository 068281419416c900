package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// corpusDir holds the shared real articles; tests over it skip when it is
// absent.
const corpusDir = "../../../shared/corpus"

func corpusPath(t testing.TB, name string) string {
	t.Helper()
	p := filepath.Join(corpusDir, name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("corpus not available: %v", err)
	}
	return p
}

// seedFile finds the seed whose name starts with prefix ("000").
func seedFile(t *testing.T, prefix string) string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(corpusPath(t, "seeds"), prefix+"_*.txt"))
	if len(matches) != 1 {
		t.Skipf("seed %s not found", prefix)
	}
	return matches[0]
}

func readOne(t *testing.T, path string, opt Options) timeline.Document {
	t.Helper()
	docs, diags := ReadPaths([]string{path}, nil, opt)
	for _, d := range diags {
		if !d.Warning {
			t.Fatalf("diagnostic: %+v", d)
		}
	}
	if len(docs) != 1 {
		t.Fatalf("%s: %d documents", path, len(docs))
	}
	return docs[0]
}

// chromeTexts are pieces of page furniture that no kept sentence may hold
// (matched case-sensitively: "COMMENTS" is chrome, "comments" is prose).
var chromeTexts = []string{
	"Advertisement", "spot_img", "FansLike", "FollowersFollow", "SubscribersSubscribe",
	"LEAVE A REPLY", "Please enter your", "the conversation", "commenting as", "Logout",
	"Source link", "Supply hyperlink", "Must Read", "Related News", "Stay Connected", "THE TIMES", "COMMENTS",
}

func TestSeedBoilerplate(t *testing.T) {
	tests := []struct {
		seed    string
		dropped int
	}{
		{"000", 4},  // repeated standfirst, masthead, two log-in prompts
		{"001", 2},  // "<" and "div>"
		{"002", 1},  // COMMENTS
		{"003", 1},  // the spun "Source link"
		{"004", 17}, // ads, breadcrumb, follower counters, section and comment-form chrome
	}
	for _, tt := range tests {
		t.Run(tt.seed, func(t *testing.T) {
			doc := readOne(t, seedFile(t, tt.seed), Options{DCT: timeline.NewDate(2025, 3, 17)})
			if doc.Dropped != tt.dropped {
				t.Errorf("dropped %d lines, want %d", doc.Dropped, tt.dropped)
			}
			for _, s := range doc.Sentences {
				text := doc.SpanText(s)
				for _, c := range chromeTexts {
					if strings.Contains(text, c) {
						t.Errorf("kept sentence %q holds chrome %q", text, c)
					}
				}
			}
			if doc.PublishedFrom != timeline.FromFlag {
				t.Errorf("published_from %s, want flag", doc.PublishedFrom)
			}
		})
	}
}

func TestSeedCaptionAndResidue(t *testing.T) {
	t.Run("002 opens with a caption", func(t *testing.T) {
		doc := readOne(t, seedFile(t, "002"), Options{})
		first := strings.TrimSpace(doc.Text)
		firstLine, _, _ := strings.Cut(first, "\n")
		if len(doc.Sentences) == 0 || doc.Sentences[0].Kind != timeline.Caption {
			t.Fatalf("first span is not a caption: %+v", doc.Sentences[:min(1, len(doc.Sentences))])
		}
		for _, s := range doc.Sentences {
			if s.End > strings.Index(doc.Text, firstLine)+len(firstLine) {
				break
			}
			if s.Kind != timeline.Caption {
				t.Errorf("span %q of the first line is %d, want Caption", doc.SpanText(s), s.Kind)
			}
		}
	})
	t.Run("001 loses its tag residue", func(t *testing.T) {
		doc := readOne(t, seedFile(t, "001"), Options{})
		for _, s := range doc.Sentences {
			if text := doc.SpanText(s); strings.Contains(text, "<") || strings.Contains(text, "div>") {
				t.Errorf("kept residue in %q", text)
			}
		}
		if len(doc.Sentences) == 0 || doc.Sentences[0].Kind != timeline.Body || doc.Sentences[0].Start < len("<\ndiv>") {
			t.Errorf("first sentence %+v does not start after the residue", doc.Sentences[:min(1, len(doc.Sentences))])
		}
	})
}

func TestSeedsJSONL(t *testing.T) {
	p := corpusPath(t, "seeds.jsonl")
	docs, diags := ReadPaths([]string{p}, nil, Options{DCT: timeline.NewDate(2000, 1, 1)})
	if len(diags) != 0 {
		t.Errorf("diagnostics: %v", diags)
	}
	want := []string{"2025-03-17", "2025-03-16", "2025-03-17", "2025-02-25", "2025-02-14"}
	if len(docs) != len(want) {
		t.Fatalf("%d documents, want %d", len(docs), len(want))
	}
	for i, d := range docs {
		if d.Published.String() != want[i] || d.PublishedFrom != timeline.FromMetadata {
			t.Errorf("%s: published %s from %s, want %s from metadata", d.ID, d.Published, d.PublishedFrom, want[i])
		}
		if !strings.HasPrefix(d.ID, []string{"000_", "001_", "002_", "003_", "004_"}[i]) {
			t.Errorf("document %d has id %q, want the record's file name", i, d.ID)
		}
	}
	txt := readOne(t, seedFile(t, "004"), Options{})
	if docs[4].Dropped != txt.Dropped {
		t.Errorf("seed 004 from JSONL dropped %d lines, from text %d", docs[4].Dropped, txt.Dropped)
	}
}
