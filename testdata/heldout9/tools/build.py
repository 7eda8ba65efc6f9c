#!/usr/bin/env python3
"""Regenerate corpus/cases/*.eml and *.toml from the case definitions in cases_[yzq].py.

Usage: python3 tools/build.py   (from anywhere)
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The mail-client styles are the development corpus's own, used as they are.
sys.path.insert(1, os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "tools"))
import mailgen  # noqa: E402
from mailgen import local_dt, rng_for, mid_for  # noqa: E402
from people import INES, RUTH, LUCIE  # noqa: E402
import cases_y, cases_z, cases_q  # noqa: E402

CORPUS = os.path.dirname(HERE)
CASES_DIR = os.path.join(CORPUS, "cases")
PROVIDER = {"ferrand-grenaille-vins": INES, "halyard-tidewell-apidocs": RUTH,
            "rochat-jaquier-genealogie": LUCIE}
REPLY_RE = re.compile(r"^(re|réponse automatique|automatic reply|out of office)\b", re.I)


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_toml(c, today):
    lines = [f"# language of the new text: {c['lang']}",
             f"contract = {toml_str(c['contract'])}", ""]
    lines.append("[state]")
    st = c.get("state") or {}
    if st:
        inner = ", ".join(f"{k} = {v}" for k, v in st.items())
        lines.append(f"revisions_used = {{ {inner} }}")
    lines.append(f"today = {today}")
    lines.append("")
    lines.append("[expect]")
    lines.append(f"verdict     = {toml_str(c['verdict'])}")
    if c.get("deliverable"):
        lines.append(f"deliverable = {toml_str(c['deliverable'])}")
    lines.append(f"note        = {toml_str(c['note'])}")
    with open(os.path.join(CASES_DIR, c["id"] + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    all_cases = cases_y.CASES + cases_z.CASES + cases_q.CASES
    ids = [c["id"] for c in all_cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(CASES_DIR, exist_ok=True)
    for f in os.listdir(CASES_DIR):
        if re.match(r"^[yzq]\d{3}\.(eml|toml)$", f):
            os.remove(os.path.join(CASES_DIR, f))
    for c in all_cases:
        m = c["msg"]
        assert m.id == c["id"], c["id"]
        r = rng_for(c["id"] + ":thread")
        parent = None
        refs = []
        if m.quote is not None and not m.quote.forward:
            parent = mid_for(m.quote.frm, r)
            if r.random() < 0.5:
                # an older message of the same thread
                refs.append(mid_for(m.sender, r))
        elif m.quote is None and REPLY_RE.match(m.subject):
            parent = mid_for(PROVIDER[c["contract"]], r)
        m.references = refs + list(m.references)
        data, info = mailgen.build(m, provider_mid=parent)
        with open(os.path.join(CASES_DIR, c["id"] + ".eml"), "wb") as f:
            f.write(data)
        today = local_dt(m.date, m.sender.tz).date().isoformat()
        write_toml(c, today)
    print(f"wrote {len(all_cases)} cases")


if __name__ == "__main__":
    main()
