package ner

import "testing"

func TestAcronyms(t *testing.T) {
	tests := []ruleCase{
		{"initials of an organisation", "the Housing Authority of Lake City ( HALC ) said", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG O O"},
		{"some of the initials", "the Department of Urban Renewal ( UR ) said", "O B-ORG I-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG I-ORG O B-ORG O O"},
		{"of a place", "the Northern Lake Region ( NLR ) is dry", "O B-LOC I-LOC I-LOC O O O O O", "O B-LOC I-LOC I-LOC O B-LOC O O O"},
		{"no initials", "Northwind Bank ( NASDAQ ) rose", "B-ORG I-ORG O O O O", "B-ORG I-ORG O O O O"},
		{"after a person", "Anna Berg ( AB ) said", "B-PER I-PER O O O O", "B-PER I-PER O O O O"},
		{"after no name", "the housing board ( HB ) said", "O O O O O O O", "O O O O O O O"},
		{"not in capitals", "the Housing Authority of Lake City ( Halc ) said", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O O O", "O B-ORG I-ORG I-ORG I-ORG I-ORG O O O O"},
		{"labelled already", "the Lake Union ( LU ) said", "O B-ORG I-ORG O B-PER O O", "O B-ORG I-ORG O B-PER O O"},
	}
	m := &Model{}
	checkRule(t, m, tests, acronyms)
}
