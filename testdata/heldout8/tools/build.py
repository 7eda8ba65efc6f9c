#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_v.py, cases_w.py, cases_x.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import BERENICE, LIAM, MATHILDE  # noqa: E402
import cases_v, cases_w, cases_x  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"hanotte-dewitte-ceremonie": BERENICE, "ferris-brennanloft-media": LIAM,
                       "lisiere-piastre-recherche": MATHILDE},
                      cases_v.CASES + cases_w.CASES + cases_x.CASES, "vwx")
