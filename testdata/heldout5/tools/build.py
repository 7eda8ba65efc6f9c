#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_m.py, cases_p.py, cases_r.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import LENA, CAMILLE, NORA  # noqa: E402
import cases_m, cases_p, cases_r  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"kestrel-paylark-motion": LENA, "roussel-oliviers-jardins": CAMILLE,
                       "nbconseil-quantiq-recrutement": NORA},
                      cases_m.CASES + cases_p.CASES + cases_r.CASES, "h")
