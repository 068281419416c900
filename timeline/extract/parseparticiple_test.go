package extract

import "testing"

// TestParticipleBeforeNoun: a present participle before a bare plural
// noun tells what the noun's people are doing; the verb before it does
// not do it, unless that verb takes a gerund ("began arresting").
func TestParticipleBeforeNoun(t *testing.T) {
	tests := []struct{ text, summary string }{
		{"Police dispersed protesting students on Monday.", "Police dispersed protesting students"},
		{"Soldiers evacuated remaining residents on Monday.", "Soldiers evacuated remaining residents"},
		{"Police began arresting protesters on Monday.", "Police arresting protesters"},
		// A mass noun, and verbs of finding and seeing, likewise.
		{"Inspectors found standing water near a machine on Monday.", "Inspectors found standing water"},
		{"Firefighters saw burning cars on Monday.", "Firefighters saw burning cars"},
		{"Residents reported rising water on Monday.", "Residents reported rising water"},
		{"The company stopped making formula on Monday.", "The company making formula"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			found := false
			for _, e := range r.Events {
				found = found || e.Summary == tt.summary
				switch e.Summary {
				case "Police protesting students", "Soldiers remaining residents", "Inspectors standing water",
					"Firefighters burning cars", "Residents rising water":
					t.Errorf("the doer of the verb before does the participle: %q%s", e.Summary, describe(r))
				}
			}
			if !found {
				t.Errorf("no event %q%s", tt.summary, describe(r))
			}
		})
	}
}

// TestCountedNounAsVerb: a plural noun after a number is the verb's
// object, not a verb of its own ("had rejected two earlier offers" made
// the operator reject "two" and offer something).
func TestCountedNounAsVerb(t *testing.T) {
	tests := []struct{ text, summary string }{
		{"The port operator had rejected two earlier offers on Monday.", "The port operator had rejected two earlier offers"},
		{"The port operator had rejected two earlier offers brokered by the labour ministry.", "The port operator had rejected two earlier offers"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, "reject"); e.Summary != tt.summary {
				t.Errorf("%q, want %q%s", e.Summary, tt.summary, describe(r))
			}
			for _, e := range r.Events {
				if e.Summary == "The port operator offers" {
					t.Errorf("the operator offers%s", describe(r))
				}
			}
		})
	}
	// A verb in -s after "one" agrees with it: a verb.
	for _, text := range []string{"Officials said one remains missing."} {
		ws := repairedWords(t, text)
		if ws[3].Form != "remains" || ws[3].UPOS != "VERB" {
			t.Errorf("%s: %q is %s, want VERB", text, ws[3].Form, ws[3].UPOS)
		}
	}
}

// TestAgentPhraseVerb: the verb after a reduced passive's "by" phrase is
// the subject's, not the phrase's last noun's.
func TestAgentPhraseVerb(t *testing.T) {
	tests := []struct{ text, trigger, summary string }{
		{"Floods fed by heavy rain from a tropical storm swept through Ostburg on Tuesday, killing six people.", "sweep", "Floods swept"},
		{"Floods fed by heavy rain from a tropical storm swept through Ostburg on Tuesday, killing six people.", "kill", "Floods killed six people"},
		{"Protesters angered by the verdict marched through Ostburg on Friday.", "march", "Protesters marched"},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.trigger, func(t *testing.T) {
			r := parseText(t, tt.text)
			if e := eventBy(t, r, tt.trigger); e.Summary != tt.summary {
				t.Errorf("summary %q, want %q%s", e.Summary, tt.summary, describe(r))
			}
		})
	}
}
