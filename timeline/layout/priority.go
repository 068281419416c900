package layout

import (
	"cmp"
	"slices"
	"strings"
)

// Label tiers: what a reader of a story looks for first. Actions (a
// meeting, a call, an agreement, an attack, a dismissal, a demand) come
// before announcements and accusations, and those before what someone
// said; events lasting years are the backdrop and come last.
const (
	tierAction = iota
	tierSpeechAct
	tierStatement
	tierBackground
)

// speechActKinds are events that are told in words but commit or charge
// someone; statementKinds are mere sayings. Any other kind is an action.
var (
	speechActKinds = []string{"accusation", "announcement", "comment", "other", "warning"}
	statementKinds = []string{"remark", "say", "statement"}
)

// kindTier returns the label tier of an event kind; an empty or unknown
// word counts as a speech act, not as an action.
func kindTier(kind string) int {
	k := strings.ToLower(strings.TrimSpace(kind))
	switch {
	case k == "" || slices.Contains(speechActKinds, k):
		return tierSpeechAct
	case slices.Contains(statementKinds, k):
		return tierStatement
	}
	return tierAction
}

// tier is the label tier of an item.
func (it *item) tier() int {
	if it.background {
		return tierBackground
	}
	return kindTier(it.ev.Kind)
}

// isMinor reports whether an item is drawn small and faint: a statement,
// so that the actions stand out.
func (it *item) isMinor() bool { return it.tier() == tierStatement }

// byImportance orders items for labelling: by tier, then by the number of
// sources that tell them, most first.
func (b *builder) byImportance(i, j int) int {
	x, y := &b.items[i], &b.items[j]
	return cmp.Or(cmp.Compare(x.tier(), y.tier()), cmp.Compare(len(y.ev.Mentions), len(x.ev.Mentions)))
}
