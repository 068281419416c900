package actor

import (
	"strings"

	"github.com/storyline/storyline/timeline"
)

// "New York-based Signature Bank": where a body is based qualifies its
// name, and is no part of it; the name is the words after "-based".

// basedNames cuts from each organisation's name the words up to and
// including one that ends in "-based".
func basedNames(ms []Mention) {
	for k := range ms {
		m := &ms[k]
		if m.Kind != timeline.Organization || m.Name == "" {
			continue
		}
		i := strings.LastIndex(m.Name, "-based ")
		j := strings.LastIndex(m.Text, "-based ")
		if i < 0 || j < 0 {
			continue
		}
		name, text := m.Name[i+len("-based "):], m.Text[j+len("-based "):]
		if name == "" || text == "" || !strings.Contains(name, " ") && strings.ToLower(name) == name {
			continue
		}
		m.Start += j + len("-based ")
		m.Name, m.Text = name, text
	}
}
