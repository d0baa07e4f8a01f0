"""Another name an article writes beside an organisation's name (app.domain.org_pairs), and the aliases learning
takes from it (app.domain.org_names.org_aliases with the article as context). Sentences written for this test."""

from __future__ import annotations

import pytest

from app.domain.org_names import org_aliases
from app.domain.org_pairs import names_beside, paired_names
from app.text import to_simplified_table, to_traditional

PAIRS = [
    # (text, the name as written in it (its last occurrence), the other names beside it)
    ("据悉，中鼎电池(Zhongding)将在宜宾投资。", "中鼎电池", ["Zhongding"]),
    ("据悉，中鼎电池(Zhongding)将在宜宾投资。", "Zhongding", ["中鼎电池"]),
    ("Zhongding Battery Co., Ltd. (中鼎电池股份有限公司) said on Monday", "Zhongding Battery Co., Ltd.",
     ["中鼎电池股份有限公司"]),
    ("Zhongding Battery Co., Ltd. (中鼎电池股份有限公司) said on Monday", "中鼎电池股份有限公司",
     ["Zhongding Battery Co., Ltd."]),
    ("当日奠基的中鼎电池股份有限公司（以下简称“中鼎电池”）是", "中鼎电池", ["中鼎电池股份有限公司"]),
    ("当日奠基的中鼎电池股份有限公司（以下简称“中鼎电池”）是", "中鼎电池股份有限公司", ["中鼎电池"]),
    ("On Monday, Norvik Precision Industry, known as Norvik, said", "Norvik", ["Norvik Precision Industry"]),
    ("On Monday, Norvik Precision Industry, known as Norvik, said", "Norvik Precision Industry", ["Norvik"]),
    ("the Northern Cell Technology Co., Limited (NCT) will build", "NCT", ["Northern Cell Technology Co., Limited"]),
    ("瀚星汽车（又称瀚星）宣布", "瀚星汽车", ["瀚星"]),
    # not names: a stock code, a lower-case remark, a description after "known as"
    ("中鼎电池（300750）", "中鼎电池", []),
    ("Zhongding (the company) said", "Zhongding", []),
    ("Zhongding, known as the largest cell maker", "Zhongding", []),
]


@pytest.mark.parametrize(("text", "name", "others"), PAIRS)
def test_names_beside(text: str, name: str, others: list[str]) -> None:
    at = text.rindex(name)
    assert [text[lo:hi] for lo, hi in names_beside(text, at, at + len(name))] == others


def test_paired_names_looks_for_every_name_where_it_is_written_whole() -> None:
    text = "XZhongding(中鼎) and Zhongding (中鼎电池) and 瀚星汽车（瀚星）"
    assert paired_names(text, ["Zhongding", "瀚星汽车"]) == ["中鼎电池", "瀚星"]


def _scripts(form: str) -> list[str]:
    simp = to_simplified_table()
    return [to_traditional(form), "".join(simp.get(ch, ch) for ch in form)]


def test_aliases_from_a_name_written_beside_the_analysts_one() -> None:
    """The Chinese name (with its short form, in both scripts) from an English article that writes both; a place
    or a common word in parentheses is no alias."""
    context = "Zhongding Battery Co., Ltd. (中鼎电池股份有限公司) and Zhongding (Yibin) and Zhongding (Group) said"
    aliases = org_aliases("Zhongding Battery Co., Ltd.", context=context, scripts=_scripts)
    assert {"中鼎电池股份有限公司", "中鼎电池", "中鼎電池"} <= set(aliases)
    assert not {"Yibin", "Group"} & set(aliases)


def test_names_known_before_count_in_the_article() -> None:
    """Learned as Norvik with the alias 诺维克: an article writing 诺维克系统（诺维克） adds 诺维克系统."""
    aliases = org_aliases("Norvik", context="诺维克系统（诺维克）发布公告。", scripts=_scripts, known=["诺维克"])
    assert "诺维克系统" in aliases
    assert "诺维克系统" not in org_aliases("Norvik", context="诺维克系统（诺维克）发布公告。", scripts=_scripts)
