// Package daemon assembles scopeguard's parts into the long-running service:
// one watcher per IMAP account feeding the pipeline, and the digest
// schedule. It owns reload (build everything new, swap atomically, keep the
// old on error) and the two-phase shutdown (stop intake, let in-flight work
// finish, close the database last). Signals and systemd live in cmd.
package daemon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"reflect"
	"sync"
	"sync/atomic"
	"time"

	"github.com/scopeguard/scopeguard/config"
	"github.com/scopeguard/scopeguard/contracts"
	"github.com/scopeguard/scopeguard/notify"
	"github.com/scopeguard/scopeguard/pipeline"
	"github.com/scopeguard/scopeguard/schedule"
	"github.com/scopeguard/scopeguard/store"
	"github.com/scopeguard/scopeguard/watcher"
)

// ErrConfig marks a configuration error (the command exits 2 on it).
var ErrConfig = errors.New("configuration error")

// Options tune a Daemon; zero values are fine in production.
type Options struct {
	Log            *slog.Logger
	Now            func() time.Time
	WatcherOptions watcher.Options // tests set RootCAs and short backoffs
	// Send delivers the digest; nil = SMTP to the owner as configured.
	Send func(ctx context.Context, cfg *config.Config, msg []byte) error
	// OnResult is passed to the pipeline (the demo's table).
	OnResult func(r Event)
}

// Event is one classified message, for the demo and for tests.
type Event = pipeline.Event

// Daemon is a running scopeguard.
type Daemon struct {
	path  string
	opts  Options
	log   *slog.Logger
	st    *store.Store
	eng   *contracts.Engine
	env   atomic.Pointer[pipeline.Env]
	pipe  *pipeline.Pipeline
	sched *schedule.Runner

	mailerMu sync.Mutex
	mailer   *ownerMailer

	mu       sync.Mutex
	watchers map[string]*running // by account name
	schedRun *running            // the digest schedule (acct unused)
	intake   context.Context     // ends when intake stops
	stop     context.CancelFunc
	wg       sync.WaitGroup
}

type running struct {
	acct   config.Account
	w      *watcher.Watcher
	cancel context.CancelFunc
	done   chan struct{}
}

// LoadEnv builds a complete environment from a config file: config,
// contracts and reply templates. Any error is wrapped in ErrConfig.
func LoadEnv(path string) (*pipeline.Env, error) {
	cfg, err := config.Load(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	book, err := contracts.LoadDir(cfg.ContractsDir)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	comp, err := notify.NewComposer(cfg.Replies.TemplatesDir)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return &pipeline.Env{Config: cfg, Book: book, Composer: comp}, nil
}

// New loads the configuration and opens the store; nothing runs yet.
func New(path string, opts Options) (*Daemon, error) {
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	env, err := LoadEnv(path)
	if err != nil {
		return nil, err
	}
	st, err := store.Open(filepath.Join(env.Config.StateDir, "scopeguard.db"))
	if err != nil {
		return nil, err
	}
	d := &Daemon{path: path, opts: opts, log: opts.Log, st: st, eng: contracts.NewEngine(), watchers: map[string]*running{}}
	d.env.Store(env)
	d.pipe = pipeline.New(st, d.eng, d.env.Load, opts.Log, opts.Now)
	d.pipe.OnResult = opts.OnResult
	d.sched, err = d.newSchedule(env)
	if err != nil {
		st.Close()
		return nil, fmt.Errorf("%w: %w", ErrConfig, err)
	}
	return d, nil
}

func (d *Daemon) newSchedule(env *pipeline.Env) (*schedule.Runner, error) {
	return schedule.New(schedule.Options{
		Store: d.st, Book: env.Book, Owner: env.Config.Owner, Digest: env.Config.Digest, From: env.Config.SMTP.From,
		Send: func(ctx context.Context, msg []byte) error { return d.sendDigest(ctx, msg) },
		Now:  d.opts.Now, Log: d.log.With("part", "digest"),
	})
}

// sendDigest mails the digest to the owner, never anyone else. The mailer
// lives until the next reload, so an OAuth token is reused between digests.
func (d *Daemon) sendDigest(ctx context.Context, msg []byte) error {
	cfg := d.env.Load().Config
	if d.opts.Send != nil {
		return d.opts.Send(ctx, cfg, msg)
	}
	d.mailerMu.Lock()
	m := d.mailer
	if m == nil || m.cfg != cfg {
		om, err := notify.NewOwnerMailer(cfg.SMTP, cfg.Owner)
		if err != nil {
			d.mailerMu.Unlock()
			return err
		}
		m = &ownerMailer{cfg: cfg, m: om}
		d.mailer = m
	}
	d.mailerMu.Unlock()
	return m.m.Send(ctx, msg)
}

// ownerMailer is the SMTP mailer of one configuration.
type ownerMailer struct {
	cfg *config.Config
	m   *notify.OwnerMailer
}

// Store is the daemon's database (for the demo and tests).
func (d *Daemon) Store() *store.Store { return d.st }

// Env is the configuration in force.
func (d *Daemon) Env() *pipeline.Env { return d.env.Load() }

// Digest runs the digest now (digest --now, the demo).
func (d *Daemon) Digest(ctx context.Context) ([]schedule.Delivery, error) {
	return d.sched.RunNow(ctx)
}

// Start begins watching every account and the digest schedule.
func (d *Daemon) Start() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.intake, d.stop = context.WithCancel(context.Background())
	for _, acct := range d.env.Load().Config.Accounts {
		d.startWatcher(acct)
	}
	d.startSchedule()
}

// startSchedule runs d.sched; d.mu is held.
func (d *Daemon) startSchedule() {
	ctx, cancel := context.WithCancel(d.intake)
	r := &running{cancel: cancel, done: make(chan struct{})}
	d.schedRun = r
	sched := d.sched
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		defer close(r.done)
		if err := sched.Run(ctx); err != nil {
			d.log.Error("digest schedule stopped", "err", err)
		}
	}()
}

// startWatcher runs one account; d.mu is held.
func (d *Daemon) startWatcher(acct config.Account) {
	ctx, cancel := context.WithCancel(d.intake)
	env := d.env.Load()
	w := watcher.New(acct, env.Config.Replies.Keyword, d.pipe, d.st, d.log, d.opts.WatcherOptions)
	r := &running{acct: acct, w: w, cancel: cancel, done: make(chan struct{})}
	d.watchers[acct.Name] = r
	d.wg.Add(1)
	go func() {
		defer d.wg.Done()
		defer close(r.done)
		if err := w.Run(ctx); err != nil {
			d.log.Error("account stopped", "account", acct.Name, "err", err)
		}
	}()
}

// Reload builds the whole new environment and swaps it in; on any error the
// old one keeps running and the error is returned. Watchers whose account
// settings changed are restarted; added and removed accounts follow.
func (d *Daemon) Reload() error {
	env, err := LoadEnv(d.path)
	if err != nil {
		return err
	}
	sched, err := d.newSchedule(env)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrConfig, err)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	old := d.env.Swap(env)
	if old.Config.StateDir != env.Config.StateDir {
		d.log.Warn("state_dir changes take effect at restart", "state_dir", old.Config.StateDir)
	}
	want := map[string]config.Account{}
	for _, a := range env.Config.Accounts {
		want[a.Name] = a
	}
	for name, r := range d.watchers {
		if a, ok := want[name]; !ok || !reflect.DeepEqual(a, r.acct) {
			r.cancel()
			<-r.done
			delete(d.watchers, name)
		}
	}
	if d.intake != nil {
		for _, a := range env.Config.Accounts {
			if _, ok := d.watchers[a.Name]; !ok {
				d.startWatcher(a)
			}
		}
	}
	// A new schedule replaces the old one; a digest being sent finishes first.
	if d.schedRun != nil {
		d.schedRun.cancel()
		<-d.schedRun.done
	}
	d.sched = sched
	if d.intake != nil {
		d.startSchedule()
	}
	d.log.Info("configuration reloaded", "contracts", len(env.Book.All()), "accounts", len(env.Config.Accounts))
	return nil
}

// Shutdown stops taking new mail, lets in-flight messages finish (the
// watchers give them their grace period), waits until ctx ends at most, and
// closes the database last.
func (d *Daemon) Shutdown(ctx context.Context) error {
	d.mu.Lock()
	if d.stop != nil {
		d.stop()
	}
	d.mu.Unlock()
	done := make(chan struct{})
	go func() { d.wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-ctx.Done():
		d.log.Warn("shutdown deadline passed with work in flight")
		return errors.Join(ctx.Err(), d.st.Close())
	}
	return d.st.Close()
}

// Healthy reports whether every watcher had a working session recently.
func (d *Daemon) Healthy() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	for _, r := range d.watchers {
		if !r.w.Healthy() {
			return false
		}
	}
	return true
}
