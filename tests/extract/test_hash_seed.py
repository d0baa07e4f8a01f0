"""Extraction gives the same facts whatever the interpreter's hash seed: no rule may depend on the order in which a
set of names is walked (a held-out article once gave 旅游 or 旅游集团 as a holder's name by PYTHONHASHSEED, two names
read at one place and the first walked kept)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.extract.company_zh import company_in

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = sorted((ROOT / "tests" / "extract" / "articles").glob("*.txt"))
SHORT_AND_FULL = ("10月22日,中国国旅收到控股股东中国旅游集团有限公司(以下简称“旅游集团”)的通知,"
                  "旅游集团与海南省国资委签署协议。\n本次划转完成后,旅游集团将持有海免公司51%股权。")


def _extract(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-m", "app", "extract", "--format", "json", *map(str, ARTICLES)],
                          env=env, capture_output=True, text=True, timeout=600, check=True)
    return done.stdout


def test_the_same_facts_under_two_hash_seeds() -> None:
    assert len(ARTICLES) > 60
    first, second = _extract("1"), _extract("7")
    assert '"facts"' in first
    assert first == second


def test_of_two_names_at_one_place_the_longer_is_the_company() -> None:
    start = SHORT_AND_FULL.index("本次")
    end = SHORT_AND_FULL.index("将持有", start)
    span = company_in(SHORT_AND_FULL, start, end)
    assert span is not None and SHORT_AND_FULL[span[0] : span[1]] == "旅游集团"
    # (the two names were walked as a set: under about half of all hash seeds the shorter one came out)
    probe = ("import sys; from app.extract.company_zh import company_in; t = sys.argv[1]; s = t.index('本次'); "
             "a, b = company_in(t, s, t.index('将持有', s)); print(t[a:b])")
    for seed in ("1", "2", "3", "4", "5", "6"):
        done = subprocess.run([sys.executable, "-c", probe, SHORT_AND_FULL], env={**os.environ, "PYTHONHASHSEED": seed},
                              capture_output=True, text=True, timeout=120, check=True)
        assert done.stdout.strip() == "旅游集团", seed
