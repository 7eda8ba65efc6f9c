package message

import (
	"strings"

	"github.com/inbucket/html2text"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var textOptions = html2text.Options{OmitLinks: true}

// htmlMode says what htmlToText keeps.
type htmlMode int

const (
	htmlAll     htmlMode = iota // everything, for Body
	htmlNew                     // without quoted history and signature
	htmlForward                 // without signature: the text stage splits off the forward
)

// htmlToText renders HTML as plain text. Quoted history and signatures are
// removed from the tree, where they are marked up clearly, rather than
// guessed at in the text. A forward keeps its quoted parts: they hold the
// forwarded message, which the text stage moves to Message.Forwarded.
func htmlToText(src string, mode htmlMode) string {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return ""
	}
	plainify(doc)
	switch mode {
	case htmlNew:
		pruneHistory(doc)
	case htmlForward:
		pruneSignature(doc)
	}
	text, err := html2text.FromHTMLNode(doc, textOptions)
	if err != nil {
		return ""
	}
	return text
}

// plainify turns bold into plain spans and headings into paragraphs:
// html2text would decorate them with asterisks and rules, which then hide
// "De :" or "From:" from the text stage and add noise to the new text.
func plainify(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.B, atom.Strong:
				c.DataAtom, c.Data = atom.Span, "span"
			case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
				c.DataAtom, c.Data = atom.P, "p"
			}
		}
		plainify(c)
	}
}

// pruneHistory removes quoted history and signatures from the tree.
// Returns true when it cut everything after a reply header.
func pruneHistory(n *html.Node) bool {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type != html.ElementNode:
		case isReplyHeader(c):
			// Outlook writes the quoted message as siblings after its
			// header block: everything that follows is history.
			removeFrom(c)
			return true
		case isQuoteElement(c):
			n.RemoveChild(c)
		default:
			if pruneHistory(c) {
				removeFrom(next)
				return true
			}
		}
		c = next
	}
	return false
}

// pruneSignature removes signature elements only.
func pruneSignature(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isSignature(c) {
			n.RemoveChild(c)
		} else {
			pruneSignature(c)
		}
		c = next
	}
}

func isSignature(n *html.Node) bool {
	for _, class := range strings.Fields(attr(n, "class")) {
		switch class {
		case "gmail_signature", "gmail_signature_prefix", "moz-signature":
			return true
		}
	}
	return false
}

// removeFrom removes c and all its following siblings.
func removeFrom(c *html.Node) {
	for c != nil {
		next := c.NextSibling
		c.Parent.RemoveChild(c)
		c = next
	}
}

// isQuoteElement reports elements that hold only history or a signature.
func isQuoteElement(n *html.Node) bool {
	if n.DataAtom == atom.Blockquote || isSignature(n) {
		return true
	}
	for _, class := range strings.Fields(attr(n, "class")) {
		switch class {
		case "gmail_quote", "gmail_quote_container", "gmail_attr", "moz-cite-prefix", "yahoo_quoted":
			return true
		}
	}
	return false
}

// isReplyHeader reports the block Outlook puts above quoted history.
func isReplyHeader(n *html.Node) bool {
	switch attr(n, "id") {
	case "divRplyFwdMsg", "mail-editor-reference-message-container", "appendonsend":
		return true
	}
	if strings.Contains(attr(n, "class"), "OutlookMessageHeader") {
		return true
	}
	// Desktop Outlook: a div with a thin top border holding "From:" lines.
	style := strings.ToLower(attr(n, "style"))
	return n.DataAtom == atom.Div && strings.Contains(style, "border-top:solid") &&
		strings.Contains(style, "border:none")
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}
