"""Offset maps: applying edits, composing passes, and exactness of clean_text's map."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.ingest import clean_text, display_to_raw, is_copied
from app.ingest.offsets import apply_edits, compose, identity_map


def test_apply_edits_deletes_and_maps_back() -> None:
    text, m = apply_edits("aXXbYc", [(1, 3, ""), (4, 5, "")])
    assert text == "abc"
    assert [display_to_raw(m, i) for i in range(3)] == [0, 3, 5]
    assert display_to_raw(m, 3) == 6  # end of text -> end of raw


def test_apply_edits_substitution_is_not_copied() -> None:
    text, m = apply_edits("a\rb", [(1, 2, "\n")])
    assert text == "a\nb"
    assert not is_copied(m, 1)
    assert is_copied(m, 0) and is_copied(m, 2)
    assert display_to_raw(m, 1) == 1  # the raw character it replaced
    assert m == [[0, 0, 1], [1, 1, -1], [2, 2, 1]]


def test_overlapping_deletions_merge() -> None:
    text, _ = apply_edits("0123456789", [(2, 5, ""), (4, 7, ""), (8, 9, "")])
    assert text == "0179"


def test_compose_two_passes() -> None:
    raw = "a(x)b  c"
    mid, m1 = apply_edits(raw, [(1, 4, "")])  # "ab  c"
    out, m2 = apply_edits(mid, [(2, 3, "")])  # "ab c"
    m = compose(m2, m1)
    assert out == "ab c"
    assert all(raw[display_to_raw(m, i)] == out[i] for i in range(len(out)))
    assert compose(identity_map(len(out)), m) == m


def test_map_is_json_serialisable() -> None:
    _, m = clean_text("強(qiáng)大\r\n\n\n\n\nok  \n")
    assert json.loads(json.dumps(m)) == m
    assert all(isinstance(run, list) and len(run) == 3 for run in m)


_PIECES = [
    "強(qiáng)", "訊(xùn)", "圖(tú)", "們(men)", "日?qǐng)?bào)社", "(Reporter Li Aiping)", "(2016-20)",
    "(相關(guān)資料圖)\n", "(內蒙古日報社融媒體記者 武峰)", "\n", "\r\n", "\r", "  ", "\t", "\u3000",
    "\n\n\n\n", "data analysis\n", "- Advertisment -\n", "相關閱讀\n", "Related reading\n",
    "For queries, please contact Frank LIU at a@b.cn\n", "???", "?", "關鍵詞:", "編輯:楊旭英",
    "Home / Metal News / Minor Metals / X\n",
    "The content below was translated by Tencent automatically for reference.\n",
    "\ufeff", "\x00", "\u200b", "…", "... -\n", "-\n", "Baotou\nhigh-tech zone\n",
]  # fmt: skip
_ALPHABET = st.sampled_from(list("abcXYZ 0123.,:;!?-()（）\n中國国強强報讯訊投资ǐàáü@"))
_raw_texts = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet=_ALPHABET, max_size=12)), max_size=40
).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_raw_texts)
def test_clean_text_offsets_are_exact(raw: str) -> None:
    display, m = clean_text(raw)
    # runs are sorted, disjoint and inside both texts
    last_d = last_r = 0
    for d, r, n in m:
        assert n != 0 and d >= last_d and r >= last_r
        if n > 0:
            assert raw[r : r + n] == display[d : d + n]
        else:  # substituted: only lone CRs, shown as newlines
            assert set(raw[r : r - n]) == {"\r"} and set(display[d : d - n]) == {"\n"}
        last_d, last_r = d + abs(n), r + abs(n)
    assert last_d <= len(display) and last_r <= len(raw)
    previous = -1
    for i, ch in enumerate(display):
        j = display_to_raw(m, i)
        assert j >= previous  # monotone
        previous = j
        if is_copied(m, i):
            assert raw[j] == ch
        else:  # only newline normalisation substitutes characters; nothing is inserted
            assert ch == "\n" and raw[j] == "\r"
    assert display == display.strip()
    assert "\n\n\n" not in display
