#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_ha.py, cases_hb.py, cases_hc.py.

Usage: python3 tools/build.py   (from anywhere)

Like heldout14 to heldout16, the case ids use two-letter prefixes (haNNN, hbNNN, hcNNN). The shared
builder only cleans single-letter prefixes, so this wrapper removes its own old case files first and
hands the builder a prefix class that matches none of them. Bytecode caching is turned off so that
running it leaves no __pycache__ folder behind (here or in the shared tool folders).

One addition over heldout16: the wedding planner's Microsoft 365 mailbox is in New Zealand, and the
dev generator only knows French, British and Canadian Exchange Online hosts for Outlook Message-IDs
(and a French host in every Outlook MIME boundary). Outlook senders at .nz / .au domains get an
Australian host (SY4P282MB / AUSP282, as Exchange Online serves New Zealand tenants from Australia) in
their Message-ID and MIME boundaries; every other sender keeps the dev generator's output unchanged.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
import mailgen  # noqa: E402
from people import RUBY, ANSELME, TAMSIN  # noqa: E402
import cases_ha, cases_hb, cases_hc  # noqa: E402

OWN = re.compile(r"^h[abc]\d{3}\.(eml|toml)$")

_dev_mid_for = mailgen.mid_for
_dev_boundary = mailgen.boundary
_dev_build = mailgen.build
_sender = [None]


def _australian(p):
    return p is not None and p.client == "outlook" and p.email.split("@")[1].endswith((".nz", ".au"))


def mid_for(p, r):
    if _australian(p):
        n = r.randint(1000, 9999)
        host = f"SY4P282MB{n}"
        tail = "".join(r.choice("0123456789ABCDEF") for _ in range(12))
        return f"<{host}{tail}@{host}.AUSP282.PROD.OUTLOOK.COM>"
    return _dev_mid_for(p, r)


def boundary(client, r, level=0):
    if client == "outlook" and _australian(_sender[0]):
        core = "".join(r.choice("0123456789ABCDEF") for _ in range(20))
        return f"_00{4 if level == 0 else 0}_SY4P282MB{r.randint(1000, 9999)}{core}AUSP_"
    return _dev_boundary(client, r, level)


def build(m, provider_mid=None):
    _sender[0] = m.sender if (m.client or m.sender.client) == m.sender.client else None
    try:
        return _dev_build(m, provider_mid=provider_mid)
    finally:
        _sender[0] = None


mailgen.mid_for = mid_for
mailgen.boundary = boundary
mailgen.build = build
heldoutbuild.mid_for = mid_for

if __name__ == "__main__":
    cases_dir = os.path.join(os.path.dirname(HERE), "cases")
    os.makedirs(cases_dir, exist_ok=True)
    for f in os.listdir(cases_dir):
        if OWN.match(f):
            os.remove(os.path.join(cases_dir, f))
    all_cases = cases_ha.CASES + cases_hb.CASES + cases_hc.CASES
    assert all(re.fullmatch(r"h[abc]\d{3}", c["id"]) for c in all_cases)
    assert len({c["id"] for c in all_cases}) == len(all_cases) == 36
    heldoutbuild.main(HERE, {"fernbird-brennan-wedding": RUBY, "rigal-cledespuys-pianos": ANSELME,
                             "reeve-ashdown-privatechef": TAMSIN},
                      all_cases, "h")
