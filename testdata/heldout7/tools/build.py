#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_s.py, cases_t.py, cases_u.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import NORA, LEA, ANNA  # noqa: E402
import cases_s, cases_t, cases_u  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"brightfen-lanternfall-audio": NORA, "vuillemin-oree-modelisme": LEA,
                       "kettleby-wharfside-bids": ANNA},
                      cases_s.CASES + cases_t.CASES + cases_u.CASES, "stu")
