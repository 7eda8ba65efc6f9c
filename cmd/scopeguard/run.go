package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	sddaemon "github.com/coreos/go-systemd/v22/daemon"
	"golang.org/x/sys/unix"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/daemon"
)

// shutdownGrace is how long in-flight messages get after SIGTERM.
const shutdownGrace = 30 * time.Second

func cmdRun(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", config.DefaultPath, "configuration file")
	logFormat := fs.String("log-format", "text", "text (journald-friendly under systemd) or json")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	env, err := daemon.LoadEnv(*cfgPath)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard run: %v\n", err)
		return 2
	}
	log, err := newLogger(stderr, *logFormat, env.Config.LogLevel)
	if err != nil {
		fmt.Fprintf(stderr, "scopeguard run: %v\n", err)
		return 2
	}
	d, err := daemon.New(*cfgPath, daemon.Options{Log: log})
	if err != nil {
		log.Error("cannot start", "err", err)
		if errors.Is(err, daemon.ErrConfig) {
			return 2
		}
		return 1
	}
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, syscall.SIGTERM, syscall.SIGINT, syscall.SIGHUP)
	defer signal.Stop(sigs)

	d.Start()
	sdNotify("READY=1\nSTATUS=watching " + strconv.Itoa(len(env.Config.Accounts)) + " account(s)")
	for _, w := range env.Config.Warnings {
		log.Warn("configuration", "warning", w)
	}
	log.Info("scopeguard started", "version", version, "accounts", len(env.Config.Accounts), "contracts", len(env.Book.All()))

	stopWatchdog := watchdog(d)
	defer stopWatchdog()
	for sig := range sigs {
		if sig == syscall.SIGHUP {
			sdNotify(fmt.Sprintf("RELOADING=1\nMONOTONIC_USEC=%d", monotonicUsec()))
			if err := d.Reload(); err != nil {
				log.Error("reload failed, keeping the running configuration", "err", err)
				sdNotify("READY=1\nSTATUS=reload failed: keeping the running configuration")
			} else {
				sdNotify("READY=1\nSTATUS=configuration reloaded")
			}
			continue
		}
		break
	}
	// Two phases: stop intake and let in-flight messages finish; a second
	// signal forces the exit.
	sdNotify("STOPPING=1")
	log.Info("stopping: finishing messages in flight", "grace", shutdownGrace)
	ctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	go func() {
		for sig := range sigs {
			if sig != syscall.SIGHUP {
				log.Warn("second signal: exiting now")
				os.Exit(1)
			}
		}
	}()
	if err := d.Shutdown(ctx); err != nil {
		log.Error("shutdown", "err", err)
		return 1
	}
	log.Info("stopped")
	return 0
}

// sdNotify tells systemd; outside systemd it does nothing.
func sdNotify(state string) {
	_, _ = sddaemon.SdNotify(false, state)
}

// watchdog pings systemd at half the watchdog interval while the daemon's
// loops are alive.
func watchdog(d *daemon.Daemon) func() {
	interval, err := sddaemon.SdWatchdogEnabled(false)
	if err != nil || interval <= 0 {
		return func() {}
	}
	t := time.NewTicker(interval / 2)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-t.C:
				sdNotify("WATCHDOG=1")
			case <-done:
				return
			}
		}
	}()
	return func() { t.Stop(); close(done) }
}

// monotonicUsec is CLOCK_MONOTONIC in microseconds, which systemd wants
// with RELOADING=1.
func monotonicUsec() int64 {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_MONOTONIC, &ts); err != nil {
		return 0
	}
	return ts.Sec*1e6 + ts.Nsec/1e3
}
