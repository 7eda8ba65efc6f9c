#!/usr/bin/env python3
"""Validate the held-out corpus from the files alone and print its statistics.

    python3 tools/check.py

Checks: contracts parse with tomllib and carry the v1 fields; case TOMLs parse, start with
the language comment, name an existing contract, a known verdict, existing deliverable ids,
a note, and a ledger consistent with the verdict (revision: a round left; over limit: none
left; deliverable set for both); every .eml uses CRLF only, parses with the email package
without defects, has the required headers, decodes without mojibake, has a non-empty new
text under 4 KB whose detected language matches the comment, its Date's local day equals
`today`, and its From address routes to exactly the case's contract.
"""
import collections
import email
import email.policy
import email.utils
import html as htmlmod
import os
import re
import sys
import tomllib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VERDICTS = ["in_scope", "revision", "revision_over_limit", "out_of_scope", "unclear", "not_a_request"]
REQUIRED = ["From", "To", "Date", "Subject", "Message-ID", "MIME-Version", "Content-Type"]
MOJIBAKE = re.compile(r"Ã[\x80-\xbf©¨ª«®´¹»§ ]|â€|Â[ «»·°]|\ufffd")
FR = set("""le la les un une des du de et est pas que qui pour sur dans avec vous nous on je tu il
elle ce cette ces mais ou donc merci bonjour bonsoir bonne pouvez pourriez peux faire plus tout aussi
au aux son sa ses mon ma mes notre nos votre vos c'est j'ai qu'on d'un d'une n'est salut""".split())
EN = set("""the a an and is are not that who for on in with you we i he she this these but or so
thanks thank hi hello could can would please make do more all also to of our your my it's i'm
we're let me know be have has""".split())
QUOTE_START = re.compile(r"^(>|Le .+a écrit\s?:|On .+wrote:|De ?: |From: |_{10,}|-{5,})", re.M)


def html_text(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h\d|li|blockquote)>", "\n", h)
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", h))


def new_text(msg):
    part = msg.get_body(preferencelist=("plain", "html"))
    txt = part.get_content().replace("\r\n", "\n")
    if part.get_content_type() == "text/html":
        txt = html_text(txt)
    m = QUOTE_START.search(txt)
    head = txt[:m.start()] if m else txt
    head = re.split(r"(?m)^-- ?$", head)[0]
    head = re.split(r"(?m)^(Envoyé de mon iPhone|Sent from my iPhone)$", head)[0]
    return head.strip()


def lang_of(t):
    w = re.findall(r"[a-zàâçéèêëîïôûùüÿœ']+", t.lower())
    fr = sum(x in FR for x in w) + 2 * len(re.findall(r"[éèàçêùœ]", t.lower()))
    en = sum(x in EN for x in w)
    return "fr" if fr > en else "en"


def main():
    errors = []
    contracts = {}
    for f in sorted(os.listdir(os.path.join(ROOT, "contracts"))):
        with open(os.path.join(ROOT, "contracts", f), "rb") as fh:
            c = tomllib.load(fh)
        for k in ["id", "client", "project", "language", "currency", "hourly_rate", "signed", "deadline",
                  "provider", "client_contact", "deliverables"]:
            if k not in c:
                errors.append(f"{f}: missing {k}")
        if f != c["id"] + ".toml" or not re.fullmatch(r"[a-z0-9-]+", c["id"]):
            errors.append(f"{f}: bad id")
        ids = [d["id"] for d in c["deliverables"]]
        if len(ids) != len(set(ids)):
            errors.append(f"{f}: duplicate deliverable ids")
        for d in c["deliverables"]:
            if not (isinstance(d["revisions"], int) and 0 <= d["revisions"] <= 3):
                errors.append(f"{f}: {d['id']} revisions")
        contracts[c["id"]] = c
    # no sender address or domain shared between contracts
    seen = {}
    for cid, c in contracts.items():
        for x in c["client_contact"].get("emails", []) + c["client_contact"].get("domains", []):
            if x.lower() in seen:
                errors.append(f"{x} listed by {seen[x.lower()]} and {cid}")
            seen[x.lower()] = cid

    def route(a):
        a = a.lower()
        return [cid for cid, c in contracts.items()
                if a in [e.lower() for e in c["client_contact"].get("emails", [])]
                or a.split("@")[1] in [d.lower() for d in c["client_contact"].get("domains", [])]]

    cdir = os.path.join(ROOT, "cases")
    ids = sorted(f[:-5] for f in os.listdir(cdir) if f.endswith(".toml"))
    emls = sorted(f[:-4] for f in os.listdir(cdir) if f.endswith(".eml"))
    if ids != emls:
        errors.append(f"toml/eml mismatch {set(ids) ^ set(emls)}")
    rows = []
    for cid in ids:
        raw_t = open(os.path.join(cdir, cid + ".toml"), "rb").read()
        t = tomllib.loads(raw_t.decode())
        m = re.match(rb"# language of the new text: (fr|en)\n", raw_t)
        if not m:
            errors.append(f"{cid}: language comment missing")
        declared = m.group(1).decode() if m else None
        c = contracts.get(t.get("contract"))
        if not c:
            errors.append(f"{cid}: unknown contract")
            continue
        dels = {d["id"]: d for d in c["deliverables"]}
        exp = t["expect"]
        v, d = exp["verdict"], exp.get("deliverable")
        used = t.get("state", {}).get("revisions_used", {})
        if v not in VERDICTS:
            errors.append(f"{cid}: verdict {v}")
        if not exp.get("note"):
            errors.append(f"{cid}: no note")
        for k in used:
            if k not in dels:
                errors.append(f"{cid}: ledger key {k}")
        if d is not None and d not in dels:
            errors.append(f"{cid}: deliverable {d}")
        if v in ("revision", "revision_over_limit"):
            if d is None:
                errors.append(f"{cid}: {v} without deliverable")
            else:
                if d not in used:
                    errors.append(f"{cid}: ledger does not list {d}")
                n, allowed = used.get(d, 0), dels[d]["revisions"]
                if v == "revision" and not n < allowed:
                    errors.append(f"{cid}: revision with {n}/{allowed} used")
                if v == "revision_over_limit" and not n >= allowed:
                    errors.append(f"{cid}: over limit with {n}/{allowed} used")
        raw = open(os.path.join(cdir, cid + ".eml"), "rb").read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(f"{cid}: bare LF or CR")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in REQUIRED:
            if msg[h] is None:
                errors.append(f"{cid}: missing {h}")
        charsets, ctes = set(), set()
        for part in [msg] + list(msg.walk()):
            if part.defects:
                errors.append(f"{cid}: defects {part.defects}")
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                charsets.add((part.get_content_charset() or "us-ascii").lower())
                ctes.add(part.get("Content-Transfer-Encoding", "7bit").lower())
                mm = MOJIBAKE.search(part.get_content())
                if mm:
                    errors.append(f"{cid}: mojibake {mm.group(0)!r}")
        for h in ("Subject", "To", "From", "Cc"):
            if msg[h] is not None and MOJIBAKE.search(str(msg[h])):
                errors.append(f"{cid}: mojibake in {h}")
        nt = new_text(msg)
        if not nt or len(nt.encode()) > 4096:
            errors.append(f"{cid}: new text size {len(nt.encode())}")
        lang = lang_of(nt)
        if lang != declared:
            errors.append(f"{cid}: detected {lang}, declared {declared}")
        _, a = email.utils.parseaddr(str(msg["From"]))
        r = route(a)
        if r != [t["contract"]]:
            errors.append(f"{cid}: {a} routes to {r}")
        date = email.utils.parsedate_to_datetime(str(msg["Date"]))
        today = t.get("state", {}).get("today")
        # Outlook writes the Date in UTC: compare with the local day, allowing UTC's
        if today is None:
            errors.append(f"{cid}: no today")
        elif date.utcoffset().total_seconds() != 0 and date.date() != today:
            errors.append(f"{cid}: Date {date.date()} != today {today}")
        if v == "not_a_request" and d:
            errors.append(f"{cid}: not_a_request with deliverable")
        rows.append(dict(id=cid, contract=c["id"], verdict=v, lang=lang, charsets=charsets, ctes=ctes,
                         ctype=msg.get_content_type(), reply=bool(msg["In-Reply-To"]),
                         auto=bool(msg["Auto-Submitted"] or msg["Precedence"]), nt=len(nt.encode()),
                         size=len(raw)))

    print(f"Cases: {len(rows)}\n")
    vc = collections.Counter(r["verdict"] for r in rows)
    print("| verdict | cases |\n|---|---:|")
    for v in VERDICTS:
        print(f"| `{v}` | {vc[v]} |")
    print(f"| **total** | **{len(rows)}** |\n")
    print("| contract | " + " | ".join(f"`{v}`" for v in VERDICTS) + " | fr | en | total |")
    print("|---|" + "---:|" * (len(VERDICTS) + 3))
    for cid in sorted(contracts):
        rs = [r for r in rows if r["contract"] == cid]
        cv = collections.Counter(r["verdict"] for r in rs)
        cl = collections.Counter(r["lang"] for r in rs)
        print(f"| `{cid}` | " + " | ".join(str(cv[v]) for v in VERDICTS) + f" | {cl['fr']} | {cl['en']} | {len(rs)} |")
    enc = collections.Counter()
    for r in rows:
        for x in r["charsets"]:
            enc["charset " + x] += 1
        for x in r["ctes"]:
            enc["transfer encoding " + x] += 1
        enc["top-level " + r["ctype"]] += 1
        enc["has In-Reply-To"] += r["reply"]
        enc["automated (Auto-Submitted or Precedence)"] += r["auto"]
    print("\n| encoding / structure | messages |\n|---|---:|")
    for k in sorted(enc):
        print(f"| {k} | {enc[k]} |")
    print(f"\nLargest new text: {max(r['nt'] for r in rows)} bytes; largest message: {max(r['size'] for r in rows)} bytes.")
    if errors:
        print("\nERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
