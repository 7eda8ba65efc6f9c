#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_k.py, cases_l.py, cases_m.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import OWEN, AGATHE, KARIM  # noqa: E402
import cases_k, cases_l, cases_m  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"kestrel-haverland-renders": OWEN, "amrp-lescombes-presse": AGATHE,
                       "kbdata-roussel-automatisation": KARIM},
                      cases_k.CASES + cases_l.CASES + cases_m.CASES, "klm")
