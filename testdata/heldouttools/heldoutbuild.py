"""Shared builder of the held-out corpora (testdata/heldout4 and later).

Each corpus's tools/build.py names its providers and case modules and calls
main(); the mail-client styles are the development corpus's own
(../shared/corpus/tools/mailgen.py), used as they are. Importing this module
puts those tools on sys.path, so people.py and cases_*.py can import mailgen.
"""
import json
import os
import re
import sys

SHARED_TOOLS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "corpus", "tools")
sys.path.insert(1, SHARED_TOOLS)
import mailgen  # noqa: E402
from mailgen import local_dt, rng_for, mid_for  # noqa: E402

REPLY_RE = re.compile(r"^(re|réponse automatique|automatic reply|out of office)\b", re.I)


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def write_toml(cases_dir, c, today):
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
    with open(os.path.join(cases_dir, c["id"] + ".toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main(tools_dir, provider, all_cases, prefixes):
    """Regenerate <corpus>/cases/ from all_cases; prefixes are the case-id
    letters this corpus owns (its old files are removed first)."""
    cases_dir = os.path.join(os.path.dirname(tools_dir), "cases")
    ids = [c["id"] for c in all_cases]
    assert len(ids) == len(set(ids)), "duplicate ids"
    os.makedirs(cases_dir, exist_ok=True)
    own = re.compile(r"^[" + prefixes + r"]\d{3}\.(eml|toml)$")
    for f in os.listdir(cases_dir):
        if own.match(f):
            os.remove(os.path.join(cases_dir, f))
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
            parent = mid_for(provider[c["contract"]], r)
        m.references = refs + list(m.references)
        data, info = mailgen.build(m, provider_mid=parent)
        with open(os.path.join(cases_dir, c["id"] + ".eml"), "wb") as f:
            f.write(data)
        today = local_dt(m.date, m.sender.tz).date().isoformat()
        write_toml(cases_dir, c, today)
    print(f"wrote {len(all_cases)} cases")
