package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// A sentence opening "In <place>," sets its own scene: its places do not
// make the article's home, and "the government" in it is that place's.
func TestSceneAsides(t *testing.T) {
	docs := []timeline.Document{
		docOf("a", "The government said on Monday that 1,000 staff had lost their jobs. "+
			"In Canada, the firm was granted protection by a court in Toronto, and the government there said hospital work in Ontario would continue."),
		docOf("b", "Halden, Britain's second-biggest builder, collapsed in London on Monday. The British government said it would keep paying staff."),
	}
	ms, _ := findAndResolve(t, docs)
	var got []string
	for _, m := range ms[0] {
		if m.Text == "government" {
			got = append(got, m.ID)
		}
	}
	want := []string{"british-government", "canadian-government"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("governments %v, want %v", got, want)
	}
}

// A scene in the state the document is set in is no aside: its places
// still make the home whose government "the government" is.
func TestSceneAtHome(t *testing.T) {
	docs := []timeline.Document{docOf("a", "Fighters seized Rostov in southern Russia on Saturday. "+
		"In Moscow, the mayor closed roads in Moscow and Tula and declared a holiday in Moscow. "+
		"The commander said he did not want to topple the government.")}
	ms, _ := findAndResolve(t, docs)
	for _, m := range ms[0] {
		if m.Text == "government" && m.ID != "russian-government" {
			t.Errorf("the government is %q, want russian-government", m.ID)
		}
	}
}
