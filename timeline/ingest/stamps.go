package ingest

import "strings"

// ageUnits are the units of a page's relative stamp ("3 hours ago").
var ageUnits = map[string]bool{}

func init() {
	for _, u := range strings.Fields(`second seconds sec secs minute minutes min mins hour hours hr hrs
		day days week weeks month months year years s m h d w`) {
		ageUnits[u] = true
	}
}

// ageStamp reports a page's stamp of how long ago it was published,
// standing alone once its label is set apart from it: "3 hours ago",
// "2h ago", "an hour ago".
func ageStamp(s string) bool {
	rest, ok := strings.CutSuffix(s, " ago")
	if !ok || len(rest) > 20 {
		return false
	}
	f := strings.Fields(strings.ToLower(rest))
	switch len(f) {
	case 1: // "2h", "5mins"
		n := strings.TrimLeft(f[0], "0123456789")
		return len(n) < len(f[0]) && ageUnits[n]
	case 2:
		num := f[0] == "a" || f[0] == "an" || strings.Trim(f[0], "0123456789") == ""
		return num && ageUnits[f[1]] && len(f[1]) > 1
	}
	return false
}
