#!/usr/bin/env python3
"""Validate the heldout2 corpus from the files alone.

    python3 tools/check.py            # validate, print counts
    python3 tools/check.py -v         # also print one line per case

Checks: contracts and case TOMLs parse with tomllib and reference existing ids; ledgers are
consistent with the verdict (revision needs a round left, revision_over_limit none left);
every .eml uses CRLF only, parses with Python's email package without defects, has the
required headers, decodes without mojibake, routes to exactly its contract from the From
address, has a Date whose local day matches `today` (within a day for UTC Outlook dates),
and the language of its new text matches the case comment.
"""
import collections
import datetime as dt
import email
import email.policy
import email.utils
import glob
import os
import re
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERDICTS = ["in_scope", "revision", "revision_over_limit", "out_of_scope", "unclear", "not_a_request"]
REQUIRED = ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"]
MOJIBAKE = ["Ã©", "Ã¨", "Ã ", "â€", "Ã§", "Ã´", "Â«", "Â»", "\ufffd", "Ã‰"]

FR = set("le la les un une des du de et est pas pour que qui sur dans avec vous nous je tu on ce cette "
         "mais plus au aux ne il elle sont être merci bonjour".split())
EN = set("the a an and is are not for that which on in with you we i it this but more to of be "
         "thanks hi can could would please".split())

QUOTE_MARKERS = [
    re.compile(r"^(Le|On) .*(a écrit|wrote)\s*:?\s*$"),
    re.compile(r"^(Le|On) .*$"),  # wrapped attribution: checked with the next line below
    re.compile(r"^>"),
    re.compile(r"^_{10,}"),
    re.compile(r"^(De|From)\s?: "),
    re.compile(r"^-{5,} ?Forwarded message"),
    re.compile(r"^-- ?$"),
    re.compile(r"^(Envoyé de mon|Sent from my) iPhone"),
]

errors = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def new_text(plain):
    """Text before the first quote / signature marker."""
    lines = plain.replace("\r\n", "\n").split("\n")
    out = []
    for i, l in enumerate(lines):
        s = l.lstrip("\ufeff")
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if QUOTE_MARKERS[0].match(s):
            break
        if QUOTE_MARKERS[1].match(s) and re.search(r"(a écrit|wrote)\s*:?\s*$", nxt) and "@" in s + nxt:
            break
        if any(p.match(s) for p in QUOTE_MARKERS[2:]):
            break
        out.append(l)
    return "\n".join(out).strip()


def detect_lang(text):
    words = re.findall(r"[a-zà-ÿ']+", text.lower())
    fr = sum(1 for w in words if w in FR)
    en = sum(1 for w in words if w in EN)
    return ("fr" if fr > en else "en"), fr, en


def strip_html(h):
    h = re.sub(r"(?is)<(style|head).*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</(div|p|h2)>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    import html
    return html.unescape(h)


def main():
    verbose = "-v" in sys.argv
    contracts = {}
    routes = []
    for p in sorted(glob.glob(os.path.join(ROOT, "contracts", "*.toml"))):
        with open(p, "rb") as f:
            c = tomllib.load(f)
        cid = c.get("id")
        if cid + ".toml" != os.path.basename(p):
            err(p, "file name does not match id")
        for k in ["id", "client", "project", "language", "currency", "hourly_rate", "signed", "deadline",
                  "provider", "client_contact", "deliverables"]:
            if k not in c:
                err(cid, f"missing {k}")
        if not re.fullmatch(r"[a-z0-9-]+", cid):
            err(cid, "bad id")
        dids = [d["id"] for d in c["deliverables"]]
        if len(set(dids)) != len(dids):
            err(cid, "duplicate deliverable ids")
        for d in c["deliverables"]:
            if not re.fullmatch(r"[a-z0-9-]+", d["id"]):
                err(cid, f"bad deliverable id {d['id']}")
            if not isinstance(d.get("revisions"), int) or d["revisions"] < 0:
                err(cid, f"bad revisions on {d['id']}")
        if not 3 <= len(c["deliverables"]) <= 5:
            err(cid, "expected 3-5 deliverables")
        if not 2 <= len(c.get("exclusions", [])) <= 3:
            err(cid, "expected 2-3 exclusions")
        for x in c.get("exclusions", []):
            if "estimate_hours" not in x:
                err(cid, f"exclusion {x['name']} has no estimate_hours")
        if not 2 <= len(c.get("rates", [])) <= 4:
            err(cid, "expected 2-4 rates")
        contracts[cid] = c
        cc = c["client_contact"]
        routes.append((cid, {e.lower() for e in cc.get("emails", [])}, {d.lower() for d in cc.get("domains", [])}))

    def route(address):
        a = address.lower()
        dom = a.split("@")[-1]
        return [cid for cid, emails, domains in routes if a in emails or dom in domains]

    stats = collections.Counter()
    by_contract = collections.defaultdict(collections.Counter)
    langs = collections.Counter()
    enc = collections.Counter()
    max_new = (0, "")
    rows = []
    case_files = sorted(glob.glob(os.path.join(ROOT, "cases", "*.toml")))
    for tp in case_files:
        cid = os.path.basename(tp)[:-5]
        with open(tp, encoding="utf-8") as f:
            first = f.readline().strip()
        m = re.fullmatch(r"# language of the new text: (fr|en)", first)
        if not m:
            err(cid, "first line must be '# language of the new text: fr|en'")
            continue
        lang = m.group(1)
        with open(tp, "rb") as f:
            t = tomllib.load(f)
        k = t.get("contract")
        if k not in contracts:
            err(cid, f"unknown contract {k}")
            continue
        con = contracts[k]
        revs = {d["id"]: d["revisions"] for d in con["deliverables"]}
        state = t.get("state", {})
        used = state.get("revisions_used", {})
        for key, v in used.items():
            if key not in revs:
                err(cid, f"ledger key {key} is not a deliverable")
            elif not isinstance(v, int) or v < 0 or v > revs[key]:
                err(cid, f"ledger {key}={v} outside 0..{revs[key]}")
        today = state.get("today")
        if not isinstance(today, dt.date):
            err(cid, "missing today")
        ex = t.get("expect", {})
        v = ex.get("verdict")
        if v not in VERDICTS:
            err(cid, f"bad verdict {v}")
        d = ex.get("deliverable")
        if d is not None and d not in revs:
            err(cid, f"unknown deliverable {d}")
        if v in ("revision", "revision_over_limit") and d is None:
            err(cid, "revision verdicts need a deliverable")
        if v == "revision" and used.get(d, 0) >= revs[d]:
            err(cid, f"revision but no round left on {d} ({used.get(d, 0)}/{revs[d]})")
        if v == "revision_over_limit" and used.get(d, 0) < revs[d]:
            err(cid, f"revision_over_limit but rounds left on {d} ({used.get(d, 0)}/{revs[d]})")
        if not ex.get("note"):
            err(cid, "missing note")
        if today and (today < con["signed"] - dt.timedelta(days=60) or today > con["deadline"]):
            err(cid, f"today {today} far outside the contract period")

        # ---- the message
        ep = tp[:-5] + ".eml"
        if not os.path.exists(ep):
            err(cid, "missing .eml")
            continue
        raw = open(ep, "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            err(cid, "line endings are not all CRLF")
        for n, line in enumerate(raw.split(b"\r\n")):
            if len(line) > 998:
                err(cid, f"line {n} longer than 998 bytes")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in REQUIRED:
            if msg[h] is None:
                err(cid, f"missing header {h}")
        plain, html_text = None, None
        for part in msg.walk():
            if part.defects:
                err(cid, f"defects: {part.defects}")
            ct = part.get_content_type()
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset() or "us-ascii"
                enc[f"charset {cs}"] += 1
                enc[f"transfer encoding {part.get('Content-Transfer-Encoding', '7bit').lower()}"] += 1
                try:
                    txt = part.get_content()
                except Exception as e:  # noqa: BLE001
                    err(cid, f"cannot decode {ct}: {e}")
                    continue
                for bad in MOJIBAKE:
                    if bad in txt:
                        err(cid, f"mojibake {bad!r} in {ct}")
                if ct == "text/plain" and plain is None:
                    plain = txt
                if ct == "text/html" and html_text is None:
                    html_text = txt
        top = msg.get_content_type()
        if top.startswith("multipart/"):
            enc[f"top-level {top}"] += 1
        else:
            enc[f"top-level {top}; charset={msg.get_content_charset()}"] += 1
        if msg["Auto-Submitted"] or (msg["Precedence"] or "").lower() == "bulk":
            enc["automated (Auto-Submitted or Precedence: bulk)"] += 1
        if msg["In-Reply-To"]:
            enc["has In-Reply-To"] += 1
        for h in ("Subject", "From", "To", "Cc"):
            val = msg[h]
            if val is not None and "=?" in str(val):
                err(cid, f"undecoded encoded-word in {h}")
        # routing
        try:
            addr = msg["From"].addresses[0].addr_spec
        except Exception as e:  # noqa: BLE001
            err(cid, f"bad From: {e}")
            continue
        r = route(addr)
        if r != [k]:
            err(cid, f"From {addr} routes to {r}, expected [{k}]")
        prov = con["provider"]["email"].lower()
        tos = [a.addr_spec.lower() for a in msg["To"].addresses]
        if prov not in tos:
            err(cid, f"provider {prov} not in To")
        # date
        try:
            dd = email.utils.parsedate_to_datetime(str(msg["Date"]))
        except Exception as e:  # noqa: BLE001
            err(cid, f"bad Date: {e}")
            dd = None
        if dd and today:
            slack = 1 if dd.utcoffset() == dt.timedelta(0) else 0
            if abs((dd.date() - today).days) > slack:
                err(cid, f"Date {dd} does not match today {today}")
            if dd.date() < con["signed"] - dt.timedelta(days=60):
                err(cid, "message dated long before the contract")
        # language
        text = plain if plain is not None else strip_html(html_text or "")
        nt = new_text(text)
        if len(nt.encode("utf-8")) > 4096:
            err(cid, "new text over 4 KB")
        if len(nt.encode()) > max_new[0]:
            max_new = (len(nt.encode()), cid)
        det, nfr, nen = detect_lang(nt)
        if det != lang:
            err(cid, f"language comment {lang} but new text looks {det} (fr={nfr}, en={nen})")
        if not nt:
            err(cid, "empty new text")
        stats[v] += 1
        by_contract[k][v] += 1
        by_contract[k][lang] += 1
        langs[lang] += 1
        rows.append((cid, k, v, d or "", lang, addr, len(nt)))

    if verbose:
        for row in rows:
            print("  ".join(str(x) for x in row))
    print(f"Cases: {len(rows)}")
    for v in VERDICTS:
        print(f"  {v:22s} {stats[v]}")
    print("Languages:", dict(langs))
    print("contract".ljust(30), " ".join(x[:6].rjust(6) for x in VERDICTS), "  fr  en")
    for k in sorted(by_contract):
        c = by_contract[k]
        print(k.ljust(30), " ".join(str(c[x]).rjust(6) for x in VERDICTS), str(c["fr"]).rjust(4),
              str(c["en"]).rjust(3))
    print("Encodings / structure:")
    for key in sorted(enc):
        print(f"  {key}: {enc[key]}")
    print(f"Largest new text: {max_new[0]} bytes ({max_new[1]})")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
