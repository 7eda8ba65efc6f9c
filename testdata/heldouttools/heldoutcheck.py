"""Checks shared by the held-out corpora heldout17 and later, run after the
development corpus's own checker (shared/corpus/tools/check.py):

- 36 cases, ids ha001-ha012 / hb001-hb012 / hc001-hc012, one prefix per contract, 12 per contract;
- every .eml uses CRLF line endings only, and lines stay under 998 octets (RFC 5322);
- every case TOML has contract, [state] today, [expect] verdict and note; `deliverable` is set on every
  revision / revision_over_limit / unclear case and names a deliverable of the contract;
- `today` is the local date of the Date header in the sender's time zone and falls on or after the
  contract's `signed` date; the ids of a contract follow the order of the Date headers;
- ledgers follow one timeline per contract: counts never go down from one case to the next, and after
  a revision or revision_over_limit case the next case's count for that deliverable is at least one
  higher (the daemon counts both), while unclear cases consume nothing;
- Outlook messages name the same Exchange Online region in their Message-ID and MIME boundaries
  (heldout18 on; heldout17's builder did not align them);
- no __pycache__ folder inside the corpus.

A corpus's tools/check.py calls run() with its contracts' id prefixes and time zones.
"""
import collections
import email
import email.policy
import email.utils
import os
import re
import sys
import tomllib

sys.dont_write_bytecode = True
SHARED_TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "tools")
sys.path.insert(0, SHARED_TOOLS)
import check  # noqa: E402

EXPECTED_MIX = {"in_scope": 6, "not_a_request": 5, "out_of_scope": 9, "revision": 6,
                "revision_over_limit": 6, "unclear": 4}


def own_checks(root, prefix, tz, regions):
    from zoneinfo import ZoneInfo
    errors = []
    contracts = {}
    for f in os.listdir(os.path.join(root, "contracts")):
        with open(os.path.join(root, "contracts", f), "rb") as fh:
            c = tomllib.load(fh)
        contracts[c["id"]] = c
    if set(contracts) != set(prefix.values()):
        errors.append(f"contracts: {sorted(contracts)}")
    cases_dir = os.path.join(root, "cases")
    ids = sorted(f[:-5] for f in os.listdir(cases_dir) if f.endswith(".toml"))
    want = sorted(f"{p}{n:03d}" for p in prefix for n in range(1, 13))
    if ids != want:
        errors.append(f"case ids differ from ha001-hc012: {sorted(set(ids) ^ set(want))}")
    mix = collections.Counter()
    prev = {}
    for cid in ids:
        with open(os.path.join(cases_dir, cid + ".toml"), "rb") as fh:
            t = tomllib.load(fh)
        k = prefix.get(cid[:2])
        if t.get("contract") != k:
            errors.append(f"{cid}: contract {t.get('contract')}, expected {k}")
            continue
        c = contracts[k]
        dels = {d["id"] for d in c["deliverables"]}
        st = t.get("state", {})
        exp = t.get("expect", {})
        v = exp.get("verdict")
        mix[v] += 1
        if "today" not in st:
            errors.append(f"{cid}: no [state] today")
        if not exp.get("note") or len(exp["note"]) < 80:
            errors.append(f"{cid}: note missing or too short")
        d = exp.get("deliverable")
        if v in ("revision", "revision_over_limit", "unclear") and d is None:
            errors.append(f"{cid}: {v} without deliverable")
        if d is not None and d not in dels:
            errors.append(f"{cid}: unknown deliverable {d}")
        used = st.get("revisions_used", {})
        # ---- the message file
        with open(os.path.join(cases_dir, cid + ".eml"), "rb") as fh:
            raw = fh.read()
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errors.append(f"{cid}: line endings are not all CRLF")
        if any(len(line) > 998 for line in raw.split(b"\r\n")):
            errors.append(f"{cid}: line over 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        mid = str(msg["Message-ID"] or "")
        if regions and ".PROD.OUTLOOK.COM" in mid:
            region = re.search(r"\.([A-Z]{3})P[A-Z0-9]*\.PROD\.OUTLOOK\.COM", mid).group(1)
            for b in re.findall(rb'boundary="([^"]+)"', raw):
                if not b.decode().endswith(region + "P_"):
                    errors.append(f"{cid}: MIME boundary {b.decode()} does not match Message-ID region {region}")
        sent = email.utils.parsedate_to_datetime(str(msg["Date"]))
        local = sent.astimezone(ZoneInfo(tz[k])).date()
        if st.get("today") != local:
            errors.append(f"{cid}: today {st.get('today')} but the Date header is {local} locally")
        if local < c["signed"]:
            errors.append(f"{cid}: sent before the contract was signed")
        # ---- one timeline per contract
        if k in prev:
            pid, psent, pused, pv, pd = prev[k]
            if sent < psent:
                errors.append(f"{cid}: sent before {pid}")
            for dl in set(pused) | set(used):
                before, now = pused.get(dl, 0), used.get(dl, 0)
                if now < before:
                    errors.append(f"{cid}: ledger {dl} goes down ({before} -> {now}) after {pid}")
                if pv in ("revision", "revision_over_limit") and dl == pd and now < before + 1:
                    errors.append(f"{cid}: {pid} was a {pv} on {dl}, but the ledger did not move")
        prev[k] = (cid, sent, used, v, d)
    if dict(mix) != EXPECTED_MIX:
        errors.append(f"verdict mix {dict(mix)} differs from {EXPECTED_MIX}")
    for dirpath, dirnames, _ in os.walk(root):
        if "__pycache__" in dirnames:
            errors.append(f"__pycache__ folder in {os.path.relpath(dirpath, root)}")
    return errors



def run(root, name, prefix, tz, regions=True):
    """Runs the development checker on the corpus at root, then the checks above
    (the Outlook region check only when regions is true); exits with their status."""
    check.ROOT = root
    errs = own_checks(root, prefix, tz, regions)
    try:
        check.main()
        code = 0
    except SystemExit as e:
        code = e.code or 0
    if errs:
        print(f"\n{name} checks FAILED:")
        for e in errs:
            print(" -", e)
        code = 1
    else:
        print(f"{name} checks passed (ids, CRLF, dates, ledgers timeline, verdict mix)")
    sys.exit(code)
