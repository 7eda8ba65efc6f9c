#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_ha.py, cases_hb.py, cases_hc.py.

Usage: python3 tools/build.py   (from anywhere)

As in heldout14 to heldout17, the case ids use two-letter prefixes (haNNN, hbNNN, hcNNN). The shared builder
only cleans single-letter prefixes, so this wrapper removes its own old case files first and hands the
builder a prefix class that matches none of them. Bytecode caching is turned off so that running it leaves
no __pycache__ folder behind (here or in the shared tool folders).

One addition over the dev generator: it writes a French Exchange Online host (PR3P264MB ... FRAP) into every
Outlook MIME boundary, while the Message-ID already follows the sender's domain (Canadian host for .ca, British
for .uk). Here the Outlook senders at .ca domains (Mark Sandhu, Montréal) get the Canadian host
(YT3PR01MB / CANP) in their MIME boundaries and those at .uk domains (Kirsty Mowat, Fife) the British one
(LO4P123MB / GBRP), so that boundary and Message-ID agree. Every other message is the dev generator's
output unchanged.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
import mailgen  # noqa: E402
from people import NORA, LEAH, FIADH  # noqa: E402
import cases_ha, cases_hb, cases_hc  # noqa: E402

OWN = re.compile(r"^h[abc]\d{3}\.(eml|toml)$")
REGION = {".ca": ("YT3PR01MB", "CANP"), ".uk": ("LO4P123MB", "GBRP")}

_dev_boundary = mailgen.boundary
_dev_build = mailgen.build
_sender = [None]


def _region(p):
    if p is None or p.client != "outlook":
        return None
    dom = p.email.split("@")[1]
    for tld, host in REGION.items():
        if dom.endswith(tld):
            return host
    return None


def boundary(client, r, level=0):
    host = _region(_sender[0]) if client == "outlook" else None
    if host:
        core = "".join(r.choice("0123456789ABCDEF") for _ in range(20))
        return f"_00{4 if level == 0 else 0}_{host[0]}{r.randint(1000, 9999)}{core}{host[1]}_"
    return _dev_boundary(client, r, level)


def build(m, provider_mid=None):
    _sender[0] = m.sender if (m.client or m.sender.client) == m.sender.client else None
    try:
        return _dev_build(m, provider_mid=provider_mid)
    finally:
        _sender[0] = None


mailgen.boundary = boundary
mailgen.build = build

if __name__ == "__main__":
    cases_dir = os.path.join(os.path.dirname(HERE), "cases")
    os.makedirs(cases_dir, exist_ok=True)
    for f in os.listdir(cases_dir):
        if OWN.match(f):
            os.remove(os.path.join(cases_dir, f))
    all_cases = cases_ha.CASES + cases_hb.CASES + cases_hc.CASES
    assert all(re.fullmatch(r"h[abc]\d{3}", c["id"]) for c in all_cases)
    assert len({c["id"] for c in all_cases}) == len(all_cases) == 36
    heldoutbuild.main(HERE, {"saugenoire-lemoal-tatouage": NORA, "birchline-paradis-staging": LEAH,
                             "purlwise-haar-techedit": FIADH},
                      all_cases, "h")
