//go:build unix

package resolve

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time this process has used, so that benchmarks
// can report work done rather than wall time on a shared machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
