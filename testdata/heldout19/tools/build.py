#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_ha.py, cases_hb.py, cases_hc.py.

Usage: python3 tools/build.py   (from anywhere)

As in heldout14 to heldout18, the case ids use two-letter prefixes (haNNN, hbNNN, hcNNN). The shared builder
(../heldouttools/heldoutbuild.py) only cleans single-letter prefixes, so this wrapper removes its own old case
files first and hands the builder a prefix class that matches none of them. Bytecode caching is turned off so
that running it leaves no __pycache__ folder behind (here or in the shared tool folders).

Every message is the dev generator's output unchanged (../shared/corpus/tools/mailgen.py). Unlike heldout18, no
Exchange region override is needed: the only Outlook senders here write from .fr domains (Hurel Logistique and
Villa Oyana), for which the dev generator already writes the French Exchange Online host (PR3P264MB / FRAP) in
both the Message-ID and the MIME boundaries. The Wellington client uses Google Workspace (Gmail, Apple Mail,
iPhone), so it has no Outlook messages.
"""
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import MAELLE, MARA, CAPUCINE  # noqa: E402
import cases_ha, cases_hb, cases_hc  # noqa: E402

OWN = re.compile(r"^h[abc]\d{3}\.(eml|toml)$")

if __name__ == "__main__":
    cases_dir = os.path.join(os.path.dirname(HERE), "cases")
    os.makedirs(cases_dir, exist_ok=True)
    for f in os.listdir(cases_dir):
        if OWN.match(f):
            os.remove(os.path.join(cases_dir, f))
    all_cases = cases_ha.CASES + cases_hb.CASES + cases_hc.CASES
    assert all(re.fullmatch(r"h[abc]\d{3}", c["id"]) for c in all_cases)
    assert len({c["id"] for c in all_cases}) == len(all_cases) == 36
    heldoutbuild.main(HERE, {"guerin-hurel-rucher": MAELLE, "hollis-foxglove-escape": MARA,
                             "aubanel-oyana-parfum": CAPUCINE},
                      all_cases, "h")
