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
			ws, _ := m.describe(nil, words, nil, nil, nil)
			var classes []int
			for _, l := range strings.Fields(tt.pred) {
				classes = append(classes, labelIndex(l))
			}
			rule(classes, ws, words)
			var got []string
			for _, c := range classes {
				got = append(got, labels[c])
			}
			if g := strings.Join(got, " "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
