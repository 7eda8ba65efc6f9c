#!/usr/bin/env python3
"""Regenerate cases/hNNN.eml and cases/hNNN.toml from the case definitions.

    python3 tools/build.py

Deterministic: ids are given by contract order, then by the local date and time of each
message; boundaries and Message-IDs are hashes of the case keys. Contracts in contracts/
are hand-written source files; this script only reads them.
Edit tools/cases_*.py, not the generated files.
"""
import json
import os
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import mailgen  # noqa: E402
from people import PEOPLE, PROVIDER_PERSON  # noqa: E402
import cases_photo, cases_translation, cases_copy, cases_video  # noqa: E402,E401

ORDER = [cases_photo, cases_translation, cases_copy, cases_video]


def load_contracts():
    out = {}
    for f in sorted(os.listdir(os.path.join(ROOT, "contracts"))):
        if f.endswith(".toml"):
            with open(os.path.join(ROOT, "contracts", f), "rb") as fh:
                c = tomllib.load(fh)
            c["_provider_person"] = PROVIDER_PERSON[c["id"]]
            assert PEOPLE[c["_provider_person"]]["email"] == c["provider"]["email"], c["id"]
            out[c["id"]] = c
    return out


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def case_toml(c, when_local) -> str:
    lines = [f"# language of the new text: {c['lang']}", f'contract = "{c["contract"]}"', "", "[state]"]
    st = c.get("state")
    if st:
        inner = ", ".join(f"{k} = {v}" for k, v in st.items())
        lines.append(f"revisions_used = {{ {inner} }}")
    lines.append(f"today = {when_local.date().isoformat()}")
    lines += ["", "[expect]", f'verdict     = "{c["verdict"]}"']
    if c.get("deliverable"):
        lines.append(f'deliverable = "{c["deliverable"]}"')
    lines.append(f"note        = {toml_str(c['note'])}")
    return "\n".join(lines) + "\n"


def main():
    contracts = load_contracts()
    cases_dir = os.path.join(ROOT, "cases")
    os.makedirs(cases_dir, exist_ok=True)
    for f in os.listdir(cases_dir):
        if f.startswith("h") and (f.endswith(".eml") or f.endswith(".toml")):
            os.remove(os.path.join(cases_dir, f))
    n = 0
    keys = set()
    for mod in ORDER:
        ordered = sorted(mod.CASES, key=lambda c: mailgen.aware(c["when"], PEOPLE[c["sender"]]["tz"]))
        for c in ordered:
            assert c["key"] not in keys, c["key"]
            keys.add(c["key"])
            n += 1
            cid = f"h{n:03d}"
            when = mailgen.aware(c["when"], PEOPLE[c["sender"]]["tz"])
            raw = mailgen.build(c, PEOPLE, contracts)
            with open(os.path.join(cases_dir, cid + ".eml"), "wb") as fh:
                fh.write(raw)
            with open(os.path.join(cases_dir, cid + ".toml"), "w", encoding="utf-8", newline="\n") as fh:
                fh.write(case_toml(c, when))
            print(f"{cid}  {c['contract']:<28} {c['verdict']:<20} {c['lang']}  {c['key']}")
    print(f"{n} cases written to {cases_dir}")


if __name__ == "__main__":
    main()
