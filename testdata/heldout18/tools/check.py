#!/usr/bin/env python3
"""Validate this corpus: the development corpus's checker, then the checks shared by the held-out
corpora (testdata/heldouttools/heldoutcheck.py, which lists them).

    python3 tools/check.py [--markdown | --update-readme]
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "heldouttools"))
import heldoutcheck  # noqa: E402

PREFIX = {"ha": "saugenoire-lemoal-tatouage", "hb": "birchline-paradis-staging", "hc": "purlwise-haar-techedit"}
TZ = {"saugenoire-lemoal-tatouage": "Europe/Paris", "birchline-paradis-staging": "America/Toronto",
      "purlwise-haar-techedit": "Europe/London"}

if __name__ == "__main__":
    heldoutcheck.run(os.path.dirname(HERE), "heldout18", PREFIX, TZ)
