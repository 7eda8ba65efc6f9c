#!/usr/bin/env python3
"""Validate this corpus with the development corpus's checker (shared/corpus/tools/check.py).

    python3 tools/check.py [--markdown | --update-readme]
"""
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "tools"))
import check  # noqa: E402

check.ROOT = os.path.dirname(HERE)
if __name__ == "__main__":
    check.main()
