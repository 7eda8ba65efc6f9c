#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_a.py, cases_b.py, cases_i.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import ROWAN, GWENAELLE, LUKAS  # noqa: E402
import cases_a, cases_b, cases_i  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"ashby-hartwell-maps": ROWAN, "kervella-kerlaouen-vitrail": GWENAELLE,
                       "marti-geneva-arrangements": LUKAS},
                      cases_a.CASES + cases_b.CASES + cases_i.CASES, "abi")
