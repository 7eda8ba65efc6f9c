"""Deterministic RFC 5322 message builder imitating common mail clients.

Everything is derived from the case definition (no clock, no randomness): boundaries and
Message-IDs are hashes of the case key. Output is bytes with CRLF line endings.

Styles:
  gmail        multipart/alternative, UTF-8 quoted-printable, Gmail quote + "-- " signature
  gmail_plain  Gmail plain-text mode: text/plain UTF-8 QP, hard-wrapped at 76 columns
  outlook      Outlook / Microsoft 365: multipart/alternative, Word HTML, UTC Date,
               Thread-Index, "De : / Envoyé :" or "From: / Sent:" history, charset and
               transfer encoding chosen per case (windows-1252, iso-8859-1, utf-8; QP or base64)
  iphone       iPhone Mail: text/plain UTF-8 QP, "Envoyé de mon iPhone", Apple attribution
  apple        Apple Mail (macOS): text/plain UTF-8 QP, "> On ..., at ..., X wrote:"
  thunderbird  text/plain; format=flowed, 8bit UTF-8
  webmail      Orange webmail: text/plain iso-8859-1 QP, "> Message du ..." history
  autoreply    out-of-office reply, Auto-Submitted: auto-replied
  newsletter   bulk mailing, Precedence: bulk, List-Unsubscribe, text + HTML
"""
import base64
import datetime as dt
import email.header
import email.utils
import hashlib
import html as htmlmod
import quopri
import textwrap
import uuid

CRLF = "\r\n"

# --------------------------------------------------------------------------- dates
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_FR_ABBR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_FR_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
                  "oct.", "nov.", "déc."]


def tz_offset(zone: str, local: dt.datetime) -> int:
    """UTC offset in minutes for the 2027 spring (hard-coded DST switches)."""
    if zone == "FR":
        return 120 if local >= dt.datetime(2027, 3, 28, 3, 0) else 60
    if zone == "UK":
        return 60 if local >= dt.datetime(2027, 3, 28, 2, 0) else 0
    if zone == "US":  # US Central
        return -300 if local >= dt.datetime(2027, 3, 14, 3, 0) else -360
    raise ValueError(zone)


def aware(when: str, zone: str) -> dt.datetime:
    local = dt.datetime.strptime(when, "%Y-%m-%d %H:%M:%S" if when.count(":") == 2 else "%Y-%m-%d %H:%M")
    return local.replace(tzinfo=dt.timezone(dt.timedelta(minutes=tz_offset(zone, local))))


def rfc_date(d: dt.datetime, utc=False) -> str:
    if utc:
        d = d.astimezone(dt.timezone.utc)
        return d.strftime("%a, %-d %b %Y %H:%M:%S +0000")
    return email.utils.format_datetime(d).replace(", 0", ", ", 1)


def ampm(d):
    return d.strftime("%-I:%M %p")


def attribution(kind: str, lang: str, d: dt.datetime, name: str, addr: str) -> str:
    if kind == "gmail":
        if lang == "fr":
            return (f"Le {DAYS_FR_ABBR[d.weekday()]} {d.day} {MONTHS_FR_ABBR[d.month - 1]} {d.year} "
                    f"à {d:%H:%M}, {name} <{addr}> a écrit :")
        return f"On {d:%a, %b} {d.day}, {d.year} at {ampm(d)} {name} <{addr}> wrote:"
    if kind == "apple":
        if lang == "fr":
            return f"Le {d.day} {MONTHS_FR[d.month - 1]} {d.year} à {d:%H:%M}, {name} <{addr}> a écrit :"
        if lang == "en-gb":
            return f"On {d.day} {d:%b %Y}, at {d:%H:%M}, {name} <{addr}> wrote:"
        return f"On {d:%b} {d.day}, {d.year}, at {ampm(d)}, {name} <{addr}> wrote:"
    if kind == "thunderbird":
        if lang == "fr":
            return f"Le {d:%d/%m/%Y} à {d:%H:%M}, {name} a écrit :"
        return f"On {d:%d/%m/%Y} {d:%H:%M}, {name} wrote:"
    raise ValueError(kind)


# --------------------------------------------------------------------------- encodings
def hid(*parts, n=32) -> str:
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


def b62(seed: str, n: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    out = ""
    while len(out) < n:
        h, r = divmod(h, 62)
        out += alphabet[r]
        if h == 0:
            h = int(hashlib.sha256((seed + out).encode()).hexdigest(), 16)
    return out


def det_uuid(seed: str, upper=True) -> str:
    u = str(uuid.UUID(hashlib.md5(seed.encode()).hexdigest()))
    return u.upper() if upper else u


def hdr(value: str, charset="utf-8", name="Subject") -> str:
    if all(ord(c) < 128 for c in value):
        return value
    return email.header.Header(value, charset, header_name=name).encode(linesep=CRLF)


def addr(name: str, address: str, charset="utf-8") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, address))
    return f"{hdr(name, charset, 'To')} <{address}>"


def qp(text: str, charset: str) -> str:
    raw = text.replace("\r\n", "\n").encode(charset)
    return quopri.encodestring(raw, quotetabs=False).decode("ascii").replace("\n", CRLF)


def b64(data: bytes) -> str:
    return base64.encodebytes(data).decode("ascii").replace("\n", CRLF)


def encode_body(text: str, charset: str, cte: str) -> str:
    if not text.endswith("\n"):
        text += "\n"
    if cte == "quoted-printable":
        return qp(text, charset)
    if cte == "base64":
        return b64(text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset))
    if cte in ("8bit", "7bit"):
        return text.replace("\r\n", "\n").replace("\n", CRLF)  # bytes encoded at the end
    raise ValueError(cte)


def wrap_lines(text: str, width=76) -> str:
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
        else:
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


def flowed(text: str, width=72) -> str:
    """format=flowed: soft line breaks keep a trailing space."""
    out = []
    for line in text.split("\n"):
        prefix = ""
        body = line
        while body.startswith(">"):
            prefix += ">"
            body = body[1:]
        if prefix and body.startswith(" "):
            body = body[1:]
            prefix += " "
        if line == "-- " or len(line) <= width:
            out.append(line)
            continue
        parts = textwrap.wrap(body, width - len(prefix), break_long_words=False, break_on_hyphens=False)
        for i, p in enumerate(parts):
            out.append(prefix + p + (" " if i < len(parts) - 1 else ""))
    return "\n".join(out)


def quote_gt(text: str) -> str:
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def esc(s: str) -> str:
    return htmlmod.escape(s, quote=False)


# --------------------------------------------------------------------------- HTML
def gmail_html(body, sig, attr=None, qhtml=None):
    divs = "".join("<div><br></div>" if not l else f"<div>{esc(l)}</div>" for l in body.split("\n"))
    s = ""
    if sig:
        s = ('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" '
             'class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
             + "<br>".join(esc(l) for l in sig.split("\n")) + "</div></div>")
    h = f'<div dir="ltr">{divs}{s}</div>'
    if attr:
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{qhtml}</blockquote></div>')
    return h + "\n"


def simple_html(text):
    return "".join("<div><br></div>" if not l else f"<div>{esc(l)}</div>" for l in text.split("\n"))


def outlook_html(body, sig, charset, lang, qblock=None, qbody=None):
    def paras(t):
        return "\n".join(f'<p class="MsoNormal">{esc(l) if l else "&nbsp;"}<o:p></o:p></p>' for l in t.split("\n"))
    lang_attr = "FR" if lang == "fr" else "EN-GB"
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
         f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
         '<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
         '\t{margin:0cm;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
         'span.EmailStyle20\n\t{mso-style-type:personal-reply;\n\tfont-family:"Aptos",sans-serif;\n\tcolor:windowtext;}\n'
         '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;}\n'
         'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
         f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
         '<div class="WordSection1">\n')
    h += paras(body) + "\n"
    if sig:
        h += '<p class="MsoNormal">&nbsp;<o:p></o:p></p>\n' + paras(sig) + "\n"
    if qblock:
        h += ('<div id="mail-editor-reference-message-container"><div>\n'
              '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal" style="margin-bottom:12.0pt">')
        rows = []
        for l in qblock.split("\n"):
            sep = " : " if " : " in l else ": "
            k, _, v = l.partition(sep)
            rows.append(f"<b>{esc(k)}{sep.rstrip()}</b> {esc(v)}")
        h += "<br>\n".join(rows) + "<o:p></o:p></p>\n</div>\n" + paras(qbody) + "\n</div>\n</div>\n"
    h += "</div>\n</body>\n</html>\n"
    return h


# --------------------------------------------------------------------------- messages
def join_headers(headers):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}" if v != "" else f"{k}: ")
    return CRLF.join(lines) + CRLF


def text_part(text, charset, cte, ctype="text/plain", extra=""):
    cs = '"UTF-8"' if charset.lower() == "utf-8" else f'"{charset}"'
    head = f"Content-Type: {ctype}; charset={cs}{extra}{CRLF}Content-Transfer-Encoding: {cte}{CRLF}"
    return head, encode_body(text, charset, cte)


def alternative(key, plain, html, charset, cte, bprefix="0000000000"):
    b = bprefix + hid(key, "alt", n=16)
    ph, pb = text_part(plain, charset, cte)
    hh, hb = text_part(html, charset, cte, "text/html")
    body = (f"--{b}{CRLF}{ph}{CRLF}{pb}{'' if pb.endswith(CRLF) else CRLF}{CRLF}"
            f"--{b}{CRLF}{hh}{CRLF}{hb}{'' if hb.endswith(CRLF) else CRLF}{CRLF}--{b}--{CRLF}")
    return f'multipart/alternative; boundary="{b}"', body


def mixed(key, inner_ctype, inner_body, attachments):
    b = "0000000000" + hid(key, "mix", n=16)
    body = f"--{b}{CRLF}Content-Type: {inner_ctype}{CRLF}{CRLF}{inner_body}{CRLF}"
    for fname, ctype, data in attachments:
        body += (f"--{b}{CRLF}Content-Type: {ctype}; name=\"{fname}\"{CRLF}"
                 f"Content-Disposition: attachment; filename=\"{fname}\"{CRLF}"
                 f"Content-Transfer-Encoding: base64{CRLF}X-Attachment-Id: f_{hid(key, fname, n=9)}{CRLF}"
                 f"Content-ID: <f_{hid(key, fname, n=9)}>{CRLF}{CRLF}{b64(data)}")
    body += f"--{b}--{CRLF}"
    return f'multipart/mixed; boundary="{b}"', body


def provider_msgid(key, provider_email):
    return f"<{det_uuid(key + 'prov')}@{provider_email.split('@')[1]}>"


def gmail_msgid(key):
    return f"<CA{b62(key + 'g', 44)}@mail.gmail.com>"


def outlook_msgid(key, region):
    box = {"FR": ("PR3P264MB", "FRAP264.PROD.OUTLOOK.COM"),
           "UK": ("LO4P265MB", "GBRP265.PROD.OUTLOOK.COM"),
           "US": ("SA1PR12MB", "namprd12.prod.outlook.com")}[region]
    n = int(hid(key, "n", n=6), 16) % 9000 + 1000
    return f"<{box[0]}{n}{hid(key, 'o', n=12).upper()}@{box[0]}{n}.{box[1]}>"


def thread_index(key):
    return base64.b64encode(hashlib.sha1(key.encode()).digest()[:22]).decode()


def build(c, people, contracts):
    """c: case dict (see cases.py); returns the message bytes."""
    key = c["key"]
    p = people[c["sender"]]
    con = contracts[c["contract"]]
    prov = people[con["_provider_person"]]
    style = c["style"]
    lang = c["lang"]
    zone = p["tz"]
    when = aware(c["when"], zone)
    if c["when"].count(":") == 1:  # mail clients stamp seconds too
        when = when.replace(second=int(hid(key, "sec", n=4), 16) % 60)
    charset = c.get("charset", "utf-8")
    cte = c.get("cte", "quoted-printable")
    body = c["body"].strip("\n")
    sig = c.get("sig", p.get("sig"))
    q = c.get("quote")
    qd = aware(q["when"], prov["tz"]) if q else None
    qbody = q["body"].strip("\n") if q else None
    if q and q.get("sig", True) and prov.get("sig"):
        qbody = qbody + "\n\n--\n" + prov["sig"]
    to = addr(prov["name"], prov["email"], charset if style == "outlook" else "utf-8")
    frm = addr(p["name"], p["email"], charset if style == "outlook" else "utf-8")
    cc = ", ".join(addr(people[x]["name"], people[x]["email"], charset if style == "outlook" else "utf-8")
                   for x in c.get("cc", [])) or None
    subj = hdr(c["subject"], charset if style == "outlook" else "utf-8")
    refs = [provider_msgid(key, prov["email"])] if q else []
    if q and q.get("earlier"):
        refs.insert(0, gmail_msgid(key + "earlier"))
    in_reply = refs[-1] if refs else None
    extra_headers = c.get("headers", [])

    if style in ("gmail", "gmail_plain"):
        qlang = q.get("lang", lang) if q else lang
        attr = attribution("gmail", qlang, qd, prov["name"], prov["email"]) if q else None
        if style == "gmail":
            plain = body + (f"\n\n-- \n{sig}" if sig else "")
            if q:
                plain += f"\n\n{attr}\n\n{quote_gt(qbody)}"
            html = gmail_html(body, sig, attr, simple_html(qbody) if q else None)
            ctype, payload = alternative(key, plain, html, "utf-8", "quoted-printable")
        else:
            plain = wrap_lines(body) + (f"\n\n-- \n{sig}" if sig else "")
            if q:
                plain += "\n\n" + wrap_lines(attr) + "\n\n" + quote_gt(wrap_lines(qbody, 74))
            h, payload = text_part(plain, "utf-8", "quoted-printable")
            ctype = h.split(CRLF)[0].split(": ", 1)[1]
            payload_headers = h
        if c.get("attachments"):
            ctype, payload = mixed(key, ctype, payload, c["attachments"])
        headers = [("MIME-Version", "1.0")]
        if refs:
            headers += [("References", " ".join(refs)), ("In-Reply-To", in_reply)]
        headers += [("From", frm), ("Date", rfc_date(when)), ("Message-ID", gmail_msgid(key)),
                    ("Subject", subj.replace("=?utf-8?q?", "=?UTF-8?Q?")), ("To", to), ("Cc", cc)] + extra_headers
        if style == "gmail_plain" and not c.get("attachments"):
            raw = join_headers(headers) + payload_headers + CRLF + payload
        else:
            raw = join_headers(headers + [("Content-Type", ctype)]) + CRLF + payload
        return raw.encode("ascii")

    if style == "outlook":
        region = {"FR": "FR", "UK": "UK", "US": "US"}[zone]
        plain = body + (f"\n\n{sig}" if sig else "")
        qblock = None
        if q:
            qlang = q.get("lang", lang)
            if qlang == "fr":
                qblock = (f"De : {prov['name']} <{prov['email']}>\n"
                          f"Envoyé : {DAYS_FR[qd.weekday()]} {qd.day} {MONTHS_FR[qd.month - 1]} {qd.year} {qd:%H:%M}\n"
                          f"À : {q.get('to', p['name'] + ' <' + p['email'] + '>')}\n"
                          + (f"Cc : {q['cc']}\n" if q.get("cc") else "")
                          + f"Objet : {q.get('subject', c['subject'].split(': ', 1)[-1])}")
            else:
                qblock = (f"From: {prov['name']} <{prov['email']}>\n"
                          f"Sent: {qd:%A, %B} {qd.day}, {qd.year} {ampm(qd)}\n"
                          f"To: {q.get('to', p['name'] + ' <' + p['email'] + '>')}\n"
                          + (f"Cc: {q['cc']}\n" if q.get("cc") else "")
                          + f"Subject: {q.get('subject', c['subject'].split(': ', 1)[-1])}")
            plain += f"\n\n________________________________\n{qblock}\n\n{qbody}"
        html = outlook_html(body, sig, charset, lang, qblock, qbody)
        ctype, payload = alternative(key, plain, html, charset, cte, bprefix="_000_")
        topic = c["subject"].split(": ", 1)[-1] if c["subject"][:3].lower() in ("re:", "tr:") else c["subject"]
        headers = [("From", frm), ("To", to), ("CC", cc), ("Subject", subj),
                   ("Thread-Topic", hdr(topic, charset, "Thread-Topic")),
                   ("Thread-Index", thread_index(key)),
                   ("Date", rfc_date(when, utc=True)), ("Message-ID", outlook_msgid(key, region))]
        if refs:
            headers += [("References", " ".join(refs)), ("In-Reply-To", in_reply)]
        lang_hdr = "fr-FR" if lang == "fr" else ("en-GB" if zone == "UK" else "en-US")
        headers += [("Accept-Language", f"{lang_hdr}, en-US" if lang_hdr != "en-US" else "en-US"),
                    ("Content-Language", lang_hdr), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
        headers += extra_headers + [("Content-Type", ctype), ("MIME-Version", "1.0")]
        return join_headers(headers).encode("ascii") + CRLF.encode() + payload.encode("ascii")

    if style in ("iphone", "apple"):
        plain = body
        if style == "iphone":
            plain += "\n\n" + ("Envoyé de mon iPhone" if lang == "fr" else "Sent from my iPhone")
        elif sig:
            plain += "\n\n" + sig
        if q:
            qlang = q.get("lang", lang)
            attr = attribution("apple", qlang, qd, prov["name"], prov["email"])
            if style == "iphone":
                plain += f"\n\n{attr}\n\n{quote_gt(qbody)}"
            else:
                plain += "\n\n" + quote_gt(attr + "\n\n" + qbody)
        h, payload = text_part(plain, "utf-8", "quoted-printable")
        h = h.replace('charset="UTF-8"', "charset=utf-8")
        headers = [("Content-Type", h.split(CRLF)[0].split(": ", 1)[1]),
                   ("Content-Transfer-Encoding", "quoted-printable"),
                   ("From", frm), ("Mime-Version", "1.0 (1.0)" if style == "iphone" else "1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))"),
                   ("Subject", subj), ("Date", rfc_date(when))]
        if refs:
            headers += [("References", " ".join(refs))]
        headers += [("Cc", cc)]
        if refs:
            headers += [("In-Reply-To", in_reply)]
        headers += [("To", to), ("Message-Id", f"<{det_uuid(key)}@{p['email'].split('@')[1]}>"),
                    ("X-Mailer", "iPhone Mail (22E252)" if style == "iphone" else "Apple Mail (2.3826.500.181.1.5)")]
        headers += extra_headers
        return join_headers(headers).encode("ascii") + CRLF.encode() + payload.encode("ascii")

    if style == "thunderbird":
        plain = body + (f"\n\n-- \n{sig}" if sig else "")
        if q:
            attr = attribution("thunderbird", q.get("lang", lang), qd, prov["name"], prov["email"])
            plain += f"\n\n{attr}\n{quote_gt(qbody)}"
        text = flowed(plain).replace("\n", CRLF) + CRLF
        headers = [("Message-ID", f"<{det_uuid(key, upper=False)}@{p['email'].split('@')[1]}>"),
                   ("Date", rfc_date(when)), ("MIME-Version", "1.0"),
                   ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "en-GB" if lang == "en" else "fr")]
        if refs:
            headers += [("References", " ".join(refs)), ("In-Reply-To", in_reply)]
        headers += [("Subject", subj), ("To", to), ("Cc", cc), ("From", frm)] + extra_headers
        headers += [("Content-Type", "text/plain; charset=UTF-8; format=flowed"),
                    ("Content-Transfer-Encoding", "8bit")]
        return join_headers(headers).encode("ascii") + CRLF.encode() + text.encode("utf-8")

    if style == "webmail":
        plain = body + (f"\n\n{sig}" if sig else "")
        if q:
            qlang = q.get("lang", lang)
            qh = (f"Message du {qd:%d/%m/%y %H:%M}\nDe : \"{prov['name']}\" <{prov['email']}>\n"
                  f"A : {p['email']}\nObjet : {q.get('subject', c['subject'].split(': ', 1)[-1])}\n\n")
            plain += "\n\n" + quote_gt(qh + qbody)
        h, payload = text_part(plain, charset, cte)
        headers = [("Date", rfc_date(when)), ("From", frm), ("Reply-To", frm), ("To", to), ("Cc", cc),
                   ("Message-ID", f"<{int(hid(key, n=9), 16) % 10**9}.{int(hid(key, 'b', n=6), 16) % 10**6}."
                                  f"{int(when.timestamp()) * 1000 + 417}.JavaMail.open-xchange@wwinf1m22>"),
                   ]
        if refs:
            headers += [("In-Reply-To", in_reply), ("References", " ".join(refs))]
        headers += [("Subject", subj), ("MIME-Version", "1.0"),
                    ("Content-Type", h.split(CRLF)[0].split(": ", 1)[1]),
                    ("Content-Transfer-Encoding", cte), ("X-Priority", "3"), ("Importance", "Normal"),
                    ("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev53"), ("X-Originating-Client", "open-xchange-appsuite")]
        headers += extra_headers
        return join_headers(headers).encode("ascii") + CRLF.encode() + payload.encode("ascii")

    if style == "autoreply":
        h, payload = text_part(body, "utf-8", "quoted-printable")
        headers = [("MIME-Version", "1.0"), ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"),
                   ("References", " ".join(refs)) if refs else ("References", None),
                   ("In-Reply-To", in_reply), ("From", frm), ("Date", rfc_date(when)),
                   ("Message-ID", gmail_msgid(key)), ("Subject", subj), ("To", to),
                   ("Content-Type", h.split(CRLF)[0].split(": ", 1)[1]),
                   ("Content-Transfer-Encoding", "quoted-printable")] + extra_headers
        return join_headers(headers).encode("ascii") + CRLF.encode() + payload.encode("ascii")

    if style == "newsletter":
        ctype, payload = alternative(key, body, c["html"], "utf-8", "quoted-printable", bprefix="_----")
        lid = c["list_id"]
        headers = [("Return-Path", f"<bounce-{hid(key, n=10)}@{p['email'].split('@')[1]}>"),
                   ("From", frm), ("Reply-To", frm), ("To", to), ("Subject", subj),
                   ("Date", rfc_date(when)), ("Message-ID", f"<{hid(key, 'nl', n=24)}@{p['email'].split('@')[1]}>"),
                   ("List-Id", lid),
                   ("List-Unsubscribe", f"<https://{p['email'].split('@')[1]}/unsubscribe?u={hid(key, 'u', n=12)}>"),
                   ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                   ("Precedence", "bulk"), ("MIME-Version", "1.0"), ("Content-Type", ctype)] + extra_headers
        return join_headers(headers).encode("ascii") + CRLF.encode() + payload.encode("ascii")

    raise ValueError(style)
