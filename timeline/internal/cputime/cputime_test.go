package cputime

import (
	"runtime"
	"testing"
)

func TestUsedGrowsWithWork(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" {
		t.Skip("CPU time is not read here")
	}
	start := Used()
	x := 0
	for Used()-start <= 0 {
		for i := range 1 << 20 {
			x ^= i * i
		}
	}
	if x == 42 {
		t.Log(x)
	}
	if Used() <= start {
		t.Errorf("Used did not grow: %v then %v", start, Used())
	}
}
