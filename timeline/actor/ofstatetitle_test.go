package actor

import "testing"

// TestStateBeforeOfTitle: the state before a title with "of" inside
// ("Secretary of State") only qualifies the title, and "the US Secretary
// of State" before a name names no office holder of its own.
func TestStateBeforeOfTitle(t *testing.T) {
	for _, text := range []string{
		"US Secretary of State Ira Dane said the partnership would last.",
		"The U.S. Secretary of State Ira Dane said the partnership would last.",
	} {
		for _, m := range findTexts(t, []string{text})[0] {
			if (m.Text == "US" || m.Text == "U.S.") && !m.Modifier {
				t.Errorf("%q: %q takes part, want a modifier", text, m.Text)
			}
			if isDescriptor(m.Text) {
				t.Errorf("%q: %q is an office of its own", text, m.Text)
			}
		}
	}
}

// TestOfficeWithOfField: "the US secretary of state" is the office whole,
// the one person the document gives it.
func TestOfficeWithOfField(t *testing.T) {
	text := "US Secretary of State Ira Dane flew in on Monday. Later the US secretary of state said the talks went well."
	found := false
	for _, m := range findTexts(t, []string{text})[0] {
		if isDescriptor(m.Text) {
			found = true
			if m.Text != "the US secretary of state" || m.Name != "Ira Dane" {
				t.Errorf("%q is %q, want \"the US secretary of state\", Ira Dane", m.Text, m.Name)
			}
		}
	}
	if !found {
		t.Errorf("no office in %q", text)
	}
}
