package main

import (
	"math"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// TestFollowLiveHeap checks that the memory limit rises over a live heap
// larger than the budget, leaving headroom, and that a later call stops
// an earlier one's following.
func TestFollowLiveHeap(t *testing.T) {
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	defer stopFollowing()
	const budget = 1 << 20
	debug.SetMemoryLimit(budget)
	followLiveHeap(budgets{process: budget, heap: budget})
	held := make([]byte, 64<<20)
	for i := range held {
		held[i] = byte(i)
	}
	want := int64(len(held)) + int64(len(held))/liveHeadroom
	got := int64(0)
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		runtime.GC()
		if got = debug.SetMemoryLimit(-1); got >= want {
			break
		}
	}
	if got < want {
		t.Errorf("limit %d with %d bytes live, want at least %d", got, len(held), want)
	}
	runtime.KeepAlive(held)

	stopFollowing()
	debug.SetMemoryLimit(math.MaxInt64)
	runtime.GC()
	runtime.GC()
	time.Sleep(50 * time.Millisecond)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("limit %d after following stopped, want it left alone", got)
	}
}

// TestBudgetsLimit keeps a heap that fits within the process's budget,
// holds one just over it to its live heap and an eighth, and gives one
// that has outgrown it by far the heap's budget, or its live heap and an
// eighth when that is more; a heap that will outgrow it gets the heap's
// budget from the start.
func TestBudgetsLimit(t *testing.T) {
	b := budgets{process: 80 << 20, near: 40 << 20, heap: 160 << 20}
	for _, tc := range []struct{ live, want int64 }{
		{10 << 20, 80 << 20},
		{70 << 20, 80 << 20},
		{72 << 20, 81 << 20},
		{104 << 20, 117 << 20},
		{112 << 20, 160 << 20},
		{140 << 20, 160 << 20},
		{200 << 20, 225 << 20},
	} {
		if got := b.limit(tc.live); got != tc.want {
			t.Errorf("limit(%d MB) = %d MB, want %d MB", tc.live>>20, got>>20, tc.want>>20)
		}
	}
	// A corpus whose heap will end far over the budget (near 0) is never
	// held to it, not even while its heap is under it.
	outgrows := budgets{process: 80 << 20, heap: 160 << 20}
	for _, tc := range []struct{ live, want int64 }{
		{10 << 20, 160 << 20},
		{70 << 20, 160 << 20},
		{200 << 20, 225 << 20},
	} {
		if got := outgrows.limit(tc.live); got != tc.want {
			t.Errorf("outgrowing: limit(%d MB) = %d MB, want %d MB", tc.live>>20, got>>20, tc.want>>20)
		}
	}
	if got := nearBudget(1<<20, 46<<20); got != 46<<20 {
		t.Errorf("a 1 MB corpus under a heap budget of 46 MB is held %d MB over it, want 46", got>>20)
	}
	if got := nearBudget(8<<20, 74<<20); got != 0 {
		t.Errorf("an 8 MB corpus under a heap budget of 74 MB is held %d MB over it, want 0", got>>20)
	}
}

// TestResidentOutsideGo reads the process's resident memory where Linux
// gives it: more than the Go runtime's own.
func TestResidentOutsideGo(t *testing.T) {
	if residentBytes() == 0 {
		t.Skip("no /proc/self/statm")
	}
	if residentBytes() < 1<<20 || residentOutsideGo() < 0 {
		t.Errorf("resident %d bytes, %d outside Go", residentBytes(), residentOutsideGo())
	}
}

// TestMergeWeightsFlag reads merge weights from a file, and refuses a
// file that is not weights with a usage error naming it.
func TestMergeWeightsFlag(t *testing.T) {
	dir := t.TempDir()
	strict := filepath.Join(dir, "strict.json")
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(strict, []byte(`{"same_word": 1, "doc": 1, "threshold": 1000}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bad, []byte(`{"threshold": "high"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	_, def, _ := runCLI(t, "", "extract", articles)
	code, out, stderr := runCLI(t, "", "extract", "--merge-weights", strict, articles)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if n, m := strings.Count(out, `"summary"`), strings.Count(def, `"summary"`); n < m {
		t.Errorf("a threshold no pair reaches gives %d events, fewer than the default's %d", n, m)
	}
	if code, _, stderr := runCLI(t, "", "extract", "--merge-weights", bad, articles); code != exitUsage || !strings.Contains(stderr, "bad.json") {
		t.Errorf("exit %d, stderr %q: want a usage error naming the file", code, stderr)
	}
}
