"""Search folding keeps lengths (offsets carry over) and lists every spelling of a term."""

from __future__ import annotations

from app.text.folding import fold, spellings, variants


def test_fold_is_one_script_one_case_same_length() -> None:
    assert fold("項目 Investment 招商引資") == "项目 investment 招商引资"
    assert fold("項目") == fold("项目")
    for text in ("İstanbul ß ﬁ 發髮", "Straße"):
        assert len(fold(text)) == len(text)


def test_spellings_and_variants() -> None:
    assert spellings("头") == spellings("頭") and set(spellings("头")) == {"头", "頭"}
    assert {"发", "發", "髮"} <= set(spellings("發"))
    assert set(spellings("a")) == {"a", "A"}
    spelled, prefix = variants("招商引资")
    assert set(spelled) == {"招商引资", "招商引資"} and prefix == 4
    spelled, prefix = variants("发发发发发发发")
    assert len(spelled) <= 64 and prefix < 7
