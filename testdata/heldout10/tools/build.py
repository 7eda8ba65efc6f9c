#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_e.py, cases_f.py, cases_g.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import DANA, CLEMENCE, AUDREY  # noqa: E402
import cases_e, cases_f, cases_g  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"whitlock-harborlight-training": DANA, "pivoine-soleane-evenement": CLEMENCE,
                       "lemaire-boreale-soustitrage": AUDREY},
                      cases_e.CASES + cases_f.CASES + cases_g.CASES, "efg")
