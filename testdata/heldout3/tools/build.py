#!/usr/bin/env python3
"""Generate heldout3 cases (cases/mNNN.eml + mNNN.toml) from the definitions in cases.py.

    python3 tools/build.py

Deterministic: Message-IDs and boundaries come from a seeded RNG.
"""
import datetime as dt
import email.policy
import email.utils
import html
import json
import os
import random
import sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from cases import CASES  # noqa: E402

POLICY = email.policy.SMTP  # CRLF line endings


def tstr(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def msgid(rng: random.Random, kind: str, domain: str) -> str:
    if kind == "gmail":
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+="
        return "<CA" + "".join(rng.choice(alphabet) for _ in range(44)) + "@mail.gmail.com>"
    if kind == "iphone":
        h = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"
    if kind == "outlook":
        a = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(40))
        return f"<{a}@{domain.upper().replace('.', '')}.PROD.OUTLOOK.COM>"
    h = "".join(rng.choice("0123456789abcdef") for _ in range(32))
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{domain}>"


def to_html(new: str, sig: str | None, attribution: str | None, quote: str | None) -> str:
    def divs(t):
        out = []
        for line in t.split("\n"):
            out.append("<div>" + (html.escape(line) if line else "<br>") + "</div>")
        return "".join(out)
    h = '<div dir="ltr">' + divs(new) + "</div>"
    if attribution:
        h += ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
              + html.escape(attribution) + '<br></div><blockquote class="gmail_quote" '
              'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + divs(quote) + "</blockquote></div>")
    if sig:
        h += ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
              '<div dir="ltr" class="gmail_signature">' + divs(sig) + "</div>")
    return h + "\n"


def build_case(c: dict, rng: random.Random):
    m = EmailMessage(policy=POLICY)
    dom = c["from"][1].split("@")[1]
    tz = dt.timezone(dt.timedelta(hours=c.get("tz", 1)))
    when = dt.datetime.strptime(c["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=tz)
    kind = c.get("client", "gmail")
    m["MIME-Version"] = "1.0"
    if c.get("in_reply_to"):
        m["References"] = c["in_reply_to"]
        m["In-Reply-To"] = c["in_reply_to"]
    m["From"] = email.utils.formataddr(c["from"])
    m["Date"] = email.utils.format_datetime(when)
    m["Message-ID"] = msgid(rng, kind, dom)
    m["Subject"] = c["subject"]
    m["To"] = email.utils.formataddr(c["to"])
    if c.get("cc"):
        m["Cc"] = email.utils.formataddr(c["cc"])
    for k, v in c.get("headers", {}).items():
        m[k] = v
    if kind == "iphone":
        m["X-Mailer"] = "iPhone Mail (22B91)"
    # plain text body
    new = c["body"].strip("\n")
    sig = c.get("sig")
    quote = c.get("quote")
    attribution = c.get("attribution")
    parts = [new]
    sig_text = ("-- \n" + sig) if sig else None
    if sig_text and not c.get("sig_after_quote"):
        parts.append(sig_text)
    if attribution:
        parts.append(attribution)
        parts.append("\n".join(("> " + l) if l else ">" for l in quote.strip("\n").split("\n")))
    if sig_text and c.get("sig_after_quote"):
        parts.append(sig_text)
    text = "\n\n".join(parts) + "\n"
    m.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    if c.get("html"):
        m.add_alternative(to_html(new, sig, attribution, quote.strip("\n") if quote else None),
                          subtype="html", charset="utf-8", cte="quoted-printable")
    return m.as_bytes(policy=POLICY)


def case_toml(c: dict) -> str:
    lines = [f"# language of the new text: {c['lang']}", f"contract = {tstr(c['contract'])}", "", "[state]"]
    used = c.get("used")
    if used:
        inner = ", ".join(f"{k} = {v}" for k, v in used.items())
        lines.append(f"revisions_used = {{ {inner} }}")
    lines.append(f"today = {c['date'][:10]}")
    lines += ["", "[expect]", f"verdict     = {tstr(c['verdict'])}"]
    if c.get("deliverable"):
        lines.append(f"deliverable = {tstr(c['deliverable'])}")
    lines.append(f"note        = {tstr(c['note'])}")
    return "\n".join(lines) + "\n"


def main():
    out = os.path.join(ROOT, "cases")
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        if f.startswith("m") and (f.endswith(".eml") or f.endswith(".toml")):
            os.remove(os.path.join(out, f))
    rng = random.Random(20261103)
    for i, c in enumerate(CASES, 1):
        cid = f"m{i:03d}"
        with open(os.path.join(out, cid + ".eml"), "wb") as fh:
            fh.write(build_case(c, rng))
        with open(os.path.join(out, cid + ".toml"), "w", encoding="utf-8") as fh:
            fh.write(case_toml(c))
    print(f"wrote {len(CASES)} cases to {out}")


if __name__ == "__main__":
    main()
