package temporal

// A day a present "is" names: "The next chance to launch is Friday",
// "the deadline is on Monday". What the present says a thing's day is
// lies ahead, or is today; a day gone by would be told with "was".

// namedByCopula reports whether the weekday over tokens [i, end) is what
// a present "is" or "are" right before it names: not a possessive
// ("is Friday's vote"), which says which thing is meant.
func (p *parser) namedByCopula(i, end int) bool {
	k := i - 1
	if p.cls(k) == wOn {
		k--
	}
	if !p.is(k, "is") && !p.is(k, "are") {
		return false
	}
	return !(p.isPunct(end, '\'') && p.glued(end))
}
