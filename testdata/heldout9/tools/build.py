#!/usr/bin/env python3
"""Regenerate ../cases/*.eml and *.toml from the case definitions in cases_y.py, cases_z.py, cases_q.py.

Usage: python3 tools/build.py   (from anywhere)
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, "..", "..", "heldouttools")]
import heldoutbuild  # noqa: E402  (also puts the dev corpus's mailgen on the path)
from people import INES, RUTH, LUCIE  # noqa: E402
import cases_y, cases_z, cases_q  # noqa: E402

if __name__ == "__main__":
    heldoutbuild.main(HERE, {"ferrand-grenaille-vins": INES, "halyard-tidewell-apidocs": RUTH,
                       "rochat-jaquier-genealogie": LUCIE},
                      cases_y.CASES + cases_z.CASES + cases_q.CASES, "yzq")
