package actor

import "testing"

// TestTitleField: the words between a title's words are its field, and a
// title after "a" before no given name is a common noun; neither makes
// a person of the capitalised words after it.
func TestTitleField(t *testing.T) {
	checkPersons(t, []personCase{
		{"The skiffs fled, Captain Dale Nambiar, Chief Public Relations Officer, said.", "Public Relations", false},
		{"The skiffs fled, Captain Dale Nambiar, Chief Public Relations Officer, said.", "Dale Nambiar", true},
		{"Its Chief Information Officer said the flaw was fixed.", "Information", false},
		{"Team President and General Manager Billy King announced the hire.", "Billy", true}, // a head before the run
		{"Chief Executive Officer John Vell said the flaw was fixed.", "John Vell", true},
		{"The book is The Language of God: A Scientist Presents Evidence for Belief.", "Presents Evidence", false},
		{"He met a Senator John Vell once.", "John Vell", true},
		// A title's field after "of" is the title's, not the name's.
		{"Chief of Police Barry M. Weber said the suspect was arrested.", "Barry M. Weber", true},
		{"Chief of Police Barry M. Weber said the suspect was arrested.", "Police Barry M. Weber", false},
		{"Chief of Staff Anna Lind resigned on Monday.", "Anna Lind", true},
	})
}

// TestTitleWithField: a title written with "of" and its field ("Chief of
// Police") is the person's role.
func TestTitleWithField(t *testing.T) {
	f := NewFinder()
	text := "Chief of Police Barry M. Weber said the suspect was arrested."
	doc := docOf("d", text)
	for _, m := range f.Find(&doc) {
		if m.Name == "Barry M. Weber" {
			if m.Role != "Chief of Police" {
				t.Errorf("role %q, want Chief of Police", m.Role)
			}
			return
		}
	}
	t.Errorf("no Barry M. Weber in %q", text)
}

// TestInfinitiveClause: "to" after a name and its comma opens a clause,
// no apposition that makes the name a person's.
func TestInfinitiveClause(t *testing.T) {
	checkPersons(t, []personCase{
		{"Obama nominated a family physician from southern Kelvania, to be surgeon general.", "Kelvania", false},
		{"The board picked John Vell, to the surprise of many, as chair.", "John Vell", true},
		{"The board picked Brannock Vell, the bank's lawyer, as chair.", "Brannock Vell", true},
	})
}

// TestCoordinatedQualifier: a name after "and" and a person that
// qualifies the title of a name after it is no second person.
func TestCoordinatedQualifier(t *testing.T) {
	checkPersons(t, []personCase{
		{"Joining them will be commissioner Paul Tagliabue and Kelby Hawks owner Ralph Wilson, as well as two others.", "Kelby Hawks", false},
		{"Joining them will be commissioner Paul Tagliabue and Kelby Hawks owner Ralph Wilson, as well as two others.", "Ralph Wilson", true},
		{"Joining them will be commissioner Paul Tagliabue and Kelby Hawks, as well as two others.", "Kelby Hawks", true},
	})
}

// TestChiefTitle: the field words between "Chief" and a title's head
// belong to the title, so the office is the whole title, not "Officer".
func TestChiefTitle(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"Apart from Chief Technology Officer Ana Lind, the staff left.", "Ana Lind", "Chief Technology Officer"},
		{"Its Chief Data Scientist John Brede signed the letter.", "John Brede", "Chief Data Scientist"},
		{"Chief Information Security Officer Mara Vell resigned.", "Mara Vell", "Chief Information Security Officer"},
		{"Chief Executive Officer John Vell said the flaw was fixed.", "John Vell", "Chief Executive Officer"},
	}
	f := NewFinder()
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			doc := docOf("d", tc.text)
			for _, m := range f.Find(&doc) {
				if m.Name == tc.name {
					if m.Role != tc.role {
						t.Errorf("role %q, want %q", m.Role, tc.role)
					}
					return
				}
			}
			t.Errorf("no %s in %q", tc.name, tc.text)
		})
	}
}

// TestListedTitleHolder: after a name and its comma, a title and the name
// of its holder are the next of a list, no role of the name before; a
// title shared ("co-CEO") is a title.
func TestListedTitleHolder(t *testing.T) {
	tests := []struct{ text, name, role string }{
		{"The board includes John Brede, former Secretary of the Treasury Peter Sommer, and Ana Lind.", "John Brede", ""},
		{"The board includes John Brede, former Secretary of the Treasury Peter Sommer, and Ana Lind.", "Peter Sommer", ""},
		{"John Brede, the envoy of President Peter Sommer, said so.", "John Brede", "envoy of President Peter Sommer"},
		{"The board named co-CEO John Brede as its chair.", "John Brede", "co-CEO"},
	}
	f := NewFinder()
	for _, tc := range tests {
		t.Run(tc.text+"/"+tc.name, func(t *testing.T) {
			doc := docOf("d", tc.text)
			for _, m := range f.Find(&doc) {
				if m.Name == tc.name && !m.Tentative {
					if m.Role != tc.role {
						t.Errorf("role %q, want %q", m.Role, tc.role)
					}
					return
				}
			}
			t.Errorf("no %s in %q", tc.name, tc.text)
		})
	}
}

// TestListedPerson: a name of two words between a person and the rest of
// a list is a person too; an apposition or a list's end is not read so.
func TestListedPerson(t *testing.T) {
	checkPersons(t, []personCase{
		{"The members who left -- Helen Brede, Tasha Vellacott, and Ilya Sommer -- will go.", "Tasha Vellacott", true},
		{"The members Helen Brede, Tasha Vellacott and Ilya Sommer will go.", "Tasha Vellacott", true},
		{"Helen Brede, Vellacott Capital's founder, said so.", "Vellacott Capital", false},
	})
}
