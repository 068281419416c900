package report

import (
	"reflect"
	"testing"
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
