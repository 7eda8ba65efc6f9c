#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_j.py, cases_n.py, cases_o.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import ROWAN, INES, LEA  # noqa: E402
import cases_j, cases_n, cases_o  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"pike-hearthfurrow-recipes": ROWAN, "carvalho-velonomie-voixoff": INES,
                       "vuilleumier-glaciers-audioguide": LEA},
                      cases_j.CASES + cases_n.CASES + cases_o.CASES, "jno")
