package language

import (
	"reflect"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// The tags kept from the recogniser's analysis of some sentences give the
// parse of the whole document what tagging them again gives; a kept
// sentence is read only where its words are the sentence's.
func TestAnalyzeTagged(t *testing.T) {
	syntax, err := Syntax()
	if err != nil {
		t.Fatal(err)
	}
	names, err := Entities()
	if err != nil {
		t.Fatal(err)
	}
	text := "Anna Berg met Carl Dahl in Oslo on Sunday. The talks ended early. " +
		"PRICES RISE AS STRIKE GOES ON. Gus Holm said the deal was signed last week."
	doc := timeline.Document{Text: text, Sentences: []timeline.Span{
		{Start: 0, End: 42}, {Start: 43, End: 65}, {Start: 66, End: 96}, {Start: 97, End: len(text)},
	}}
	want := syntax.Analyze(&doc)
	some := doc
	some.Sentences = []timeline.Span{doc.Sentences[0], doc.Sentences[2], doc.Sentences[3]}
	known := KeepTags(names.Analyze(&some))
	if got := syntax.AnalyzeTagged(&doc, new(Buffer), known); !reflect.DeepEqual(got, want) {
		t.Errorf("with the kept tags:\n%v\nwant\n%v", got, want)
	}

	// The kept tags are read, not made again: a tag changed in them
	// shows in the analysis.
	kind := &known.kinds[known.kind[0]]
	kind.xpos = "NN"
	if got := syntax.AnalyzeTagged(&doc, new(Buffer), known); got[0].Words[0].XPOS != "NN" {
		t.Errorf("first word tagged %s, want the kept NN", got[0].Words[0].XPOS)
	}
	// A kept sentence whose words end elsewhere is not that sentence:
	// its first word is tagged again.
	known.pieces[0].end--
	if got := syntax.AnalyzeTagged(&doc, new(Buffer), known); !reflect.DeepEqual(got[0], want[0]) {
		t.Errorf("kept tags of other words were read:\n%v\nwant\n%v", got[0], want[0])
	}
	if KeepTags(nil) != nil {
		t.Error("KeepTags of no sentence is not nil")
	}
}
