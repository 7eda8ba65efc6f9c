package watcher

import (
	"bytes"
	"context"
	"fmt"
	"net/mail"
	"strings"
	"testing"
	"time"

	"github.com/scopeguard/scopeguard/internal/memimap"
	"github.com/scopeguard/scopeguard/store"
)

func TestFindDrafts(t *testing.T) {
	tests := []struct {
		name       string
		special    string   // folder with \Drafts ("-" = none)
		others     []string // more folders
		configured string
		want       string
		wantErr    string
	}{
		{"special use wins", "Entwürfe", []string{"Drafts"}, "", "Entwürfe", ""},
		{"configured wins", "Drafts", []string{"Mine"}, "Mine", "Mine", ""},
		{"english name", "-", []string{"Archive", "Drafts"}, "", "Drafts", ""},
		{"gmail name", "-", []string{"[Gmail]/Drafts"}, "", "[Gmail]/Drafts", ""},
		{"french name", "-", []string{"Brouillons"}, "", "Brouillons", ""},
		{"case-insensitive", "-", []string{"DRAFTS"}, "", "DRAFTS", ""},
		{"none", "-", []string{"Archive"}, "", "", "no drafts folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv, err := memimap.Start(memimap.Options{Drafts: tt.special})
			if err != nil {
				t.Fatal(err)
			}
			defer srv.Close()
			for _, f := range tt.others {
				if err := srv.CreateMailbox(f); err != nil {
					t.Fatal(err)
				}
			}
			c, err := srv.Dial()
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			got, err := findDrafts(c, tt.configured)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("findDrafts = %q, %v; want error %q", got, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("findDrafts = %q, %v; want %q", got, err, tt.want)
			}
		})
	}
}

func TestIdleRestartAndCheck(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts func(*Options)
	}{
		{"idle re-issued", func(o *Options) { o.IdleRestart = 20 * time.Millisecond }},
		{"check while idling", func(o *Options) { o.IdleCheck = 20 * time.Millisecond }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			g := newRig(t, memimap.Options{})
			tc.opts(&g.opts)
			r := g.start()
			waitFor(t, "session", r.w.Healthy)
			// Several idle periods pass with nothing new: nothing happens.
			time.Sleep(100 * time.Millisecond)
			g.deliver(1, time.Time{})
			waitFor(t, "draft", func() bool { return g.lastUID() == 1 })
			r.stop(t)
			if s := r.w.Stats(); s.Reconnects != 0 || s.Processed != 1 {
				t.Errorf("stats = %+v, want one message, no reconnect", s)
			}
		})
	}
}

// A server that announces nothing while the client idles (only when IDLE
// starts) still gets its mail picked up by the check, long before IDLE
// would be re-issued.
func TestIdleCheckFindsUnannouncedMail(t *testing.T) {
	g := newRig(t, memimap.Options{LateIdle: true})
	g.opts.IdleCheck = 20 * time.Millisecond
	g.opts.IdleRestart = time.Hour
	r := g.start()
	waitFor(t, "session", r.w.Healthy)
	time.Sleep(50 * time.Millisecond) // idling
	g.deliver(1, time.Time{})
	waitFor(t, "draft", func() bool { return g.lastUID() == 1 })
	r.stop(t)
	if s := r.w.Stats(); s.Reconnects != 0 || s.Processed != 1 || s.Drafts != 1 {
		t.Errorf("stats = %+v, want one message and its draft, no reconnect", s)
	}
}

// A draft appended before a crash, never recorded, is found at the next
// start, whether the server can search headers or not.
func TestDraftFoundAfterCrash(t *testing.T) {
	for _, noSearch := range []bool{false, true} {
		t.Run(fmt.Sprintf("noHeaderSearch=%v", noSearch), func(t *testing.T) {
			t.Parallel()
			g := newRig(t, memimap.Options{NoHeaderSearch: noSearch})
			// The owner's own draft, then the one an interrupted run left.
			if _, err := g.srv.Deliver("Drafts", []byte("Subject: note to self\r\n\r\nx\r\n"), time.Time{}); err != nil {
				t.Fatal(err)
			}
			msg, _ := mail.ReadMessage(bytes.NewReader(clientMail(1, "Website")))
			left, err := buildDraft(msg, "msg-1@example.net", "owner@example.com")
			if err != nil {
				t.Fatal(err)
			}
			if err := g.st.RecordDraftIntent(context.Background(), store.Draft{MessageID: "msg-1@example.net", Account: "work", DraftID: "msg-1@example.net", Raw: left}); err != nil {
				t.Fatal(err)
			}
			if _, err := g.srv.Deliver("Drafts", left, time.Time{}); err != nil {
				t.Fatal(err)
			}
			r := g.start()
			waitFor(t, "session", r.w.Healthy)
			g.deliver(1, time.Time{})
			waitFor(t, "processed", func() bool { return g.lastUID() == 1 })
			r.stop(t)
			if got := draftsFor(g.fetch("Drafts")); got["msg-1@example.net"] != 1 {
				t.Errorf("drafts = %v, want one for msg-1", got)
			}
			if s := r.w.Stats(); s.Drafts != 0 {
				t.Errorf("%d drafts appended, want 0", s.Drafts)
			}
		})
	}
}
