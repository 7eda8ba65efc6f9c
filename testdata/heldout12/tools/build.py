#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_p.py, cases_r.py, cases_c.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import DAYO, NOEMIE, VERONIQUE  # noqa: E402
import cases_p, cases_r, cases_c  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"okafor-wrenfield-prototypes": DAYO, "lacombe-canuts-tapisserie": NOEMIE,
                       "gagnon-cinerive-lsq": VERONIQUE},
                      cases_p.CASES + cases_r.CASES + cases_c.CASES, "prc")
