package ner

import (
	"strings"
	"testing"
)

// ruleCase is a sentence's words, the labels the model gave them and the
// labels a rule after the model must leave.
type ruleCase struct {
	name, words, pred, want string
}

// checkRule runs rule over each case's predicted labels and checks them.
func checkRule(t *testing.T, m *Model, tests []ruleCase, rule func(classes []int, ws []word, words []string)) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.words)
			got := relabel(m, words, nil, tt.pred, func(classes []int, ws []word) { rule(classes, ws, words) })
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// relabel describes words (with their UPOS tags, when given), runs rule
// over the labels pred and returns the labels it leaves.
func relabel(m *Model, words, upos []string, pred string, rule func(classes []int, ws []word)) string {
	ws, _ := m.describe(nil, words, upos, upos, nil)
	var classes []int
	for _, l := range strings.Fields(pred) {
		classes = append(classes, labelIndex(l))
	}
	rule(classes, ws)
	got := make([]string, len(classes))
	for i, c := range classes {
		got[i] = labels[c]
	}
	return strings.Join(got, " ")
}
