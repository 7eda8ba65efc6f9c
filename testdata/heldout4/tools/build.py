#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_a.py, cases_b.py, cases_c.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import JULIE, HANNAH, CAMILLE  # noqa: E402
import cases_a, cases_b, cases_c  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"morel-fournil-compta": JULIE, "colecharts-fernleaf": HANNAH,
                       "roux-formapro-elearning": CAMILLE},
                      cases_a.CASES + cases_b.CASES + cases_c.CASES, "h")
