package report

import (
	"reflect"
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

func TestHighlight(t *testing.T) {
	tests := []struct {
		name    string
		quote   string
		phrases []string
		want    []segment
	}{
		{"marked in place", "They met on Thursday in Moscow.", []string{"Thursday"},
			[]segment{{"They met on ", ""}, {"Thursday", "date"}, {" in Moscow.", ""}}},
		{"case folded when the case differs", "On Monday he left.", []string{"on Monday"},
			[]segment{{"On Monday", "date"}, {" he left.", ""}}},
		{"own case preferred", "may come in May", []string{"May"},
			[]segment{{"may come in ", ""}, {"May", "date"}}},
		{"whole words only", "Mayor Mayhew spoke.", []string{"May"},
			[]segment{{"Mayor Mayhew spoke.", ""}}},
		{"a later whole word after a partial one", "Mayday in May", []string{"May"},
			[]segment{{"Mayday in ", ""}, {"May", "date"}}},
		{"longest phrase first", "on Thursday evening late", []string{"Thursday", "Thursday evening"},
			[]segment{{"on ", ""}, {"Thursday evening", "date"}, {" late", ""}}},
		{"two phrases", "Friday, after Thursday", []string{"Thursday", "Friday"},
			[]segment{{"Friday", "date"}, {", after ", ""}, {"Thursday", "date"}}},
		{"absent", "Nothing here.", []string{"Tuesday", ""},
			[]segment{{"Nothing here.", ""}}},
		{"whole quote", "2014", []string{"2014"}, []segment{{"2014", "date"}}},
		{"multibyte around", "«Montag» war", []string{"Montag"},
			[]segment{{"«", ""}, {"Montag", "date"}, {"» war", ""}}},
		{"empty quote", "", []string{"x"}, []segment{{"", ""}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := highlight(tc.quote, tc.phrases, markDate); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("highlight(%q, %q) = %q, want %q", tc.quote, tc.phrases, got, tc.want)
			}
		})
	}
}

func TestTriggerSpan(t *testing.T) {
	text := "The envoy\n met  Putin on Friday."
	tests := []struct {
		name    string
		trigger *timeline.TextRange
		want    string
		ok      bool
	}{
		{"found across collapsed space", &timeline.TextRange{Start: 111, End: 114}, "met", true},
		{"none", nil, "", false},
		{"outside the text", &timeline.TextRange{Start: 90, End: 95}, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := timeline.Mention{Start: 100, Text: text, Trigger: tt.trigger}
			q := oneLine(text)
			sp, ok := triggerSpan(q, m)
			if ok != tt.ok || ok && q[sp.start:sp.end] != tt.want {
				t.Errorf("triggerSpan = %+v, %v; want %q, %v", sp, ok, tt.want, tt.ok)
			}
		})
	}
	segs := highlight(oneLine(text), []string{"on Friday"}, markDate, span{10, 13, markTrigger})
	var marks []string
	for _, s := range segs {
		if s.Mark != "" {
			marks = append(marks, s.Mark+":"+s.Text)
		}
	}
	if got := strings.Join(marks, ","); got != "trigger:met,date:on Friday" {
		t.Errorf("marks = %s", got)
	}
}
