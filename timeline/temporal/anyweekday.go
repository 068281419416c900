package temporal

import (
	"time"

	"github.com/storyline/storyline/timeline"
)

// anyWeekday reads a weekday after "a" or "one", which names no week:
// "the fire started late on a Saturday night" is a Saturday the text does
// not place, not the last one before the paper (TimeML XXXX-WXX-6). In a
// follow-up weeks later the last one was weeks off. "On June 24, a
// Thursday" names the weekday of the day just read (see weekdayPhrase).
func (p *parser) anyWeekday(i, wd int) (result, bool) {
	if p.cls(i-1) != wA && !p.is(i-1, "one") {
		return result{}, false
	}
	end := i + 1
	if p.cls(end) == wPartOfDay {
		end++
	}
	if p.plainWord(end) {
		return result{}, false // "attended a Sunday night memorial service": the article is the noun's
	}
	return result{i, end, sem{kind: kRaw, typ: timeline.TypeDate, raw: "XXXX-WXX-" + itoa(isoWeekday(time.Weekday(wd)))}}, true
}
