//go:build unix

package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOutputModesFollowUmask checks that build's files get the mode the
// shell would give them, not the owner-only mode of os.CreateTemp.
func TestOutputModesFollowUmask(t *testing.T) {
	tests := []struct {
		umask int
		want  fs.FileMode
	}{
		{0o022, 0o644},
		{0o077, 0o600},
		{0o002, 0o664},
	}
	for _, tc := range tests {
		t.Run(tc.want.String(), func(t *testing.T) {
			old := syscall.Umask(tc.umask)
			defer syscall.Umask(old)
			dir := t.TempDir()
			if code, _, stderr := runCLI(t, "", "build", articles, "-o", dir, "--format", "dot"); code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			for _, name := range []string{"events.json", "events.dot"} {
				fi, err := os.Stat(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				if got := fi.Mode().Perm(); got != tc.want {
					t.Errorf("%s has mode %v, want %v", name, got, tc.want)
				}
			}
		})
	}
}
