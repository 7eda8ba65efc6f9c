#!/usr/bin/env python3
"""Deterministic generator for the heldout2 corpus.

    python3 tools/build.py

writes contracts/<id>.toml (from contracts_src.py) and cases/kNNN.eml + kNNN.toml
(from the readable case definitions in cases_k.py). Messages are assembled the way the
named mail programs send them (Gmail, Gmail plain-text mode, Apple Mail, iPhone Mail,
Outlook, Thunderbird, an auto-reply, a newsletter, a payment notice) with the stdlib
email helpers; every output is re-parsed by tools/check.py.
"""
import base64
import datetime as dt
import hashlib
import html
import os
import quopri
import sys
import textwrap
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from contracts_src import CONTRACTS  # noqa: E402
from cases_k import CASES  # noqa: E402

CRLF = "\r\n"

# --------------------------------------------------------------------------- utilities

def hx(seed, n, upper=False):
    s = hashlib.sha256(seed.encode()).hexdigest()
    while len(s) < n:
        s += hashlib.sha256(s.encode()).hexdigest()
    s = s[:n]
    return s.upper() if upper else s


def b62(seed, n):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    d = b""
    while len(d) < n:
        d += hashlib.sha256(seed.encode() + d).digest()
    return "".join(alphabet[b % 62] for b in d[:n])


def uuid_like(seed):
    s = hx(seed, 32, upper=True)
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"


def when(s, tz):
    """'2026-11-16 09:42:13' in zone tz -> aware datetime."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=ZoneInfo(tz))


EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MON_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
          "nov.", "déc."]
FR_MON_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
               "septembre", "octobre", "novembre", "décembre"]


def rfc_date(d, utc=False, pad=False):
    if utc:
        d = d.astimezone(dt.timezone.utc)
    off = d.utcoffset()
    sign = "+" if off >= dt.timedelta(0) else "-"
    mins = abs(int(off.total_seconds())) // 60
    day = f"{d.day:02d}" if pad else str(d.day)
    return (f"{EN_DAYS[d.weekday()]}, {day} {EN_MON[d.month - 1]} {d.year} "
            f"{d:%H:%M:%S} {sign}{mins // 60:02d}{mins % 60:02d}")


def ampm(d):
    h = d.hour % 12 or 12
    return f"{h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, charset, label=None):
    """RFC 2047 Q encoded-words, folded so each word stays under 76 characters."""
    if is_ascii(text) and "=?" not in text:
        return text
    label = label or charset
    head, tail = f"=?{label}?Q?", "?="
    words, cur = [], ""
    for ch in text:
        enc = ""
        for b in ch.encode(charset):
            c = chr(b)
            if c == " ":
                enc += "_"
            elif c.isalnum() and b < 128:
                enc += c
            elif c in "!*+-/" and b < 128:
                enc += c
            else:
                enc += f"={b:02X}"
        if len(head) + len(cur) + len(enc) + len(tail) > 75:
            words.append(head + cur + tail)
            cur = ""
        cur += enc
    words.append(head + cur + tail)
    return (CRLF + " ").join(words)


def addr(name, email, charset="utf-8", label=None):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"[]'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{encoded_words(name, charset, label)} <{email}>"


def addr_list(people, charset="utf-8", label=None):
    return ", ".join(addr(n, e, charset, label) for n, e in people)


def qp_body(text, charset):
    data = text.replace("\r\n", "\n").encode(charset)
    enc = quopri.encodestring(data).decode("ascii")
    # quopri leaves a leading "." or "From " alone, which is fine for files on disk.
    return enc.replace("\n", CRLF)


def b64_body(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def raw_body(text, charset):
    """8bit body: returned as str of latin-1 code points so serialisation is byte-exact."""
    return text.replace("\r\n", "\n").replace("\n", CRLF).encode(charset).decode("latin-1")


# --------------------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None):
        self.headers = headers          # list of (name, value) with value already encoded
        self.body = body                # str (ascii or latin-1 mapped bytes)
        self.parts = parts or []
        self.boundary = boundary

    def serialize(self):
        out = "".join(f"{k}: {v}{CRLF}" for k, v in self.headers)
        out += CRLF
        if self.parts:
            for p in self.parts:
                out += f"--{self.boundary}{CRLF}" + p.serialize() + CRLF
            out += f"--{self.boundary}--{CRLF}"
        else:
            out += self.body
            if not out.endswith(CRLF):
                out += CRLF
        return out


def text_part(text, subtype, charset, cte, ct_label=None, quote_param=True, extra=""):
    label = ct_label or charset
    cs = f'"{label}"' if quote_param else label
    headers = [("Content-Type", f"text/{subtype}; charset={cs}{extra}"),
               ("Content-Transfer-Encoding", cte)]
    if cte == "quoted-printable":
        body = qp_body(text, charset)
    elif cte == "base64":
        body = b64_body(text.encode(charset))
    elif cte in ("8bit", "7bit"):
        body = raw_body(text, charset)
    else:
        raise ValueError(cte)
    return Part(headers, body)


# --------------------------------------------------------------------------- attributions

def attribution(style, lang, q, d):
    n, e = q["frm"]
    if style in ("gmail", "gmail_plain"):
        if lang == "fr":
            return (f"Le {FR_DAYS[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year} à "
                    f"{d:%H:%M}, {n} <{e}> a écrit :")
        return (f"On {EN_DAYS[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} at "
                f"{ampm(d)} {n} <{e}> wrote:")
    if style in ("apple", "iphone"):
        if lang == "fr":
            return f"Le {d.day} {FR_MON[d.month - 1]} {d.year} à {d:%H:%M}, {n} <{e}> a écrit :"
        return f"On {EN_MON[d.month - 1]} {d.day}, {d.year}, at {ampm(d)}, {n} <{e}> wrote:"
    if style == "thunderbird":
        if lang == "fr":
            return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {n} a écrit :"
        return f"On {d.month}/{d.day}/{d:%y} {ampm(d)}, {n} wrote:"
    raise ValueError(style)


def outlook_header_block(lang, q, d):
    n, e = q["frm"]
    to = "; ".join(f"{a} <{b}>" for a, b in q["to"])
    cc = "; ".join(f"{a} <{b}>" for a, b in q.get("cc", []))
    if lang == "fr":
        lines = [f"De : {n} <{e}>",
                 f"Envoyé : {FR_DAYS_LONG[d.weekday()]} {d.day} {FR_MON_LONG[d.month - 1]} "
                 f"{d.year} {d:%H:%M}",
                 f"À : {to}"]
        if cc:
            lines.append(f"Cc : {cc}")
        lines.append(f"Objet : {q['subject']}")
    else:
        lines = [f"From: {n} <{e}>",
                 f"Sent: {EN_DAYS_LONG[d.weekday()]}, {EN_MON_LONG[d.month - 1]} {d.day}, "
                 f"{d.year} {ampm(d)}",
                 f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {q['subject']}")
    return lines


def forward_block(q, d):
    n, e = q["frm"]
    to = ", ".join(f"{a} <{b}>" for a, b in q["to"])
    return ["---------- Forwarded message ---------",
            f"From: {n} <{e}>",
            f"Date: {EN_DAYS[d.weekday()]}, {EN_MON[d.month - 1]} {d.day}, {d.year} at {ampm(d)}",
            f"Subject: {q['subject']}",
            f"To: {to}"]


def prefix_quote(lines, p="> "):
    return [(p + l) if l else p.rstrip() for l in lines]


def wrap78(lines, width=78):
    out = []
    for l in lines:
        if len(l) <= width:
            out.append(l)
            continue
        pre = ""
        while l.startswith(">"):
            pre += "> " if l.startswith("> ") else ">"
            l = l[2:] if l.startswith("> ") else l[1:]
        ind = ""
        if l[:2] in ("- ", "• ", "– "):
            ind = "  "
        w = textwrap.wrap(l, width=width - len(pre), break_long_words=False,
                          break_on_hyphens=False, subsequent_indent=ind)
        out.extend(pre + x for x in w)
    return out


def flowed(lines, width=72):
    """format=flowed (RFC 3676): soft breaks end with a space; quotes keep their '>' depth."""
    out = []
    for l in lines:
        depth = 0
        while l.startswith(">"):
            depth += 1
            l = l[1:]
            if l.startswith(" "):
                l = l[1:]
        pre = ">" * depth + (" " if depth else "")
        if l == "-- ":
            out.append(l)
            continue
        if not depth and (l.startswith(" ") or l.startswith("From ")):
            l = " " + l
        if len(pre) + len(l) <= width:
            out.append(pre + l)
            continue
        words = l.split(" ")
        cur = ""
        for w in words:
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                out.append(pre + cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(pre + cur)
    return out


# --------------------------------------------------------------------------- plain text assembly

def lines_of(s):
    return s.strip("\n").split("\n") if s else []


def plain_text(c, style):
    """The text/plain rendering for a case, as a list of lines."""
    lang = c["lang_mail"]
    body = lines_of(c["body"])
    sig = lines_of(c.get("sig", ""))
    q = c.get("quote")
    out = list(body)
    sig_lines = []
    if sig:
        if style in ("gmail", "gmail_plain", "thunderbird") and c.get("sig_dashes", True):
            sig_lines = ["-- "] + sig
        else:
            sig_lines = sig
    qlines = []
    if q:
        d = when(q["date"], q["tz"])
        qb = lines_of(q["body"])
        if q.get("kind") == "forward":
            qlines = forward_block(q, d) + [""] + qb
        elif style in ("gmail", "gmail_plain"):
            qlines = [attribution(style, lang, q, d), ""] + prefix_quote(qb)
        elif style == "thunderbird":
            qlines = [attribution(style, lang, q, d)] + prefix_quote(qb, ">")
        elif style in ("apple", "iphone"):
            first = qb[0]
            if c.get("bom"):
                first = "\ufeff" + first
            qlines = prefix_quote([attribution(style, lang, q, d), "", first] + qb[1:])
        elif style == "outlook":
            qlines = (["________________________________"] if lang == "fr" or c.get("rule") else []) \
                + outlook_header_block(lang, q, d) + [""] + qb
    if style == "iphone":
        out += ["", c.get("iphone_sig", "Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone")]
        if qlines:
            out += [""] + qlines
        return out
    if c.get("sig_below_quote") and qlines:
        out += ["", ""] + qlines
        if sig_lines:
            out += [""] + sig_lines
        return out
    if sig_lines:
        out += [""] + sig_lines
    if qlines:
        out += ["", ""] + qlines if style == "outlook" else [""] + qlines
    return out


# --------------------------------------------------------------------------- HTML renderings

def esc(s):
    return html.escape(s, quote=False)


def html_divs(lines):
    return "".join("<div><br></div>" if not l.strip() else f"<div>{esc(l)}</div>" for l in lines)


def gmail_html(c):
    lang = c["lang_mail"]
    body = lines_of(c["body"])
    sig = lines_of(c.get("sig", ""))
    q = c.get("quote")
    h = f'<div dir="ltr">{html_divs(body)}'
    sig_html = ""
    if sig:
        sig_html = ('<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                    '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                    + "<br>".join(esc(l) for l in sig) + "</div></div>")
    if sig and not c.get("sig_below_quote"):
        h += sig_html
    h += "</div>"
    if q:
        d = when(q["date"], q["tz"])
        qb = lines_of(q["body"])
        if q.get("kind") == "forward":
            fb = forward_block(q, d)
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                  + "<br>".join(esc(l) for l in fb) + "<br></div><br><br>" + html_divs(qb) + "</div>")
        else:
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                  + esc(attribution("gmail", lang, q, d)) + '<br></div><blockquote class="gmail_quote" '
                  'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  + html_divs(qb) + "</blockquote></div>")
    if sig and c.get("sig_below_quote"):
        h += sig_html
    return h + "\n"


def apple_html(c):
    lang = c["lang_mail"]
    body = lines_of(c["body"])
    sig = lines_of(c.get("sig", ""))
    q = c.get("quote")
    h = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
         'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
         'line-break: after-white-space;">')
    h += html_divs(body)
    if sig:
        h += "<div><br></div><div>" + "<br>".join(esc(l) for l in sig) + "</div>"
    if q:
        d = when(q["date"], q["tz"])
        h += ('<div><br><blockquote type="cite"><div>' + esc(attribution("apple", lang, q, d))
              + '</div><br class="Apple-interchange-newline"><div>' + html_divs(lines_of(q["body"]))
              + "</div></blockquote></div>")
    return h + "</body></html>\n"


WORD_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
             '<style><!--\n@font-face\n\t{{font-family:Aptos;}}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
             '\t{{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}}\n'
             'span.EmailStyle19\n\t{{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n'
             '\tcolor:windowtext;}}\n@page WordSection1\n\t{{size:612.0pt 792.0pt;\n'
             '\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}}\ndiv.WordSection1\n\t{{page:WordSection1;}}\n'
             '--></style>\n</head>\n<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
             '<div class="WordSection1">\n')


def mso_p(l):
    if not l.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return f'<p class="MsoNormal">{esc(l)}<o:p></o:p></p>\n'


def outlook_html(c, cs):
    lang = c["lang_mail"]
    body = lines_of(c["body"])
    sig = lines_of(c.get("sig", ""))
    q = c.get("quote")
    h = WORD_HEAD.format(cs=cs, lang="FR" if lang == "fr" else "EN-US")
    h += "".join(mso_p(l) for l in body)
    if sig:
        h += mso_p("") + "".join(mso_p(l) for l in sig)
    if q:
        d = when(q["date"], q["tz"])
        hb = outlook_header_block(lang, q, d)
        h += mso_p("")
        h += ('<div id="mail-editor-reference-message-container"><div>\n'
              '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal" style="margin-bottom:12.0pt">')
        parts = []
        for l in hb:
            k, _, v = l.partition(" : " if lang == "fr" else ": ")
            sep = "&nbsp;:" if lang == "fr" else ":"
            parts.append(f"<b>{esc(k)}{sep}</b> {esc(v)}")
        h += "<br>\n".join(parts) + "<o:p></o:p></p>\n</div>\n"
        h += "".join(mso_p(l) for l in lines_of(q["body"]))
        h += "</div>\n</div>\n"
    h += "</div>\n</body>\n</html>\n"
    return h


def newsletter_html(c):
    parts = []
    for block in c["body"].strip("\n").split("\n\n"):
        ls = block.split("\n")
        if ls[0].startswith("## "):
            parts.append(f'<h2 style="font-family:Georgia,serif;color:#2b4a3f">{esc(ls[0][3:])}</h2>')
            ls = ls[1:]
        if ls:
            parts.append('<p style="font-family:Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">'
                         + "<br>".join(esc(l) for l in ls) + "</p>")
    foot = "<br>".join(esc(l) for l in lines_of(c.get("footer", "")))
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(c["subject"])
            + '</title></head><body style="margin:0;background:#f4f1ea"><table width="100%" cellpadding="0" '
            'cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;padding:24px">'
            '<tr><td>' + "\n".join(parts) + '<hr><p style="font-size:12px;color:#777">' + foot
            + "</p></td></tr></table></td></tr></table></body></html>\n")


# --------------------------------------------------------------------------- message builders

def msgid_for(c, style, seed):
    dom = c["frm"][1].split("@")[1]
    if style in ("gmail", "gmail_plain") and c.get("gmail_ids", True):
        return f"<CA{b62(seed, 44)}@mail.gmail.com>"
    if style == "outlook":
        box = hx(seed, 16, True)
        return f"<PR3P264MB{box[:4]}{box}@PR3P264MB{box[:4]}.FRAP264.PROD.OUTLOOK.COM>" \
            if c["lang_mail"] == "fr" else \
            f"<BY5PR11MB{box[:4]}{box}@BY5PR11MB{box[:4]}.namprd11.prod.outlook.com>"
    if style in ("apple", "iphone"):
        return f"<{uuid_like(seed)}@{dom}>"
    if style == "thunderbird":
        u = uuid_like(seed).lower()
        return f"<{u}@{dom}>"
    return f"<{hx(seed, 24)}.{hx(seed + 'x', 8)}@{dom}>"


def quote_msgid(c):
    q = c.get("quote")
    if not q or q.get("kind") == "forward":
        return None
    dom = q["frm"][1].split("@")[1]
    return f"<{uuid_like(c['id'] + 'quoted')}@{dom}>"


def attachment_parts(c):
    parts = []
    for name, ctype, data in c.get("attach", []):
        aid = "f_" + hx(c["id"] + name, 9)
        parts.append(Part([
            ("Content-Type", f'{ctype}; name="{name}"'),
            ("Content-Disposition", f'attachment; filename="{name}"'),
            ("Content-Transfer-Encoding", "base64"),
            ("Content-ID", f"<{aid}>"),
            ("X-Attachment-Id", aid),
        ], b64_body(data)))
    return parts


def wrap_mixed(c, inner, bnd_seed):
    att = attachment_parts(c)
    if not att:
        return inner
    b = "000000000000" + hx(bnd_seed + "mixed", 16)
    return Part([("Content-Type", f'multipart/mixed; boundary="{b}"')], parts=[inner] + att, boundary=b)


def build(c):
    style = c["style"]
    d = when(c["date"], c["tz"])
    seed = c["id"] + "msg"
    mid = msgid_for(c, style, seed)
    qid = quote_msgid(c)
    refs = c.get("refs_before", [])
    irt = qid
    fname, faddr = c["frm"]
    to = c["to"]
    cc = c.get("cc", [])
    subj = c["subject"]
    hdr = []
    charset = c.get("charset", "utf-8")

    if style in ("gmail", "gmail_plain"):
        plain = "\n".join(wrap78(plain_text(c, style)) if style == "gmail_plain" else plain_text(c, style)) + "\n"
        hdr.append(("MIME-Version", "1.0"))
        if qid:
            hdr.append(("References", " ".join(refs + [qid])))
            hdr.append(("In-Reply-To", qid))
        hdr += [("From", addr(fname, faddr, "utf-8", "UTF-8")),
                ("Date", rfc_date(d)),
                ("Message-ID", mid),
                ("Subject", encoded_words(subj, "utf-8", "UTF-8")),
                ("To", addr_list(to, "utf-8", "UTF-8"))]
        if cc:
            hdr.append(("Cc", addr_list(cc, "utf-8", "UTF-8")))
        hdr += c.get("extra_headers", [])
        if style == "gmail_plain":
            body = text_part(plain, "plain", "utf-8", "quoted-printable", "UTF-8")
            if c.get("attach"):
                body = wrap_mixed(c, body, seed)
        else:
            b = "000000000000" + hx(seed + "alt", 16)
            alt = Part([("Content-Type", f'multipart/alternative; boundary="{b}"')], parts=[
                text_part(plain, "plain", "utf-8", "quoted-printable", "UTF-8"),
                text_part(gmail_html(c), "html", "utf-8", "quoted-printable", "UTF-8")], boundary=b)
            body = wrap_mixed(c, alt, seed)
        msg = Part(hdr + body.headers, body.body, body.parts, body.boundary)

    elif style == "iphone":
        plain = "\n".join(plain_text(c, style)) + "\n"
        hdr += [("From", addr(fname, faddr, "utf-8")),
                ("Content-Type", "text/plain;\r\n\tcharset=utf-8"),
                ("Content-Transfer-Encoding", "quoted-printable"),
                ("Mime-Version", "1.0 (1.0)"),
                ("Subject", encoded_words(subj, "utf-8", "utf-8")),
                ("Date", rfc_date(d, pad=False)),
                ("Message-Id", mid)]
        if qid:
            hdr.append(("References", " ".join(refs + [qid])))
        if cc:
            hdr.append(("Cc", addr_list(cc, "utf-8")))
        if qid:
            hdr.append(("In-Reply-To", qid))
        hdr.append(("To", addr_list(to, "utf-8")))
        hdr.append(("X-Mailer", "iPhone Mail (22D72)"))
        msg = Part(hdr, qp_body(plain, "utf-8"))

    elif style == "apple":
        plain = "\n".join(plain_text(c, style)) + "\n"
        b = "Apple-Mail=_" + uuid_like(seed + "b")
        hdr += [("From", addr(fname, faddr, "utf-8")),
                ("Content-Type", f'multipart/alternative;\r\n\tboundary="{b}"'),
                ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"),
                ("Subject", encoded_words(subj, "utf-8", "utf-8")),
                ("Date", rfc_date(d))]
        if qid:
            hdr.append(("References", " ".join(refs + [qid])))
        hdr.append(("To", addr_list(to, "utf-8")))
        if cc:
            hdr.append(("Cc", addr_list(cc, "utf-8")))
        if qid:
            hdr.append(("In-Reply-To", qid))
        hdr += [("Message-Id", mid), ("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
        msg = Part(hdr, parts=[
            text_part(plain, "plain", "utf-8", "quoted-printable", quote_param=False),
            text_part(apple_html(c), "html", "utf-8", "quoted-printable", quote_param=False)], boundary=b)

    elif style == "thunderbird":
        plain = "\n".join(flowed(plain_text(c, style))) + "\n"
        hdr += [("Message-ID", mid), ("Date", rfc_date(d)), ("MIME-Version", "1.0"),
                ("User-Agent", "Mozilla Thunderbird"),
                ("Content-Language", "fr" if c["lang_mail"] == "fr" else "en-US"),
                ("To", addr_list(to, "utf-8", "UTF-8"))]
        if cc:
            hdr.append(("Cc", addr_list(cc, "utf-8", "UTF-8")))
        hdr += [("From", addr(fname, faddr, "utf-8", "UTF-8")),
                ("Subject", encoded_words(subj, "utf-8", "UTF-8"))]
        if qid:
            hdr += [("References", " ".join(refs + [qid])), ("In-Reply-To", qid)]
        hdr += [("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
                ("Content-Transfer-Encoding", "8bit")]
        msg = Part(hdr, raw_body(plain, "utf-8"))

    elif style == "outlook":
        cte = c.get("cte", "quoted-printable")
        label = c.get("charset_label", charset)
        plain = "\n".join(plain_text(c, style)) + "\n"
        hcs = c.get("header_charset", charset)
        hlabel = c.get("header_label", hcs)
        tindex = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
        hdr += [("From", addr(fname, faddr, hcs, hlabel)),
                ("To", addr_list(to, hcs, hlabel))]
        if cc:
            hdr.append(("CC", addr_list(cc, hcs, hlabel)))
        hdr += [("Subject", encoded_words(subj, hcs, hlabel))]
        topic = c.get("thread_topic", subj.split(": ", 1)[1] if subj[:4] in ("RE: ", "TR: ", "FW: ") else subj)
        hdr += [("Thread-Topic", encoded_words(topic, hcs, hlabel)),
                ("Thread-Index", tindex),
                ("Date", rfc_date(d, utc=True)),
                ("Message-ID", mid)]
        if qid:
            hdr += [("References", " ".join(refs + [qid])), ("In-Reply-To", qid)]
        lang_tag = "fr-FR" if c["lang_mail"] == "fr" else "en-US"
        hdr += [("Accept-Language", f"{lang_tag}, en-US" if lang_tag == "fr-FR" else "en-US"),
                ("Content-Language", lang_tag),
                ("X-MS-Has-Attach", "yes" if c.get("attach") else ""),
                ("X-MS-TNEF-Correlator", "")]
        hdr += c.get("extra_headers", [])
        enc_cs = charset
        tp = text_part(plain, "plain", enc_cs, cte, label)
        if c.get("plain_only"):
            msg = Part(hdr + tp.headers + [("MIME-Version", "1.0")], tp.body)
        else:
            b = "_000_" + c.get("box", "PR3P264MB") + hx(seed + "b", 16, True) + "_"
            hp = text_part(outlook_html(c, label), "html", enc_cs, cte, label)
            alt = Part([("Content-Type", f'multipart/alternative; boundary="{b}"')], parts=[tp, hp], boundary=b)
            if c.get("attach"):
                b2 = "_004_" + hx(seed + "m", 16, True) + "_"
                att = attachment_parts(c)
                top = Part([("Content-Type", f'multipart/mixed; boundary="{b2}"')], parts=[alt] + att, boundary=b2)
            else:
                top = alt
            msg = Part(hdr + top.headers + [("MIME-Version", "1.0")], parts=top.parts, boundary=top.boundary)

    elif style == "autoreply":
        # Gmail vacation responder (text + HTML), headers marked as auto-replied.
        plain = "\n".join(lines_of(c["body"])) + "\n"
        hdr += [("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied"),
                ("References", c["in_reply_to"]), ("In-Reply-To", c["in_reply_to"]),
                ("Precedence", "bulk") if c.get("precedence") else None,
                ("From", addr(fname, faddr, "utf-8", "UTF-8")), ("Date", rfc_date(d)),
                ("Message-ID", mid), ("Subject", encoded_words(subj, "utf-8", "UTF-8")),
                ("To", addr_list(to, "utf-8", "UTF-8"))]
        hdr = [h for h in hdr if h]
        b = "000000000000" + hx(seed + "alt", 16)
        msg = Part(hdr + [("Content-Type", f'multipart/alternative; boundary="{b}"')], parts=[
            text_part(plain, "plain", "utf-8", "quoted-printable", "UTF-8"),
            text_part('<div dir="ltr">' + html_divs(lines_of(c["body"])) + "</div>\n", "html", "utf-8",
                      "quoted-printable", "UTF-8")], boundary=b)

    elif style == "outlook_autoreply":
        plain = "\n".join(lines_of(c["body"])) + "\n"
        hcs = charset
        tindex = base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()
        hdr += [("From", addr(fname, faddr, hcs)), ("To", addr_list(to, hcs)),
                ("Subject", encoded_words(subj, hcs)),
                ("Thread-Topic", encoded_words(c["thread_topic"], hcs)),
                ("Thread-Index", tindex), ("Date", rfc_date(d, utc=True)), ("Message-ID", mid),
                ("References", c["in_reply_to"]), ("In-Reply-To", c["in_reply_to"]),
                ("Accept-Language", "fr-FR, en-US"), ("Content-Language", "fr-FR"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", faddr)]
        tp = text_part(plain, "plain", charset, "quoted-printable", charset)
        msg = Part(hdr + tp.headers + [("MIME-Version", "1.0")], tp.body)

    elif style == "bulk":
        plain = "\n".join(l[3:] if l.startswith("## ") else l for l in lines_of(c["body"]))
        plain += "\n\n" + "\n".join(lines_of(c.get("footer", ""))) + "\n"
        b = "----=_Part_" + str(int(hx(seed, 8), 16)) + "_" + str(int(hx(seed + "2", 6), 16)) + ".17"
        lid = c["list_id"]
        hdr += [("Date", rfc_date(d)), ("From", addr(fname, faddr, "utf-8", "UTF-8")),
                ("Reply-To", addr(fname, c.get("reply_to", faddr), "utf-8", "UTF-8")),
                ("To", to[0][1]), ("Message-ID", mid),
                ("Subject", encoded_words(subj, "utf-8", "UTF-8")),
                ("MIME-Version", "1.0"),
                ("Content-Type", f'multipart/alternative; boundary="{b}"'),
                ("Precedence", "bulk"),
                ("List-Id", lid),
                ("List-Unsubscribe", f"<https://{faddr.split('@')[1]}/desabonnement?u={hx(seed, 20)}>, "
                                     f"<mailto:unsubscribe-{hx(seed, 12)}@{faddr.split('@')[1]}>"),
                ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                ("X-Mailer", "Brevo")]
        msg = Part(hdr, parts=[text_part(plain, "plain", "utf-8", "quoted-printable", "UTF-8", quote_param=False),
                               text_part(newsletter_html(c), "html", "utf-8", "quoted-printable", "UTF-8",
                                         quote_param=False)], boundary=b)

    elif style == "notice8bit":
        plain = "\n".join(lines_of(c["body"])) + "\n"
        hdr += [("Message-ID", mid), ("Date", rfc_date(d, pad=True)), ("MIME-Version", "1.0"),
                ("Subject", encoded_words(subj, c.get("header_charset", charset))),
                ("To", addr_list(to, c.get("header_charset", charset))),
                ("From", addr(fname, faddr, c.get("header_charset", charset))), ("X-Mailer", c.get("mailer", "Sage 100 Notifications")),
                ("Auto-Submitted", "auto-generated"),
                ("Content-Type", f"text/plain; charset={charset}"),
                ("Content-Transfer-Encoding", "8bit")]
        msg = Part(hdr, raw_body(plain, charset))
    else:
        raise ValueError(style)

    return msg.serialize().encode("latin-1")


# --------------------------------------------------------------------------- case TOML

def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def case_toml(c):
    lines = [f"# language of the new text: {c['lang']}", f"contract = {toml_str(c['contract'])}", "", "[state]"]
    ru = c.get("used")
    if ru:
        inner = ", ".join(f"{k} = {v}" for k, v in ru.items())
        lines.append(f"revisions_used = {{ {inner} }}")
    lines.append(f"today = {c['today']}")
    lines += ["", "[expect]", f"verdict     = {toml_str(c['verdict'])}"]
    if c.get("deliverable"):
        lines.append(f"deliverable = {toml_str(c['deliverable'])}")
    lines.append(f"note        = {toml_str(c['note'])}")
    return "\n".join(lines) + "\n"


def main():
    os.makedirs(os.path.join(ROOT, "contracts"), exist_ok=True)
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    for cid, text in CONTRACTS.items():
        with open(os.path.join(ROOT, "contracts", cid + ".toml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    seen = set()
    for c in CASES:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        c.setdefault("lang_mail", c["lang"])
        data = build(c)
        with open(os.path.join(ROOT, "cases", c["id"] + ".eml"), "wb") as f:
            f.write(data)
        with open(os.path.join(ROOT, "cases", c["id"] + ".toml"), "w", encoding="utf-8", newline="\n") as f:
            f.write(case_toml(c))
    print(f"wrote {len(CONTRACTS)} contracts and {len(CASES)} cases")


if __name__ == "__main__":
    main()
