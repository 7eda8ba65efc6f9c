package message

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// eml builds a raw message from header lines and a body, with CRLF line
// ends as mail programs send it.
func eml(headers []string, body string) []byte {
	h := strings.Join(headers, "\r\n")
	return []byte(h + "\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n"))
}

// plainMail is a UTF-8 8bit text/plain message with the given subject.
func plainMail(subject, body string) []byte {
	return eml([]string{
		"From: Client <client@example.com>",
		"To: Owner <owner@example.org>",
		"Subject: " + subject,
		"Date: Mon, 26 Oct 2026 16:40:00 +0100",
		"Message-ID: <a1@example.com>",
		"MIME-Version: 1.0",
		"Content-Type: text/plain; charset=utf-8",
		"Content-Transfer-Encoding: 8bit",
	}, body)
}

func TestQuotingStyles(t *testing.T) {
	tests := []struct {
		name, subject, body string
		text, forwarded     string
	}{{
		name: "gmail french attribution wrapped over two lines",
		body: "Bonjour,\n\nPouvez-vous décaler la réunion ?\n\nClaire\n\n" +
			"Le mar. 3 nov. 2026 à 15:10, Marion Lefèvre <studio@atelier.example> a\nécrit :\n\n> Voici la V2.\n>\n> Marion\n",
		text: "Bonjour,\n\nPouvez-vous décaler la réunion ?\n\nClaire",
	}, {
		name: "gmail french attribution wrapped over three lines",
		body: "Merci !\n\nLe mar. 3 nov. 2026 à 15:10, Marion\nLefèvre <studio@atelier.example>\na écrit :\n\n> Voici la V2.\n",
		text: "Merci !",
	}, {
		name: "gmail english attribution with narrow no-break space",
		body: "Hi Tom,\n\nLooks good.\n\nOn Mon, Oct 26, 2026 at 4:40\u202fPM Tom Ashdown <tom@web.example> wrote:\n\n> Designs attached.\n",
		text: "Hi Tom,\n\nLooks good.",
	}, {
		name: "apple mail french quoted attribution, iPhone line, byte order mark",
		body: "Marion,\n\nDeux détails encore.\n\nEnvoyé de mon iPhone\n\n> Le 22 oct. 2026 à 16:31, Marion <studio@atelier.example> a écrit :\n> \n> \ufeffBonjour Claire,\n> Voici la V2.\n",
		text: "Marion,\n\nDeux détails encore.",
	}, {
		name: "apple mail english attribution",
		body: "Fine by me.\n\nSent from my iPhone\n\nOn 22 Oct 2026, at 16:31, Tom Ashdown <tom@web.example> wrote:\n\n> Shall we go live on Friday?\n",
		text: "Fine by me.",
	}, {
		name: "thunderbird attribution after a signature",
		body: "Bonjour Sophie,\n\nC'est validé.\n\nJean\n\n-- \nJean Rivault\nGérant\n02 41 00 00 00\n\nLe 09/10/2026 à 16:25, Sophie Garnier a écrit :\n> Voici les modèles.\n",
		text: "Bonjour Sophie,\n\nC'est validé.\n\nJean",
	}, {
		name: "gmail signature under the quote",
		body: "Go ahead.\n\nOn Mon, Oct 26, 2026 at 4:40 PM Tom <tom@web.example> wrote:\n\n> Ready?\n\n-- \nDan Hughes\nDirector\n",
		text: "Go ahead.",
	}, {
		name: "outlook french block without quote marks",
		body: "Bonjour Marion,\n\nMerci pour la V1.\n\nThomas\n\n________________________________\nDe : Marion <studio@atelier.example>\nEnvoyé : mercredi 14 octobre 2026 18:02\nÀ : Thomas <thomas@client.example>\nObjet : Logo V1\n\nBonjour à tous,\nVoici la V1.\n",
		text: "Bonjour Marion,\n\nMerci pour la V1.\n\nThomas",
	}, {
		name: "outlook english block with cc",
		body: "Hi Tom,\n\nPlease see below.\n\nRachel\n\nFrom: Tom Ashdown <tom@web.example>\nSent: 20 October 2026 12:45\nTo: Rachel <rachel@client.example>\nCc: Dan <dan@client.example>\nSubject: Staging\n\nStaging is ready.\n",
		text: "Hi Tom,\n\nPlease see below.\n\nRachel",
	}, {
		name: "original message separator",
		body: "Yes, Thursday works.\n\n-----Original Message-----\nFrom: Tom\nSent: Monday\nSubject: Meeting\n\nThursday?\n",
		text: "Yes, Thursday works.",
	}, {
		name: "message d'origine separator",
		body: "Oui, jeudi.\n\n-------- Message d'origine --------\nDe : Sophie\nDate : 12/10/2026\nObjet : Point\n\nJeudi ?\n",
		text: "Oui, jeudi.",
	}, {
		name:      "gmail forward",
		subject:   "Fwd: Quote request",
		body:      "Can you answer this one?\n\n---------- Forwarded message ---------\nFrom: Customer <cust@mail.example>\nDate: Mon, Oct 12, 2026 at 9:37\u202fPM\nSubject: Quote request\nTo: <contact@client.example>\n\nHello,\nHow much for a staircase?\n",
		text:      "Can you answer this one?",
		forwarded: "Hello,\nHow much for a staircase?",
	}, {
		name:      "thunderbird forward after signature",
		subject:   "Fwd: Délai",
		body:      "Peux-tu lui répondre ?\n\n-- \nJean\n\n-------- Message transféré --------\nSujet : \tDélai\nDate : \tMon, 19 Oct 2026 18:22:09 +0200\nDe : \tCliente <c@mail.example>\nPour : \tcontact@client.example\n\nBonjour,\nQuand la pose est-elle prévue ?\n",
		text:      "Peux-tu lui répondre ?",
		forwarded: "Bonjour,\nQuand la pose est-elle prévue ?",
	}, {
		name:      "apple forward with quoted headers",
		subject:   "Fwd: Devis",
		body:      "Tu peux caler un rdv ?\n\nEnvoyé de mon iPhone\n\nDébut du message réexpédié :\n\n> De: Client <c@mail.example>\n> Date: 12 octobre 2026 à 21:37:15 UTC+2\n> À: contact@client.example\n> Objet: Devis\n> \n> Bonjour,\n> Un devis svp.\n",
		text:      "Tu peux caler un rdv ?",
		forwarded: "Bonjour,\nUn devis svp.",
	}, {
		name:      "outlook forward block under TR subject",
		subject:   "TR: Commande",
		body:      "Pour info.\n\nNadia\n\nDe : Fournisseur <f@mail.example>\nEnvoyé : lundi 2 novembre 2026 10:00\nÀ : Nadia <n@client.example>\nObjet : Commande\n\nLivraison lundi.\n",
		text:      "Pour info.\n\nNadia",
		forwarded: "Livraison lundi.",
	}, {
		name: "inline answers between quotes",
		body: "On Mon, Oct 26, 2026 at 4:40 PM Tom <tom@web.example> wrote:\n> Is blue fine?\n\nYes, the dark blue.\n\n> And the map?\n\nCloser, please.\n",
		text: "Yes, the dark blue.\n\nCloser, please.",
	}, {
		name:    "reply to a forward: history is not forwarded",
		subject: "RE: TR: Commande",
		body:    "Merci.\n\nDe : Sophie <s@x.example>\nEnvoyé : lundi 2 novembre 2026 10:00\nÀ : Nadia\nObjet : TR: Commande\n\nPour info.\n",
		text:    "Merci.",
	}, {
		name: "the sender quoting a line is not an attribution",
		body: "On the home page you wrote:\n> Book now\nCan it say Book online instead?\n",
		text: "On the home page you wrote:\nCan it say Book online instead?",
	}, {
		name: "sentences that look like markers stay",
		body: "On Monday we could meet at the café:\nDe : ma part, aucun souci.\nThe article she wrote: great.\n",
		text: "On Monday we could meet at the café:\nDe : ma part, aucun souci.\nThe article she wrote: great.",
	}, {
		name: "french disclaimer dropped, signature lines kept",
		body: "Bonjour,\n\nC'est réglé.\n\nNadia Benali\nComptabilité\n\nCe message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir l'expéditeur et de le détruire.\n",
		text: "Bonjour,\n\nC'est réglé.\n\nNadia Benali\nComptabilité",
	}, {
		name: "english disclaimer and mobile footers",
		body: "Thanks Tom.\n\nSent from Outlook for iOS\nGet Outlook for Android\nSent from Mail for Windows\n\nThis email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it.\n",
		text: "Thanks Tom.",
	}, {
		name: "byte order mark and trailing spaces",
		body: "\ufeffHello   \n\n\n\nBye\n",
		text: "Hello\n\nBye",
	}, {
		name: "empty body",
		body: "",
		text: "",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			subject := tt.subject
			if subject == "" {
				subject = "Re: test"
			}
			checkPathsAgree(t, plainMail(subject, tt.body))
			m, err := Read(plainMail(subject, tt.body))
			if err != nil {
				t.Fatalf("Read: %v", err)
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

// TestBodyKeepsHistory checks Body holds the whole text, quotes included.
func TestBodyKeepsHistory(t *testing.T) {
	m, err := Read(plainMail("Re: x", "New words.\n\nOn Mon, Oct 26, 2026 at 4:40 PM Tom <tom@web.example> wrote:\n> Old words.\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "New words.\n\nOn Mon, Oct 26, 2026 at 4:40 PM Tom <tom@web.example> wrote:\n> Old words."
	if diff := cmp.Diff(want, m.Body); diff != "" {
		t.Errorf("Body (-want +got):\n%s", diff)
	}
}
