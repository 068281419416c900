package actor

import (
	"strings"
	"testing"

	"github.com/storyline/storyline/timeline"
)

// mentionIDs lists "text=id" for the mentions of ms, in order.
func mentionIDs(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		if m.Modifier {
			parts = append(parts, m.Text+"=("+m.ID+")")
			continue
		}
		parts = append(parts, m.Text+"="+m.ID)
	}
	return strings.Join(parts, " ")
}

// TestInstitutions: a body named by a common noun is an actor, and a
// definite one is the body named before it whose name ends in that noun.
func TestInstitutions(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Parliament voted on Monday to open an inquiry.", "Parliament=parliament"},
		{"The Norvian government fell. Later the government said it would resign.", "Norvian government=norvian-government government=norvian-government"},
		{"The Ostravian Coastal Institute said the institute had warned the town.",
			"Ostravian Coastal Institute=ostravian-coastal-institute institute=ostravian-coastal-institute"},
		{"An appeals court rejected the request. The court said it had no doubt.", "appeals court=appeals-court court=appeals-court"},
		{"The ministry of health denied it. The health ministry said so again. The construction ministry said so.", "ministry of health=health-ministry health ministry=health-ministry construction ministry=construction-ministry"},
		{"Opposition deputies walked out.", "Opposition deputies=opposition-deputies"},
		{"The government spokesman said nothing.", "government=(government)"},
		{"The court ruled on Monday.", ""},                                // which court, nothing says
		{"The coast guard said a ferry sank.", "coast guard=coast-guard"}, // a country has one
		{"The Norland Coast Guard found a leak. The coast guard said it was small.", "Norland Coast Guard=norland-coast-guard coast guard=norland-coast-guard"},
		{"A security guard was shot. The guard said nothing.", ""}, // a person
		{"The fire brigade said the blaze was out. The fire department said two people died.", "fire brigade=fire-brigade fire department=fire-department"},
		{"The service was held on Sunday. The health department said so.", ""}, // names no body alone
		{"The company confirmed the search.", ""},
		{"Delmont Energy said it would help. The company suspended operations.", "Delmont Energy=delmont-energy company=delmont-energy"},
		{"Delmont Energy said it would help. The Health Ministry said the company had failed.", "Delmont Energy=delmont-energy Health Ministry=health-ministry company=delmont-energy"},
		{"Delmont Energy said it would help. A company suspended operations.", "Delmont Energy=delmont-energy"},
		{"Northfield Rovers sacked their coach. The club thanked him.", "Northfield Rovers=northfield-rovers club=northfield-rovers"},
		{"A new government was sworn in.", "government=government"},
		// A state has one government: "of" tells its kind, no body's name.
		{"Anna Berg promised a government of service.", "Anna Berg=anna-berg"},
		{"Anna Berg promised a \"government of service\" on Friday.", "Anna Berg=anna-berg"},
		// Nor does a clause saying which, or a verb of forming one.
		{"Anna Berg promised a government that listens.", "Anna Berg=anna-berg"},
		{"The king asked Anna Berg to form a government on Friday.", "Anna Berg=anna-berg"},
		{"The Norvian government that took office in May resigned.", "Norvian government=norvian-government"},
		// "Opposition" held or to something is a stance, no body.
		{"Several clubs restated their opposition on Monday.", ""},
		{"Anna Berg voiced opposition to the plan.", "Anna Berg=anna-berg"},
		{"The opposition walked out of parliament.", "opposition=opposition parliament=parliament"},
		// What a body is made or serves as is no body of its own.
		{"Delmont Energy said it would run the mine as a private company. The company said it would hire.",
			"Delmont Energy=delmont-energy company=delmont-energy"},
		{"The Norvian government of technocrats resigned.", "Norvian government=norvian-government"},
		// A noun that only describes a body named: alone it is none.
		{"A man was shot at an office party. The search team found him.", ""},
		{"The Labour Party won. The party said so.", "Labour Party=labour-party party=labour-party"},
		{"The parliamentary commission of inquiry met on Monday.", "commission of inquiry=inquiry-commission"},
		// Its members name no field: "the cabinet of ministers" is the cabinet.
		{"The Norvian cabinet met on Monday. The deal now goes to the full cabinet of ministers.", "Norvian cabinet=norvian-cabinet cabinet of ministers=norvian-cabinet"},
		{"The council of governors met on Monday.", "council of governors=council-of-governors"},
		// A state's government is its cabinet too.
		{"Israel's cabinet met envoys of Qatar, Egypt and Jordan. The deal goes to the full cabinet of ministers. Their objections could destabilize his government.",
			"Israel=(israel) cabinet=israeli-government Qatar=qatar Egypt=egypt Jordan=jordan cabinet of ministers=israeli-government government=israeli-government"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			ms, _ := findAndResolve(t, []timeline.Document{docOf("a", tc.text)})
			if got := mentionIDs(ms[0]); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// TestUnknownState: a country the gazetteer lacks is read from how English
// names a state, and "the government" of a story set in it is its
// government.
func TestUnknownState(t *testing.T) {
	docs := []timeline.Document{
		docOf("a", "Floods hit the towns of Norvia's Kessel province. In Kessel, rescuers worked through the night. Neighbouring Ostravia sent boats."),
		docOf("b", "Water rose again in Kessel on Monday. The government said it would rebuild Kessel. Her cabinet met in Kessel."),
	}
	ms, _ := findAndResolve(t, docs)
	got := mentionIDs(ms[0]) + " | " + mentionIDs(ms[1])
	for _, want := range []string{"Norvia=(norvia)", "Ostravia=ostravia", "government=norvian-government", "cabinet=norvian-government"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %s in %s", want, got)
		}
	}
}

// TestNoHomeGovernment: when the story's places lie in several countries,
// "the government" stays unresolved.
func TestNoHomeGovernment(t *testing.T) {
	docs := []timeline.Document{
		docOf("a", "Talks were held in Kyiv and in Moscow and in Washington. The government said nothing."),
	}
	ms, _ := findAndResolve(t, docs)
	if got := mentionIDs(ms[0]); !strings.Contains(got, "government=government") {
		t.Errorf("got %q", got)
	}
}

// TestTown: "the town" and "the town hall" are the town the document
// named before, preferring the one it called so.
func TestTown(t *testing.T) {
	ms, _ := findAndResolve(t, []timeline.Document{docOf("a", "Floods hit the town of Kessel on Monday. Residents marched to the town hall. The city council met.")})
	got := mentionIDs(ms[0])
	if !strings.Contains(got, "town hall=kessel") || strings.Contains(got, "city=") {
		t.Errorf("got %q", got)
	}
}

// TestNeighbour: "neighbouring" makes a state of a name, not of the
// first word of a phrase.
func TestNeighbour(t *testing.T) {
	ms, _ := findAndResolve(t, []timeline.Document{docOf("a", "Neighbouring Norvia offered help. Ships from neighbouring Gulf states arrived.")})
	got := mentionIDs(ms[0])
	if !strings.Contains(got, "Norvia=norvia") {
		t.Errorf("got %q", got)
	}
	for _, m := range ms[0] {
		if m.Text == "Gulf" && m.Kind == timeline.Country {
			t.Errorf("Gulf read as a state in %q", got)
		}
	}
}

// TestStateFromTextElsewhere: a state one article names as one is that
// state in another that names it bare, or by its adjective.
func TestStateFromTextElsewhere(t *testing.T) {
	ms, _ := findAndResolve(t, []timeline.Document{
		docOf("a", "Neighbouring Norvia offered help on Monday."),
		docOf("b", "The bank lent 600 million and Norvia promised 150 million. A team of Norvian rescuers arrived."),
	})
	got := mentionIDs(ms[1])
	for _, want := range []string{"Norvia=norvia", "Norvian=norvia"} {
		if !strings.Contains(got, want) {
			t.Errorf("document b: %q, want %s among them", got, want)
		}
	}
}
