package watcher

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"net/mail"
	"os"
	"strings"
	"sync"
	"syscall"
	"time"

	gomail "github.com/emersion/go-message/mail"

	"github.com/scopeguard/scopeguard/store"
)

// minimalPDF is a tiny but well-formed one-page PDF, standing in for the
// change order.
const minimalPDF = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n" +
	"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
	"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n" +
	"trailer<</Root 1 0 R>>\n%%EOF\n"

// draftHandler is a real, small Handler on a SQLite store: it drafts a
// threaded reply with a PDF to every message, records the intent before
// returning it and marks it appended afterwards, as the daemon's pipeline
// does. Fault hooks make chosen calls fail.
type draftHandler struct {
	st    *store.Store
	owner string

	mu           sync.Mutex
	handled      map[string]int // Message-ID -> Handle calls
	failHandle   map[string]int // Message-ID -> temporary failures left
	failAppended map[string]int
	block        chan struct{} // if set, Handle waits on it (after recording)
	entered      chan string   // if set, receives the Message-ID on Handle
	delay        time.Duration // Handle sleeps this long after recording (the kill test's window)
	// crashAppended, if > 0, makes the process SIGKILL itself in that
	// Appended call, after the APPEND and before recording it.
	crashAppended int
	appendedCalls int
	onHandle      func() // called at the start of every Handle
	noDraft       bool   // draft nothing: every sender is unknown
}

func newDraftHandler(st *store.Store) *draftHandler {
	return &draftHandler{st: st, owner: "owner@example.com", handled: map[string]int{},
		failHandle: map[string]int{}, failAppended: map[string]int{}}
}

var errBusy = errors.New("store busy (injected)")

func (h *draftHandler) Handle(ctx context.Context, in Incoming) (Outcome, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(in.Raw))
	if err != nil {
		return Outcome{}, Permanent(fmt.Errorf("reading message: %w", err))
	}
	id := messageID(msg.Header.Get("Message-Id"))
	if id == "" {
		return Outcome{}, Permanent(errors.New("no message-id"))
	}
	if h.onHandle != nil {
		h.onHandle()
	}
	h.mu.Lock()
	h.handled[id]++
	fail := h.failHandle[id] > 0
	if fail {
		h.failHandle[id]--
	}
	block, entered := h.block, h.entered
	h.mu.Unlock()
	if entered != nil {
		entered <- id
	}
	if fail {
		return Outcome{}, errBusy
	}
	if from, _ := mail.ParseAddress(msg.Header.Get("From")); h.noDraft || from != nil && strings.EqualFold(from.Address, h.owner) {
		return Outcome{MessageID: id}, nil
	}
	d, err := h.st.DraftFor(ctx, id)
	if err != nil {
		return Outcome{}, err
	}
	if d == nil {
		raw, err := buildDraft(msg, id, h.owner)
		if err != nil {
			return Outcome{}, Permanent(err)
		}
		d = &store.Draft{MessageID: id, Account: in.Account, DraftID: id, Raw: raw}
		if err := h.st.RecordDraftIntent(ctx, *d); err != nil {
			return Outcome{}, err
		}
		if d, err = h.st.DraftFor(ctx, id); err != nil {
			return Outcome{}, err
		}
	}
	if h.delay > 0 {
		time.Sleep(h.delay)
	}
	if block != nil {
		select {
		case <-block:
		case <-ctx.Done():
			return Outcome{}, ctx.Err()
		}
	}
	return Outcome{MessageID: id, Draft: d.Raw, Keyword: true, Done: d.Status == store.DraftAppended}, nil
}

func (h *draftHandler) Appended(ctx context.Context, in Incoming, out Outcome, uid uint32) error {
	h.mu.Lock()
	fail := h.failAppended[out.MessageID] > 0
	if fail {
		h.failAppended[out.MessageID]--
	}
	h.appendedCalls++
	crash := h.crashAppended > 0 && h.appendedCalls == h.crashAppended
	h.mu.Unlock()
	if crash {
		syscall.Kill(os.Getpid(), syscall.SIGKILL)
		select {} // the signal is on its way
	}
	if fail {
		return errBusy
	}
	return h.st.MarkDraftAppended(ctx, out.MessageID, uid, time.Time{})
}

func (h *draftHandler) calls(id string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.handled[id]
}

// buildDraft writes a threaded reply with a PDF attachment.
func buildDraft(orig *mail.Message, id, owner string) ([]byte, error) {
	var hdr gomail.Header
	hdr.SetDate(time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC))
	hdr.SetAddressList("From", []*gomail.Address{{Address: owner}})
	if from, err := mail.ParseAddress(orig.Header.Get("From")); err == nil {
		hdr.SetAddressList("To", []*gomail.Address{{Name: from.Name, Address: from.Address}})
	}
	hdr.SetSubject("Re: " + orig.Header.Get("Subject"))
	sum := sha256.Sum256([]byte(id))
	hdr.SetMessageID(fmt.Sprintf("%x@scopeguard.test", sum[:8]))
	hdr.Set("In-Reply-To", "<"+id+">")
	hdr.Set("References", "<"+id+">")
	hdr.Set(DraftHeader, "<"+id+">")
	var buf bytes.Buffer
	mw, err := gomail.CreateWriter(&buf, hdr)
	if err != nil {
		return nil, err
	}
	var th gomail.InlineHeader
	th.Set("Content-Type", "text/plain; charset=utf-8")
	tw, err := mw.CreateSingleInline(th)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(tw, "Hello,\r\n\r\nThis request is outside the agreed scope; a change order is attached.\r\n")
	tw.Close()
	var ah gomail.AttachmentHeader
	ah.Set("Content-Type", "application/pdf")
	ah.SetFilename("change-order.pdf")
	aw, err := mw.CreateAttachment(ah)
	if err != nil {
		return nil, err
	}
	io := strings.NewReader(minimalPDF)
	if _, err := io.WriteTo(aw); err != nil {
		return nil, err
	}
	aw.Close()
	mw.Close()
	return buf.Bytes(), nil
}

// clientMail returns a client's email with a unique Message-ID.
func clientMail(n int, subject string) []byte {
	return fmt.Appendf(nil, "From: Client %d <client%d@example.net>\r\n"+
		"To: owner@example.com\r\n"+
		"Subject: %s\r\n"+
		"Date: Mon, 23 Nov 2026 10:00:00 +0000\r\n"+
		"Message-Id: <msg-%d@example.net>\r\n"+
		"Content-Type: text/plain; charset=utf-8\r\n\r\n"+
		"Could you also add a French version of the site? Thanks.\r\n", n, n, subject, n)
}
