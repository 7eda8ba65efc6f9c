package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/internal/memimap"
	"github.com/scopeguard/scopeguard/internal/smtpsink"
)

// BenchmarkIdleDaemon runs the real binary (scopeguard run) against an
// in-process IMAP server, lets it idle, and reports its resident memory and
// the CPU time it used while idle: with the loopback default (a check every
// 400ms) and with IDLE alone, as with a remote server.
// SCOPEGUARD_IDLE_SECONDS sets the idle period (default 60).
func BenchmarkIdleDaemon(b *testing.B) {
	idle := 60 * time.Second
	if s := os.Getenv("SCOPEGUARD_IDLE_SECONDS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil {
			b.Fatal(err)
		}
		idle = time.Duration(n) * time.Second
	}
	dir := b.TempDir()
	bin := filepath.Join(dir, "scopeguard")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	srv, err := memimap.Start(memimap.Options{TLS: "none"})
	if err != nil {
		b.Fatal(err)
	}
	defer srv.Close()
	sink, err := smtpsink.Listen("127.0.0.1:0", smtpsink.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer sink.Close()
	if err := writeDemoFiles(dir, srv, sink); err != nil {
		b.Fatal(err)
	}
	// The demo's server is on loopback, so idle_check defaults to 400ms;
	// "0s" is how the daemon idles on a remote server (IDLE alone).
	cfg := filepath.Join(dir, "scopeguard.toml")
	base, err := os.ReadFile(cfg)
	if err != nil {
		b.Fatal(err)
	}
	for _, mode := range []struct{ name, extra string }{{"loopback-default", ""}, {"idle-only", "idle_check = \"0s\"\n"}} {
		b.Run(mode.name, func(b *testing.B) {
			text := strings.Replace(string(base), "[digest]", mode.extra+"\n[digest]", 1)
			if err := os.WriteFile(cfg, []byte(text), 0o600); err != nil {
				b.Fatal(err)
			}
			for i := 0; i < b.N; i++ {
				idleOnce(b, bin, cfg, srv.Password, idle)
			}
		})
	}
}

func idleOnce(b *testing.B, bin, cfg, password string, idle time.Duration) {
	cmd := exec.Command(bin, "run", "-c", cfg)
	cmd.Env = append(os.Environ(), demoPasswordEnv+"="+password)
	if err := cmd.Start(); err != nil {
		b.Fatal(err)
	}
	time.Sleep(3 * time.Second) // start-up, baseline, IDLE
	cpu0 := procCPU(b, cmd.Process.Pid)
	time.Sleep(idle)
	cpu1 := procCPU(b, cmd.Process.Pid)
	rss := procRSS(b, cmd.Process.Pid)
	cmd.Process.Signal(os.Interrupt)
	cmd.Wait()
	b.ReportMetric(rss/1024, "idle-RSS-MB")
	b.ReportMetric(float64((cpu1 - cpu0).Milliseconds()), "idle-CPU-ms")
	b.ReportMetric(idle.Seconds(), "idle-seconds")
}

// procCPU is user+system CPU time of a process, from /proc/PID/stat.
func procCPU(b *testing.B, pid int) time.Duration {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		b.Fatal(err)
	}
	f := strings.Fields(string(data[strings.LastIndexByte(string(data), ')')+2:]))
	utime, _ := strconv.Atoi(f[11])
	stime, _ := strconv.Atoi(f[12])
	return time.Duration(utime+stime) * (time.Second / 100) // USER_HZ is 100 on Linux
}

// procRSS is the resident set size in KiB.
func procRSS(b *testing.B, pid int) float64 {
	data, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		b.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmRSS:") {
			kb, _ := strconv.Atoi(strings.Fields(line)[1])
			return float64(kb)
		}
	}
	b.Fatal("no VmRSS")
	return 0
}
