package message

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

var baseHeaders = []string{
	"From: Thomas <thomas@client.example>",
	"To: studio@atelier.example",
	"Subject: test",
	"Date: Mon, 2 Nov 2026 09:05:31 +0000",
	"Message-ID: <m1@client.example>",
	"MIME-Version: 1.0",
}

func withHeaders(extra ...string) []string {
	return append(append([]string{}, baseHeaders...), extra...)
}

func TestCharsetsAndEncodings(t *testing.T) {
	const devis = "Bonjour,\n\nLe devis est à 450 € – merci d’avance.\n\nThomas"
	tests := []struct {
		name string
		raw  []byte
		text string
	}{{
		name: "base64 windows-1252",
		raw: eml(withHeaders(`Content-Type: text/plain; charset="windows-1252"`, "Content-Transfer-Encoding: base64"),
			"Qm9uam91ciwNCg0KTGUgZGV2aXMgZXN0IOAgNDUwIIAgliBtZXJjaSBkkmF2YW5jZS4NCg0KVGhvbWFzDQo=\n"),
		text: devis,
	}, {
		name: "quoted-printable iso-8859-1 holding cp1252 bytes",
		raw: eml(withHeaders(`Content-Type: text/plain; charset="iso-8859-1"`, "Content-Transfer-Encoding: quoted-printable"),
			"Bonjour,\n\nLe devis est =E0 450 =80 =96 merci d=92avance.\n\nThomas\n"),
		text: devis,
	}, {
		name: "8bit iso-8859-1 with a raw 0x80 euro byte",
		raw: eml(withHeaders("Content-Type: text/plain; charset=ISO-8859-1", "Content-Transfer-Encoding: 8bit"),
			"Bonjour,\n\nLe devis est \xe0 450 \x80 \x96 merci d\x92avance.\n\nThomas\n"),
		text: devis,
	}, {
		name: "us-ascii 7bit",
		raw:  eml(withHeaders("Content-Type: text/plain; charset=us-ascii", "Content-Transfer-Encoding: 7bit"), "Plain words.\n"),
		text: "Plain words.",
	}, {
		name: "utf-8 quoted-printable with soft breaks",
		raw: eml(withHeaders(`Content-Type: text/plain; charset="UTF-8"`, "Content-Transfer-Encoding: quoted-printable"),
			"Une ligne tr=C3=A8s longue coup=C3=A9e par=\n le codage, sans retour.\n"),
		text: "Une ligne très longue coupée par le codage, sans retour.",
	}, {
		name: "format=flowed",
		raw: eml(withHeaders("Content-Type: text/plain; charset=UTF-8; format=flowed", "Content-Transfer-Encoding: 8bit"),
			"Peux-tu répondre à Mme Leroy ? Pour elle, indique \nhuit semaines.\n From here on, stuffed.\n\n-- \nJean\n"),
		text: "Peux-tu répondre à Mme Leroy ? Pour elle, indique huit semaines.\nFrom here on, stuffed.",
	}, {
		name: "format=flowed delsp=yes",
		raw: eml(withHeaders("Content-Type: text/plain; charset=UTF-8; format=flowed; delsp=yes", "Content-Transfer-Encoding: 8bit"),
			"Un mot coup \né en deux.\n"),
		text: "Un mot coupé en deux.",
	}, {
		name: "unknown charset keeps readable bytes",
		raw:  eml(withHeaders("Content-Type: text/plain; charset=x-unknown-42"), "Hello there.\n"),
		text: "Hello there.",
	}, {
		name: "utf-8 declared, invalid bytes replaced",
		raw:  eml(withHeaders("Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit"), "Caf\xe9 ok\n"),
		text: "Caf\ufffd ok",
	}, {
		name: "no MIME headers at all",
		raw:  eml([]string{"From: a@b.example", "Subject: hi"}, "Just text.\n"),
		text: "Just text.",
	}, {
		name: "HTML-only Outlook in windows-1252 quoted-printable",
		raw: eml(withHeaders(`Content-Type: text/html; charset="windows-1252"`, "Content-Transfer-Encoding: quoted-printable"),
			"<html><body><p>Oui pour jeudi, c=92est not=E9.</p><p>Nadia</p><div id=3D\"di=\nvRplyFwdMsg\"><b>De :</b> Sophie<br><b>Envoy=E9 :</b> lundi<br><b>Objet :</b=\n> Point</div><p>Jeudi 10 h ?</p></body></html>\n"),
		text: "Oui pour jeudi, c’est noté.\n\nNadia",
	}, {
		name: "HTML-only Outlook desktop border-top header",
		raw: eml(withHeaders(`Content-Type: text/html; charset="utf-8"`),
			`<html><body><div class="WordSection1"><p class="MsoNormal">Fine, go ahead.<o:p></o:p></p>`+
				`<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> Tom<br><b>Sent:</b> Monday<br><b>Subject:</b> Launch</p></div>`+
				`<p class="MsoNormal">Shall we launch?</p></div></body></html>`),
		text: "Fine, go ahead.",
	}, {
		name: "HTML-only Gmail with quote and signature",
		raw: eml(withHeaders(`Content-Type: text/html; charset="UTF-8"`),
			`<div dir="ltr"><div>Hi Jess,</div><div><br></div><div>Approved, schedule everything.</div><div>Priya</div>`+
				`<br clear="all"><span class="gmail_signature_prefix">-- </span><br><div class="gmail_signature">Priya Shah | Marketing</div></div>`+
				`<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Oct 26, 2026 at 4:40 PM Jess wrote:<br></div>`+
				`<blockquote class="gmail_quote">Here is the batch.</blockquote></div>`),
		text: "Hi Jess,\n\nApproved, schedule everything.\nPriya",
	}, {
		name: "HTML-only Apple Mail blockquote",
		raw: eml(withHeaders(`Content-Type: text/html; charset="UTF-8"`),
			`<html><body><div>Merci, c'est parfait.</div><div><br><blockquote type="cite"><div>Le 22 oct. 2026 à 16:31, Marion a écrit :</div><div>Voici la V2.</div></blockquote></div></body></html>`),
		text: "Merci, c'est parfait.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPathsAgree(t, tt.raw)
			m, err := Read(tt.raw)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if diff := cmp.Diff(tt.text, m.Text); diff != "" {
				t.Errorf("Text (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTMLForwards(t *testing.T) {
	tests := []struct {
		name, subject, html string
		text, forwarded     string
	}{{
		name:    "gmail",
		subject: "Fwd: Quote request",
		html: `<div dir="ltr">Can you answer this one?</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">` +
			`---------- Forwarded message ---------<br>From: Customer &lt;c@mail.example&gt;<br>Date: Mon, Oct 12, 2026<br>Subject: Quote<br>To: &lt;contact@client.example&gt;<br></div>` +
			`<div>Hello, how much for a staircase?</div></div>`,
		text:      "Can you answer this one?",
		forwarded: "Hello, how much for a staircase?",
	}, {
		name:    "apple mail",
		subject: "Fwd: Devis",
		html: `<html><body><div>Tu peux caler un rdv ?</div><div><br><blockquote type="cite"><div>Début du message réexpédié :</div><br>` +
			`<div><b>De: </b>Client &lt;c@mail.example&gt;</div><div><b>Objet: </b>Devis</div><br><div>Bonjour, un devis svp.</div></blockquote></div></body></html>`,
		text:      "Tu peux caler un rdv ?",
		forwarded: "Bonjour, un devis svp.",
	}, {
		name:    "outlook",
		subject: "TR: Commande",
		html: `<html><body><div class="WordSection1"><p class="MsoNormal">Pour info.</p><div id="divRplyFwdMsg">` +
			`<p><b>De :</b> Fournisseur &lt;f@mail.example&gt;<br><b>Envoyé :</b> lundi 2 novembre 2026 10:00<br><b>À :</b> Nadia<br><b>Objet :</b> Commande</p></div>` +
			`<p class="MsoNormal">Livraison lundi.</p></div></body></html>`,
		text:      "Pour info.",
		forwarded: "Livraison lundi.",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := eml([]string{"From: a@b.example", "Subject: " + tt.subject, `Content-Type: text/html; charset="utf-8"`}, tt.html)
			checkPathsAgree(t, raw)
			m, err := Read(raw)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.text, m.Text); diff != "" {
				t.Errorf("Text (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.forwarded, m.Forwarded); diff != "" {
				t.Errorf("Forwarded (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHTMLBodyKeepsHistory checks Body of an HTML-only message holds the
// quoted history that Text drops.
func TestHTMLBodyKeepsHistory(t *testing.T) {
	raw := eml(withHeaders(`Content-Type: text/html; charset="utf-8"`),
		`<p>Oui.</p><div id="divRplyFwdMsg"><b>De :</b> Sophie</div><p>Jeudi ?</p>`)
	m, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	want := "Oui.\n\nDe : Sophie\n\nJeudi ?"
	if diff := cmp.Diff(want, m.Body); diff != "" {
		t.Errorf("Body (-want +got):\n%s", diff)
	}
}

func TestMultipart(t *testing.T) {
	raw := eml(withHeaders(`Content-Type: multipart/mixed; boundary="mix"`), `--mix
Content-Type: multipart/alternative; boundary="alt"

--alt
Content-Type: text/plain; charset=utf-8

Photos attached.

Claire
--alt
Content-Type: text/html; charset=utf-8

<div>Photos attached (HTML).</div>
--alt--

--mix
Content-Type: image/jpeg; name="IMG_1.jpg"
Content-Disposition: attachment; filename="IMG_1.jpg"
Content-Transfer-Encoding: base64

/9j/4AAQSkZJRgABAQAAAQABAAD/
--mix
Content-Type: text/plain; name="notes.txt"
Content-Disposition: attachment; filename="notes.txt"

Do not read me.
--mix
Content-Type: application/pdf; name="=?UTF-8?Q?devis_sign=C3=A9.pdf?="
Content-Disposition: inline; filename="=?UTF-8?Q?devis_sign=C3=A9.pdf?="
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--mix--
`)
	checkPathsAgree(t, raw)
	m, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("Photos attached.\n\nClaire", m.Text); diff != "" {
		t.Errorf("Text (-want +got):\n%s", diff)
	}
	wantAtt := []string{"IMG_1.jpg", "notes.txt", "devis signé.pdf"}
	if diff := cmp.Diff(wantAtt, m.Attachments); diff != "" {
		t.Errorf("Attachments (-want +got):\n%s", diff)
	}
}

// TestAttachedMessage checks a message forwarded as an attachment lands in
// Forwarded, not in Text.
func TestAttachedMessage(t *testing.T) {
	raw := eml(withHeaders(`Content-Type: multipart/mixed; boundary="m"`), `--m
Content-Type: text/plain; charset=utf-8

Peux-tu répondre à ce client ?
--m
Content-Type: message/rfc822; name="Demande de devis.eml"
Content-Disposition: attachment; filename="Demande de devis.eml"

From: Client <c@mail.example>
Subject: Demande de devis
Content-Type: text/plain; charset=utf-8

Bonjour, un devis pour un escalier svp.
--m--
`)
	checkPathsAgree(t, raw)
	m, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	got := []any{m.Text, m.Forwarded, m.Attachments}
	want := []any{"Peux-tu répondre à ce client ?", "Bonjour, un devis pour un escalier svp.", []string{"Demande de devis.eml"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestEmptyPlainFallsBackToHTML(t *testing.T) {
	raw := eml(withHeaders(`Content-Type: multipart/alternative; boundary="b"`), `--b
Content-Type: text/plain; charset=utf-8


--b
Content-Type: text/html; charset=utf-8

<p>Only in HTML.</p>
--b--
`)
	checkPathsAgree(t, raw)
	m, err := Read(raw)
	if err != nil {
		t.Fatal(err)
	}
	if m.Text != "Only in HTML." {
		t.Errorf("Text = %q, want %q", m.Text, "Only in HTML.")
	}
}
