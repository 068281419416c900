package ner

// The labels a Recognizer writes. They are package-level strings, so that
// writing one allocates nothing and callers may compare with ==.
const (
	O    = "O"
	BPER = "B-PER"
	IPER = "I-PER"
	BORG = "B-ORG"
	IORG = "I-ORG"
	BLOC = "B-LOC"
	ILOC = "I-LOC"
	BGRP = "B-GRP"
	IGRP = "I-GRP"
)

// labels are the classes of the perceptron, then the two labels that only
// the group rules give. The order is part of the model file.
var labels = [...]string{O, BPER, IPER, BORG, IORG, BLOC, ILOC, BGRP, IGRP}

// nclass is the number of classes the perceptron tells apart: GRP is not
// learned.
const nclass = 7

const (
	lO = iota
	lBPER
	lIPER
	lBORG
	lIORG
	lBLOC
	lILOC
	lBGRP
	lIGRP
)

// labelIndex returns the class of a BIO label, or -1 for an unknown one.
func labelIndex(s string) int {
	for i, l := range labels {
		if l == s {
			return i
		}
	}
	return -1
}

// isInside reports whether class c continues an entity.
func isInside(c int) bool { return c != lO && c%2 == 0 }

// validAfter reports whether class c may follow class prev in BIO: an I-
// only after a B- or I- of its own type.
func validAfter(prev, c int) bool {
	if !isInside(c) {
		return true
	}
	return prev == c || prev == c-1
}
