package extract

import (
	"strconv"
	"strings"
)

// yearsMonths reads a duration of years and months ("P5Y8M", "five years
// and eight months") as a count of months, the unit an offset of it
// counts in.
func yearsMonths(v string) (int, bool) {
	y, rest, ok := strings.Cut(strings.TrimPrefix(v, "P"), "Y")
	if !ok || !strings.HasSuffix(rest, "M") || strings.ContainsAny(rest, "DT") {
		return 0, false
	}
	ny, err1 := strconv.Atoi(y)
	nm, err2 := strconv.Atoi(strings.TrimSuffix(rest, "M"))
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return 12*ny + nm, true
}
