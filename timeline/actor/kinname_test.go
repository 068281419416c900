package actor

import (
	"testing"

	"github.com/storyline/storyline/timeline"
)

// TestKinSharesName: a parent the text introduces by the kin, whose full
// name holds the child's name before its particle, is not the child that
// name alone calls, in the document and in another.
func TestKinSharesName(t *testing.T) {
	texts := []string{
		"The club said the contract signed by the player's father, Vardo da Costa Berg, was void. Vardo, 25, joined the club in 2013.",
		"Vardo told reporters he was happy in Paris.",
	}
	ms := findTexts(t, texts)
	var father, child []string
	for d := range ms {
		for _, m := range ms[d] {
			if m.Kind != timeline.Person {
				continue
			}
			if m.Text == "Vardo da Costa Berg" {
				father = append(father, m.ID)
			} else if m.Text == "Vardo" {
				child = append(child, m.ID)
			}
		}
	}
	if len(father) != 1 || len(child) != 2 {
		t.Fatalf("father %v, child %v: want one mention of the father and two of the child", father, child)
	}
	for _, c := range child {
		if c == father[0] {
			t.Errorf("%q is the father %q: want the child", "Vardo", father[0])
		}
	}
}

// TestKinOwnName: a brother introduced by the kin is called by the word
// before his name's particle, which is his own.
func TestKinOwnName(t *testing.T) {
	text := "The prince's brother, Vardo bin Halim, met the envoy. Vardo told him it was safe."
	ms := findTexts(t, []string{text})[0]
	var ids []string
	for _, m := range ms {
		if m.Kind == timeline.Person {
			ids = append(ids, m.ID)
		}
	}
	if len(ids) != 2 || ids[0] != ids[1] {
		t.Errorf("%q: persons %v, want Vardo bin Halim twice", text, ids)
	}
}
