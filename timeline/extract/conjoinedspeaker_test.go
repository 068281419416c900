package extract

import (
	"strings"
	"testing"
)

// TestConjoinedSpeaker: a speaker closing a report, which the parser
// listed with the reported clause's object, says it; the object is the
// reported verb's again, so the killing has its victims and its kind.
func TestConjoinedSpeaker(t *testing.T) {
	tests := []struct{ text, trigger, kind, summary string }{
		{"The storm has killed at least 11 people, officials said.", "kill", "death", "The storm has killed at least 11 people"},
		{"The flood has destroyed 300 homes in Riverton, officials said.", "destroy", "", "The flood has destroyed 300 homes"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			e := eventBy(t, r, tt.trigger)
			if !strings.HasPrefix(e.Summary, tt.summary) || tt.kind != "" && e.Kind != tt.kind {
				t.Errorf("%q (%s), want %q (%s)%s", e.Summary, e.Kind, tt.summary, tt.kind, describe(r))
			}
		})
	}
}
